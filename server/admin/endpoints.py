"""``/admin``: the central view (HTTP Basic login) and a small admin API for stations."""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.responses import HTMLResponse
from fastapi.security import HTTPBasic, HTTPBasicCredentials
from pydantic import BaseModel

from app.db.engine import Database
from server.admin import html, service
from server.deps import database
from server.errors import AdminError
from server.stations import service as stations

router = APIRouter(prefix="/admin")
_basic = HTTPBasic(realm="Kreislauf Zentrale", auto_error=False)
Db = Annotated[Database, Depends(database)]


def admin_login(db: Db, creds: Annotated[HTTPBasicCredentials | None,
                                         Depends(_basic)]) -> None:
    ok = False
    if creds is not None:
        with db.read() as session:
            ok = service.check_login(session, creds.username, creds.password)
    if not ok:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED,
                            "Anmeldung erforderlich: Benutzer „admin“ und das Passwort der "
                            "Zentrale (kreislauf-server admin set-password).",
                            headers={"WWW-Authenticate": 'Basic realm="Kreislauf Zentrale"'})


Admin = Depends(admin_login)


@router.get("", response_class=HTMLResponse, dependencies=[Admin])
def overview(db: Db) -> str:
    now = datetime.now(UTC)
    with db.read() as session:
        stations_ = service.station_rows(session)
        sales = service.sales_per_store_day(session, now)
        quarantine = service.quarantined(session)
        conflicts = service.conflicts(session)
    return html.page("Kreislauf-Kasse – Zentrale", [
        html.table("Stationen", ("Station", "Kaufhaus", "Status", "Letzter Kontakt",
                                 "Bestätigt bis", "Rückstand"),
                   [(str(s.number), escape(s.store),
                     "gesperrt" if s.revoked else ("angemeldet" if s.registered else "Code offen"),
                     html.when(s.last_contact), str(s.acked_seq),
                     f"<span class='warn'>{s.lag}</span>" if s.lag else "0")
                    for s in stations_], "Noch keine Stationen."),
        html.table("Umsatz je Kaufhaus und Tag", ("Tag", "Kaufhaus", "Bons", "Umsatz"),
                   [(d.strftime("%d.%m.%Y"), escape(store), str(n), html.money(total))
                    for store, d, n, total in sales], "Noch keine Verkäufe."),
        html.table("Konflikte (ein Unikat mehrfach verkauft)",
                   ("Erkannt", "Artikel", "Bon", "Station", "Anderer Bon", "Andere Station"),
                   [(html.when(c.detected_at), c.item_code, c.sale_uuid, str(c.station),
                     c.other_sale_uuid, str(c.other_station)) for c in conflicts],
                   "Keine Konflikte."),
        html.table("Quarantäne (fehlerhafte Ereignisse)",
                   ("Empfangen", "Station", "Seq", "Typ", "Ereignis", "Grund"),
                   [(html.when(q.received_at), str(number), str(q.seq or "—"),
                     escape(q.type), escape(q.event_id or "—"), escape(q.reason))
                    for q, number in quarantine], "Keine fehlerhaften Ereignisse."),
    ])


class StationIn(BaseModel):
    store: str
    station: int


@router.post("/api/stations", dependencies=[Admin])
def add_station(body: StationIn, db: Db) -> dict[str, str | int]:
    """The API twin of ``kreislauf-server stations add``."""
    try:
        with db.write() as session:
            code = stations.add_station(session, body.store, body.station)
    except AdminError as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, str(exc)) from exc
    return {"store": code.store, "station": code.station, "code": code.code}


@router.post("/api/stations/{number}/revoke", dependencies=[Admin])
def revoke_station(number: int, db: Db) -> dict[str, int | bool]:
    try:
        with db.write() as session:
            stations.revoke(session, number, datetime.now(UTC))
    except AdminError as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc)) from exc
    return {"station": number, "revoked": True}
