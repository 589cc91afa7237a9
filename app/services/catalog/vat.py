"""VAT treatments a category can have, with their rates and receipt letters."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.catalog.messages import VAT_LABELS
from app.sync_schema.enums import VatKind


@dataclass(frozen=True)
class VatRate:
    """How one ``VatKind`` is taxed, printed and exported."""

    key: VatKind
    rate_bp: int  # basis points of the gross price's rate; 1900 = 19 %
    letter: str  # shown beside each receipt line
    label: str
    dsfinvk_key: int  # UST_SCHLUESSEL


VAT_KINDS: dict[str, VatRate] = {
    VatKind.NORMAL: VatRate(VatKind.NORMAL, 1900, "A", VAT_LABELS.text(VatKind.NORMAL), 1),
    VatKind.REDUCED: VatRate(VatKind.REDUCED, 700, "B", VAT_LABELS.text(VatKind.REDUCED), 2),
    VatKind.EXEMPT: VatRate(VatKind.EXEMPT, 0, "C", VAT_LABELS.text(VatKind.EXEMPT), 6),
    # § 25a UStG: VAT on the margin only, none shown on the receipt; own DSFinV-K key.
    VatKind.MARGIN: VatRate(VatKind.MARGIN, 1900, "D", VAT_LABELS.text(VatKind.MARGIN), 1000),
}
assert set(VAT_KINDS) == set(VatKind)


def vat_of_gross(gross_cents: int, rate_bp: int) -> int:
    """VAT contained in a gross amount, rounded half up to whole cents."""
    if rate_bp == 0:
        return 0
    numerator = gross_cents * rate_bp
    denominator = 10_000 + rate_bp
    sign = -1 if numerator < 0 else 1
    return sign * ((abs(numerator) * 2 + denominator) // (2 * denominator))
