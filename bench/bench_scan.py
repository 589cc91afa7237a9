"""Scan lookup with 1,000,000 items: ``scan_lookup.lookup`` (code -> item, category, price
after markdown) against a raw indexed sqlite3 SELECT of the same code in the same run.
Goal: ratio <= 3 (medians per lookup). Also reported, without a goal: a whole cart scan
through ``Backend.query`` (its own read transaction per scan)."""

from __future__ import annotations

import os
import random
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _till import emit, make_till, median, p99

from app.services.catalog import markdowns
from app.services.checkout import cart as carts
from app.services.checkout.scan_lookup import lookup
from app.services.intake import item_codes
from app.services.kernel.backend import open_backend
from app.services.kernel.context import SYSTEM

ITEMS = int(os.environ.get("BENCH_SCAN_ITEMS", "1000000"))
LOOKUPS = 20_000
RAW_SQL = ("SELECT id, description, price_cents, status, received_at, category_id "
           "FROM item WHERE code = ?")


def main() -> None:
    t0 = time.perf_counter()
    paths = make_till(ITEMS)
    setup_s = time.perf_counter() - t0
    rng = random.Random(5)
    codes = [item_codes.make_code(1, rng.randint(1, ITEMS)) for _ in range(LOOKUPS)]
    raw = sqlite3.connect(paths.db_file)
    backend = open_backend(paths)
    ours: list[float] = []
    floor: list[float] = []
    with backend.read() as ctx:
        rules = markdowns.load_rules(ctx)
        for code in codes[:500]:  # warm the page cache and statement caches on both sides
            lookup(ctx, code, rules)
            raw.execute(RAW_SQL, (code,)).fetchone()
        pc = time.perf_counter
        for code in codes:
            a = pc()
            found = lookup(ctx, code, rules)
            b = pc()
            row = raw.execute(RAW_SQL, (code,)).fetchone()
            c = pc()
            assert found is not None and row is not None
            ours.append((b - a) * 1e6)
            floor.append((c - b) * 1e6)
    whole: list[float] = []
    for code in codes[:2000]:
        cart = carts.Cart(rules=rules)
        a = time.perf_counter()
        backend.query(SYSTEM, carts.scan, cart, code)
        whole.append((time.perf_counter() - a) * 1e6)
    raw.close()
    backend.close()
    emit("scan_lookup_1m_median", median(ours), "us", median(floor), "ratio <= 3",
         items=ITEMS, lookups=LOOKUPS, setup_s=round(setup_s, 1))
    emit("scan_lookup_1m_p99", p99(ours), "us", p99(floor), "informational", items=ITEMS)
    emit("scan_to_cart_line_median", median(whole), "us", median(floor),
         "informational (own read transaction per scan)", items=ITEMS)


if __name__ == "__main__":
    main()
