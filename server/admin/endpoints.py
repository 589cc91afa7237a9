"""``/admin``: the central view and the station actions, as forms on the page and as a
small JSON API (``/admin/api``, CSRF token in the ``X-CSRF-Token`` header). Every
request needs a login session; every change also the same origin and the CSRF token."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import BaseModel, Field

from app.db.engine import Database
from app.services.kernel.clock import Clock
from server.admin import service
from server.admin.guard import AdminRefusal, Changing, LoggedIn
from server.admin.pages import render
from server.deps import Now, database, settings
from server.errors import AdminError
from server.settings import ServerSettings
from server.stations import service as stations

router = APIRouter(prefix="/admin")
Db = Annotated[Database, Depends(database)]
Config = Annotated[ServerSettings, Depends(settings)]
StationNumber = Annotated[int, PathParam(ge=1, le=99)]


@router.get("", response_class=HTMLResponse)
def overview(db: Db, now: Now, login: LoggedIn) -> HTMLResponse:
    at = now()
    with db.read() as session:
        values = {"stations": service.station_rows(session, at),
                  "sales": service.sales_per_store_day(session, at),
                  "quarantine": service.quarantined(session),
                  "conflicts": service.conflicts(session)}
    return HTMLResponse(render("overview.html", login=login, **values))


def _add(db: Database, store: str, number: int, now: Clock,
         config: ServerSettings) -> stations.NewCode:
    try:
        with db.write() as session:
            return stations.add_station(session, store, number, now=now(),
                                        valid_for=config.code_ttl)
    except AdminError as exc:
        raise AdminRefusal(400, str(exc)) from exc


def _revoke(db: Database, number: int, now: Clock) -> None:
    try:
        with db.write() as session:
            stations.revoke(session, number, now())
    except AdminError as exc:
        raise AdminRefusal(404, str(exc)) from exc


@router.post("/stations", response_class=HTMLResponse)
def add_station_form(db: Db, now: Now, config: Config, login: Changing,
                     store: Annotated[str, Form(max_length=120)] = "",
                     station: Annotated[str, Form(max_length=10)] = "") -> HTMLResponse:
    """The page's form: a new station or a fresh code, shown once."""
    if not station.strip().isdigit():
        raise AdminRefusal(400, f"Bitte eine Stationsnummer von 1 bis 99 angeben "
                                f"(erhalten: „{station}“).")
    code = _add(db, store, int(station), now, config)
    return HTMLResponse(render("new_code.html", login=login, code=code))


@router.post("/stations/{number}/revoke")
def revoke_station_form(number: StationNumber, db: Db, now: Now,
                        _login: Changing) -> RedirectResponse:
    _revoke(db, number, now)
    return RedirectResponse("/admin", status_code=303)


class StationIn(BaseModel):
    store: str = Field(max_length=120)
    station: int = Field(ge=1, le=99)


@router.post("/api/stations")
def add_station(body: StationIn, db: Db, now: Now, config: Config,
                _login: Changing) -> dict[str, str | int]:
    """The API twin of ``kreislauf-server stations add``."""
    code = _add(db, body.store, body.station, now, config)
    return {"store": code.store, "station": code.station, "code": code.code,
            "expires_at": code.expires_at.isoformat()}


@router.post("/api/stations/{number}/revoke")
def revoke_station(number: StationNumber, db: Db, now: Now,
                   _login: Changing) -> dict[str, int | bool]:
    _revoke(db, number, now)
    return {"station": number, "revoked": True}
