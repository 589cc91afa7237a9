"""Queries about stores and stations."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.models import Station, Store


def store_by_name(session: Session, name: str) -> Store | None:
    return session.scalar(select(Store).where(Store.name == name))


def station_by_number(session: Session, number: int, *, lock: bool = False) -> Station | None:
    query = select(Station).where(Station.number == number)
    if lock:
        query = query.with_for_update()
    return session.scalar(query)


def station_by_token(session: Session, token_hash: str) -> Station | None:
    return session.scalar(select(Station).where(Station.token_hash == token_hash))


def station_by_code(session: Session, code_hash: str) -> Station | None:
    return session.scalar(select(Station).where(Station.code_hash == code_hash))


def all_stations(session: Session) -> list[tuple[Station, str]]:
    rows = session.execute(select(Station, Store.name).join(Store, Store.id == Station.store_id)
                           .order_by(Station.number))
    return [(st, name) for st, name in rows]


def store_name(session: Session, store_id: int) -> str:
    name = session.scalar(select(Store.name).where(Store.id == store_id))
    return name or ""
