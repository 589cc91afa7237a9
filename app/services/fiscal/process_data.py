"""processData of ``Kassenbeleg-V1``, built by one function from the receipt record.

``BON_TYP ^ gross by VAT bucket ^ payments`` (DSFinV-K, FISCAL.md § 2): five gross
amounts joined by ``_`` in the order 19 %, 7 %, § 24(1) Nr. 3, § 24(1) Nr. 1, 0 %;
payments as ``amount:Bar`` / ``amount:Unbar`` joined by ``_``, cash net of change;
decimal point, two places, a minus sign for refunds. The margin scheme (§ 25a UStG)
goes into the 19 % bucket, exempt goods into the 0 % bucket. An aborted sale is
``AVBelegabbruch^0.00_0.00_0.00_0.00_0.00^``. Cash movements and the float are
``AVTransfer`` receipts in the 0 % (not taxable) bucket (a movement in training mode:
``AVTraining``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

BON_TYPES = ("Beleg", "AVTransfer", "AVBestellung", "AVTraining", "AVBelegstorno",
             "AVBelegabbruch", "AVSachbezug", "AVSonstige", "AVRechnung")
# VAT kind of a sale line -> index of its processData bucket.
BUCKETS = {"normal": 0, "reduced": 1, "margin": 0, "exempt": 4}
# Payment method -> processData payment type.
PAYMENT_TYPES = {"cash": "Bar", "card": "Unbar"}
ZEROS = (0, 0, 0, 0, 0)


def amount(cents: int) -> str:
    """``-12.50`` style: decimal point, two places, no thousands separator."""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    return f"{sign}{whole}.{part:02d}"


@dataclass(frozen=True)
class ProcessData:
    """The three parts of a ``Kassenbeleg-V1`` processData string."""

    bon_typ: str
    gross: tuple[int, int, int, int, int] = ZEROS  # cents per bucket
    payments: tuple[tuple[str, int], ...] = ()  # ("Bar" | "Unbar", cents)

    def text(self) -> str:
        if self.bon_typ not in BON_TYPES:
            raise ValueError(f"unknown BON_TYP {self.bon_typ}")
        gross = "_".join(amount(c) for c in self.gross)
        paid = "_".join(f"{amount(c)}:{kind}" for kind, c in self.payments)
        return f"{self.bon_typ}^{gross}^{paid}"


def for_receipt(kind: str, lines: Iterable[tuple[str, int]],
                payments: Iterable[tuple[str, int]], *, training: bool = False) -> ProcessData:
    """processData of a sale, refund or cancelled sale, from its recorded rows.

    ``lines`` are ``(vat_kind, total_cents)`` of the sale lines, ``payments`` are
    ``(method, amount_cents)`` of the payment rows (already net of change; negative for
    a refund). A cancelled sale records nothing as sold or paid.
    """
    if kind == "cancelled":
        return ProcessData("AVBelegabbruch")
    gross = [0, 0, 0, 0, 0]
    for vat_kind, cents in lines:
        gross[BUCKETS[vat_kind]] += cents
    paid: dict[str, int] = {}
    for method, cents in payments:
        key = PAYMENT_TYPES[method]
        paid[key] = paid.get(key, 0) + cents
    ordered = tuple((k, paid[k]) for k in ("Bar", "Unbar") if k in paid)
    return ProcessData("AVTraining" if training else "Beleg",
                       (gross[0], gross[1], gross[2], gross[3], gross[4]), ordered)


def transfer(cents: int, *, training: bool = False) -> ProcessData:
    """A cash movement or the float: money in (positive) or out of the drawer, no VAT.

    A movement made in training mode is an ``AVTraining`` receipt (DSFinV-K: every
    Kassenbeleg made in training).
    """
    return ProcessData("AVTraining" if training else "AVTransfer", (0, 0, 0, 0, cents),
                       (("Bar", cents),))
