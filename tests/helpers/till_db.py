"""The seeded till database the ``backend`` fixture copies, and the copy itself."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from app import private_files
from app.config import Paths
from app.services.demo import flow as demo_data
from app.services.kernel.backend import open_backend
from app.services.kernel.context import SYSTEM
from app.services.users import setup
from tests.helpers.actors import DEMO_PINS, login

STORE = "Upcycling-Kaufhaus Arnsberg"


def seed_till(paths: Paths, clock: Callable[[], datetime]) -> None:
    """Create station 1 with the demo users and categories (no items) in ``paths``."""
    paths.ensure()
    b = open_backend(paths, must_exist=False, clock=clock)
    try:
        b.call(SYSTEM, setup.initialise, 1, STORE, demo=True)  # demo users need a demo till
        b.forget_station()
        demo_data.fill(b, items=0)
        for name in DEMO_PINS:  # issued once here; every copy of the template reuses them
            login(b, name)
    finally:
        b.close()


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of the SQLite file ``source``, WAL included (SQLite's backup API)."""
    private_files.create_file(target)  # as the till creates it: 0600
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
