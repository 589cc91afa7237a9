"""Admin password and the figures the central view shows."""

from __future__ import annotations

import os
import secrets
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.sync_schema.enums import SaleKind
from server import security
from server.central import Conflict, Sale
from server.errors import AdminError
from server.models import Quarantine, Setting, Station, Store
from server.stations import repository as stations_repo

ENV_PASSWORD = "KREISLAUF_ADMIN_PASSWORD"
ADMIN_USER = "admin"
BERLIN = ZoneInfo("Europe/Berlin")
_KEY = "admin_password"


def set_password(session: Session, password: str) -> None:
    if len(password) < 8:
        raise AdminError("Das Passwort muss mindestens 8 Zeichen lang sein.")
    row = session.get(Setting, _KEY)
    if row is None:
        session.add(Setting(key=_KEY, value=security.hash_password(password)))
    else:
        row.value = security.hash_password(password)


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

    @property
    def lag(self) -> int:
        return max(0, self.reported_seq - self.acked_seq)


def station_rows(session: Session) -> list[StationRow]:
    return [StationRow(st.number, store, st.token_hash is not None, st.revoked_at is not None,
                       st.last_contact_at, st.acked_seq, st.reported_seq)
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


def conflicts(session: Session, limit: int = 100) -> list[Conflict]:
    return list(session.scalars(select(Conflict).order_by(Conflict.id.desc()).limit(limit)))
