"""The PyInstaller bundle (``make dist``) starts, answers --version and passes its self-test.

Locally the tests skip when ``dist/kreislauf/kreislauf`` has not been built; in CI
(``CI=true``) a missing bundle fails, since ``make test`` builds it first.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import app

ROOT = Path(__file__).resolve().parents[1]
BINARY = ROOT / "dist" / "kreislauf" / ("kreislauf.exe" if sys.platform == "win32" else "kreislauf")


@pytest.fixture
def binary() -> Path:
    if not BINARY.exists():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{BINARY} is missing: CI must run `make dist` before the tests")
        pytest.skip(f"{BINARY} not built (make dist)")
    return BINARY


def run(binary: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([str(binary), *args], capture_output=True, text=True, timeout=180,
                          env=env, cwd=cwd)


def test_bundle_prints_its_version(binary: Path, tmp_path: Path) -> None:
    """dist/kreislauf/kreislauf --version prints app.__version__ and exits 0."""
    done = run(binary, "--version", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"kreislauf {app.__version__}"


def test_bundle_passes_its_self_test(binary: Path, tmp_path: Path) -> None:
    """The bundle migrates a new database and renders a label and a receipt: exit 0."""
    done = run(binary, "--data-dir", str(tmp_path / "data"), "--self-test", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Selbsttest bestanden" in done.stdout
    assert "✗" not in done.stdout


def test_bundle_opens_the_till_window(binary: Path, tmp_path: Path) -> None:
    """The bundle sets up a demo till and opens its window with style sheet and Qt plugins."""
    data = str(tmp_path / "data")
    init = run(binary, "--data-dir", data, "init", "--demo", "--station", "1", "--store", "X",
               cwd=tmp_path)
    assert init.returncode == 0, init.stderr
    window = run(binary, "--data-dir", data, "--simulated", "--bench-startup", cwd=tmp_path)
    assert window.returncode == 0, window.stderr
    assert '"ready_at"' in window.stdout
