"""Sale commit (3 lines, 1 payment, items sold, audit, outbox) against one raw fsync'd
sqlite3 transaction writing the same rows into the same database. Goal: ratio <= 4x
(medians), p99 < 10 ms."""

from __future__ import annotations

import sqlite3
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from typing import Any

from _till import emit, make_till, median, p99
from sqlalchemy import event, select

from app.db.models import Item, User
from app.services.checkout import cart as carts
from app.services.checkout import checkout
from app.services.kernel.backend import Backend, open_backend
from app.services.kernel.context import Actor

ROUNDS = 400
WARMUP = 20


def raw_sale(con: sqlite3.Connection, n: int, item_ids: tuple[int, int], now: str) -> None:
    """The floor: the same rows, hand-written SQL, values precomputed, one fsync'd commit."""
    con.execute("BEGIN IMMEDIATE")
    con.executemany("UPDATE item SET status='sold', status_changed_at=? WHERE id=?",
                    [(now, i) for i in item_ids])
    cur = con.execute(
        "INSERT INTO sale (uuid, station_id, receipt_number, kind, user_id, started_at, "
        "finished_at, total_cents, note) VALUES (?,1,?,'sale',2,?,?,1200,'')",
        (str(uuid.uuid4()), -1 - n, now, now))
    sale_id = cur.lastrowid
    con.executemany(
        "INSERT INTO sale_line (sale_id, position, item_id, item_code, category_id, "
        "description, quantity, unit_price_cents, discount_cents, total_cents, vat_kind, "
        "vat_rate_bp, needs_reconciliation) VALUES (?,?,?,?,3,'Artikel',1,400,0,400,"
        "'normal',1900,0)",
        [(sale_id, 1, item_ids[0], "x"), (sale_id, 2, item_ids[1], "y"), (sale_id, 3, None, None)])
    con.execute("INSERT INTO payment (sale_id, method, amount_cents, tendered_cents, "
                "change_cents, reference) VALUES (?,'cash',1200,2000,800,'')", (sale_id,))
    con.execute("INSERT INTO audit_entry (at, station_id, user_id, user_name, action, "
                "object_type, object_id, details, prev_hash, hash) VALUES "
                "(?,1,2,'kai','bench.raw','sale','x','{}',?,?)", (now, "0" * 64, "0" * 64))
    con.execute("INSERT INTO outbox_event (event_id, station_id, seq, type, occurred_at, "
                "payload, attempts, last_error) VALUES (?,1,?,'bench.raw',?,'{}',0,'')",
                (str(uuid.uuid4()), -1 - n, now))
    con.execute("COMMIT")


def run(backend: Backend, raw: sqlite3.Connection, actor: Actor, rows: list[Any],
        start: int) -> tuple[list[float], list[float]]:
    """Alternate our commit and the raw floor, ``ROUNDS`` times after a warm-up."""
    ours: list[float] = []
    floor: list[float] = []
    now = "2026-11-26 10:00:00.000000"
    for n in range(start, start + ROUNDS + WARMUP):
        cart = carts.Cart()
        a, b, c, d = rows[4 * n: 4 * n + 4]
        backend.query(actor, carts.scan, cart, a.code)
        backend.query(actor, carts.scan, cart, b.code)
        backend.query(actor, carts.add_category, cart, 3, "4,00")
        t0 = time.perf_counter()
        backend.call(actor, checkout.finish_sale, cart, [checkout.cash(cart.total_cents + 500)])
        t1 = time.perf_counter()
        raw_sale(raw, n, (c.id, d.id), now)
        t2 = time.perf_counter()
        if n >= start + WARMUP:
            ours.append((t1 - t0) * 1e3)
            floor.append((t2 - t1) * 1e3)
    return ours, floor


def main() -> None:
    paths = make_till((ROUNDS + WARMUP) * 8 + 100)
    backend = open_backend(paths)
    with backend.read() as ctx:
        kai = ctx.session.scalar(select(User).where(User.name == "kai"))
        assert kai is not None
        rows = list(ctx.session.execute(select(Item.id, Item.code).order_by(Item.id)).all())
    actor = backend.login("kai", "2222").actor  # only the login service issues actors
    assert actor is not None
    raw = sqlite3.connect(paths.db_file, isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    ours, floor = run(backend, raw, actor, rows, 0)
    emit("sale_commit_median", median(ours), "ms", median(floor), "ratio <= 4",
         rounds=ROUNDS)
    emit("sale_commit_p99", p99(ours), "ms", p99(floor), "value < 10 ms", rounds=ROUNDS)
    # The same without fsync on either side: what the code costs, apart from the disk.
    event.listen(backend.db.engine, "connect",
                 lambda conn, _rec: conn.execute("PRAGMA synchronous=OFF"))
    backend.db.engine.dispose()
    raw.execute("PRAGMA synchronous=OFF")
    ours, floor = run(backend, raw, actor, rows, ROUNDS + WARMUP)
    emit("sale_commit_no_fsync_median", median(ours), "ms", median(floor),
         "informational (CPU cost without the disk)", rounds=ROUNDS)
    raw.close()
    backend.close()


if __name__ == "__main__":
    main()
