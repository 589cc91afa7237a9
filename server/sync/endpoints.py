"""``/api/v1``: register, push, pull, status. Each request is one transaction, committed
here at the edge before the answer leaves, so an acknowledged seq is durable.

A push's token is checked before its body is read (``_token_first``, then ``_batch``):
a stranger's megabytes are never read or parsed, and the body's size is capped
(``server.body_limit``)."""

from __future__ import annotations

from typing import Annotated

import pydantic
from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.exceptions import RequestValidationError

from app.db.engine import Database
from app.sync_schema import (
    MAX_PULL,
    SCHEMA_VERSION,
    ErrorCode,
    PullResult,
    PushBatch,
    PushResult,
    RegisterRequest,
    RegisterResult,
    StatusResult,
    limits,
)
from server import throttle
from server.deps import Now, client_ip, database, settings
from server.errors import ApiError
from server.settings import ServerSettings
from server.stations import service as stations
from server.sync import service

router = APIRouter(prefix="/api/v1")
Db = Annotated[Database, Depends(database)]
Auth = Annotated[str | None, Header()]


def _version(value: int) -> None:
    if value != SCHEMA_VERSION:
        raise ApiError(ErrorCode.SCHEMA_VERSION, client=value, server=SCHEMA_VERSION)


@router.get("/health")
def health() -> dict[str, int | bool]:
    return {"ok": True, "schema_version": SCHEMA_VERSION}


@router.post("/register")
def register(request: Request, body: RegisterRequest, db: Db,
             now: Now,
             config: Annotated[ServerSettings, Depends(settings)]) -> RegisterResult:
    """Exchange a code for a token; a client with too many failed tries gets 429 (the
    try is counted in its own transaction first, and refunded when the code is good)."""
    _version(body.schema_version)
    keys = [f"register-ip:{client_ip(request)}"[:120]]
    try:
        with db.write() as session:
            throttle.charge(session, keys, config.register, now())
    except throttle.Locked as exc:
        raise ApiError(ErrorCode.RATE_LIMITED, minutes=exc.minutes,
                       headers={"Retry-After": str(exc.retry_after)}) from exc
    with db.write() as session:
        station, store, token = stations.register(session, body.code, now())
        if body.station_id is not None and body.station_id != station.number:
            raise ApiError(ErrorCode.FORBIDDEN, expected=station.number, got=body.station_id)
        throttle.clear(session, keys)
        return RegisterResult(station_id=station.number, store=store, token=token)


def _token_first(db: Db, now: Now, authorization: Auth = None) -> None:
    """401/403 for a request without a good token, before anything reads its body."""
    with db.read() as session:
        stations.authenticate(session, authorization, now())


async def _batch(request: Request) -> PushBatch:
    """The push's body (capped by ``server.body_limit``), parsed in one pass."""
    raw = await request.body()
    try:
        return PushBatch.model_validate_json(raw)
    except pydantic.ValidationError as exc:
        raise RequestValidationError(
            [{**err, "loc": ("body", *err["loc"])} for err in exc.errors()]) from exc


@router.post("/push")
def push(_token: Annotated[None, Depends(_token_first)],
         body: Annotated[PushBatch, Depends(_batch)], db: Db, now: Now,
         authorization: Auth = None) -> PushResult:
    _version(body.schema_version)
    at = now()
    with db.write() as session:
        station = stations.authenticate(session, authorization, at, lock=True)
        return service.push(session, station, body, at)


@router.get("/pull")
def pull(db: Db, now: Now, authorization: Auth = None,
         cursor: Annotated[int, Query(ge=0, le=limits.MAX_ID)] = 0,
         limit: Annotated[int, Query(ge=1, le=MAX_PULL)] = MAX_PULL) -> PullResult:
    with db.write() as session:
        station = stations.authenticate(session, authorization, now())
        return service.pull(session, station, cursor, limit)


@router.get("/status")
def status(db: Db, now: Now, authorization: Auth = None) -> StatusResult:
    at = now()
    with db.write() as session:
        station = stations.authenticate(session, authorization, at)
        return StatusResult(station_id=station.number, acked_seq=station.acked_seq,
                            server_time=at)
