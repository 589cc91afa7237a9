"""`make screenshots`: the script takes the README's pictures from a fresh demo till in the
real window under Xvfb, and the README shows each of them."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ("anmeldung", "annahme", "kasse", "bezahlen", "abschluss", "einstellungen")


def test_readme_and_manual_show_every_screenshot() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    manual = (ROOT / "docs" / "handbuch.md").read_text(encoding="utf-8")
    for name in SHOTS:
        assert (ROOT / "docs" / "screenshots" / f"{name}.png").is_file(), name
        assert f"docs/screenshots/{name}.png" in readme, name
        assert f"screenshots/{name}.png" in manual, name
    linked = set(re.findall(r"screenshots/([a-z]+)\.png", readme + manual))
    assert linked <= set(SHOTS), linked - set(SHOTS)


@pytest.mark.skipif(shutil.which("xvfb-run") is None and not os.environ.get("CI"),
                    reason="xvfb-run is not installed here (CI installs xvfb)")
def test_the_script_takes_every_screenshot_in_a_real_window(tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", sys.executable,
         str(ROOT / "tools" / "screenshots.py"), str(tmp_path)],
        env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    for name in SHOTS:
        image = QImage(str(tmp_path / f"{name}.png"))
        assert not image.isNull(), name
    window = QImage(str(tmp_path / "kasse.png"))
    assert (window.width(), window.height()) == (1366, 738)
