"""The server never imports Qt or the UI; the wire schema is one module for both sides."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_server_and_sync_client_import_without_qt() -> None:
    """Every server module and the sync client import where PySide6 is blocked."""
    modules = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for p in (ROOT / "server").rglob("*.py")
        if "migrations" not in p.parts and p.name != "__main__.py")
    modules += ["app.sync_schema", "app.services.sync.flow", "app.services.sync.worker",
                "app.cli.sync"]
    code = (
        "import sys, importlib\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'PySide6' or name.startswith('app.ui'):\n"
        "            raise ImportError(name + ' is blocked')\n"
        "sys.meta_path.insert(0, Block())\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        "print('ok')\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert len(modules) > 15


def test_server_source_never_imports_qt_or_ui() -> None:
    """No import statement in server/ names PySide6 or app.ui, even a lazy one."""
    banned = ("import PySide6", "from PySide6", "import app.ui", "from app.ui",
              "from app import ui")
    for path in (ROOT / "server").rglob("*.py"):
        for line in path.read_text().splitlines():
            assert not line.strip().startswith(banned), f"{path}: {line}"
