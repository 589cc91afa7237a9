"""The FastAPI application: API routers, the admin view, German error answers."""

from __future__ import annotations

import logging
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from app.db.engine import Database
from app.services.kernel.clock import Clock, utc_now
from app.sync_schema import ErrorBody, ErrorCode
from server.admin import deliveries as admin_deliveries
from server.admin import endpoints as admin
from server.admin import guard
from server.admin import login as admin_login
from server.admin.headers import ADMIN_HEADERS, AdminHeaders, is_admin_path
from server.audit import endpoints as audit
from server.body_limit import BodyLimit, BodyTooLarge
from server.db import open_database
from server.deps import SchemaVersionGuard
from server.errors import STATUS, ApiError
from server.settings import ServerSettings
from server.sync import endpoints as sync

log = logging.getLogger(__name__)


STATIC = Path(__file__).parent / "admin" / "static"


def create_app(db: Database | str, settings: ServerSettings | None = None,
               clock: Clock = utc_now) -> FastAPI:
    """The app over ``db`` (an open database or a URL, migrated on open); ``settings``
    default to the environment's. ``clock`` is the one time source of every request
    (``server.deps.Now``): the wall clock, or the settable one tests hand in."""
    database = open_database(db) if isinstance(db, str) else db
    api = FastAPI(title="Kreislauf-Kasse Zentrale", docs_url=None, redoc_url=None,
                  openapi_url=None)
    api.state.db = database
    api.state.settings = settings or ServerSettings.from_env()
    api.state.clock = clock
    api.include_router(sync.router)
    api.include_router(audit.router)
    api.include_router(admin_login.router)
    api.include_router(admin.router)
    api.include_router(admin_deliveries.router)
    api.mount("/admin/static", StaticFiles(directory=STATIC), name="admin-static")
    api.add_middleware(SchemaVersionGuard)
    api.add_middleware(AdminHeaders)
    api.add_middleware(BodyLimit)
    guard.install(api)

    @api.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(exc.body.model_dump(mode="json"), status_code=exc.status,
                            headers=exc.headers)

    @api.exception_handler(BodyTooLarge)
    async def _too_large(request: Request, exc: BodyTooLarge) -> JSONResponse:
        log.warning("refused a body above %s bytes on %s", exc.limit, request.url.path)
        body = ErrorBody.make(ErrorCode.TOO_LARGE, limit=exc.limit)
        # The connection still holds the unread body: close it rather than read it.
        return JSONResponse(body.model_dump(mode="json"), status_code=STATUS[body.code],
                            headers={"Connection": "close"})

    @api.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", ()))
        body = ErrorBody.make(ErrorCode.BAD_REQUEST, detail=f"{where}: {first.get('msg', '')}")
        return JSONResponse(body.model_dump(mode="json"), status_code=422)

    @api.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error", exc_info=exc)
        body = ErrorBody.make(ErrorCode.SERVER)
        # This answer is made outside the middleware stack, so it adds them itself.
        headers = ADMIN_HEADERS if is_admin_path(request.url.path) else None
        return JSONResponse(body.model_dump(mode="json"), status_code=STATUS[body.code],
                            headers=headers)

    return api
