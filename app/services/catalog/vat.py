"""VAT treatments a category can have, with their rates and receipt letters."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class VatKind:
    key: str
    rate_bp: int  # basis points of the gross price's rate; 1900 = 19 %
    letter: str  # shown beside each receipt line
    label: str
    dsfinvk_key: int  # UST_SCHLUESSEL


VAT_KINDS: dict[str, VatKind] = {
    "normal": VatKind("normal", 1900, "A", "19 % USt.", 1),
    "reduced": VatKind("reduced", 700, "B", "7 % USt.", 2),
    "exempt": VatKind("exempt", 0, "C", "steuerfrei", 6),
    # § 25a UStG: VAT on the margin only, none shown on the receipt; own DSFinV-K key.
    "margin": VatKind("margin", 1900, "D", "Differenzbesteuerung § 25a UStG", 1000),
}


def vat_of_gross(gross_cents: int, rate_bp: int) -> int:
    """VAT contained in a gross amount, rounded half up to whole cents."""
    if rate_bp == 0:
        return 0
    numerator = gross_cents * rate_bp
    denominator = 10_000 + rate_bp
    sign = -1 if numerator < 0 else 1
    return sign * ((abs(numerator) * 2 + denominator) // (2 * denominator))
