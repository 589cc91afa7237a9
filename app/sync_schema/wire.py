"""The sync messages on the wire: events, push and pull, registration, errors.

Pure pydantic: no Qt, no database. ``SCHEMA_VERSION`` changes whenever a message changes
incompatibly; the server refuses other versions with ``ErrorCode.SCHEMA_VERSION``.

``station_id`` on the wire is the station NUMBER (1-99, the one baked into every item
code), never a row id of some database: the number is the one identity every till and
the server agree on, so station numbers are unique across all stores.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StrictInt

from app.sync_schema import limits
from app.sync_schema.enums import ErrorCode
from app.sync_schema.messages import ERROR_MESSAGES
from app.sync_schema.payloads import Count, Moment, Station, Uuid

SCHEMA_VERSION = 1
SCHEMA_HEADER = "X-Kreislauf-Schema"
MAX_BATCH = 1000
DEFAULT_BATCH = 400
MAX_PULL = 1000  # changes in one pull answer
# The body of one push; a station's token is checked before it is read (``server``).
MAX_PUSH_BYTES = MAX_BATCH * limits.MAX_EVENT_BYTES
API_PREFIX = "/api/v1"

Seq = Annotated[StrictInt, Field(ge=1, le=limits.MAX_ID)]
Cursor = Annotated[StrictInt, Field(ge=0, le=limits.MAX_ID)]
Version = Annotated[StrictInt, Field(ge=0, le=limits.MAX_ID)]


class _Msg(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Event(_Msg):
    """One outbox event as it travels; ``payload`` is validated per type by the server."""

    event_id: Uuid
    station_id: Station
    seq: Seq
    type: str = Field(min_length=1, max_length=limits.TYPE_LENGTH)
    occurred_at: Moment
    payload: dict[str, Any]


_HASH = r"^[0-9a-f]{64}$"


class AuditHead(_Msg):
    """Where the till's audit chain stands, sent with every push so the server keeps an
    anchor outside the till's database file.

    ``anchor_count``/``anchor_hash``: the till's hash at the position of the newest anchor
    the server confirmed (``PushResult.audit_anchor``), so the server sees whether the
    chain still extends what it saw before ("" when the chain is now shorter)."""

    count: Count
    hash: str = Field(pattern=_HASH)
    anchor_count: Count = 0
    anchor_hash: str = Field(default="", pattern=r"^([0-9a-f]{64})?$")


class AnchorEntry(_Msg):
    """One head of a station's chain as the server stored it."""

    count: Count
    hash: str = Field(pattern=_HASH)


class AuditAnchors(_Msg):
    """``GET /audit/anchors``: the heads the server holds for the asking station."""

    schema_version: Version = SCHEMA_VERSION
    station_id: Station
    anchors: list[AnchorEntry]


class PushBatch(_Msg):
    """Events of one station in seq order. The server validates each event on its own,
    so one malformed event is quarantined instead of refusing the batch."""

    schema_version: Version = SCHEMA_VERSION
    station_id: Station
    events: list[dict[str, Any]] = Field(max_length=MAX_BATCH)
    last_seq: Count | None = None  # the till's newest seq, so the office sees its lag
    audit_head: AuditHead | None = None

    @classmethod
    def of(cls, station_id: int, events: list[Event], last_seq: int | None = None,
           audit_head: AuditHead | None = None) -> PushBatch:
        return cls(station_id=station_id, last_seq=last_seq, audit_head=audit_head,
                   events=[e.model_dump(mode="json") for e in events])


class Gap(_Msg):
    """Seqs ``first..last`` are missing on the server: the client must send them."""

    first: Seq
    last: Seq


class PushResult(_Msg):
    """The answer to a push. Everything up to ``acked_seq`` is stored for good
    (applied or quarantined), so the client may mark it acknowledged."""

    schema_version: Version = SCHEMA_VERSION
    acked_seq: Count
    stored: Count  # new events stored by this request
    duplicates: Count
    quarantined: list[str] = []  # event ids (or "seq N" when the id was unreadable)
    gaps: list[Gap] = []
    audit_anchor: Count | None = None  # entry count of the newest audit head stored


class Change(_Msg):
    """One central change a till should apply: ``kind`` is item, category, user,
    markdown or conflict; ``key`` identifies the record within its kind."""

    cursor: Cursor
    kind: str = Field(max_length=limits.TYPE_LENGTH)
    key: str = Field(max_length=limits.CHANGE_KEY_LENGTH)
    origin_station: Station | None
    data: dict[str, Any]


class PullResult(_Msg):
    schema_version: Version = SCHEMA_VERSION
    changes: list[Change] = Field(max_length=MAX_PULL)
    cursor: Cursor  # pass this back on the next pull
    more: bool


class RegisterRequest(_Msg):
    schema_version: Version = SCHEMA_VERSION
    code: str = Field(min_length=4, max_length=40)
    station_id: Station | None = None


class RegisterResult(_Msg):
    schema_version: Version = SCHEMA_VERSION
    station_id: Station
    store: str = Field(max_length=limits.STORE_NAME_LENGTH)
    token: str = Field(max_length=200)


class StatusResult(_Msg):
    schema_version: Version = SCHEMA_VERSION
    station_id: Station
    acked_seq: Count
    server_time: datetime


class ErrorBody(_Msg):
    """Every error the server answers with; ``message`` is German and shown as is."""

    code: ErrorCode
    message: str = Field(max_length=2000)
    schema_version: Version = SCHEMA_VERSION

    @classmethod
    def make(cls, code: ErrorCode, **fields: Any) -> ErrorBody:
        return cls(code=code, message=ERROR_MESSAGES[code].format(**fields))
