"""Price labels as PDF (reportlab): EAN-13 with digits, price, description, category, store.

The geometry of a label is computed once per layout; each label is then one filled
path for the bars (edges on whole printer dots) and one text object, which keeps
1,000 labels well under a second. Text is shortened with "…" to its slot, so nothing
ever runs over the label edge. Fonts are reportlab's built-in Helvetica family: no
font file needed on the user's machine, and WinAnsi covers ä ö ü ß and €.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.errors import ValidationError
from app.services.kernel.formatting import format_cents
from app.services.kernel.progress import Progress
from app.services.labels import messages as msg
from app.services.labels.ean13 import GUARD_STARTS, QUIET_LEFT, SYMBOL_MODULES, pattern, runs
from app.services.labels.layouts import MM, LabelLayout

REGULAR = "Helvetica"
BOLD = "Helvetica-Bold"
ELLIPSIS = "…"
ASCENT = 0.93  # top of Ä Ö Ü above the baseline, in em (Helvetica)
DESCENT = 0.22  # bottom of g p y below the baseline
CAP = 0.72  # height of digits and capitals
PRICE_ASCENT = 0.75  # top of digits and € (Helvetica-Bold: 0.71-0.72 em), with a margin
SIDE_PRICE_MIN_MM = 17.0  # room beside the barcode needed to put the price there
MAX_BAR_MM = 16.0
MIN_BAR_MM = 5.0
MARKS_SHARE = 0.65  # of the category line at most, so the category stays readable
MIN_BAR_TWO_LINES_MM = 9.0  # bars at least this high, or only one line of description


@dataclass(frozen=True)
class LabelData:
    """What one label shows; built from an item by ``labels.label_data``."""

    code: str
    price_cents: int
    description: str
    category: str
    store: str
    marks: tuple[str, ...] = ()


@dataclass(frozen=True)
class Slot:
    """A line of text: left edge, baseline and maximum width in points (label-relative)."""

    x: float
    baseline: float
    width: float
    font: str
    size: float


@dataclass(frozen=True)
class Geometry:
    """Where everything goes on one label of a layout, in points from its bottom left."""

    module: float
    symbol_x: float  # left edge of the left quiet zone
    bar_bottom: float
    guard_bottom: float
    bar_top: float
    digit_size: float
    digit_baseline: float
    store: Slot
    description: tuple[Slot, ...]
    meta: Slot  # baseline when every description line is used
    meta_baselines: tuple[float, ...]  # [n - 1]: baseline right below n description lines
    price: Slot  # size is the largest size; the price shrinks to fit ``width``
    price_beside_bars: bool
    price_min_size: float = 8.0
    gap: float = 3.0

    @property
    def bars_x(self) -> float:
        return self.symbol_x + QUIET_LEFT * self.module


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


@lru_cache(maxsize=32)
def geometry(layout: LabelLayout) -> Geometry:
    """Lay out one label of ``layout``; refuses labels too small for a readable code."""
    width, height, pad = layout.label_width * MM, layout.label_height * MM, layout.padding * MM
    left, right, top, bottom = pad, width - pad, height - pad, pad
    usable = right - left
    module = layout.module_dots * 72 / layout.dpi
    symbol = SYMBOL_MODULES * module
    s_store = _clamp(layout.label_height * 0.18, 5.0, 7.0)
    s_desc = _clamp(layout.label_height * 0.26, 6.5, 10.0)
    s_meta = _clamp(layout.label_height * 0.2, 5.5, 7.5)
    digit = min(8.0, 10 * module)
    beside = usable - symbol >= SIDE_PRICE_MIN_MM * MM
    line_gap = 0.25 * s_desc

    store = Slot(left, top - ASCENT * s_store, usable, REGULAR, s_store)
    y = store.baseline - DESCENT * s_store
    lines = []
    for _ in range(2):
        lines.append(Slot(left, y - line_gap - ASCENT * s_desc, usable, BOLD, s_desc))
        y = lines[-1].baseline - DESCENT * s_desc
    meta = Slot(left, y - line_gap - ASCENT * s_meta, usable, REGULAR, s_meta)
    bar_bottom = bottom + CAP * digit + 0.8
    bar_top = meta.baseline - DESCENT * s_meta - 1.5
    if bar_top - bar_bottom < MIN_BAR_TWO_LINES_MM * MM:  # low label: one description line
        lines.pop()
        meta = Slot(left, lines[0].baseline - DESCENT * s_desc - line_gap - ASCENT * s_meta,
                    usable, REGULAR, s_meta)
        bar_top = meta.baseline - DESCENT * s_meta - 1.5
    bar_top = min(bar_top, bar_bottom + MAX_BAR_MM * MM)
    if bar_top - bar_bottom < MIN_BAR_MM * MM:
        raise ValidationError(msg.LAYOUT_BROKEN.format(
            file=f"{layout.name}.toml",
            reason=msg.LAYOUT_TOO_LOW))

    if beside:
        symbol_x = left
        price_left = symbol_x + symbol + 2.0
        size = min(22.0, (bar_top - bottom) * 0.6 / CAP)
        centre = (bar_top + bottom) / 2
        price = Slot(price_left, centre - CAP * size / 2, right - price_left, BOLD, size)
    else:  # price in the top right corner, beside store and description
        symbol_x = left + (usable - symbol) / 2
        size = min(14.0, (top - lines[0].baseline) / CAP)
        price = Slot(left + usable * 0.55, top - PRICE_ASCENT * size, usable * 0.45, BOLD, size)
    return Geometry(
        module=module, symbol_x=symbol_x, bar_bottom=bar_bottom,
        guard_bottom=max(bottom + 0.3 * CAP * digit, bar_bottom - 5 * module), bar_top=bar_top,
        digit_size=digit, digit_baseline=bottom, store=store, description=tuple(lines),
        meta=meta, price=price, price_beside_bars=beside,
        meta_baselines=tuple(line.baseline - DESCENT * s_desc - line_gap - ASCENT * s_meta
                             for line in lines),
    )


@lru_cache(maxsize=4096)
def printable(text: str) -> str:
    """``text`` with characters Helvetica (WinAnsi) cannot show folded or replaced."""
    out = []
    for char in " ".join(text.split()):
        try:
            char.encode("cp1252")
            out.append(char)
        except UnicodeEncodeError:
            folded = unicodedata.normalize("NFKD", char).encode("cp1252", "ignore").decode("cp1252")
            out.append(folded or "?")
    return "".join(out)


def shorten(text: str, font: str, size: float, width: float) -> str:
    """``text`` as it fits ``width``: whole, or cut and ended with "…"."""
    if stringWidth(text, font, size) <= width:
        return text
    room = width - stringWidth(ELLIPSIS, font, size)
    if room < 0:
        return ""
    low, high = 0, len(text)
    while low < high:  # longest prefix that fits beside the ellipsis
        mid = (low + high + 1) // 2
        if stringWidth(text[:mid], font, size) <= room:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + ELLIPSIS


def wrap(text: str, font: str, size: float, widths: Sequence[float]) -> list[str]:
    """Break ``text`` into at most one line per entry of ``widths``; the last one shortened."""
    words = text.split()
    out: list[str] = []
    while words and len(out) < len(widths) - 1:
        width = widths[len(out)]
        line, taken = words[0], 1
        if stringWidth(line, font, size) > width:
            break
        while taken < len(words) and stringWidth(f"{line} {words[taken]}", font, size) <= width:
            line, taken = f"{line} {words[taken]}", taken + 1
        out.append(line)
        words = words[taken:]
    if words:
        out.append(shorten(" ".join(words), font, size, widths[len(out)]))
    return out


def _fit_size(text: str, slot: Slot, minimum: float) -> float:
    """The largest size up to the slot's at which ``text`` fits its width (0.01 pt steps,
    rounded down: an exact quotient can come out a hair too wide and get shortened)."""
    natural = float(stringWidth(text, slot.font, slot.size))
    if natural <= slot.width:
        return slot.size
    return max(minimum, math.floor(slot.size * slot.width / natural * 100) / 100)


def draw_label(canvas: Canvas, layout: LabelLayout, geo: Geometry, x0: float, y0: float,
               label: LabelData, bars: str) -> None:
    """Draw one label (module pattern ``bars``) with its bottom left corner at (x0, y0)."""
    dot = 72 / layout.dpi
    m = geo.module
    # Hand-drawn bars instead of a reportlab barcode Drawing per label: one filled path
    # (raw "re" operators, fixed 3 decimals) is several times faster than a Drawing or
    # reportlab's path object (pure-Python number formatting without rl_accel), and
    # snapping the start to the dot grid puts every bar edge on a whole printer dot.
    bx = round((x0 + geo.bars_x) / dot) * dot
    ends = {True: (y0 + geo.guard_bottom, geo.bar_top - geo.guard_bottom),
            False: (y0 + geo.bar_bottom, geo.bar_top - geo.bar_bottom)}
    ops = []
    for start, width in runs(bars):
        bottom, height = ends[start in GUARD_STARTS]
        ops.append(f"{bx + start * m:.3f} {bottom:.3f} {width * m:.3f} {height:.3f} re")
    canvas.addLiteral(" ".join(ops) + " f")

    text = canvas.beginText()
    price = printable(format_cents(label.price_cents))
    size = _fit_size(price, geo.price, geo.price_min_size)
    price = shorten(price, BOLD, size, geo.price.width)
    price_width = stringWidth(price, BOLD, size)
    beside = 0.0 if geo.price_beside_bars else price_width + geo.gap
    text.setFont(BOLD, size)
    text.setTextOrigin(x0 + geo.price.x + geo.price.width - price_width, y0 + geo.price.baseline)
    text.textOut(price)

    slot = geo.store
    text.setFont(REGULAR, slot.size)
    text.setTextOrigin(x0 + slot.x, y0 + slot.baseline)
    text.textOut(shorten(printable(label.store), REGULAR, slot.size, slot.width - beside))
    first = geo.description[0]
    widths = [first.width - beside] + [slot.width for slot in geo.description[1:]]
    lines = wrap(printable(label.description), BOLD, first.size, widths)
    text.setFont(BOLD, first.size)
    for slot, line in zip(geo.description, lines, strict=False):
        text.setTextOrigin(x0 + slot.x, y0 + slot.baseline)
        text.textOut(line)

    slot = geo.meta
    # A short description leaves its second line empty: the category line moves up to it.
    meta_y = y0 + geo.meta_baselines[max(len(lines), 1) - 1]
    marks_room = slot.width * (MARKS_SHARE if label.category else 1.0)
    marks = shorten(printable(" · ".join(label.marks)), BOLD, slot.size, marks_room)
    marks_width = stringWidth(marks, BOLD, slot.size) + (geo.gap if marks else 0.0)
    category = shorten(printable(label.category), REGULAR, slot.size, slot.width - marks_width)
    text.setFont(REGULAR, slot.size)
    text.setTextOrigin(x0 + slot.x, meta_y)
    text.textOut(category)
    if marks:
        text.setFont(BOLD, slot.size)
        text.setTextOrigin(x0 + slot.x + slot.width - marks_width + geo.gap, meta_y)
        text.textOut(marks)

    # Human-readable digits: the first in the left quiet zone, then two groups of six,
    # each digit centred under its 7 modules (charSpace pads the glyphs to 7 modules).
    digit = geo.digit_size
    glyph = stringWidth("0", REGULAR, digit)
    baseline = y0 + geo.digit_baseline
    text.setFont(REGULAR, digit)
    text.setTextOrigin(bx - 2 * m - glyph, baseline)
    text.textOut(label.code[0])
    text.setCharSpace(7 * m - glyph)
    inset = (7 * m - glyph) / 2
    text.setTextOrigin(bx + 3 * m + inset, baseline)
    text.textOut(label.code[1:7])
    text.setTextOrigin(bx + 50 * m + inset, baseline)
    text.textOut(label.code[7:])
    text.setCharSpace(0)
    canvas.drawText(text)


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Save page streams compressed but not ASCII85-encoded.

    reportlab encodes every page stream in ASCII85 by default, in pure Python unless the
    optional rl_accel package is installed: a third of the time for 1,000 roll labels.
    Binary streams are valid PDF and smaller. The switch is a module setting read while
    saving, so it is restored at once (another PDF saved meanwhile only gets binary
    streams too, which is harmless).
    """
    old = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = old


def check_start(layout: LabelLayout, start: int) -> None:
    """Refuse a start position that is not on the sheet."""
    if layout.per_page == 1 and start != 1:
        raise ValidationError(msg.LABEL_START_ROLL.format(layout=layout.name))
    if not 1 <= start <= layout.per_page:
        raise ValidationError(msg.LABEL_START_RANGE.format(count=layout.per_page,
                                                                layout=layout.name))


def render(labels: Sequence[LabelData], layout: LabelLayout, out: str | Path | BinaryIO,
           start: int = 1, progress: Progress | None = None) -> int:
    """Write ``labels`` as a PDF to ``out`` from position ``start``; return the page count.

    ``progress(done, total)`` is called after each label (it may raise ``Cancelled``:
    nothing is saved then).

    On a sheet, the first ``start - 1`` positions stay empty (a partly used sheet); later
    pages start at position 1. Every code is checked before anything is drawn.
    """
    check_start(layout, start)
    patterns = [pattern(label.code) for label in labels]  # refuse a wrong code up front
    geo = geometry(layout)
    target = str(out) if isinstance(out, Path) else out
    canvas = Canvas(target, pagesize=(layout.page_width * MM, layout.page_height * MM))
    canvas.setTitle("Etiketten")
    canvas.setCreator("Kreislauf-Kasse")
    position, pages = start, 0
    for done, (label, bars) in enumerate(zip(labels, patterns, strict=True), 1):
        x, y, _, _ = layout.label_box(position)
        draw_label(canvas, layout, geo, x, y, label, bars)
        if progress is not None:
            progress(done, len(labels))
        position += 1
        if position > layout.per_page:
            canvas.showPage()
            pages, position = pages + 1, 1
    if position != 1 or not labels:
        canvas.showPage()
        pages += 1
    with _binary_streams():
        canvas.save()
    return pages

