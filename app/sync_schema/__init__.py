"""The vocabulary till and server share, defined once: the wire messages (``wire``), the
closed sets of values (``enums``), the hard limits (``limits``), the payload of every
outbox event type (``payloads``, ``events``) and of every central change a till pulls
(``changes``), who may change what (``authority``) and their German texts (``messages``).

Pure pydantic and the standard library: no Qt, no database, nothing from ``app.services``.
"""

from app.sync_schema.enums import ErrorCode
from app.sync_schema.messages import ERROR_MESSAGES
from app.sync_schema.wire import (
    API_PREFIX,
    DEFAULT_BATCH,
    MAX_BATCH,
    MAX_PULL,
    MAX_PUSH_BYTES,
    SCHEMA_HEADER,
    SCHEMA_VERSION,
    AnchorEntry,
    AuditAnchors,
    AuditHead,
    Change,
    ErrorBody,
    Event,
    Gap,
    PullResult,
    PushBatch,
    PushResult,
    RegisterRequest,
    RegisterResult,
    StatusResult,
)

__all__ = [
    "API_PREFIX",
    "DEFAULT_BATCH",
    "ERROR_MESSAGES",
    "MAX_BATCH",
    "MAX_PULL",
    "MAX_PUSH_BYTES",
    "SCHEMA_HEADER",
    "SCHEMA_VERSION",
    "AnchorEntry",
    "AuditAnchors",
    "AuditHead",
    "Change",
    "ErrorBody",
    "ErrorCode",
    "Event",
    "Gap",
    "PullResult",
    "PushBatch",
    "PushResult",
    "RegisterRequest",
    "RegisterResult",
    "StatusResult",
]
