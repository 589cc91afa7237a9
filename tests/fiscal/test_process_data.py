"""processData of Kassenbeleg-V1, exactly as the DSFinV-K spells it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.db.models import Payment, SaleLine, TseTransaction
from app.services.checkout import checkout
from app.services.fiscal import process_data as pd
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from tests.helpers.checkout import cart_with, take_in


@pytest.mark.parametrize(("kind", "lines", "payments", "expected"), [
    ("sale", [("reduced", 255)], [("cash", 255)], "Beleg^0.00_2.55_0.00_0.00_0.00^2.55:Bar"),
    ("sale", [("normal", 1000), ("reduced", 500)], [("cash", 1200), ("card", 300)],
     "Beleg^10.00_5.00_0.00_0.00_0.00^12.00:Bar_3.00:Unbar"),
    ("sale", [("margin", 2000), ("exempt", 150), ("normal", 5)], [("card", 2155)],
     "Beleg^20.05_0.00_0.00_0.00_1.50^21.55:Unbar"),
    ("refund", [("normal", -400)], [("cash", -400)], "Beleg^-4.00_0.00_0.00_0.00_0.00^-4.00:Bar"),
    ("cancelled", [("normal", 400)], [], "AVBelegabbruch^0.00_0.00_0.00_0.00_0.00^"),
    ("sale", [("normal", 123456)], [("cash", 123456)],
     "Beleg^1234.56_0.00_0.00_0.00_0.00^1234.56:Bar"),
])
def test_receipt_process_data(kind: str, lines: list[tuple[str, int]],
                              payments: list[tuple[str, int]], expected: str) -> None:
    """Five buckets in DSFinV-K order, decimal point, two places, cash net of change."""
    assert pd.for_receipt(kind, lines, payments).text() == expected


def test_training_and_transfer() -> None:
    """Training receipts are AVTraining; a withdrawal is a negative AVTransfer at 0 %."""
    assert pd.for_receipt("sale", [("normal", 100)], [("cash", 100)],
                          training=True).text() == "AVTraining^1.00_0.00_0.00_0.00_0.00^1.00:Bar"
    assert pd.transfer(-5000).text() == "AVTransfer^0.00_0.00_0.00_0.00_-50.00^-50.00:Bar"


@pytest.mark.usefixtures("open_till", "live_till", "signing_till")
def test_pending_row_carries_process_data_of_the_record(backend: Backend, volunteer: Actor,
                                                        cashier: Actor) -> None:
    """The signed processData is rebuilt from the stored lines and payments, net of change."""
    codes = take_in(backend, volunteer, price="4,00")
    cart = cart_with(backend, cashier, codes, (("Bücher", "2,50", 2),))
    result = backend.call(cashier, checkout.finish_sale, cart, [checkout.cash(2000)])
    with backend.read() as ctx:
        row = ctx.session.scalar(select(TseTransaction).where(
            TseTransaction.sale_id == result.sale_id))
        lines = ctx.session.execute(select(SaleLine.vat_kind, SaleLine.total_cents).where(
            SaleLine.sale_id == result.sale_id)).all()
        paid = ctx.session.execute(select(Payment.method, Payment.amount_cents).where(
            Payment.sale_id == result.sale_id)).all()
    assert row is not None
    assert row.process_data == pd.for_receipt("sale", lines, paid).text()
    assert row.process_data.endswith("^9.00:Bar")  # 20 € handed over, 11 € change
