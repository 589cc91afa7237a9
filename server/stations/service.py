"""Creating stations, exchanging a one-time code for a token, authenticating, revoking.

Services take the session and never commit; the request (or the CLI command) does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from app.sync_schema import ErrorCode, limits
from server import security
from server.errors import AdminError, ApiError
from server.models import Station, Store
from server.settings import ServerSettings
from server.stations import repository as repo

CODE_TTL = ServerSettings().code_ttl


@dataclass(frozen=True)
class NewCode:
    store: str
    station: int
    code: str
    expires_at: datetime


def add_station(session: Session, store_name: str, number: int, *,
                now: datetime, valid_for: timedelta = CODE_TTL) -> NewCode:
    """Create the store and station if needed and issue a fresh one-time code, valid for
    ``valid_for`` from ``now``.

    Issuing a code for a registered station replaces its token once the code is used
    (a till that was reinstalled registers again)."""
    store_name = " ".join(store_name.split())
    if not store_name:
        raise AdminError("Bitte einen Namen für das Kaufhaus angeben (--store NAME).")
    if not limits.MIN_STATION <= number <= limits.MAX_STATION:
        raise AdminError(f"Die Stationsnummer muss zwischen 1 und 99 liegen (erhalten: {number}).")
    store = repo.store_by_name(session, store_name)
    if store is None:
        store = Store(name=store_name)
        session.add(store)
        session.flush()
    station = repo.station_by_number(session, number)
    if station is None:
        station = Station(number=number, store_id=store.id)
        session.add(station)
    elif station.store_id != store.id:
        owner = repo.store_name(session, station.store_id)
        raise AdminError(f"Station {number} gehört schon zu „{owner}“. "
                         "Stationsnummern gelten für alle Kaufhäuser.")
    if station.revoked_at is not None:  # re-admitted: the old token stays dead
        station.token_hash = None
        station.revoked_at = None
    code = security.new_code()
    station.code_hash = security.digest(code)
    expires_at = now + valid_for
    station.code_expires_at = expires_at
    session.flush()
    return NewCode(store_name, number, code, expires_at)


def register(session: Session, code: str, now: datetime) -> tuple[Station, str, str]:
    """Exchange a one-time code for a new token; returns (station, store name, token)."""
    station = repo.station_by_code(session, security.digest(security.normalise_code(code)))
    if station is None:
        raise ApiError(ErrorCode.CODE_INVALID)
    if station.code_expires_at is None or station.code_expires_at <= now:
        raise ApiError(ErrorCode.CODE_EXPIRED)
    token = security.new_token()
    station.token_hash = security.digest(token)
    station.code_hash = None
    station.code_expires_at = None
    station.registered_at = now
    station.last_contact_at = now
    session.flush()
    return station, repo.store_name(session, station.store_id), token


def revoke(session: Session, number: int, now: datetime) -> None:
    station = repo.station_by_number(session, number)
    if station is None:
        raise AdminError(f"Station {number} gibt es auf diesem Server nicht.")
    station.revoked_at = now
    station.code_hash = None  # the token stays, so the till hears "gesperrt", not "ungültig"


def authenticate(session: Session, authorization: str | None, now: datetime, *,
                 lock: bool = False) -> Station:
    """The station behind ``Authorization: Bearer <token>``, or a 401/403 ``ApiError``."""
    if not authorization or not authorization.lower().startswith("bearer "):
        raise ApiError(ErrorCode.AUTH_MISSING)
    token = authorization[7:].strip()
    station = repo.station_by_token(session, security.digest(token)) if token else None
    if station is None:
        raise ApiError(ErrorCode.AUTH_INVALID)
    if station.revoked_at is not None:
        raise ApiError(ErrorCode.REVOKED)
    if lock:
        # Serialise pushes of one station across workers (a client retrying while its
        # first request is still running), so the duplicate checks see each other.
        locked = repo.station_by_number(session, station.number, lock=True)
        assert locked is not None
        station = locked
    station.last_contact_at = now
    return station
