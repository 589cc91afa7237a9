"""Core statements compiled once and run straight on the SQLite driver connection.

For the sale hot path only. SQLAlchemy's per-execute work (execution context, parameter
processing, result wrapping) costs more than the SQLite statement itself, so each
statement is compiled once for the SQLite dialect; values still pass through the
column types' own bind processors (UTC datetimes, canonical JSON, booleans), so the rows
are exactly what the ORM would write. Other dialects fall back to a normal execute.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.dialects import sqlite
from sqlalchemy.sql.expression import Executable

from app.services.kernel.context import Ctx

_DIALECT = sqlite.dialect()


class Prepared:
    """One statement: its SQLite text, parameter order and bind processors."""

    def __init__(self, stmt: Executable, keys: Sequence[str] | None = None) -> None:
        self.stmt = stmt
        compiled = stmt.compile(dialect=_DIALECT,  # type: ignore[attr-defined]
                                column_keys=list(keys) if keys is not None else None)
        self.sql: str = compiled.string
        self.order: tuple[str, ...] = tuple(compiled.positiontup or ())
        self.fixed: dict[str, Any] = {}
        self.procs: dict[str, Callable[[Any], Any]] = {}
        for name, bind in compiled.binds.items():
            if bind.value is not None and not bind.required:
                self.fixed[name] = bind.value
            proc = bind.type.dialect_impl(_DIALECT).bind_processor(_DIALECT)
            if proc is not None:
                self.procs[name] = proc

    def params(self, values: Mapping[str, Any]) -> tuple[Any, ...]:
        out = []
        for key in self.order:
            value = values[key] if key in values else self.fixed[key]
            proc = self.procs.get(key)
            out.append(proc(value) if proc is not None and value is not None else value)
        return tuple(out)


def driver(ctx: Ctx) -> tuple[Connection, sqlite3.Connection | None]:
    """The session's connection and, on SQLite, its driver connection (same transaction)."""
    conn = ctx.session.connection()
    if conn.dialect.name != "sqlite":
        return conn, None
    raw = conn.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return conn, raw


def execute(ctx: Ctx, prepared: Prepared, values: Mapping[str, Any]) -> Any:
    """Run once; returns the first row (for RETURNING) or None."""
    conn, raw = driver(ctx)
    if raw is None:
        return conn.execute(prepared.stmt, dict(values)).first()
    return raw.execute(prepared.sql, prepared.params(values)).fetchone()


def execute_many(ctx: Ctx, prepared: Prepared, rows: Sequence[Mapping[str, Any]]) -> int:
    """Run for each row; returns the number of rows changed."""
    conn, raw = driver(ctx)
    if raw is None:
        return int(conn.execute(prepared.stmt, [dict(r) for r in rows]).rowcount)
    cursor = raw.executemany(prepared.sql, [prepared.params(r) for r in rows])
    return int(cursor.rowcount)
