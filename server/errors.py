"""Errors the API answers with: an HTTP status and an ``ErrorBody`` with a German message."""

from __future__ import annotations

from typing import Any

from app.sync_schema import ErrorBody, ErrorCode

STATUS = {
    ErrorCode.AUTH_MISSING: 401,
    ErrorCode.AUTH_INVALID: 401,
    ErrorCode.REVOKED: 403,
    ErrorCode.FORBIDDEN: 403,
    ErrorCode.SCHEMA_VERSION: 409,
    ErrorCode.BAD_REQUEST: 422,
    ErrorCode.CODE_INVALID: 400,
    ErrorCode.CODE_EXPIRED: 400,
    ErrorCode.RATE_LIMITED: 429,
    ErrorCode.TOO_LARGE: 413,
    ErrorCode.SERVER: 500,
}


class ApiError(Exception):
    """Raised by services; the app turns it into the JSON error answer."""

    def __init__(self, code: ErrorCode, *, headers: dict[str, str] | None = None,
                 **fields: Any) -> None:
        self.body = ErrorBody.make(code, **fields)
        self.status = STATUS[code]
        self.headers = headers or {}
        super().__init__(self.body.message)


class AdminError(Exception):
    """A mistake on the server's command line; the message is German and shown as is."""
