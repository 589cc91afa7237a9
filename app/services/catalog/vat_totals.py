"""VAT per bucket for a receipt: gross, net and VAT in whole cents.

The VAT of a bucket is computed once from the bucket's gross (``vat_of_gross``), not summed
from lines, so the receipt's per-rate figures always add up. The margin scheme (§ 25a
UStG) shows no VAT: its bucket reports net = gross and VAT 0.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.services.catalog.vat import VAT_KINDS, vat_of_gross
from app.sync_schema.enums import VatKind

ORDER: tuple[str, ...] = tuple(VatKind)  # receipt order: A, B, C, D


@dataclass(frozen=True)
class VatTotal:
    kind: str
    letter: str
    rate_bp: int
    label: str
    gross_cents: int
    net_cents: int
    vat_cents: int
    shows_vat: bool


def breakdown(amounts: Iterable[tuple[str, int]]) -> list[VatTotal]:
    """``(vat_kind, gross_cents)`` pairs -> one total per VAT kind, in receipt order."""
    gross: dict[str, int] = {}
    for kind, cents in amounts:
        gross[kind] = gross.get(kind, 0) + cents
    out = []
    for key in sorted(gross, key=lambda k: ORDER.index(k) if k in ORDER else len(ORDER)):
        vk = VAT_KINDS[key]
        shows = key != VatKind.MARGIN
        vat = vat_of_gross(gross[key], vk.rate_bp) if shows else 0
        out.append(VatTotal(key, vk.letter, vk.rate_bp, vk.label, gross[key],
                            gross[key] - vat, vat, shows))
    return out
