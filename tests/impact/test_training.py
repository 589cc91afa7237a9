"""A training booking (signed AVTraining) is no real business: it counts no climate impact."""

from __future__ import annotations

import pytest

from app.services.checkout import checkout, receipts
from app.services.checkout.checkout import cash
from app.services.fiscal.signing_flow import Signer
from app.services.impact import figures
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from tests.conftest import Clock
from tests.fiscal.conftest import signing_till, software_tse  # noqa: F401 (fixtures)
from tests.helpers.checkout import cart_with
from tests.impact.helpers import FURNITURE_G, sell

pytestmark = pytest.mark.usefixtures("open_till")


def test_training_sales_count_nothing_and_print_no_note(
        backend: Backend, signing_till: Signer, cashier: Actor,  # noqa: F811
        clock: Clock) -> None:
    cart = cart_with(backend, cashier, [], (("Möbel", "25,00", 1),))
    cart.tse_tx = signing_till.begin(backend, None)
    training = backend.call(cashier, checkout.finish_sale, cart, [cash(2500)])
    receipt = backend.query(cashier, receipts.build, training.sale_id)
    assert receipt.tse is not None and receipt.tse.training and receipt.impact_note == ""
    with backend.read() as ctx:
        assert figures.period(ctx, clock.today, clock.today).total.co2e_g is None


def test_unsigned_sales_still_count(backend: Backend, cashier: Actor, clock: Clock) -> None:
    """The other side: the same sale without a training signature counts."""
    sell(backend, cashier, ("Möbel", "25,00", 1))
    with backend.read() as ctx:
        assert figures.period(ctx, clock.today, clock.today).total.co2e_g == FURNITURE_G
