"""The shipped files live in the top-level ``resources/``; one function finds them in the
source tree, in an installed wheel and in a PyInstaller bundle."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app import resource_files
from app.errors import KasseError

ROOT = Path(__file__).resolve().parents[1]
# What the wheel must carry: each kind of resource, and the till's migrations.
WHEEL_FILES = (
    "kreislauf_resources/style.qss",
    "kreislauf_resources/translations/kreislauf_en.qm",
    "kreislauf_resources/label_layouts/a4-3x8.toml",
    "kreislauf_resources/demo/catalogue.toml",
    "kreislauf_resources/fiscal/gdpdu-01-09-2004.dtd",
    "app/db/migrations/env.py",
    "app/db/migrations/versions/0009_safety_measurements.py",
    "server/migrations/env.py",
)
SOURCES = ("app", "server", "resources", "setup.py", "pyproject.toml", "README.md")


def test_resources_sit_beside_app_in_the_source_tree() -> None:
    """In a checkout the finder answers the top-level resources/ folder."""
    assert resource_files.resources_dir() == ROOT / "resources"
    assert not (ROOT / "app" / "resources").exists()
    assert resource_files.resource_path("label_layouts", "a4-3x8.toml").is_file()


def test_a_pyinstaller_bundle_is_looked_in_first(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """In a frozen app (sys._MEIPASS) the bundle's resources/ folder wins."""
    (tmp_path / "resources").mkdir()
    (tmp_path / "resources" / "style.qss").write_text("QWidget {}")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_files.resources_dir() == tmp_path / "resources"


def test_a_bundle_without_resources_falls_back(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder without the style sheet is not taken for the resources."""
    (tmp_path / "resources").mkdir()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_files.resources_dir() == ROOT / "resources"


def test_missing_resources_are_one_german_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    """An installation without its resources says so and what to do."""
    monkeypatch.setattr(resource_files, "FOLDER", "nicht-vorhanden")
    monkeypatch.setattr(resource_files, "PACKAGE", "kreislauf_nicht_vorhanden")
    with pytest.raises(KasseError, match=r"fehlen in dieser Installation.*neu installieren"):
        resource_files.resources_dir()


def _build_wheel(tmp_path: Path) -> Path:
    source = tmp_path / "src"
    for name in SOURCES:
        target = source / name
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, target,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            source.mkdir(exist_ok=True)
            shutil.copy2(ROOT / name, target)
    out = tmp_path / "wheel"
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(source), "-w", str(out),
                    "--no-deps", "-q", "--disable-pip-version-check"],
                   check=True, capture_output=True, timeout=300)
    (wheel,) = out.glob("kreislauf_kasse-*.whl")
    return wheel


@pytest.mark.slow
def test_the_wheel_carries_the_resources_and_finds_them(tmp_path: Path) -> None:
    """`pip install .` ships resources/ and the migrations; installed, the finder and the
    self-test work from site-packages alone."""
    wheel = _build_wheel(tmp_path)
    names = set(zipfile.ZipFile(wheel).namelist())
    assert set(WHEEL_FILES) <= names
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q",
                    "--disable-pip-version-check", "--target", str(site), str(wheel)],
                   check=True, capture_output=True, timeout=300)
    env = {**os.environ, "PYTHONPATH": str(site)}
    found = subprocess.run(
        [sys.executable, "-c", "import app, app.resource_files as r; "
                               "print(app.__file__); print(r.resources_dir())"],
        capture_output=True, text=True, timeout=60, env=env, cwd=tmp_path, check=True)
    assert found.stdout.splitlines() == [str(site / "app" / "__init__.py"),
                                         str(site / "kreislauf_resources")]
    checked = subprocess.run([sys.executable, "-m", "app.cli", "--data-dir",
                              str(tmp_path / "data"), "--self-test"],
                             capture_output=True, text=True, timeout=120, env=env,
                             cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
