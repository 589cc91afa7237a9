"""Backups of the till database and their restore.

A backup is a consistent copy made with SQLite's online backup API (the till may keep
selling meanwhile), named ``kreislauf-S<station>-<Berlin date_time>.sqlite3``, mode 0600,
written under a temporary name and renamed only after it passed ``integrity_check``.
Backups of this station older than the kept days are deleted; other stations' files in
a shared folder (one USB stick for several tills) are never touched.

A restore checks the file first (a SQLite database, intact, of this station, of a schema
this version knows), then moves the current database aside as
``<name>.vor-wiederherstellung-<date_time>`` (with its -wal/-shm) and puts the backup in
its place. Every refusal leaves the current database as it was.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from app import private_files
from app.db import migrate
from app.errors import DatabaseError, ValidationError
from app.services.kernel.clock import BERLIN, Clock, berlin_now
from app.services.maintenance import integrity
from app.services.maintenance import messages as msg

log = logging.getLogger(__name__)
DEFAULT_KEEP_DAYS = 14
STAMP = "%Y-%m-%d_%H%M%S"
_NAME = re.compile(r"^kreislauf-S(\d{2})-(\d{4}-\d{2}-\d{2}_\d{6})\.sqlite3$")
_STATION_SQL = (
    "SELECT s.number, s.created_at, st.created_at, st.name FROM station s "
    "JOIN store st ON st.id = s.store_id WHERE s.is_local = 1"
)


@dataclass(frozen=True)
class Identity:
    """Which till a database belongs to: station number, its creation, its store."""

    number: int
    created_at: str
    store_created_at: str
    store_name: str

    def same_till(self, other: Identity) -> bool:
        # The store's name may be edited; the creation times are the till's fingerprint.
        return (self.number, self.created_at, self.store_created_at) == (
            other.number, other.created_at, other.store_created_at)


@dataclass(frozen=True)
class Restored:
    """A finished restore: which file came in, where the previous database went."""

    source: Path
    aside: Path | None

    @property
    def message(self) -> str:
        return msg.RESTORED.format(path=self.source, aside=self.aside or "-")


# --- names and retention --------------------------------------------------------------

def backup_name(number: int, moment: datetime) -> str:
    """``kreislauf-S01-2026-12-04_191500.sqlite3`` for station 1 at that Berlin time."""
    return f"kreislauf-S{number:02d}-{moment.astimezone(BERLIN).strftime(STAMP)}.sqlite3"


def station_backups(folder: Path, number: int | None = None) -> list[tuple[datetime, Path]]:
    """The backups in ``folder`` (of station ``number`` only, when given), oldest first."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found: list[tuple[datetime, Path]] = []
    for entry in entries:
        match = _NAME.match(entry.name)
        if match is None or (number is not None and int(match.group(1)) != number):
            continue
        made = datetime.strptime(match.group(2), STAMP).replace(tzinfo=BERLIN)
        found.append((made, entry))
    return sorted(found)


def newest_backup(folder: Path, number: int | None = None) -> Path | None:
    """The most recent backup in ``folder`` (of station ``number`` when given)."""
    found = station_backups(folder, number)
    return found[-1][1] if found else None


def prune(folder: Path, number: int, now: datetime, keep_days: int) -> list[Path]:
    """Delete this station's backups older than ``keep_days`` (at least one day)."""
    limit = now - timedelta(days=max(1, keep_days))
    removed: list[Path] = []
    for made, path in station_backups(folder, number):
        if made < limit:
            path.unlink(missing_ok=True)
            removed.append(path)
    if removed:
        log.info("deleted %d old backups of station %d in %s", len(removed), number, folder)
    return removed


# --- writing a backup -----------------------------------------------------------------

def write_copy(db_file: Path, target: Path) -> Path:
    """Copy ``db_file`` (WAL included) to ``target`` via a temporary file; the copy is a
    single rollback-journal file, 0600, integrity-checked before it gets its name."""
    tmp = target.with_name(target.name + ".tmp")
    tmp.unlink(missing_ok=True)
    private_files.create_file(tmp)
    try:
        _online_backup(db_file, tmp)
        findings = integrity.check_file(tmp, full=True)
        if findings:
            log.error("backup copy %s failed integrity_check: %s", tmp, " | ".join(findings))
            raise DatabaseError(msg.BACKUP_FAILED.format(folder=target.parent,
                                                         reason=msg.BACKUP_CHECK_FAILED))
        _fsync(tmp)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def _online_backup(db_file: Path, target: Path) -> None:
    src = sqlite3.connect(db_file)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        # A backup of a WAL database is in WAL mode too; one self-contained file is safer
        # on a USB stick that is pulled out.
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    try:
        _fsync(folder)
    except OSError:  # not every file system lets a directory be synced
        log.debug("could not fsync %s", folder)


def backup_now(db_file: Path, number: int, folder: Path, moment: datetime,
               keep_days: int = DEFAULT_KEEP_DAYS, target: Path | None = None) -> Path:
    """Check the database ``db_file`` of station ``number``, write a backup into
    ``folder`` (or to ``target``), then delete this station's backups older than
    ``keep_days``; returns the new file."""
    integrity.ensure_intact(db_file, folder, lambda: newest_backup(folder, number), full=True)
    destination = target or folder / backup_name(number, moment)
    try:
        private_files.make_dir(destination.parent)
        write_copy(db_file, destination)
    except OSError as exc:
        log.warning("backup to %s failed", destination, exc_info=True)
        raise DatabaseError(msg.BACKUP_FAILED.format(
            folder=destination.parent, reason=exc.strerror or type(exc).__name__)) from exc
    log.info("backup written: %s", destination)
    if target is None:
        prune(folder, number, moment.astimezone(BERLIN), keep_days)
    return destination


def due(folder: Path, number: int, moment: datetime) -> bool:
    """True when station ``number`` has no backup from ``moment``'s Berlin day."""
    found = station_backups(folder, number)
    return not found or found[-1][0].date() != moment.astimezone(BERLIN).date()


# --- restoring ------------------------------------------------------------------------

def read_identity(path: Path) -> tuple[Identity | None, str | None]:
    """The local station and the schema revision stored in ``path``; raises
    ``sqlite3.Error`` when the file has no such tables."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute(_STATION_SQL).fetchone()
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    identity = None if row is None else Identity(int(row[0]), str(row[1]), str(row[2]),
                                                 str(row[3]))
    return identity, None if revision is None else str(revision[0])


def _known_revision(revision: str | None) -> bool:
    if revision is None or revision == migrate.HEAD:
        return True
    from alembic.script import ScriptDirectory

    try:
        return ScriptDirectory(str(migrate.MIGRATIONS)).get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown id
        return False


def check_backup(source: Path, current: Path) -> None:
    """Refuse (German ``ValidationError``) a file that may not replace ``current``."""
    if not source.is_file():
        raise ValidationError(msg.RESTORE_MISSING.format(path=source))
    if not integrity.looks_like_sqlite(source):
        raise ValidationError(msg.RESTORE_NOT_DATABASE.format(path=source))
    findings = integrity.check_file(source, full=True)
    if findings:
        log.error("backup %s failed integrity_check: %s", source, " | ".join(findings))
        raise ValidationError(msg.RESTORE_DAMAGED.format(path=source))
    try:
        theirs, revision = read_identity(source)
    except sqlite3.Error as exc:
        raise ValidationError(msg.RESTORE_NOT_DATABASE.format(path=source)) from exc
    if theirs is None:
        raise ValidationError(msg.RESTORE_NOT_DATABASE.format(path=source))
    if not _known_revision(revision):
        raise ValidationError(msg.RESTORE_TOO_NEW.format(path=source, revision=revision))
    ours = _current_identity(current)
    if ours is not None and not ours.same_till(theirs):
        raise ValidationError(msg.RESTORE_OTHER_STATION.format(
            path=source, theirs=theirs.number, their_store=theirs.store_name,
            ours=ours.number, our_store=ours.store_name))


def _current_identity(current: Path) -> Identity | None:
    """This till's identity; None when there is no database or it cannot be read any
    more (then the restore is what repairs it, and the backup's station is taken)."""
    if not current.exists():
        return None
    try:
        return read_identity(current)[0]
    except sqlite3.Error:
        log.warning("current database %s unreadable; restoring without station check",
                    current, exc_info=True)
        return None


def restore(source: Path, current: Path, clock: Clock) -> Restored:
    """Replace the (closed) database ``current`` by the backup ``source`` after checking
    it; the previous database is kept aside. Nothing changes on a refusal."""
    check_backup(source, current)
    incoming = current.with_name(current.name + ".wiederherstellung.tmp")
    write_copy(source, incoming)  # a checked copy next to the target, same file system
    aside = None
    try:
        if current.exists():
            aside = _move_aside(current, berlin_now(clock))
        os.replace(incoming, current)
        _fsync_dir(current.parent)
    finally:
        incoming.unlink(missing_ok=True)
    log.info("restored %s over %s (previous kept as %s)", source, current, aside)
    return Restored(source, aside)


def _move_aside(current: Path, moment: datetime) -> Path:
    """Fold the WAL into ``current``, then rename it (and any -wal/-shm left) aside."""
    try:
        conn = sqlite3.connect(current)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlite3.Error:
        log.warning("checkpoint of %s failed; its -wal is moved aside too", current,
                    exc_info=True)
    aside = current.with_name(f"{current.name}.vor-wiederherstellung-{moment.strftime(STAMP)}")
    for suffix in ("-wal", "-shm"):
        companion = current.with_name(current.name + suffix)
        if companion.exists():
            os.replace(companion, aside.with_name(aside.name + suffix))
    os.replace(current, aside)
    return aside
