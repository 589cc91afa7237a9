"""Taking the money, before the sale is recorded: what is still open, which cash amounts
to offer, and which payments may be added.

Pure rules without a database: the payment dialog keeps a ``Tender`` while the cashier
types; ``checkout.finish_sale`` checks the finished list again (``checkout.settle``).
A refused payment raises ``ValidationError`` with a German sentence and leaves the
payments typed so far unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.errors import ValidationError
from app.services.checkout import messages as msg
from app.services.checkout.checkout import PaymentInput, card, cash, check_card, open_cents
from app.services.kernel.formatting import format_cents

# Quick amounts: the open amount rounded up to the next 5, 10 and 20 €, and the round
# 50 € amounts above it; the three smallest distinct ones.
ROUND_UP_STEPS_CENTS = (500, 1000, 2000)
ROUND_FIFTY_CENTS = 5000
QUICK_COUNT = 3
# More change than a 500-€ note is a typo ("1000" for 10,00), not a customer's note.
MAX_CHANGE_CENTS = 50_000


def _next_multiple_above(cents: int, step: int) -> int:
    return (cents // step + 1) * step


def quick_amounts(open_cents: int) -> list[int]:
    """The cash amounts a customer is likely to hand over for ``open_cents``, ascending.

    The rule: the open amount rounded up (strictly above it) to the next 5 €, 10 € and
    20 €, together with the multiples of 50 € above it; of these the three smallest
    distinct amounts. 26,00 € -> 30, 40, 50; 4,20 € -> 5, 10, 20; 187,00 € -> 190, 200,
    250; 12,30 € -> 15, 20, 50. The exact amount is not among them: that is "Passend".
    Nothing is offered when nothing is open.
    """
    if open_cents <= 0:
        return []
    candidates = {_next_multiple_above(open_cents, step) for step in ROUND_UP_STEPS_CENTS}
    first_fifty = _next_multiple_above(open_cents, ROUND_FIFTY_CENTS)
    candidates.update(first_fifty + k * ROUND_FIFTY_CENTS for k in range(QUICK_COUNT))
    return sorted(candidates)[:QUICK_COUNT]


@dataclass
class Tender:
    """The payments typed for one sale so far; the sale is covered when nothing is open."""

    total_cents: int
    payments: list[PaymentInput] = field(default_factory=list)
    card_max_cents: int = 0  # the store's most for one card payment (0 = none)

    @property
    def paid_cents(self) -> int:
        return sum(p.amount_cents for p in self.payments)

    @property
    def open_cents(self) -> int:
        """What is still to pay (never negative)."""
        return max(open_cents(self.total_cents, self.payments), 0)

    @property
    def change_cents(self) -> int:
        return max(-open_cents(self.total_cents, self.payments), 0)

    @property
    def covered(self) -> bool:
        return self.open_cents == 0

    def quick_amounts(self) -> list[int]:
        """The cash keys for what is open now (see ``quick_amounts``)."""
        return quick_amounts(self.open_cents)

    def _check_open(self, cents: int) -> None:
        if self.covered:
            raise ValidationError(msg.PAYMENT_COVERED)
        if cents <= 0:
            raise ValidationError(msg.PAYMENT_NEGATIVE)

    def add_cash(self, cents: int) -> PaymentInput:
        """Cash handed over; more than the open amount means change."""
        self._check_open(cents)
        if cents - self.open_cents > MAX_CHANGE_CENTS:
            raise ValidationError(msg.CASH_IMPLAUSIBLE.format(
                amount=format_cents(cents), open=format_cents(self.open_cents),
                change=format_cents(cents - self.open_cents)))
        payment = cash(cents)
        self.payments.append(payment)
        return payment

    def add_exact(self) -> PaymentInput:
        """The open amount in cash ("Passend")."""
        return self.add_cash(self.open_cents)

    def add_card(self, cents: int | None = None, reference: str = "") -> PaymentInput:
        """A card payment of ``cents`` (the open amount when None); never over it, nor over
        the store's card maximum."""
        amount = self.open_cents if cents is None else cents
        self._check_open(amount)
        check_card(amount, self.open_cents, self.card_max_cents)
        payment = card(amount, reference)
        self.payments.append(payment)
        return payment
