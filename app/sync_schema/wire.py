"""The sync messages on the wire: events, push and pull, registration, errors.

Pure pydantic: no Qt, no database. ``SCHEMA_VERSION`` changes whenever a message changes
incompatibly; the server refuses other versions with ``ErrorCode.SCHEMA_VERSION``.

``station_id`` on the wire is the station NUMBER (1-99, the one baked into every item
code), never a row id of some database: the number is the one identity every till and
the server agree on, so station numbers are unique across all stores.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from app.sync_schema import limits
from app.sync_schema.enums import ErrorCode
from app.sync_schema.messages import ERROR_MESSAGES
from app.sync_schema.payloads import Uuid

SCHEMA_VERSION = 1
SCHEMA_HEADER = "X-Kreislauf-Schema"
MAX_BATCH = 1000
DEFAULT_BATCH = 400
API_PREFIX = "/api/v1"


class _Msg(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Event(_Msg):
    """One outbox event as it travels; ``payload`` is validated per type by the server."""

    event_id: Uuid
    station_id: int = Field(ge=limits.MIN_STATION, le=limits.MAX_STATION)
    seq: int = Field(ge=1)
    type: str = Field(min_length=1, max_length=40)
    occurred_at: datetime
    payload: dict[str, Any]


MAX_AUDIT_COUNT = 2**62  # far beyond any till's audit log, within a BIGINT
_HASH = r"^[0-9a-f]{64}$"


class AuditHead(_Msg):
    """Where the till's audit chain stands, sent with every push so the server keeps an
    anchor outside the till's database file.

    ``anchor_count``/``anchor_hash``: the till's hash at the position of the newest anchor
    the server confirmed (``PushResult.audit_anchor``), so the server sees whether the
    chain still extends what it saw before ("" when the chain is now shorter)."""

    count: int = Field(ge=0, le=MAX_AUDIT_COUNT)
    hash: str = Field(pattern=_HASH)
    anchor_count: int = Field(default=0, ge=0, le=MAX_AUDIT_COUNT)
    anchor_hash: str = Field(default="", pattern=r"^([0-9a-f]{64})?$")


class AnchorEntry(_Msg):
    """One head of a station's chain as the server stored it."""

    count: int = Field(ge=0, le=MAX_AUDIT_COUNT)
    hash: str = Field(pattern=_HASH)


class AuditAnchors(_Msg):
    """``GET /audit/anchors``: the heads the server holds for the asking station."""

    schema_version: int = SCHEMA_VERSION
    station_id: int
    anchors: list[AnchorEntry]


class PushBatch(_Msg):
    """Events of one station in seq order. The server validates each event on its own,
    so one malformed event is quarantined instead of refusing the batch."""

    schema_version: int = SCHEMA_VERSION
    station_id: int = Field(ge=limits.MIN_STATION, le=limits.MAX_STATION)
    events: list[dict[str, Any]] = Field(max_length=MAX_BATCH)
    last_seq: int | None = None  # the till's newest seq, so the office sees its lag
    audit_head: AuditHead | None = None

    @classmethod
    def of(cls, station_id: int, events: list[Event], last_seq: int | None = None,
           audit_head: AuditHead | None = None) -> PushBatch:
        return cls(station_id=station_id, last_seq=last_seq, audit_head=audit_head,
                   events=[e.model_dump(mode="json") for e in events])


class Gap(_Msg):
    """Seqs ``first..last`` are missing on the server: the client must send them."""

    first: int
    last: int


class PushResult(_Msg):
    """The answer to a push. Everything up to ``acked_seq`` is stored for good
    (applied or quarantined), so the client may mark it acknowledged."""

    schema_version: int = SCHEMA_VERSION
    acked_seq: int
    stored: int  # new events stored by this request
    duplicates: int
    quarantined: list[str] = []  # event ids (or "seq N" when the id was unreadable)
    gaps: list[Gap] = []
    audit_anchor: int | None = None  # entry count of the newest audit head stored


class Change(_Msg):
    """One central change a till should apply: ``kind`` is item, category, user,
    markdown or conflict; ``key`` identifies the record within its kind."""

    cursor: int
    kind: str
    key: str
    origin_station: int | None
    data: dict[str, Any]


class PullResult(_Msg):
    schema_version: int = SCHEMA_VERSION
    changes: list[Change]
    cursor: int  # pass this back on the next pull
    more: bool


class RegisterRequest(_Msg):
    schema_version: int = SCHEMA_VERSION
    code: str = Field(min_length=4, max_length=40)
    station_id: int | None = Field(default=None, ge=limits.MIN_STATION,
                                     le=limits.MAX_STATION)


class RegisterResult(_Msg):
    schema_version: int = SCHEMA_VERSION
    station_id: int
    store: str
    token: str


class StatusResult(_Msg):
    schema_version: int = SCHEMA_VERSION
    station_id: int
    acked_seq: int
    server_time: datetime


class ErrorBody(_Msg):
    """Every error the server answers with; ``message`` is German and shown as is."""

    code: ErrorCode
    message: str
    schema_version: int = SCHEMA_VERSION

    @classmethod
    def make(cls, code: ErrorCode, **fields: Any) -> ErrorBody:
        return cls(code=code, message=ERROR_MESSAGES[code].format(**fields))
