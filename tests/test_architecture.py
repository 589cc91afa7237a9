"""Layering rules that keep the core usable headless (server, CLI, tests) and the tree readable.

Each rule reads the source (``ast``) or imports it in a clean process; none needs a
database or a window.
"""

from __future__ import annotations

import ast
import dataclasses
import enum
import importlib
import inspect
import pkgutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

import pytest

import app.cli
import app.db
import app.services

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app"
# Generated Alembic scripts and env.py run only inside Alembic; they are not modules.
NOT_MODULES = ("migrations",)


@dataclass(frozen=True)
class Import:
    """One import statement: the modules it names and where it stands."""

    line: int
    modules: tuple[str, ...]  # ``from a.b import c`` names a.b and a.b.c
    type_checking: bool  # inside ``if TYPE_CHECKING:``
    module_level: bool  # not inside a function or class body


def source_files(*tops: str) -> Iterator[Path]:
    for top in tops:
        for path in sorted((ROOT / top).rglob("*.py")):
            if not any(part in NOT_MODULES for part in path.relative_to(ROOT).parts):
                yield path


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def imports(path: Path) -> Iterator[Import]:
    """Every import in ``path``, with relative imports resolved to absolute names."""
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(
        ".")[0]

    def walk(nodes: list[ast.stmt], type_checking: bool, module_level: bool) -> Iterator[Import]:
        for node in nodes:
            if isinstance(node, ast.Import):
                yield Import(node.lineno, tuple(a.name for a in node.names), type_checking,
                             module_level)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    kept = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*kept, base] if base else kept)
                names = (base, *(f"{base}.{a.name}" for a in node.names))
                yield Import(node.lineno, names, type_checking, module_level)
            elif isinstance(node, ast.If):
                inside = type_checking or _is_type_checking(node.test)
                yield from walk(node.body, inside, module_level)
                yield from walk(node.orelse, type_checking, module_level)
            elif isinstance(node, ast.Try):
                for block in (node.body, node.orelse, node.finalbody,
                              *(h.body for h in node.handlers)):
                    yield from walk(block, type_checking, module_level)
            elif isinstance(node, (ast.With, ast.For, ast.While)):
                yield from walk(node.body, type_checking, module_level)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                yield from walk(node.body, type_checking, False)

    yield from walk(ast.parse(path.read_text()).body, False, True)


def _walk(package: object) -> list[str]:
    prefix = package.__name__ + "."  # type: ignore[attr-defined]
    path = package.__path__  # type: ignore[attr-defined]
    # ``__main__`` runs its command on import; it is only ``main()`` anyway.
    return [m.name for m in pkgutil.walk_packages(path, prefix)
            if not any(part in (*NOT_MODULES, "__main__") for part in m.name.split("."))]


def test_services_and_db_import_without_qt() -> None:
    """Every module of app.services (all subpackages), app.db and app.cli imports without Qt."""
    modules = [*_walk(app.services), *_walk(app.db), "app.cli", *_walk(app.cli)]
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'PySide6':\n"
        "            raise ImportError('PySide6 is blocked in this test')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import importlib\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    # The walk reaches into the domain packages, not only the top level.
    assert "app.services.checkout.flow" in modules and "app.services.kernel.backend" in modules
    assert len(modules) >= 60


def test_services_and_server_never_name_pyside6() -> None:
    """No file in app/services or server/ even mentions PySide6 (not behind a guard either)."""
    offenders = [str(p.relative_to(ROOT)) for p in source_files("app/services", "server")
                 if "PySide6" in p.read_text()]
    assert offenders == []


def test_hardware_does_not_import_services_or_ui() -> None:
    """Dependency direction: hardware/ knows nothing of services/ or ui/."""
    for path in (ROOT / "app" / "hardware").rglob("*.py"):
        text = path.read_text()
        assert "app.services" not in text and "app.ui" not in text, path


# Who may hold the edge: modules that own a transaction. Paths relative to app/.
TRANSACTION_OWNERS = ("services/kernel/backend.py", "services/*/flow.py",
                      "services/*/*_flow.py", "cli/*.py", "wiring.py", "__main__.py",
                      "ui/kit/operations.py")
BACKEND_MODULE = "app.services.kernel.backend"
TRANSACTION_METHODS = {"call", "query", "read", "write", "login", "db"}


def _owns_transactions(path: Path) -> bool:
    rel = path.relative_to(APP).as_posix()
    return any(fnmatch(rel, pattern) for pattern in TRANSACTION_OWNERS)


def _backend_uses(tree: ast.AST) -> Iterator[int]:
    """Lines that use a backend's transactions: ``backend.call(...)``, ``self.backend.db`` …"""
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in TRANSACTION_METHODS:
            holder = node.value
            name = holder.id if isinstance(holder, ast.Name) else (
                holder.attr if isinstance(holder, ast.Attribute) else "")
            if name == "backend" or name.endswith("_backend"):
                yield node.lineno


def test_only_flows_open_transactions() -> None:
    """Only flows, the backend, the CLI, the wiring and ``Operations`` use ``Backend``.

    The rule, as checked: a module outside ``TRANSACTION_OWNERS`` imports
    ``app.services.kernel.backend`` only under ``if TYPE_CHECKING:`` (to annotate the
    object it hands on to a flow), and never touches a backend's transaction methods
    (``call``, ``query``, ``read``, ``write``, ``login``, ``db``) on anything named
    ``backend``. Services take a ``Ctx`` and never commit; a module that owns a
    transaction is named ``flow.py`` or ``*_flow.py`` in its domain.
    """
    problems = []
    for path in source_files("app"):
        if _owns_transactions(path):
            continue
        rel = path.relative_to(ROOT)
        for imp in imports(path):
            if BACKEND_MODULE in imp.modules and not imp.type_checking:
                problems.append(f"{rel}:{imp.line} imports Backend at run time")
        problems += [f"{rel}:{line} uses a backend's transactions"
                     for line in _backend_uses(ast.parse(path.read_text()))]
    assert not problems, "\n".join(problems)


def test_transaction_rule_sees_a_violation(tmp_path: Path) -> None:
    """The checker above finds both an import and a ``self.backend.call`` in plain code."""
    sample = tmp_path / "sample.py"
    sample.write_text("from app.services.kernel.backend import Backend\n"
                      "def f(self):\n    return self.backend.call(1, 2)\n")
    tree = ast.parse(sample.read_text())
    assert list(_backend_uses(tree)) == [3]
    found = [i for i in ast.walk(tree) if isinstance(i, ast.ImportFrom)]
    assert found and found[0].module == BACKEND_MODULE


# What the UI may take from app.hardware: protocols, enums, errors, value types, constants.
def _plain(obj: object) -> bool:
    if not inspect.isclass(obj):
        return not inspect.ismodule(obj)
    return (getattr(obj, "_is_protocol", False) or issubclass(obj, (enum.Enum, Exception))
            or (dataclasses.is_dataclass(obj) and obj.__dataclass_params__.frozen))  # type: ignore[attr-defined]


def test_ui_imports_no_orm_and_no_drivers() -> None:
    """app/ui reads frozen read models and talks to devices through protocols only.

    No UI module imports ``app.db`` or ``sqlalchemy`` (not even for annotations), no driver
    class from ``app.hardware`` and not the device builder ``app.device_setup`` at run time:
    the wiring builds the devices and hands them in.
    """
    problems = []
    for path in source_files("app/ui"):
        rel = path.relative_to(ROOT)
        for imp in imports(path):
            first = imp.modules[0]
            if first == "app.db" or first.startswith(("app.db.", "sqlalchemy")):
                problems.append(f"{rel}:{imp.line} imports {first}")
            elif first == "app.device_setup" and not imp.type_checking:
                problems.append(f"{rel}:{imp.line} imports the device builder")
            elif first == "app.hardware" or first.startswith("app.hardware."):
                if len(imp.modules) == 1:
                    problems.append(f"{rel}:{imp.line} imports the module {first}")
                    continue
                module = importlib.import_module(first)
                for name in imp.modules[1:]:
                    obj = getattr(module, name.rpartition(".")[2], None)
                    if obj is None or not _plain(obj):
                        problems.append(f"{rel}:{imp.line} imports {name}")
    assert not problems, "\n".join(problems)


def _module_graph() -> dict[str, set[str]]:
    paths = {module_name(p): p for p in source_files("app")}
    graph: dict[str, set[str]] = {m: set() for m in paths}
    for name, path in paths.items():
        for imp in imports(path):
            if not imp.module_level:
                continue
            base, *members = imp.modules
            targets = [m for m in members if m in paths] or [base]
            graph[name] |= {t for t in targets if t in paths and t != name}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycles() -> None:
    """No two app modules import each other, directly or round a loop (TYPE_CHECKING counts)."""
    cycles = _cycles(_module_graph())
    assert not cycles, "\n".join(" <-> ".join(c) for c in cycles)


def test_cycle_finder_finds_a_loop() -> None:
    """The cycle finder reports a three-module loop and leaves a chain alone."""
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_every_package_says_what_lives_there() -> None:
    """Each package of app/ and server/ has an ``__init__.py`` whose docstring names its content."""
    missing = []
    for top in ("app", "server"):
        for folder in sorted({p.parent for p in source_files(top)}):
            init = folder / "__init__.py"
            doc = ast.get_docstring(ast.parse(init.read_text())) if init.exists() else None
            if not doc:
                missing.append(str(folder.relative_to(ROOT)))
    assert missing == []


GERMAN_WORDS = (" der ", " die ", " das ", " den ", " dem ", " und ", " oder ", " nicht ",
                " kein ", " keine ", " bitte ", " ist ", " für ", " mit ", " wird ")
UMLAUTS = frozenset("äöüÄÖÜß")


def _german(text: str) -> bool:
    padded = f" {text.lower()} "
    return bool(UMLAUTS & set(text)) or any(word in padded for word in GERMAN_WORDS)


def _docstrings(tree: ast.Module) -> set[int]:
    """ids of the string constants that are docstrings (module, class, function)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def german_literals(source: str) -> list[tuple[int, str]]:
    """(line, text) of every string literal that reads as German, docstrings excluded."""
    tree = ast.parse(source)
    docs = _docstrings(tree)
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docs and _german(node.value)]


def test_no_german_text_in_service_or_hardware_logic() -> None:
    """German text lives in the domains' ``messages`` modules, not in the logic."""
    found = []
    for path in source_files("app/services", "app/hardware"):
        if path.name == "messages.py":
            continue
        found += [f"{path.relative_to(ROOT)}:{line}: {text[:60]!r}"
                  for line, text in german_literals(path.read_text(encoding="utf-8"))]
    assert found == [], "German literals outside messages.py:\n" + "\n".join(found)


def test_the_german_text_check_sees_what_it_should() -> None:
    """The heuristic flags umlauts and German sentences, not docstrings, comments or code."""
    source = (
        '"""Modul über Preise (a docstring)."""\n'
        "# Ein Kommentar für die Leitung\n"
        "def f():\n"
        '    """Gibt den Preis zurück."""\n'
        '    raise ValueError("Bitte den Preis prüfen.")\n'
        'A = "Der Code ist nicht gültig"\n'
        'B = "status IN (\'ready\', \'sold\')"\n'
        'C = f"{A} und mehr"\n'
    )
    assert sorted(line for line, _text in german_literals(source)) == [5, 6, 8]


# Calls that read the wall clock; only app/services/kernel/clock.py may make them, so
# every date the till shows, stores or filters by comes from the injected clock.
WALL_CLOCK = frozenset({
    "datetime.datetime.now", "datetime.datetime.utcnow", "datetime.datetime.today",
    "datetime.date.today", "time.time", "time.time_ns",
    "PySide6.QtCore.QDate.currentDate", "PySide6.QtCore.QDateTime.currentDateTime",
    "PySide6.QtCore.QDateTime.currentDateTimeUtc",
    "PySide6.QtCore.QDateTime.currentMSecsSinceEpoch",
    "PySide6.QtCore.QDateTime.currentSecsSinceEpoch", "PySide6.QtCore.QTime.currentTime",
})
CLOCK_HELPER = ROOT / "app" / "services" / "kernel" / "clock.py"


def wall_clock_reads(source: str) -> list[str]:
    """``line: dotted.name`` for every use of a wall-clock function in ``source``.

    Names are resolved through the module's imports, so ``from datetime import date as d;
    d.today()`` and ``import time as t; t.time`` are found as well as a function passed
    on without being called (``default=datetime.now``).
    """
    tree = ast.parse(source)
    aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:  # "import a.b" binds "a"; "import a.b as c" binds "a.b"
                top = a.name.split(".")[0]
                aliases[a.asname or top] = a.name if a.asname else top
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for a in node.names:
                aliases[a.asname or a.name] = f"{node.module}.{a.name}"

    def dotted(node: ast.expr) -> str | None:
        if isinstance(node, ast.Name):
            return aliases.get(node.id)
        if isinstance(node, ast.Attribute):
            base = dotted(node.value)
            return None if base is None else f"{base}.{node.attr}"
        return None

    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute | ast.Name):
            name = dotted(node)
            if name in WALL_CLOCK:
                found.append(f"{node.lineno}: {name}")
    return found


@pytest.mark.parametrize("source", [
    "from datetime import datetime, UTC\nx = datetime.now(UTC)",
    "import datetime\nx = datetime.date.today()",
    "from datetime import date as d\nx = d.today()",
    "import time as t\nx = t.time()",
    "from time import time\nx = time()",
    "from datetime import datetime\nf = datetime.utcnow",
    "from PySide6.QtCore import QDate\nx = QDate.currentDate()",
    "from PySide6 import QtCore\nx = QtCore.QDateTime.currentDateTime()",
    "from PySide6.QtCore import QTime\nx = QTime.currentTime()",
])
def test_wall_clock_finder_sees_every_spelling(source: str) -> None:
    """The finder below catches direct, aliased, module-qualified and uncalled reads."""
    assert wall_clock_reads(source)


@pytest.mark.parametrize("source", [
    "import time\nx = time.monotonic()",
    "from time import perf_counter\nx = perf_counter()",
    "from datetime import datetime\nx = datetime.fromisoformat('2026-11-26')",
    "def f(ctx):\n    return ctx.now()",
    "from PySide6.QtCore import QDate\nx = QDate(2028, 3, 1)",
])
def test_wall_clock_finder_lets_durations_and_injected_clocks_pass(source: str) -> None:
    """Monotonic durations, parsing and the injected clock are not wall-clock reads."""
    assert wall_clock_reads(source) == []


def test_only_the_clock_helper_reads_the_wall_clock() -> None:
    """No module in app/ or server/ reads the wall clock except app/services/kernel/clock.py."""
    offenders = []
    for path in source_files("app", "server"):
        if path == CLOCK_HELPER:
            continue
        offenders += [f"{path.relative_to(ROOT)}:{hit}"
                      for hit in wall_clock_reads(path.read_text(encoding="utf-8"))]
    assert offenders == [], "use the injected clock (app/services/kernel/clock.py): " + \
        ", ".join(offenders)


def test_qt_warning_gate_covers_every_ui_test(request: pytest.FixtureRequest) -> None:
    """Every collected test in tests/ui*/ or using qtbot/qapp fails on a Qt warning."""
    tests = ROOT / "tests"
    ui = [item for item in request.session.items
          if item.path.relative_to(tests).parts[0].startswith("ui")
          or {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ()))]
    ungated = [item.nodeid for item in ui
               if (mark := item.get_closest_marker("qt_log_level_fail")) is None
               or mark.args != ("WARNING",)]
    assert ungated == []
