"""The command line: init, demo-data and one German line on bad input."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app.cli", *args], capture_output=True,
                          text=True, timeout=120, env={**os.environ})


def test_init_then_demo_data(tmp_path: Path) -> None:
    """init creates the till, demo-data fills it, and a second init only migrates."""
    d = str(tmp_path / "till")
    first = run("--data-dir", d, "init", "--demo", "--station", "4", "--store",
                "Kaufhaus Arnsberg")
    assert first.returncode == 0, first.stderr
    assert "Station 4" in first.stdout
    demo = run("--data-dir", d, "demo-data", "--items", "30")
    assert demo.returncode == 0, demo.stderr
    assert "30 Artikel" in demo.stdout
    assert "Demo-Artikel: 30/30" in demo.stderr  # progress
    again = run("--data-dir", d, "init", "--station", "4", "--store", "Kaufhaus Arnsberg")
    assert again.returncode == 0 and "aktuell" in again.stdout


def test_data_dir_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """KREISLAUF_DATA_DIR chooses the data directory when --data-dir is absent."""
    monkeypatch.setenv("KREISLAUF_DATA_DIR", str(tmp_path / "env"))
    assert main(["init", "--station", "2", "--store", "X"]) == 0
    assert (tmp_path / "env" / "kreislauf.sqlite3").exists()
    assert (tmp_path / "env" / "logs" / "kreislauf.log").exists()


@pytest.mark.parametrize(("args", "expected"), [
    (["init", "--station", "0", "--store", "X"], "1 bis 99"),
    (["init", "--station", "100", "--store", "X"], "1 bis 99"),
    (["init", "--station", "drei", "--store", "X"], "1 bis 99"),
    (["init", "--station", "3", "--store", "  "], "Namen für das Kaufhaus"),
    (["init", "--station", "3"], "Ungültiger Aufruf"),
    (["demo-data"], "noch keine Kasse"),
    (["demo-data", "--items", "-5"], "--items: „-5“ ist keine ganze Zahl von 0 bis"),
    (["audit", "verify"], "noch keine Kasse"),
])
def test_bad_input_one_german_line(tmp_path: Path, args: list[str], expected: str) -> None:
    """Bad input: non-zero exit, one German line on stderr, no traceback, nothing written."""
    d = tmp_path / "till"
    result = run("--data-dir", str(d), *args)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert expected in lines[0]
    assert "Traceback" not in result.stderr
    assert not (d / "kreislauf.sqlite3").exists()


def test_unreadable_data_dir(tmp_path: Path) -> None:
    """A data dir that cannot be created is one German line."""
    blocker = tmp_path / "file"
    blocker.write_text("not a dir")
    result = run("--data-dir", str(blocker / "sub"), "init", "--station", "1", "--store", "X")
    assert result.returncode != 0
    assert "Datenverzeichnis" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_station_mismatch(tmp_path: Path) -> None:
    """init with another station number on an existing till is refused."""
    d = str(tmp_path / "till")
    assert run("--data-dir", d, "init", "--station", "4", "--store", "X").returncode == 0
    result = run("--data-dir", d, "init", "--station", "5", "--store", "X")
    assert result.returncode != 0 and "gehört zu Station 4" in result.stderr


def test_newer_database_is_one_line(tmp_path: Path) -> None:
    """A database from a newer version: one German line, exit non-zero, data untouched."""
    import sqlite3
    d = tmp_path / "till"
    assert run("--data-dir", str(d), "init", "--station", "4", "--store", "X").returncode == 0
    con = sqlite3.connect(d / "kreislauf.sqlite3")
    con.execute("UPDATE alembic_version SET version_num='zzzz'")
    con.commit()
    con.close()
    result = run("--data-dir", str(d), "init", "--station", "4", "--store", "X")
    assert result.returncode != 0 and "neueren Version" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
