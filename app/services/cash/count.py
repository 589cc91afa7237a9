"""Euro denominations and counting the drawer by denomination.

The one table of denominations (500 € … 1 ct) the count grid, the closing and the
reports use. A count is a mapping ``denomination in cents -> number of pieces``.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.errors import ValidationError
from app.services.cash import messages as msg
from app.services.kernel.formatting import format_cents

# Notes first, then coins; values in cents.
NOTES = (50_000, 20_000, 10_000, 5_000, 2_000, 1_000, 500)
COINS = (200, 100, 50, 20, 10, 5, 2, 1)
DENOMINATIONS = NOTES + COINS
MAX_PIECES = 10_000  # per denomination: more is a typo, not a drawer
MAX_COUNT_CENTS = 5_000_000  # 50.000 € in one drawer is a typo at this store


def denomination_label(cents: int) -> str:
    """50000 -> '500 €', 200 -> '2 €', 50 -> '50 ct'."""
    return f"{cents // 100} €" if cents >= 100 else f"{cents} ct"


def normalise(counts: Mapping[int, int] | Mapping[str, int]) -> dict[int, int]:
    """Validate a count (keys may be ints or their JSON strings); zero rows are dropped."""
    out: dict[int, int] = {}
    for key, pieces in counts.items():
        try:
            value = int(key)
        except (TypeError, ValueError):
            raise ValidationError(msg.DENOMINATION_UNKNOWN.format(value=key)) from None
        if value not in DENOMINATIONS:
            raise ValidationError(msg.DENOMINATION_UNKNOWN.format(value=format_cents(value)))
        if isinstance(pieces, bool) or not isinstance(pieces, int) \
                or not 0 <= pieces <= MAX_PIECES:
            raise ValidationError(msg.DENOMINATION_COUNT.format(
                denomination=denomination_label(value), maximum=MAX_PIECES, value=pieces))
        if pieces:
            out[value] = out.get(value, 0) + pieces
    total = count_total(out)
    if total > MAX_COUNT_CENTS:
        raise ValidationError(msg.COUNT_TOO_HIGH.format(
            amount=format_cents(total), limit=format_cents(MAX_COUNT_CENTS)))
    return out


def count_total(counts: Mapping[int, int]) -> int:
    """Sum of a validated count in cents."""
    return sum(value * pieces for value, pieces in counts.items())


def as_json(counts: Mapping[int, int]) -> dict[str, int]:
    """The stored spelling: string keys in denomination order, zero rows omitted."""
    return {str(d): counts[d] for d in DENOMINATIONS if counts.get(d)}


def ordered(counts: Mapping[str, int]) -> list[tuple[int, int]]:
    """A stored count as ``(denomination, pieces)`` pairs, largest first.

    Stored JSON has sorted string keys ("10" before "2"), so never rely on its order.
    """
    return [(d, counts[str(d)]) for d in DENOMINATIONS if counts.get(str(d))]


def greedy(cents: int) -> dict[int, int]:
    """A plausible count for ``cents``: as many large pieces as possible (demo data)."""
    out: dict[int, int] = {}
    for value in DENOMINATIONS:
        pieces, cents = divmod(cents, value)
        if pieces:
            out[value] = pieces
    return out
