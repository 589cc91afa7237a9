"""`make run` / `make test` on a bare machine: missing Qt system libraries end in one
German line with the exact apt-get command (or are installed when that needs no
question), never in Qt's platform-plugin trace."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import check_system  # noqa: E402

BARE = {"libxcb-cursor.so.0", "libEGL.so.1"}  # what a fresh desktop image often lacks


def _load(soname: str) -> bool:
    return soname not in BARE


def _yes() -> bool:
    return True


def _no() -> bool:
    return False


def _never() -> list[str] | None:
    return None


def test_missing_libraries_name_the_apt_get_command(capsys: pytest.CaptureFixture[str]) -> None:
    code = check_system.main(["gui"], load=_load, venv=_yes, fonts=_yes, apt=_yes,
                             installer=_never)
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and len(err) == 1
    assert err[0].startswith("Es fehlen Systempakete für Qt")
    assert err[0].endswith("sudo apt-get install -y libegl1 libxcb-cursor0")


def test_headless_needs_no_window_libraries(capsys: pytest.CaptureFixture[str]) -> None:
    """`make test` runs Qt offscreen: xcb libraries missing do not stop it."""
    def no_xcb(soname: str) -> bool:
        return not soname.startswith("libxcb")
    assert check_system.main(["headless"], load=no_xcb, venv=_yes, fonts=_yes, apt=_yes,
                             installer=_never) == 0
    assert check_system.main(["gui"], load=no_xcb, venv=_yes, fonts=_yes, apt=_yes,
                             installer=_never) == 1
    assert "libxcb-cursor0" in capsys.readouterr().err


def test_missing_venv_and_fonts_are_named(capsys: pytest.CaptureFixture[str]) -> None:
    code = check_system.main(["headless"], load=_yes_load, venv=_no, fonts=_no, apt=_yes,
                             installer=_never)
    assert code == 1
    assert capsys.readouterr().err.strip().endswith(
        "sudo apt-get install -y python3-venv fonts-dejavu-core")


def _yes_load(_soname: str) -> bool:
    return True


def test_as_root_it_installs_the_packages_then_checks_again() -> None:
    calls: list[list[str]] = []
    installed: set[str] = set()

    def run(cmd: list[str], **_kw: Any) -> subprocess.CompletedProcess[bytes]:
        calls.append(cmd)
        if "install" in cmd:
            installed.update(BARE)
        return subprocess.CompletedProcess(cmd, 0)

    def load(soname: str) -> bool:
        return soname not in BARE or soname in installed

    code = check_system.main(["gui"], load=load, venv=_yes, fonts=_yes, apt=_yes,
                             installer=lambda: ["apt-get"], run=run)
    assert code == 0
    assert calls[0][:2] == ["apt-get", "update"]
    assert calls[1][:2] == ["apt-get", "install"] and calls[1][-2:] == ["libegl1",
                                                                        "libxcb-cursor0"]


def test_failed_install_is_one_german_line(capsys: pytest.CaptureFixture[str]) -> None:
    def run(cmd: list[str], **_kw: Any) -> subprocess.CompletedProcess[bytes]:
        return subprocess.CompletedProcess(cmd, 100)
    code = check_system.main(["gui"], load=_load, venv=_yes, fonts=_yes, apt=_yes,
                             installer=lambda: ["apt-get"], run=run)
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and err[-1].startswith("Die Installation der Systempakete ist "
                                            "fehlgeschlagen")


def test_without_apt_it_says_which_libraries(capsys: pytest.CaptureFixture[str]) -> None:
    code = check_system.main(["gui"], load=_load, venv=_yes, fonts=_yes, apt=_no,
                             installer=_never)
    assert code == 1
    assert "libxcb-cursor.so.0" in capsys.readouterr().err


def test_this_machine_passes_as_a_script() -> None:
    """What CI installed is enough: the real check, run the way the Makefile runs it."""
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "check_system.py"),
                           "headless"], capture_output=True, text=True, timeout=60,
                          check=False)
    assert (done.returncode, done.stderr) == (0, "")
