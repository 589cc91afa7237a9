"""Taking the money before the sale is recorded: open amount, quick cash keys, refusals."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.services.checkout import payments
from app.services.checkout.checkout import PaymentInput, card, cash
from app.services.checkout.payments import Tender


@pytest.mark.parametrize(("open_cents", "keys"), [
    (2600, [3000, 4000, 5000]),
    (420, [500, 1000, 2000]),
    (18700, [19000, 20000, 25000]),
    (1230, [1500, 2000, 5000]),
    (1000, [1500, 2000, 5000]),
    (4500, [5000, 6000, 10000]),
    (5000, [5500, 6000, 10000]),
    (1, [500, 1000, 2000]),
    (123_456, [123_500, 124_000, 125_000]),
    (0, []),
    (-200, []),
])
def test_quick_cash_amounts_follow_the_open_amount(open_cents: int, keys: list[int]) -> None:
    """The cash keys are the next 5/10/20 € and round 50 € amounts above the open amount."""
    assert payments.quick_amounts(open_cents) == keys


@given(st.integers(min_value=1, max_value=10_000_000))
def test_quick_amounts_are_few_distinct_ascending_and_cover(open_cents: int) -> None:
    """Always three amounts, each above the open amount, ascending, whole 5 € steps."""
    keys = payments.quick_amounts(open_cents)
    assert 1 <= len(keys) <= 4
    assert keys == sorted(set(keys))
    assert all(k > open_cents and k % 500 == 0 for k in keys)
    assert keys[0] - open_cents <= 500  # the nearest is at most a 5-€ note away


def test_tender_under_over_and_split() -> None:
    """Partial cash leaves the rest open; card then cash over the rest gives change."""
    tender = Tender(1230)
    tender.add_card(500, "4711")
    assert (tender.open_cents, tender.covered) == (730, False)
    assert tender.quick_amounts() == [1000, 2000, 5000]
    tender.add_cash(1000)
    assert (tender.open_cents, tender.change_cents, tender.covered) == (0, 270, True)
    assert tender.payments == [card(500, "4711"), cash(1000)]


def test_tender_exact_and_card_default_to_the_rest() -> None:
    """"Passend" and a card without amount pay exactly what is open."""
    tender = Tender(1000)
    tender.add_cash(300)
    assert tender.add_card() == card(700)
    assert tender.covered and tender.change_cents == 0
    other = Tender(990)
    assert other.add_exact() == cash(990)


@pytest.mark.parametrize(("total", "before", "action", "message"), [
    (1000, [], lambda t: t.add_card(1500), "höher als der offene Betrag"),
    (1000, [cash(500)], lambda t: t.add_card(501), "höher als der offene Betrag"),
    (1000, [], lambda t: t.add_cash(0), "über 0 €"),
    (1000, [], lambda t: t.add_cash(100_000), "Rückgeld"),
    (1000, [cash(1000)], lambda t: t.add_exact(), "schon vollständig bezahlt"),
])
def test_refused_payments_leave_the_tender_unchanged(
        total: int, before: list[PaymentInput], action: Callable[[Tender], object],
        message: str) -> None:
    """Card over the open rest, zero, an absurd cash amount, paying twice: refused."""
    tender = Tender(total, list(before))
    with pytest.raises(ValidationError, match=message):
        action(tender)
    assert tender.payments == before
