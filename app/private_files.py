"""The till's files are readable by the user who runs it and no one else.

The database holds PIN hashes and the journal; the logs name users; the sync token file
(where there is no keyring) is a secret. So the data directory is created 0700 and every
file the till creates in it 0600, explicitly rather than through the process umask
(which the desktop session sets, usually 022). SQLite creates ``-wal`` and ``-shm`` with
the mode of the database file, so a database file created 0600 keeps its companions 0600.

``check`` runs at start: when an older installation (or a hand-made copy) left the
directory or a file wider than that, it returns one German warning per finding, which
the app shows in its status bar and the command line prints on stderr.
"""

from __future__ import annotations

import logging.handlers
import os
import stat
from pathlib import Path
from typing import IO, Any

from app import messages

DIR_MODE = 0o700
FILE_MODE = 0o600
# Files directly in the data directory (and its logs) that must not be shared.
_SENSITIVE_SUFFIXES = (".sqlite3", ".sqlite3-wal", ".sqlite3-shm", ".sqlite3-journal",
                       ".log", ".bak", ".backup")


def make_dir(path: Path) -> None:
    """Create ``path`` with mode 0700, and missing parents likewise (the log folder may
    be made before the data directory); an existing folder is left as it is."""
    if path.is_dir():
        return
    if not path.parent.exists():
        make_dir(path.parent)
    try:
        path.mkdir(mode=DIR_MODE)
    except FileExistsError:
        return
    os.chmod(path, DIR_MODE)  # mkdir's mode is filtered by the umask


def create_file(path: Path) -> None:
    """Create an empty file with mode 0600 unless it exists (SQLite then opens it)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        return
    os.close(fd)
    os.chmod(path, FILE_MODE)


def write_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (temp file, fsync, rename), mode 0600."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        os.fchmod(fd, FILE_MODE)
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def open_private(path: Path, mode: str = "wb") -> IO[Any]:
    """``open(path, mode)`` for a new file that only the owner may read (exports, backups)."""
    flags = os.O_CREAT | (os.O_RDWR if "+" in mode else os.O_WRONLY)
    flags |= os.O_APPEND if "a" in mode else os.O_TRUNC
    fd = os.open(path, flags, FILE_MODE)
    os.fchmod(fd, FILE_MODE)
    return os.fdopen(fd, mode)


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files (the current one and each new one) are 0600."""

    def _open(self) -> Any:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
        os.fchmod(fd, FILE_MODE)
        return os.fdopen(fd, self.mode.replace("w", "a"), encoding=self.encoding,
                         errors=self.errors)


def _wider(path: Path, allowed: int) -> int | None:
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return None
    return mode if mode & ~allowed & 0o777 else None


def check(data_dir: Path, log_dir: Path | None = None) -> list[str]:
    """German warnings for the data directory and its sensitive files when others may
    read them (group or world bits set); empty when all is private."""
    warnings: list[str] = []
    mode = _wider(data_dir, DIR_MODE)
    if mode is not None:
        warnings.append(messages.DATA_DIR_TOO_OPEN.format(path=data_dir, mode=f"{mode:o}"))
    folders = [data_dir] + ([log_dir] if log_dir is not None else [])
    for folder in folders:
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            if not entry.is_file() or not _sensitive(entry, folder == log_dir):
                continue
            mode = _wider(entry, FILE_MODE)
            if mode is not None:
                warnings.append(messages.FILE_TOO_OPEN.format(path=entry, mode=f"{mode:o}"))
    return warnings


def _sensitive(entry: Path, in_logs: bool) -> bool:
    name = entry.name
    return (in_logs or name.endswith(_SENSITIVE_SUFFIXES) or ".log." in name
            or name == SECRET_FILE_NAME)


SECRET_FILE_NAME = "sync-token"
