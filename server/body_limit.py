"""A cap on request bodies: a body above it is refused with 413 and a German
``ErrorBody``, without being read.

The check sits in ``receive``: an announced ``Content-Length`` above the cap is refused
when the app first asks for the body, a streamed one as soon as the bytes pass the cap.
So an endpoint that checks the station's token before it reads the body (``push``)
answers a stranger with 401 and never reads what the stranger sent.
"""

from __future__ import annotations

from fastapi import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.sync_schema import API_PREFIX
from server.settings import ServerSettings

PUSH_PATH = f"{API_PREFIX}/push"


class BodyTooLarge(HTTPException):
    """Raised from ``receive``; an ``HTTPException`` so FastAPI passes it on as it is
    instead of turning it into "error parsing the body"."""

    def __init__(self, limit: int) -> None:
        super().__init__(status_code=413)
        self.limit = limit


def limit_for(path: str, config: ServerSettings) -> int:
    """The cap of a path: a push carries a batch, every other request a small form."""
    return config.max_push_bytes if path == PUSH_PATH else config.max_request_bytes


def _announced(scope: Scope) -> int | None:
    for name, value in scope["headers"]:
        if name == b"content-length":
            return int(value) if value.isdigit() else None
    return None


class BodyLimit:
    """Counts what the app reads of a request's body against the path's cap."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = limit_for(scope["path"], scope["app"].state.settings)
        announced = _announced(scope)
        received = 0

        async def limited() -> Message:
            nonlocal received
            if announced is not None and announced > limit:
                raise BodyTooLarge(limit)
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)
            return message

        await self.app(scope, limited, send)
