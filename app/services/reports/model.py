"""The figures of an X or Z report as plain frozen data, and their JSON spelling.

A Z closing stores ``to_json(report)`` in ``cash_closing.figures``; a reprint reads it
back with ``from_json``; a recomputation from the records must give the same JSON.
Times are ISO 8601 UTC strings, money integer cents, weights grams.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class ReportKind(StrEnum):
    X = "X"  # interim: the open session so far
    Z = "Z"  # the closing: frozen with the count


@dataclass(frozen=True)
class VatRow:
    """Turnover of one VAT treatment (gross, net, VAT; VAT summed per receipt)."""

    kind: str
    label: str
    rate_bp: int
    dsfinvk_key: int
    gross_cents: int
    net_cents: int
    vat_cents: int


@dataclass(frozen=True)
class PaymentRow:
    """Turnover per payment type; refunds count negative."""

    method: str
    label: str
    count: int
    amount_cents: int


@dataclass(frozen=True)
class CategoryRow:
    """Sold per category, net of refunds: pieces, amount and weight."""

    name: str
    count: int
    amount_cents: int
    weight_g: int


@dataclass(frozen=True)
class MovementRow:
    at: str
    kind: str
    label: str
    amount_cents: int  # signed: positive into the drawer
    reason: str
    user: str


@dataclass(frozen=True)
class OutageRow:
    """A TSE outage in the period (AEAO zu § 146a Nr. 7): the receipts it left unsigned."""

    started_at: str
    ended_at: str  # "" while it was still open at the end of the period
    reason: str
    unsigned: int
    overdue: bool  # longer than the allowed time: to be reported to the tax office


@dataclass(frozen=True)
class Tally:
    """A count and an amount (voids, discounts, refunds); the amount is positive."""

    count: int = 0
    amount_cents: int = 0


@dataclass(frozen=True)
class TrainingFigures:
    """Bookings made in training mode (AVTraining): shown apart, never in the figures."""

    receipts: int = 0  # sales and refunds
    gross_cents: int = 0  # signed: refunds negative
    movements: int = 0  # cash movements
    movements_cents: int = 0  # signed: positive into the drawer

    def __bool__(self) -> bool:
        return bool(self.receipts or self.movements)


@dataclass(frozen=True)
class CashFigures:
    float_cents: int
    cash_sales_cents: int
    movements_cents: int
    expected_cents: int
    counted_cents: int | None = None
    difference_cents: int | None = None
    banked_cents: int | None = None
    left_in_drawer_cents: int | None = None
    comment: str = ""
    denominations: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Report:
    """Everything an X or Z report shows, computed only from records."""

    kind: str  # a ReportKind
    store: str
    station: int
    session_id: int
    session_number: int
    period_start: str
    period_end: str
    z_number: int | None
    opened_by: str
    closed_by: str
    cashiers: list[str]
    receipts: int  # sales (kind "sale") in the period
    gross_cents: int
    net_cents: int
    vat_cents: int
    vat: list[VatRow]
    payments: list[PaymentRow]
    categories: list[CategoryRow]
    voids: Tally
    discounts: Tally
    refunds: Tally
    movements: list[MovementRow]
    cash: CashFigures
    items_received: int
    items_labelled: int
    with_cash: bool = True  # False: a cashier's X without float, movements, cash
    receipts_before_opening: int = 0  # booked while the till was closed, counted here
    # A Z's audit chain head when the day was closed (entries before the closing's own):
    # printed, it anchors the chain outside the database (``kreislauf audit verify
    # --anchor COUNT:HASH``). None on an X and on Z reports from before this field.
    audit_count: int | None = None
    audit_hash: str = ""
    tse_outages: list[OutageRow] = field(default_factory=list)
    training: TrainingFigures = field(default_factory=TrainingFigures)


def to_json(report: Report) -> dict[str, Any]:
    return asdict(report)


def from_json(data: dict[str, Any]) -> Report:
    """Rebuild a stored report (a reprint shows exactly what was frozen)."""
    values = dict(data)
    values["vat"] = [VatRow(**r) for r in data["vat"]]
    values["payments"] = [PaymentRow(**r) for r in data["payments"]]
    values["categories"] = [CategoryRow(**r) for r in data["categories"]]
    values["movements"] = [MovementRow(**r) for r in data["movements"]]
    values["tse_outages"] = [OutageRow(**r) for r in data.get("tse_outages", [])]
    for key in ("voids", "discounts", "refunds"):
        values[key] = Tally(**data[key])
    values["cash"] = CashFigures(**data["cash"])
    values["training"] = TrainingFigures(**data.get("training", {}))
    return Report(**values)
