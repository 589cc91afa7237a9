"""A till with sales on disk, and the same till with 8 KiB of its file overwritten."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from app.config import Paths
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from tests.helpers.cash import Line, sell

DAMAGE = 8 * 1024


def make_sales(backend: Backend, cashier: Actor, count: int = 40) -> None:
    """Enough sales that the sale and audit tables fill pages in the file's middle."""
    for n in range(count):
        sell(backend, cashier, [Line("Bücher", 250 + n), Line("Kleidung", 1290, quantity=2)])


def settle(db_file: Path) -> None:
    """Fold the WAL into the file and leave it closed (as after a clean shutdown)."""
    conn = sqlite3.connect(db_file)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def overwrite_middle(db_file: Path) -> None:
    """Overwrite 8 KiB in the middle of the file with a byte pattern."""
    size = db_file.stat().st_size
    with db_file.open("r+b") as fh:
        fh.seek(size // 2)
        fh.write(b"\xa5" * DAMAGE)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def receipt_numbers(db_file: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db_file)
    try:
        return conn.execute("SELECT id, total_cents FROM sale ORDER BY id").fetchall()
    finally:
        conn.close()


@pytest.fixture
def sold(backend: Backend, cashier: Actor, open_till: None) -> Backend:
    """The till with 40 sales."""
    make_sales(backend, cashier)
    return backend


@pytest.fixture
def damaged(sold: Backend, paths: Paths) -> Path:
    """The till's database, closed, with 8 KiB overwritten in its middle."""
    sold.close()
    settle(paths.db_file)
    overwrite_middle(paths.db_file)
    return paths.db_file
