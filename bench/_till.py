"""Shared set-up for the benchmarks: a fresh till made by ``kreislauf init`` and many items
bulk-inserted with sqlite3 (the intake service is far too slow for a million rows)."""

from __future__ import annotations

import atexit
import contextlib
import io
import json
import shutil
import sqlite3
import statistics
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.cli import main as cli_main
from app.config import Paths
from app.services.demo import flow as demo_data
from app.services.intake import item_codes


def make_till(items: int, *, ready: bool = True) -> Paths:
    """A till database in a temp dir with demo users/categories and ``items`` items."""
    root = Path(tempfile.mkdtemp(prefix="kreislauf-bench-"))
    atexit.register(shutil.rmtree, root, True)  # a million items take ~200 MB
    data = root / "data"
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert cli_main(["--data-dir", str(data), "init", "--demo", "--station", "1",
                         "--store", "Bench-Kaufhaus"]) == 0
        assert cli_main(["--data-dir", str(data), "demo-data", "--items", "0"]) == 0
    paths = Paths(data)
    bulk_items(paths, items, ready=ready)
    return paths


def bulk_items(paths: Paths, count: int, *, ready: bool = True) -> None:
    con = sqlite3.connect(paths.db_file)
    con.execute("PRAGMA synchronous=OFF")
    cats = [r[0] for r in con.execute("SELECT id FROM category ORDER BY id")]
    start = datetime(2026, 11, 1, tzinfo=UTC).replace(tzinfo=None)
    status = "ready" if ready else "received"

    def rows(first: int, last: int):  # type: ignore[no-untyped-def]
        for n in range(first, last):
            when = (start - timedelta(minutes=n % 90_000)).isoformat(" ", "microseconds")
            yield (item_codes.make_code(1, n), cats[n % len(cats)], 1, f"Artikel {n}", "gut",
                   100 + n % 5000, 500, status, 0, "", "", when, when)

    sql = ("INSERT INTO item (code, category_id, station_id, description, condition, "
           "price_cents, weight_g, status, electrical, donor_note, location, received_at, "
           "status_changed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")
    step = 100_000
    for first in range(1, count + 1, step):
        with con:
            con.executemany(sql, rows(first, min(first + step, count + 1)))
    con.execute("UPDATE station SET last_item_serial = ?", (count,))
    con.commit()
    con.close()


def emit(name: str, value: float, unit: str, floor: float, goal: str, **extra: object) -> None:
    """One JSON line per figure, as bench/run.py expects."""
    ratio = value / floor if floor else None
    print(json.dumps({"name": name, "value": round(value, 3), "unit": unit,
                      "floor": round(floor, 3), "ratio": None if ratio is None else round(ratio, 2),
                      "goal": goal, **extra}), flush=True)


def p99(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def median(samples: list[float]) -> float:
    return statistics.median(samples)


_ = demo_data  # imported so its categories are what `demo-data` created
