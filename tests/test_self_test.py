"""``kreislauf --version`` and ``--self-test``; the version is written in one place."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import app
from app.cli import main, self_test
from app.errors import KasseError
from tests.helpers.clock import Clock

ROOT = Path(__file__).resolve().parents[1]


def run(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", module, *args], capture_output=True,
                          text=True, timeout=120, env={**os.environ})


def test_the_version_is_read_from_the_package() -> None:
    """pyproject.toml names no version of its own; setuptools reads app.__version__."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "app.__version__"}


@pytest.mark.parametrize(("module", "program"), [
    ("app.cli", "kreislauf"),
    ("server.cli", "kreislauf-server"),
])
def test_version_option_prints_the_package_version(module: str, program: str) -> None:
    """--version prints the program name and app.__version__ and exits 0."""
    done = run(module, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{program} {app.__version__}"


def test_self_test_passes_with_one_german_line_per_check(
        tmp_path: Path, clock: Clock, capsys: pytest.CaptureFixture[str]) -> None:
    """--self-test runs database, label and receipt checks, one ✓ line each, exit 0."""
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "--self-test"], clock=clock) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [f"✓ {check.name}: in Ordnung" for check in self_test.CHECKS] + [
        f"Selbsttest bestanden (Kreislauf-Kasse {app.__version__})."]
    assert not (data / "kreislauf.sqlite3").exists()  # the user's till is not touched


def test_self_test_as_a_command_exits_0_without_log_noise(tmp_path: Path) -> None:
    """The installed command passes its self-test; stderr stays empty."""
    done = run("app.cli", "--data-dir", str(tmp_path / "data"), "--self-test")
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("✓") == len(self_test.CHECKS)
    assert done.stderr == ""


def _refused(folder: Path, clock: object) -> None:
    raise KasseError("Der Drucker ist aus.")


def _crashed(folder: Path, clock: object) -> None:
    raise RuntimeError("internal detail")


def test_a_failing_check_is_one_german_line_and_exit_1(clock: Clock,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    """A failed check says why in German (no traceback); the others still run; exit 1."""
    lines: list[str] = []
    checks = (self_test.Check("Kaputt", _refused), self_test.CHECKS[1],
              self_test.Check("Abgestürzt", _crashed))
    assert self_test.run(clock, checks, out=lines.append) == 1
    assert lines == [
        "✗ Kaputt: fehlgeschlagen – Der Drucker ist aus.",
        f"✓ {self_test.CHECKS[1].name}: in Ordnung",
        "✗ Abgestürzt: fehlgeschlagen – unerwarteter Fehler (RuntimeError)",
        "Selbsttest fehlgeschlagen: 2 von 3 Prüfungen. Einzelheiten im Protokoll.",
    ]
    assert "internal detail" in caplog.text  # the detail is in the log


def test_no_command_is_still_one_german_line(capsys: pytest.CaptureFixture[str]) -> None:
    """Without a command or --self-test, kreislauf asks for one (exit 2, German)."""
    with pytest.raises(SystemExit) as exit_info:
        main([])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err.startswith("kreislauf: Ungültiger Aufruf: es fehlt:")
