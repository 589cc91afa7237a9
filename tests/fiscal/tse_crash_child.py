"""Child of the TSE crash test: sells one sale and stops dead between two steps.

Usage: python -m tests.fiscal.tse_crash_child DATA_DIR MODE. MODE ``commit`` stops right
after the sale's commit, before the TSE finished it; ``finish`` stops after the TSE
finished, before the till recorded the answer. Prints ``between <sale uuid>`` and waits
to be killed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.config import Paths
from app.db.models import User
from app.services.checkout import cart as carts
from app.services.checkout import checkout
from app.services.fiscal.signing_flow import Signer
from app.services.fiscal.software_tse import SoftwareTse
from app.services.kernel.backend import Backend, open_backend
from app.services.users.accounts import actor_of


def _stop() -> None:
    print("between", flush=True)
    time.sleep(120)  # killed here


def main(data_dir: str, mode: str) -> None:
    paths = Paths(Path(data_dir))
    backend = open_backend(paths)
    tse = SoftwareTse(paths.data_dir / "tse", "KREISLAUF-S01")
    signer = Signer(tse)
    signer.attach(backend)
    if mode == "commit":
        def after_commit(b: Backend, ids: list[str]) -> None:
            _stop()
        backend.after_commit = after_commit
    else:
        real = tse.finish_transaction

        def finish(*args: Any) -> Any:
            answer = real(*args)
            _stop()
            return answer
        tse.finish_transaction = finish  # type: ignore[method-assign]
    with backend.read() as ctx:
        user = ctx.session.scalar(select(User).where(User.name == "kai"))
        assert user is not None
    actor = actor_of(user)
    cart = carts.Cart()
    backend.query(actor, carts.add_category, cart, 3, 450, 1)
    cart.tse_tx = signer.begin(backend, None)
    backend.call(actor, checkout.finish_sale, cart, [checkout.cash(500)])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
