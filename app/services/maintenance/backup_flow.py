"""Backups of an open till: the ``Backend``'s file and station, handed to ``backups``.

The UI (through ``Operations``), the wiring's daily backup and ``kreislauf backup`` call
these; the copy itself reads the file through SQLite's backup API, outside any of the
backend's transactions.
"""

from __future__ import annotations

from pathlib import Path

from app.config import LocalSettings, Paths, backup_folder
from app.errors import ValidationError
from app.services.kernel.backend import Backend
from app.services.kernel.clock import Clock
from app.services.maintenance import backups
from app.services.maintenance import messages as msg


def database_file(backend: Backend) -> Path:
    """The SQLite file behind ``backend``."""
    name = backend.db.engine.url.database
    if not name:
        raise ValueError("backend has no database file")
    return Path(name)


def backup_now(backend: Backend, folder: Path, clock: Clock | None = None,
               keep_days: int = backups.DEFAULT_KEEP_DAYS,
               target: Path | None = None) -> Path:
    """Check the database, write a backup into ``folder`` (or to ``target``), then delete
    this station's backups older than ``keep_days``; returns the new file."""
    station = backend.station
    if station is None:
        raise ValidationError(msg.BACKUP_NO_STATION)
    moment = (clock or backend.clock)()
    return backups.backup_now(database_file(backend), station.number, folder, moment,
                              keep_days, target)


def backup_if_due(backend: Backend, folder: Path, keep_days: int = backups.DEFAULT_KEEP_DAYS,
                  clock: Clock | None = None) -> Path | None:
    """The daily backup: made when this station has none from today (Berlin day) in
    ``folder``; returns the new file, or None when today's exists already."""
    station = backend.station
    clock = clock or backend.clock
    if station is None or not backups.due(folder, station.number, clock()):
        return None
    return backup_now(backend, folder, clock, keep_days)


def backup_configured(backend: Backend, settings: LocalSettings, *,
                      if_due: bool = False) -> Path | None:
    """``backup_now`` (with ``if_due``: ``backup_if_due``) into the folder and with the
    kept days of this machine's settings."""
    folder = backup_folder(Paths(database_file(backend).parent), settings)
    keep_days = int(settings.get("backup.keep_days"))
    if if_due:
        return backup_if_due(backend, folder, keep_days)
    return backup_now(backend, folder, keep_days=keep_days)
