"""Reading the server's database in tests."""

from __future__ import annotations

from sqlalchemy import func, select

from app.db.engine import Database
from server.central import Conflict, Item, Sale
from server.models import Event, Quarantine, Station


def event_ids(db: Database, station: int | None = None) -> list[str]:
    """All stored event ids (as a list, so doubles would show)."""
    with db.read() as session:
        query = select(Event.event_id).join(Station, Station.id == Event.station_id)
        if station is not None:
            query = query.where(Station.number == station)
        return list(session.scalars(query))


def sale_uuids(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(Sale.uuid)))


def item_codes(db: Database) -> set[str]:
    with db.read() as session:
        return set(session.scalars(select(Item.code)))


def conflicts(db: Database) -> list[tuple[str, str, str]]:
    with db.read() as session:
        return [(c.item_code, c.sale_uuid, c.other_sale_uuid)
                for c in session.scalars(select(Conflict))]


def quarantine(db: Database) -> list[tuple[int | None, str]]:
    with db.read() as session:
        return [(q.seq, q.reason) for q in session.scalars(select(Quarantine))]


def count_events(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Event)) or 0
