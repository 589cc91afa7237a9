"""quick_check at start, integrity_check in audit verify, reports and exports."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.config import Paths
from app.errors import DatabaseError
from app.services.kernel.backend import Backend, open_backend
from app.services.maintenance import backup_flow, integrity
from app.services.maintenance import messages as msg
from tests.helpers.clock import Clock
from tests.maintenance.conftest import overwrite_middle, settle


def test_healthy_database_passes_both_checks(sold: Backend, paths: Paths) -> None:
    """A till with sales passes quick_check and integrity_check."""
    sold.close()
    assert integrity.check_file(paths.db_file, full=False) == []
    assert integrity.check_file(paths.db_file, full=True) == []
    assert integrity.check_engine(sold.db.engine, full=True) == []


def test_damaged_file_has_bounded_findings(damaged: Path) -> None:
    """8 KiB overwritten: both checks report it, in at most a few lines."""
    for full in (False, True):
        findings = integrity.check_file(damaged, full=full)
        assert findings
        assert len(findings) <= integrity.LOG_LINES


def test_open_refuses_damaged_database_naming_no_backup(damaged: Path, paths: Paths,
                                                        clock: Clock) -> None:
    """Without a backup the German sentence names the database and the empty folder."""
    with pytest.raises(DatabaseError) as caught:
        open_backend(paths, clock=clock)
    assert str(caught.value) == msg.DAMAGED_NO_BACKUP.format(db=damaged,
                                                             folder=paths.backups_dir)


def test_open_refuses_damaged_database_naming_newest_backup(
        sold: Backend, paths: Paths, clock: Clock,
        caplog: pytest.LogCaptureFixture) -> None:
    """With backups the sentence names the newest one; SQLite's findings are in the log."""
    backup_flow.backup_now(sold, paths.backups_dir)
    clock.advance(hours=1)
    newest = backup_flow.backup_now(sold, paths.backups_dir)
    sold.close()
    settle(paths.db_file)
    overwrite_middle(paths.db_file)
    with pytest.raises(DatabaseError) as caught:
        open_backend(paths, clock=clock)
    text = str(caught.value)
    assert text == msg.DAMAGED_WITH_BACKUP.format(db=paths.db_file, backup=newest)
    assert "kreislauf restore" in text and "\n" not in text
    assert "quick_check" in caplog.text


def test_healthy_database_still_opens(sold: Backend, paths: Paths, clock: Clock) -> None:
    """The check at start lets an intact database through."""
    sold.close()
    settle(paths.db_file)
    again = open_backend(paths, clock=clock)
    try:
        assert again.station is not None
    finally:
        again.close()


@pytest.mark.parametrize("args", [
    ["audit", "verify", "--offline"],
    ["report", "x", "-o", "{tmp}/x.pdf"],
    ["export", "dsfinvk", "--from", "2026-01-01", "--to", "2026-12-31", "-o", "{tmp}/d.zip"],
    ["backup", "-o", "{tmp}/b.sqlite3"],
])
def test_cli_refuses_damaged_database_in_one_line(
        damaged: Path, paths: Paths, clock: Clock, tmp_path: Path, args: list[str],
        capsys: pytest.CaptureFixture[str]) -> None:
    """Each command that reads the record exits non-zero with the one German sentence."""
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    code = main(["--data-dir", str(paths.data_dir), *argv], clock=clock)
    captured = capsys.readouterr()
    assert code != 0
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert "ist beschädigt" in lines[0] and str(damaged) in lines[0]
    assert "Traceback" not in captured.err
    assert not any(tmp_path.glob("[xdb].*"))


def test_integrity_check_finds_what_quick_check_lets_through(
        sold: Backend, paths: Paths, clock: Clock,
        capsys: pytest.CaptureFixture[str]) -> None:
    """An index that disagrees with its table passes the start but not audit verify."""
    sold.close()
    _break_index(paths.db_file)
    assert integrity.check_file(paths.db_file, full=False) == []
    open_backend(paths, clock=clock).close()
    code = main(["--data-dir", str(paths.data_dir), "audit", "verify", "--offline"],
                clock=clock)
    assert code != 0
    assert "ist beschädigt" in capsys.readouterr().err


def test_healthy_database_passes_audit_verify(sold: Backend, paths: Paths, clock: Clock,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """An intact database still passes `kreislauf audit verify`."""
    sold.close()
    assert main(["--data-dir", str(paths.data_dir), "audit", "verify", "--offline"],
                clock=clock) == 0
    assert "lückenlos" in capsys.readouterr().out


def _break_index(db_file: Path) -> None:
    """Point an index of ``sale`` at another column (writable_schema, as SQLite's own
    tests do): its entries no longer match the rows, pages stay well-formed."""
    conn = sqlite3.connect(db_file)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        name, sql = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type='index' AND tbl_name='sale' "
            "AND sql IS NOT NULL").fetchone()
        broken = sql[:sql.index("(", sql.index(" ON "))] + "(total_cents)"
        conn.execute("PRAGMA writable_schema=ON")
        conn.execute("UPDATE sqlite_master SET sql=? WHERE name=?", (broken, name))
        conn.commit()
    finally:
        conn.close()
