"""SQLite's own consistency checks on a till database file.

``PRAGMA quick_check`` (at every start: it reads every page but skips the index-content
comparison, so it costs about one read of the file) and ``PRAGMA integrity_check`` (in
``audit verify``, before a backup, an export or a restore). Both find damaged pages,
broken b-trees and, for integrity_check, indexes that disagree with their tables. They do
not find a page overwritten with well-formed but wrong values, nor an edit made through
SQLite itself; the audit log's hash chain is there for those.

A damaged database raises ``DatabaseError`` with one German sentence that names the file
and the newest backup to restore; SQLite's own findings go to the log only.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine

from app.errors import DatabaseError
from app.services.maintenance import messages as msg

log = logging.getLogger(__name__)
# SQLite lists up to 100 findings; the first few say enough for the log.
LOG_LINES = 5
SQLITE_HEADER = b"SQLite format 3\x00"


def run_check(conn: sqlite3.Connection, *, full: bool) -> list[str]:
    """SQLite's findings on ``conn`` (empty when the database is intact), at most
    ``LOG_LINES`` of them; an error SQLite raises while reading is one finding too."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = conn.execute(f"PRAGMA {pragma}({LOG_LINES})").fetchall()
    except sqlite3.DatabaseError as exc:
        return [f"{type(exc).__name__}: {exc}"]
    findings = [str(row[0]) for row in rows]
    return [] if findings == ["ok"] else findings[:LOG_LINES]


def check_file(path: Path, *, full: bool) -> list[str]:
    """``run_check`` on the SQLite file ``path`` (its -wal included)."""
    try:
        conn = sqlite3.connect(path)
    except sqlite3.Error as exc:
        return [f"{type(exc).__name__}: {exc}"]
    try:
        return run_check(conn, full=full)
    finally:
        conn.close()


def check_engine(engine: Engine, *, full: bool) -> list[str]:
    """``run_check`` on a connection of ``engine`` (a SQLite engine)."""
    raw = engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        return run_check(driver, full=full)
    finally:
        raw.close()


def looks_like_sqlite(path: Path) -> bool:
    """True when ``path`` starts with SQLite's file header."""
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def damaged_message(db_file: Path, folder: Path, newest: Path | None) -> str:
    """The one German sentence for a damaged database: which backup to restore."""
    if newest is None:
        return msg.DAMAGED_NO_BACKUP.format(db=db_file, folder=folder)
    return msg.DAMAGED_WITH_BACKUP.format(db=db_file, backup=newest)


def ensure_intact(db_file: Path, folder: Path, newest: Callable[[], Path | None], *,
                  full: bool, findings: list[str] | None = None) -> None:
    """Raise ``DatabaseError`` when ``db_file`` fails the check (``findings`` when the
    caller already ran it); ``newest()`` names the backup to restore."""
    found = check_file(db_file, full=full) if findings is None else findings
    if not found:
        return
    log.error("database %s failed %s: %s", db_file,
              "integrity_check" if full else "quick_check", " | ".join(found))
    raise DatabaseError(damaged_message(db_file, folder, newest()))
