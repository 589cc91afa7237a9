"""Layering rules that keep the core usable headless (server, CLI, tests)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import app.services

ROOT = Path(__file__).resolve().parents[1]


def test_services_and_db_import_without_qt() -> None:
    """Every module in app.services and app.db imports in a process where PySide6 fails."""
    modules = [f"app.services.{m.name}" for m in pkgutil.iter_modules(app.services.__path__)]
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'PySide6':\n"
        "            raise ImportError('PySide6 is blocked in this test')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import importlib\n"
        f"for m in {[*modules, 'app.db.models', 'app.db.engine', 'app.db.migrate', 'app.cli']!r}:\n"
        "    importlib.import_module(m)\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert len(modules) >= 8


def test_hardware_does_not_import_services_or_ui() -> None:
    """Dependency direction: hardware/ knows nothing of services/ or ui/."""
    for path in (ROOT / "app" / "hardware").rglob("*.py"):
        text = path.read_text()
        assert "app.services" not in text and "app.ui" not in text, path
