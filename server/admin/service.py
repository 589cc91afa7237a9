"""Admin password and the figures the central view shows."""

from __future__ import annotations

import os
import secrets
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.kernel.clock import BERLIN
from app.sync_schema.enums import SaleKind
from server import security, throttle
from server.admin import sessions
from server.central import Conflict, Item, Sale
from server.errors import AdminError
from server.models import Quarantine, Setting, Station, Store
from server.stations import repository as stations_repo

ENV_PASSWORD = "KREISLAUF_ADMIN_PASSWORD"
ADMIN_USER = "admin"
_KEY = "admin_password"
MAX_PASSWORD = 200


def throttle_keys(user: str, client_ip: str) -> list[str]:
    """What a login try is counted against: the client, and the account if it exists
    (unknown names would only fill the table)."""
    keys = [f"login-ip:{client_ip}"[:120]]
    if user == ADMIN_USER:
        keys.append(f"login-user:{ADMIN_USER}")
    return keys


def set_password(session: Session, password: str) -> None:
    """Store the new password's argon2 hash; everybody is logged out and a lock on the
    account is lifted (the one who may run this command owns the server)."""
    if len(password) < 8:
        raise AdminError("Das Passwort muss mindestens 8 Zeichen lang sein.")
    if len(password) > MAX_PASSWORD:
        raise AdminError(f"Das Passwort darf höchstens {MAX_PASSWORD} Zeichen lang sein.")
    row = session.get(Setting, _KEY)
    if row is None:
        session.add(Setting(key=_KEY, value=security.hash_password(password)))
    else:
        row.value = security.hash_password(password)
    sessions.end_all(session)
    throttle.clear(session, [f"login-user:{ADMIN_USER}"])


def check_login(session: Session, user: str, password: str) -> bool:
    """The environment's password wins; else the stored hash; no password: no login."""
    if not secrets.compare_digest(user.encode(), ADMIN_USER.encode()):
        return False
    env = os.environ.get(ENV_PASSWORD)
    if env:
        return secrets.compare_digest(env.encode(), password.encode())
    row = session.get(Setting, _KEY)
    return row is not None and security.check_password(row.value, password)


@dataclass(frozen=True)
class StationRow:
    number: int
    store: str
    registered: bool
    revoked: bool
    last_contact: datetime | None
    acked_seq: int
    reported_seq: int
    code_expired: bool = False

    @property
    def lag(self) -> int:
        return max(0, self.reported_seq - self.acked_seq)

    @property
    def state(self) -> str:
        if self.revoked:
            return "gesperrt"
        if self.registered:
            return "angemeldet"
        return "Code abgelaufen" if self.code_expired else "Code offen"


def station_rows(session: Session, now: datetime) -> list[StationRow]:
    return [StationRow(st.number, store, st.token_hash is not None, st.revoked_at is not None,
                       st.last_contact_at, st.acked_seq, st.reported_seq,
                       st.code_hash is not None and (st.code_expires_at is None
                                                     or st.code_expires_at <= now))
            for st, store in stations_repo.all_stations(session)]


def sales_per_store_day(session: Session, now: datetime,
                        days: int = 14) -> list[tuple[str, date, int, int]]:
    """(store, Berlin date, receipts, total cents), newest day first."""
    since = now - timedelta(days=days + 1)
    rows = session.execute(
        select(Store.name, Sale.finished_at, Sale.total_cents)
        .join(Store, Store.id == Sale.store_id)
        .where(Sale.finished_at >= since, Sale.kind != SaleKind.CANCELLED.value))
    sums: dict[tuple[str, date], list[int]] = defaultdict(lambda: [0, 0])
    for store, finished, total in rows:
        key = (store, finished.astimezone(BERLIN).date())
        sums[key][0] += 1
        sums[key][1] += total
    return sorted(((s, d, n, t) for (s, d), (n, t) in sums.items()),
                  key=lambda r: (r[1], r[0]), reverse=True)


def quarantined(session: Session, limit: int = 100) -> list[tuple[Quarantine, int]]:
    rows = session.execute(select(Quarantine, Station.number)
                           .join(Station, Station.id == Quarantine.station_id)
                           .where(Quarantine.resolved_at.is_(None))
                           .order_by(Quarantine.id.desc()).limit(limit))
    return list(rows)


@dataclass(frozen=True)
class ConflictRow:
    detected_at: datetime
    item_code: str
    description: str
    sale_uuid: str
    station: int
    other_sale_uuid: str
    other_station: int


def conflicts(session: Session, limit: int = 100) -> list[ConflictRow]:
    """The newest conflicts with the item's description, so the office knows what it is."""
    rows = session.execute(select(Conflict, Item.description)
                           .outerjoin(Item, Item.code == Conflict.item_code)
                           .order_by(Conflict.id.desc()).limit(limit))
    return [ConflictRow(c.detected_at, c.item_code, description or "", c.sale_uuid,
                        c.station, c.other_sale_uuid, c.other_station)
            for c, description in rows]
