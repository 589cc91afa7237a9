"""Sale commit including the software TSE (start at the first line, commit, finish and
record the signature) against the raw fsync'd commit floor of ``bench_sale.py``.
Goal: ratio <= 6x (medians). Also the payment step alone (commit + finish + record)."""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _till import emit, make_till, median, p99
from bench_sale import WARMUP, raw_sale
from sqlalchemy import select

from app.db.models import Item, User
from app.services.checkout import cart as carts
from app.services.checkout import checkout
from app.services.fiscal.signing_flow import Signer
from app.services.fiscal.software_tse import SoftwareTse
from app.services.kernel.backend import open_backend

ROUNDS = int(__import__("os").environ.get("BENCH_ROUNDS", "300"))


def main() -> None:
    paths = make_till((ROUNDS + WARMUP) * 4 + 100)
    backend = open_backend(paths)
    tse = SoftwareTse(paths.data_dir / "tse", "KREISLAUF-S01")
    signer = Signer(tse)
    signer.attach(backend)
    with backend.read() as ctx:
        kai = ctx.session.scalar(select(User).where(User.name == "kai"))
        assert kai is not None
        rows: list[Any] = list(ctx.session.execute(select(Item.id, Item.code)
                                                   .order_by(Item.id)).all())
    from app.services.cash import sessions as cash_sessions
    from app.services.kernel.context import SYSTEM  # noqa: F401 (manager opens the till)

    with backend.read() as ctx:
        maria = ctx.session.scalar(select(User).where(User.name == "maria"))
        assert maria is not None
    actor = backend.login("kai", "2222").actor  # only the login service issues actors
    manager = backend.login("maria", "333333").actor
    assert actor is not None and manager is not None
    if backend.query(manager, cash_sessions.current_session) is None:
        backend.call(manager, cash_sessions.open_session, float_cents=10_000)
    raw = sqlite3.connect(paths.db_file, isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    whole: list[float] = []
    paying: list[float] = []
    floor: list[float] = []
    now = "2026-11-26 10:00:00.000000"
    for n in range(ROUNDS + WARMUP):
        a, b, c, d = rows[4 * n: 4 * n + 4]
        cart = carts.Cart()
        backend.query(actor, carts.scan, cart, a.code)
        t0 = time.perf_counter()
        cart.tse_tx = signer.begin(backend, None)  # the first line opens the transaction
        t1 = time.perf_counter()
        backend.query(actor, carts.scan, cart, b.code)
        backend.query(actor, carts.add_category, cart, 3, "4,00")
        t2 = time.perf_counter()
        backend.call(actor, checkout.finish_sale, cart, [checkout.cash(cart.total_cents + 500)])
        t3 = time.perf_counter()
        raw_sale(raw, n, (c.id, d.id), now)
        t4 = time.perf_counter()
        if n >= WARMUP:
            whole.append((t1 - t0 + t3 - t2) * 1e3)
            paying.append((t3 - t2) * 1e3)
            floor.append((t4 - t3) * 1e3)
    emit("sale_commit_with_tse_median", median(whole), "ms", median(floor), "ratio <= 6",
         rounds=ROUNDS)
    emit("sale_payment_with_tse_median", median(paying), "ms", median(floor),
         "informational (commit + TSE finish + record)", rounds=ROUNDS)
    emit("sale_commit_with_tse_p99", p99(whole), "ms", p99(floor), "informational",
         rounds=ROUNDS)
    raw.close()
    tse.close()
    backend.close()


if __name__ == "__main__":
    main()
