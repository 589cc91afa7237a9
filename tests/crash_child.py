"""Child process of the crash-safety test: sells forever until it is killed.

Usage: python -m tests.crash_child DATA_DIR SEED. Prints ``ready`` once, then one receipt
number per line, each only after ``Backend.call`` (the commit) has returned.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from sqlalchemy import select

from app.config import Paths
from app.db.models import Item, User
from app.services.checkout import cart as carts
from app.services.checkout import checkout, refunds
from app.services.kernel.backend import open_backend
from app.services.users.accounts import actor_of
from tests.helpers.clock import Clock


def main(data_dir: str, seed: int) -> None:
    rng = random.Random(seed)
    clock = Clock()  # the suite's test day (KREISLAUF_TEST_NOW), a second per sale
    backend = open_backend(Paths(Path(data_dir)), clock=clock)
    with backend.read() as ctx:
        user = ctx.session.scalar(select(User).where(User.name == "kai"))
        assert user is not None
        codes = list(ctx.session.scalars(select(Item.code).where(Item.status == "ready")))
    actor = actor_of(user)
    rng.shuffle(codes)
    print("ready", flush=True)
    last = None
    while True:
        clock.advance(seconds=1)
        cart = carts.Cart()
        if codes and rng.random() < 0.3:
            backend.query(actor, carts.scan, cart, codes.pop())
        backend.query(actor, carts.add_category, cart, rng.randint(1, 9),
                      rng.randint(50, 5000), rng.randint(1, 3))
        if rng.random() < 0.2 and cart.total_cents <= 20_000:  # below the approval limit
            carts.set_sale_discount(cart, percent=5)
        roll = rng.random()
        if roll < 0.1:
            result = backend.call(actor, checkout.cancel_sale, cart, "Abbruch")
        elif roll < 0.2 and last is not None:
            line = backend.query(actor, refunds.load, last).lines[-1]
            result = backend.call(actor, refunds.refund, last,
                                  [refunds.RefundRequest(line.line_id, 1, restock=True)])
            last = None
        else:
            pay = [checkout.cash(cart.total_cents + rng.randint(0, 2000))]
            if rng.random() < 0.3:
                pay = [checkout.card(cart.total_cents // 2, "T1"),
                       checkout.cash(cart.total_cents)]
            result = backend.call(actor, checkout.finish_sale, cart, pay)
            last = result.sale_id
        print(result.receipt_number, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
