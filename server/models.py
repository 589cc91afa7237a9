"""Server tables: stations and their tokens, the event store, quarantine, change feed."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.db.models.base import NAMING
from app.db.types import JSONText, UTCDateTime, utcnow

# A 64-bit key on PostgreSQL; SQLite only auto-increments a plain INTEGER primary key.
BIGID = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Store(Base):
    __tablename__ = "store"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Station(Base):
    """A till; ``number`` is the station number on the wire and in item codes."""

    __tablename__ = "station"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(unique=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("store.id"))
    token_hash: Mapped[str | None] = mapped_column(String(64), unique=True, default=None)
    code_hash: Mapped[str | None] = mapped_column(String(64), unique=True, default=None)
    # A code left lying around (mail, note on the till) must not register a till weeks later.
    code_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    registered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    last_contact_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    acked_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    reported_seq: Mapped[int] = mapped_column(BigInteger, default=0)  # highest seq seen
    pull_cursor: Mapped[int] = mapped_column(BigInteger, default=0)


class Event(Base):
    """Every event exactly once: unique ``event_id`` and unique ``(station, seq)``."""

    __tablename__ = "event"
    __table_args__ = (UniqueConstraint("station_id", "seq"),)

    id: Mapped[int] = mapped_column(BIGID, primary_key=True)
    event_id: Mapped[str] = mapped_column(String(36), unique=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    seq: Mapped[int] = mapped_column(BigInteger)
    type: Mapped[str] = mapped_column(String(40))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    payload: Mapped[Any] = mapped_column(JSONText)
    status: Mapped[str] = mapped_column(String(12))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Quarantine(Base):
    """A bad event with its reason, listed for the central office; never dropped."""

    __tablename__ = "quarantine"

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"), index=True)
    event_id: Mapped[str | None] = mapped_column(String(64), default=None)
    seq: Mapped[int | None] = mapped_column(BigInteger, default=None)
    type: Mapped[str] = mapped_column(String(40), default="")
    raw: Mapped[Any] = mapped_column(JSONText)
    reason: Mapped[str] = mapped_column(String(500))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Waits for a record that may still come: tried again after later pushes.
    retry: Mapped[bool] = mapped_column(default=False, server_default=false())
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None,
                                                         index=True)


class ChangeCounter(Base):
    """One row: the global change sequence. Taking it with UPDATE ... RETURNING locks it
    until commit, so cursors are handed out in commit order and a puller never skips a
    change committed late by a concurrent worker."""

    __tablename__ = "change_counter"

    id: Mapped[int] = mapped_column(primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class Change(Base):
    """The pull feed: ``cursor`` from ``ChangeCounter``; ``origin`` is a station number.
    ``target``: the one station this change is for (a delivery's status set by the
    office goes only to the station that booked the order); None: every station of the
    origin's store pulls it."""

    __tablename__ = "change"
    __table_args__ = (Index("ix_change_kind_key", "kind", "key"),)

    cursor: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(20))
    key: Mapped[str] = mapped_column(String(80))
    origin: Mapped[int | None] = mapped_column(default=None)
    target: Mapped[int | None] = mapped_column(default=None)
    data: Mapped[Any] = mapped_column(JSONText)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Setting(Base):
    """Server settings such as the admin password hash."""

    __tablename__ = "server_setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(String(500))


class AdminSession(Base):
    """A login to ``/admin``. Only the SHA-256 of the cookie's random id is stored, so a
    copy of the database does not log anyone in; the CSRF token is bound to the row."""

    __tablename__ = "admin_session"

    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user: Mapped[str] = mapped_column(String(40))
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class AuthThrottle(Base):
    """Failed logins or registrations per key (``login-ip:…``, ``login-user:…``,
    ``register-ip:…``). Kept in the database so every server process sees the same
    counts and locks."""

    __tablename__ = "auth_throttle"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    failures: Mapped[int] = mapped_column(default=0)
    last_failure_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None,
                                                             index=True)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class AuditAnchor(Base):
    """A head of a station's audit chain as a push carried it: an anchor outside the
    till's database file. ``problem`` is empty when the head fits every earlier one,
    else why not (``shorter``, ``diverged``), with ``detail`` in German for the office."""

    __tablename__ = "audit_anchor"
    __table_args__ = (Index("ix_audit_anchor_station_count", "station_id", "entry_count"),)

    id: Mapped[int] = mapped_column(BIGID, primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    entry_count: Mapped[int] = mapped_column(BigInteger)
    head_hash: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    problem: Mapped[str] = mapped_column(String(20), default="")
    detail: Mapped[str] = mapped_column(String(300), default="")
