"""The FastAPI application: API routers, the admin view, German error answers."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from app.db.engine import Database
from app.sync_schema import ErrorBody, ErrorCode
from server.admin import endpoints as admin
from server.db import open_database
from server.deps import SchemaVersionGuard
from server.errors import STATUS, ApiError
from server.sync import endpoints as sync

log = logging.getLogger(__name__)


def create_app(db: Database | str) -> FastAPI:
    """The app over ``db`` (an open database or a URL, migrated on open)."""
    database = open_database(db) if isinstance(db, str) else db
    api = FastAPI(title="Kreislauf-Kasse Zentrale", docs_url=None, redoc_url=None,
                  openapi_url=None)
    api.state.db = database
    api.include_router(sync.router)
    api.include_router(admin.router)
    api.add_middleware(SchemaVersionGuard)

    @api.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(exc.body.model_dump(mode="json"), status_code=exc.status)

    @api.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", ()))
        body = ErrorBody.make(ErrorCode.BAD_REQUEST, detail=f"{where}: {first.get('msg', '')}")
        return JSONResponse(body.model_dump(mode="json"), status_code=422)

    @api.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error", exc_info=exc)
        body = ErrorBody.make(ErrorCode.SERVER)
        return JSONResponse(body.model_dump(mode="json"), status_code=STATUS[body.code])

    return api
