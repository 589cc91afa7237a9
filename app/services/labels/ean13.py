"""EAN-13 bar geometry for labels: the module pattern, whole-dot module widths.

The module pattern ('1010…') comes from python-barcode, a well-kept encoder; this
module only turns it into runs of dark modules. Drawing those runs ourselves (one
filled path per label, see ``labels``) is ~7× faster than building a reportlab
barcode Drawing per label and lets every bar edge fall on a whole printer dot.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from barcode import EAN13

from app.errors import ValidationError
from app.services.intake.item_codes import is_valid_ean13
from app.services.labels import messages as msg

BAR_MODULES = 95
QUIET_LEFT = 11  # GS1 General Specifications: 11 modules left of an EAN-13 ...
QUIET_RIGHT = 7  # ... and 7 to the right
SYMBOL_MODULES = QUIET_LEFT + BAR_MODULES + QUIET_RIGHT  # 113
GUARD_STARTS = frozenset({0, 2, 46, 48, 92, 94})  # guard bars reach down between digits

MIN_MODULE_MM = 0.264  # GS1 minimum X-dimension for EAN-13 (80 % magnification)
MAX_MODULE_MM = 0.40  # ~120 %: wider only makes the symbol longer, not better
ABS_MIN_MODULE_MM = 0.25  # 2 dots at 203 dpi: allowed for on-demand thermal printing
_RUN = re.compile("1+")


def check_code(code: str) -> str:
    """Return ``code`` if it is a valid EAN-13; refuse it otherwise.

    Both reportlab and python-barcode silently replace a wrong check digit, which
    would print a label for another item, so the check happens here first.
    """
    if not is_valid_ean13(code):
        raise ValidationError(msg.LABEL_CODE_INVALID.format(code=code))
    return code


def pattern(code: str) -> str:
    """The 95-module pattern of a valid EAN-13 code ('1' dark, '0' light)."""
    symbol = EAN13(check_code(code))
    if symbol.get_fullcode() != code:  # never print a silently "corrected" code
        raise ValidationError(msg.LABEL_CODE_INVALID.format(code=code))
    bars: str = symbol.build()[0]
    if len(bars) != BAR_MODULES:
        raise RuntimeError(f"unexpected EAN-13 pattern length {len(bars)}")
    return bars


def runs(bars: str) -> list[tuple[int, int]]:
    """(first module, width in modules) of every dark bar in the pattern."""
    return [(m.start(), m.end() - m.start()) for m in _RUN.finditer(bars)]


@lru_cache(maxsize=64)
def module_dots(dpi: int, available_mm: float) -> int:
    """Module width in whole printer dots for a symbol that must fit ``available_mm``.

    The widest whole-dot module up to ``MAX_MODULE_MM`` that fits: at 203 dpi 3 dots
    (0.375 mm), at 300 dpi 4 dots (0.339 mm), both above the GS1 minimum of
    ``MIN_MODULE_MM``. On a label too narrow for that, the widest whole-dot module that
    fits, but never below 0.25 mm (2 dots at 203 dpi, 3 dots at 300 dpi).
    """
    dot_mm = 25.4 / dpi
    widest_fit = math.floor(available_mm / (SYMBOL_MODULES * dot_mm) + 1e-9)
    preferred = math.floor(MAX_MODULE_MM / dot_mm + 1e-9)
    smallest = max(2, math.ceil(ABS_MIN_MODULE_MM / dot_mm - 1e-9))
    dots = min(preferred, widest_fit)
    if dots < smallest:
        needed = SYMBOL_MODULES * smallest * dot_mm
        raise ValidationError(msg.LABEL_TOO_NARROW.format(
            width=f"{available_mm:.1f}", needed=f"{needed:.1f}"))
    return dots
