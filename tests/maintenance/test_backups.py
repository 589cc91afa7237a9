"""Backups: a consistent 0600 copy, daily, kept N days per station; restore checks first."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import timedelta
from pathlib import Path

import pytest

from app.cli import main
from app.config import Paths
from app.errors import KasseError, ValidationError
from app.services.kernel.backend import Backend, open_backend
from app.services.kernel.context import Actor
from app.services.maintenance import backup_flow, backups
from app.services.maintenance import messages as msg
from tests.helpers.cash import Line, sell
from tests.helpers.clock import Clock
from tests.maintenance.conftest import digest, overwrite_middle, receipt_numbers, settle


def test_backup_has_the_same_receipts(sold: Backend, paths: Paths) -> None:
    """The backup opens as a till database with every receipt, mode 0600, one file."""
    made = backup_flow.backup_now(sold, paths.backups_dir)
    assert made.parent == paths.backups_dir
    assert made.name.startswith("kreislauf-S01-") and made.suffix == ".sqlite3"
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert receipt_numbers(made) == receipt_numbers(paths.db_file)
    assert len(receipt_numbers(made)) == 40
    assert not list(paths.backups_dir.glob("*-wal")) and not list(paths.backups_dir.glob("*.tmp"))


def test_retention_deletes_only_old_backups_of_this_station(sold: Backend, paths: Paths,
                                                            clock: Clock) -> None:
    """After keep_days only this station's older files go; other stations' stay."""
    folder = paths.backups_dir
    first = backup_flow.backup_now(sold, folder, keep_days=3)
    other_station = folder / backups.backup_name(2, clock.now - timedelta(days=30))
    other_station.write_bytes(b"station 2")
    unrelated = folder / "notizen.txt"
    unrelated.write_text("bleibt")
    clock.advance(days=2)
    second = backup_flow.backup_now(sold, folder, keep_days=3)
    assert first.exists()
    clock.advance(days=2)
    third = backup_flow.backup_now(sold, folder, keep_days=3)
    assert not first.exists()
    assert second.exists() and third.exists()
    assert other_station.exists() and unrelated.exists()


def test_backup_if_due_once_a_berlin_day(sold: Backend, paths: Paths, clock: Clock) -> None:
    """The automatic backup runs when today has none, and not again the same day."""
    folder = paths.backups_dir
    made = backup_flow.backup_if_due(sold, folder)
    assert made is not None and made.exists()
    clock.advance(minutes=1)
    assert backup_flow.backup_if_due(sold, folder) is None
    clock.advance(days=1)
    assert backup_flow.backup_if_due(sold, folder) is not None
    assert len(backups.station_backups(folder, 1)) == 2


def test_backup_into_unusable_folder_says_so(sold: Backend, tmp_path: Path) -> None:
    """A folder that cannot be created is one German sentence; nothing half written."""
    blocker = tmp_path / "stick"
    blocker.write_text("eine Datei, kein Ordner")
    with pytest.raises(KasseError) as caught:
        backup_flow.backup_now(sold, blocker / "backups")
    assert "Sicherung nach" in str(caught.value)


@pytest.fixture
def backup(sold: Backend, paths: Paths) -> Path:
    """A good backup of the till (40 sales), the till closed afterwards."""
    made = backup_flow.backup_now(sold, paths.backups_dir)
    sold.close()
    settle(paths.db_file)
    return made


def _refused(source: Path, paths: Paths, clock: Clock, words: str) -> None:
    before = digest(paths.db_file)
    with pytest.raises(ValidationError) as caught:
        backups.restore(source, paths.db_file, clock)
    assert words in str(caught.value)
    assert digest(paths.db_file) == before
    assert not list(paths.data_dir.glob("*vor-wiederherstellung*"))
    assert not list(paths.data_dir.glob("*.tmp"))


def test_restore_refuses_damaged_backup(backup: Path, paths: Paths, clock: Clock) -> None:
    """A damaged backup is refused and the current database stays byte for byte."""
    overwrite_middle(backup)
    _refused(backup, paths, clock, "selbst beschädigt")


def test_restore_refuses_file_that_is_no_database(paths: Paths, backup: Path, clock: Clock,
                                                  tmp_path: Path) -> None:
    """A text file, and a SQLite file that is not a till, are refused."""
    text = tmp_path / "kein-backup.sqlite3"
    text.write_text("hallo")
    _refused(text, paths, clock, "keine Sicherung einer Kreislauf-Kasse")
    other = tmp_path / "fremd.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    _refused(other, paths, clock, "keine Sicherung einer Kreislauf-Kasse")
    _refused(tmp_path / "fehlt.sqlite3", paths, clock, "gibt es nicht")


def test_restore_refuses_backup_of_another_station(backup: Path, paths: Paths, clock: Clock,
                                                   tmp_path: Path) -> None:
    """A backup of another station (or another installation) is refused."""
    foreign = tmp_path / backups.backup_name(7, clock.now)
    foreign.write_bytes(backup.read_bytes())
    conn = sqlite3.connect(foreign)
    conn.execute("UPDATE station SET number = 7 WHERE is_local = 1")
    conn.commit()
    conn.close()
    _refused(foreign, paths, clock, "gehört zu Station 7")


def test_restore_refuses_newer_schema(backup: Path, paths: Paths, clock: Clock) -> None:
    """A backup from a newer program version is refused."""
    conn = sqlite3.connect(backup)
    conn.execute("UPDATE alembic_version SET version_num = '0099_future'")
    conn.commit()
    conn.close()
    _refused(backup, paths, clock, "neueren Programmversion")


def test_good_restore_keeps_old_database_aside(backup: Path, paths: Paths, clock: Clock,
                                               cashier: Actor) -> None:
    """The backup replaces the database; the previous one (with its later sale) is kept."""
    later = open_backend(paths, clock=clock)
    sell(later, cashier, [Line("Bücher", 999)])
    later.close()
    before = receipt_numbers(paths.db_file)
    result = backups.restore(backup, paths.db_file, clock)
    assert result.aside is not None and ".vor-wiederherstellung-" in result.aside.name
    assert receipt_numbers(result.aside) == before
    assert len(receipt_numbers(paths.db_file)) == 40
    assert stat.S_IMODE(paths.db_file.stat().st_mode) == 0o600
    reopened = open_backend(paths, clock=clock)
    reopened.close()


def test_restore_repairs_a_damaged_database(backup: Path, paths: Paths, clock: Clock) -> None:
    """The point of it all: a damaged database is replaced by its intact backup."""
    overwrite_middle(paths.db_file)
    with pytest.raises(KasseError):
        open_backend(paths, clock=clock)
    backups.restore(backup, paths.db_file, clock)
    open_backend(paths, clock=clock).close()


def test_cli_backup_and_restore(backup: Path, paths: Paths, clock: Clock, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    """`kreislauf backup -o FILE` writes the file; `kreislauf restore FILE` puts it back."""
    target = tmp_path / "stick" / "heute.sqlite3"
    argv = ["--data-dir", str(paths.data_dir)]
    assert main([*argv, "backup", "-o", str(target)], clock=clock) == 0
    assert str(target) in capsys.readouterr().out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert main([*argv, "backup"], clock=clock) == 0
    assert "kreislauf-S01-" in capsys.readouterr().out
    assert main([*argv, "restore", str(target)], clock=clock) == 0
    assert "zurückgespielt" in capsys.readouterr().out
    assert len(receipt_numbers(paths.db_file)) == 40


def test_cli_restore_refusal_is_one_german_line(backup: Path, paths: Paths, clock: Clock,
                                                tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """A refused restore: one German line, non-zero exit, database untouched."""
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(os.urandom(4096))
    before = digest(paths.db_file)
    code = main(["--data-dir", str(paths.data_dir), "restore", str(junk)], clock=clock)
    err = capsys.readouterr().err
    assert code != 0
    assert len(err.strip().splitlines()) == 1
    assert msg.RESTORE_NOT_DATABASE.format(path=junk) in err
    assert digest(paths.db_file) == before
