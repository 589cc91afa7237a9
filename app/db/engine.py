"""The one engine and session factory of a till.

SQLite is opened in WAL mode with ``synchronous=FULL`` (a committed sale survives a power
cut), foreign keys on and a busy timeout. Write transactions start with
``BEGIN IMMEDIATE`` so two writers never both read the same "last" audit hash or
sequence number; reads use a plain deferred ``BEGIN``.

A *relaxed* write (``Database.write(relaxed=True)``) commits with ``synchronous=NORMAL``:
no fsync of its own. In WAL mode its frames still come before every later frame, so the
next ordinary (FULL) commit makes it durable too; a power cut can only lose it together
with nothing that came after it. Only for records that recovery rebuilds when they are
lost (the TSE's answers, which the TSE keeps itself).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 10_000


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine; for SQLite, install the pragmas and explicit BEGIN handling."""
    if not url.startswith("sqlite"):
        return create_engine(url, **kwargs)
    engine = create_engine(
        url, connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        **kwargs,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Take transaction control away from the sqlite3 module so BEGIN is ours.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        _record.info["relaxed"] = False  # the pool's notes on this connection
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        options = conn.get_execution_options()
        immediate = options.get("sqlite_immediate", False)
        relaxed = bool(options.get("sqlite_relaxed", False))
        info = conn.connection.info
        if info.get("relaxed") != relaxed:  # a pragma, so outside the transaction
            conn.exec_driver_sql(f"PRAGMA synchronous={'NORMAL' if relaxed else 'FULL'}")
            info["relaxed"] = relaxed
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class Database:
    """Engine plus the two session factories: one for writing, one for reading."""

    def __init__(self, url: str, **engine_kwargs: Any) -> None:
        self.url = url
        self.engine = make_engine(url, **engine_kwargs)
        writer = self.engine.execution_options(sqlite_immediate=True)
        self._write = sessionmaker(bind=writer, expire_on_commit=False)
        self._write_relaxed = sessionmaker(
            bind=self.engine.execution_options(sqlite_immediate=True, sqlite_relaxed=True),
            expire_on_commit=False)
        self._read = sessionmaker(bind=self.engine, expire_on_commit=False)

    @contextmanager
    def write(self, *, relaxed: bool = False) -> Iterator[Session]:
        """A write transaction, committed once at the end (the edge commits, not services).

        ``relaxed``: committed without an fsync of its own (see the module docstring).
        """
        factory = self._write_relaxed if relaxed else self._write
        with factory() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session; anything written is rolled back."""
        with self._read() as session:
            try:
                yield session
            finally:
                # Detach first: rollback would expire the objects the caller still reads.
                session.expunge_all()
                session.rollback()

    def dispose(self) -> None:
        self.engine.dispose()
