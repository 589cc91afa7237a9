"""Shared fixtures: a real SQLite file per test, an initialised till, a settable clock.

The till every ``backend`` fixture opens is a copy of a template database that is
migrated and seeded once per test run (per clock start), so a test pays for a file copy
instead of running the migrations and hashing the demo users' PINs again.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test touches the user's real keyring: keyring's "fail" backend makes the till keep
# its sync token in the 0600 file fallback (app/services/sync/token_store.py).
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from app import i18n
from app.config import Paths
from app.services.kernel.backend import Backend, open_backend
from app.services.kernel.context import Actor
from tests.helpers.actors import actor
from tests.helpers.clock import Clock
from tests.helpers.till_db import copy_database, seed_till

TESTS = Path(__file__).resolve().parent
# Qt messages that are not about our code (reason per entry, after qutebrowser).
QT_LOG_IGNORE = (
    # The offscreen platform plugin says this for every top-level window it sizes.
    r"This plugin does not support propagateSizeHints\(\)",
    # A popup (the category completer's list) raises itself and grabs the keyboard when
    # it opens; offscreen windows have no stacking order and no keyboard grab.
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
)


def _uses_qt(item: pytest.Item) -> bool:
    folder = item.path.relative_to(TESTS).parts[0] if TESTS in item.path.parents else ""
    fixtures = getattr(item, "fixturenames", ())
    return folder.startswith("ui") or "qtbot" in fixtures or "qapp" in fixtures


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Any Qt warning during a UI test (tests/ui*, or any test using qtbot or qapp) fails
    it, unless allow-listed above."""
    for item in items:
        if _uses_qt(item):
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*QT_LOG_IGNORE))


@pytest.fixture(autouse=True)
def _german_messages() -> Iterator[None]:
    """Every test starts and ends with the services speaking German (the source), so a
    test that switched to English cannot change what the next one reads."""
    i18n.set_language(i18n.SOURCE_LANGUAGE)
    yield
    i18n.set_language(i18n.SOURCE_LANGUAGE)


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path_factory: pytest.TempPathFactory,
                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read or write the real user's settings file or data dir."""
    cfg = tmp_path_factory.mktemp("config") / "settings.toml"
    monkeypatch.setenv("KREISLAUF_CONFIG", str(cfg))
    monkeypatch.delenv("KREISLAUF_DATA_DIR", raising=False)


@pytest.fixture
def clock(request: pytest.FixtureRequest) -> Clock:
    """The till's clock; ``parametrize("clock", [moment], indirect=True)`` sets its start."""
    return Clock(getattr(request, "param", None))


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths(tmp_path / "data")


@pytest.fixture(scope="session")
def till_template(tmp_path_factory: pytest.TempPathFactory) -> Callable[[datetime], Path]:
    """The seeded till database for a clock start, built the first time it is asked for."""
    built: dict[datetime, Path] = {}

    def template_for(start: datetime) -> Path:
        if start not in built:
            paths = Paths(tmp_path_factory.mktemp("till-template"))
            seed_till(paths, Clock(start))
            built[start] = paths.db_file
        return built[start]

    return template_for


@pytest.fixture
def backend(paths: Paths, clock: Clock,
            till_template: Callable[[datetime], Path]) -> Iterator[Backend]:
    """An initialised till (station 1) with demo users and categories, no items."""
    paths.ensure()
    copy_database(till_template(clock.now), paths.db_file)
    b = open_backend(paths, clock=clock)
    yield b
    b.close()


@pytest.fixture
def volunteer(backend: Backend) -> Actor:
    return actor(backend, "vera")


@pytest.fixture
def cashier(backend: Backend) -> Actor:
    return actor(backend, "kai")


@pytest.fixture
def manager(backend: Backend) -> Actor:
    return actor(backend, "maria")


@pytest.fixture
def admin(backend: Backend) -> Actor:
    return actor(backend, "admin")


@pytest.fixture
def open_till(backend: Backend, manager: Actor) -> None:
    """The till opened with a 100 € float: no sale, refund or void without an open session."""
    from app.services.cash import sessions as cash_sessions

    backend.call(manager, cash_sessions.open_session, float_cents=10_000)
