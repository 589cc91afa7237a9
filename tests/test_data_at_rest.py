"""Data at rest: the data directory 0700, database, WAL, SHM and logs 0600, a German
warning at start when they are open to other users."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from app.cli import main
from app.config import Paths
from app.services.kernel.backend import open_backend
from tests.helpers.clock import Clock


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The usual desktop umask (022), under which files are born world-readable."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.usefixtures("open_umask")
def test_init_creates_private_directory_and_files(tmp_path: Path, clock: Clock) -> None:
    """Under umask 022, init makes the data dir 0700 and the database, WAL, SHM and log 0600."""
    data = tmp_path / "till"
    assert main(["--data-dir", str(data), "init", "--station", "3", "--store", "X"],
                clock=clock) == 0
    paths = Paths(data)
    backend = open_backend(paths, clock=clock)
    try:
        with backend.write() as ctx:  # an open writer keeps -wal and -shm on disk
            ctx.session.execute(text("SELECT 1"))
            assert (data / "kreislauf.sqlite3-wal").exists()
            assert mode(data / "kreislauf.sqlite3-wal") == 0o600
            assert mode(data / "kreislauf.sqlite3-shm") == 0o600
    finally:
        backend.close()
    assert mode(data) == 0o700
    for folder in ("logs", "receipts", "exports"):
        assert mode(data / folder) == 0o700
    assert mode(data / "kreislauf.sqlite3") == 0o600
    assert mode(data / "logs" / "kreislauf.log") == 0o600
    assert backend.start_warnings == []


@pytest.mark.usefixtures("open_umask")
def test_rotated_log_files_stay_private(tmp_path: Path) -> None:
    """A log file that rotation starts anew is 0600 too."""
    from app.private_files import PrivateRotatingFileHandler

    log_file = tmp_path / "x.log"
    handler = PrivateRotatingFileHandler(log_file, maxBytes=200, backupCount=2)
    record = logging.LogRecord("t", logging.INFO, __file__, 1, "x" * 150, None, None)
    try:
        for _ in range(4):
            handler.emit(record)
    finally:
        handler.close()
    assert (tmp_path / "x.log.1").exists()
    for path in (log_file, tmp_path / "x.log.1"):
        assert mode(path) == 0o600


def test_wide_permissions_warn_in_german_on_stderr_and_in_the_log(
        tmp_path: Path, clock: Clock, capsys: pytest.CaptureFixture[str]) -> None:
    """A data dir 755 and a database 644 (an older install): every command warns on stderr
    and in the log, naming the file and the chmod that fixes it; the command still runs."""
    data = tmp_path / "till"
    assert main(["--data-dir", str(data), "init", "--station", "3", "--store", "X"],
                clock=clock) == 0
    os.chmod(data, 0o755)
    os.chmod(data / "kreislauf.sqlite3", 0o644)
    capsys.readouterr()
    assert main(["--data-dir", str(data), "audit", "verify"], clock=clock) == 0
    err = capsys.readouterr().err
    assert f"Das Datenverzeichnis {data} ist für andere Benutzer" in err
    assert f"chmod 700 {data}" in err
    assert f"chmod 600 {data / 'kreislauf.sqlite3'}" in err
    logged = (data / "logs" / "kreislauf.log").read_text(encoding="utf-8")
    assert "chmod 600" in logged


def test_private_files_pass_the_check(tmp_path: Path, clock: Clock) -> None:
    """A till set up by the app itself starts without any permission warning."""
    data = tmp_path / "till"
    assert main(["--data-dir", str(data), "init", "--station", "3", "--store", "X"],
                clock=clock) == 0
    backend = open_backend(Paths(data), clock=clock)
    backend.close()
    assert backend.start_warnings == []
