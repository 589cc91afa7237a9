"""Request-level helpers: the database, clock and settings on the app, schema-version
guard."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import Depends, Request
from starlette.types import ASGIApp, Receive, Scope, Send

from app.db.engine import Database
from app.services.kernel.clock import Clock
from app.sync_schema import SCHEMA_HEADER, SCHEMA_VERSION, ErrorBody, ErrorCode
from server.errors import STATUS
from server.settings import ServerSettings


def database(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def clock(request: Request) -> Clock:
    """The app's clock, set once in ``create_app`` (tests hand in one they move by hand)."""
    now: Clock = request.app.state.clock
    return now


# What an endpoint takes to learn the time: ``now: Now``, then ``now()``.
Now = Annotated[Clock, Depends(clock)]


def settings(request: Request) -> ServerSettings:
    value: ServerSettings = request.app.state.settings
    return value


def client_ip(request: Request) -> str:
    """The client's address; behind a proxy that uvicorn trusts (``--forwarded-allow-ips``)
    the one from ``X-Forwarded-For``."""
    return request.client.host if request.client else "unbekannt"


class SchemaVersionGuard:
    """Refuse API requests that announce another schema version (409, German body)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.header = SCHEMA_HEADER.lower().encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith("/api/"):
            for name, value in scope["headers"]:
                if name == self.header and value.decode() != str(SCHEMA_VERSION):
                    await _send_error(send, ErrorBody.make(
                        ErrorCode.SCHEMA_VERSION, client=value.decode(), server=SCHEMA_VERSION))
                    return
        await self.app(scope, receive, send)


async def _send_error(send: Send, body: ErrorBody) -> None:
    payload: dict[str, Any] = body.model_dump(mode="json")
    data = json.dumps(payload).encode()
    await send({"type": "http.response.start", "status": STATUS[body.code],
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(data)).encode())]})
    await send({"type": "http.response.body", "body": data})
