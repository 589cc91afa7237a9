"""Numbers and days on the command line are bounded where they are parsed: one German
line and a non-zero exit, never a traceback, a spinning loop or a half-written file."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.config import Paths
from app.services.kernel.backend import Backend
from server import cli as server_cli
from tests.conftest import Clock


@pytest.mark.parametrize(("args", "words"), [
    (("sync", "--interval", "nan"), "--interval: „nan“ ist keine Sekundenzahl von 1 bis 86400"),
    (("sync", "--interval", "-5"), "keine Sekundenzahl"),
    (("sync", "--interval", "inf"), "keine Sekundenzahl"),
    (("demo-data", "--items", "-3"), "--items: „-3“ ist keine ganze Zahl von 0 bis"),
    (("demo-data", "--items", "viele"), "keine ganze Zahl"),
    (("demo-data", "--days", "99999999999999999999"), "keine ganze Zahl"),
    (("devices", "test", "--count", "0"), "--count: „0“ ist keine ganze Zahl von 1"),
    (("devices", "test", "--timeout", "nan"), "keine Sekundenzahl"),
    (("labels", "--layout", "a4-3x8", "-o", "OUT", "--start", "0"), "keine ganze Zahl von 1"),
    (("export", "dsfinvk", "--from", "2026-01-01"), "es fehlt: --to, -o/--output"),
    (("sync", "--wrong"), "unbekannte Angaben: --wrong"),
])
def test_bad_numbers_are_refused_in_one_german_line(
        backend: Backend, paths: Paths, clock: Clock, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], args: tuple[str, ...], words: str) -> None:
    """argparse's English and Python's OverflowError never reach the user."""
    args = tuple(str(tmp_path / "out.pdf") if a == "OUT" else a for a in args)
    with pytest.raises(SystemExit) as stop:
        main(["--data-dir", str(paths.data_dir), *args], clock=clock)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1 and "Traceback" not in err
    assert "argument" not in err and "invalid" not in err
    assert list(tmp_path.glob("out*")) == []


@pytest.mark.parametrize(("command", "day"), [
    ("dsfinvk", "0001-01-01"), ("dsfinvk", "9999-12-31"), ("tse", "0001-01-01"),
])
def test_days_outside_any_till_are_refused(backend: Backend, paths: Paths, clock: Clock,
                                           tmp_path: Path, command: str, day: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    """The first and last day the calendar knows do not overflow into a crash."""
    target = tmp_path / ("x.zip" if command == "dsfinvk" else "x.tar")
    assert main(["--data-dir", str(paths.data_dir), "export", command, "--from", day,
                 "--to", day, "-o", str(target)], clock=clock) == 1
    err = capsys.readouterr().err
    assert f"„{day}“ liegt außerhalb" in err and "01.01.1970 und 31.12.2999" in err
    assert err.count("\n") == 1 and not target.exists()


def test_report_month_and_day_are_bounded(backend: Backend, paths: Paths, clock: Clock,
                                          tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    for args in (("z", "--date", "9999-12-31"), ("month", "--month", "0001-01")):
        target = tmp_path / "r.pdf"
        assert main(["--data-dir", str(paths.data_dir), "report", *args, "-o",
                     str(target)], clock=clock) == 1
        assert "liegt außerhalb" in capsys.readouterr().err and not target.exists()


@pytest.mark.parametrize(("args", "words"), [
    (("--port", "0"), "--port: „0“ ist keine ganze Zahl von 1 bis 65535"),
    (("--workers", "-1"), "keine ganze Zahl von 1 bis 64"),
    (("stations", "add", "--store", "Soest", "--station", "100"), "von 1 bis 99"),
    (("stations", "revoke", "x"), "keine ganze Zahl"),
])
def test_server_numbers_are_refused_in_one_german_line(
        args: tuple[str, ...], words: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        server_cli.main(list(args))
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("kreislauf-server: Ungültiger Aufruf:") and words in err
    assert err.count("\n") == 1
