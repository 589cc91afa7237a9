"""A plain bar chart on pyqtgraph (MIT): white, readable, no mouse zoom, one colour.

The bars are kg CO2e; the figures arrive as integer grams and become floats only for
drawing. An unknown figure (None) draws no bar, and the screen-reader description
names it "unbekannt", never 0.
"""

from __future__ import annotations

import pyqtgraph as pg  # type: ignore[import-untyped]
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from app.services.impact.notes import format_kg

GREEN = "#2e7d32"
# Category names longer than this are cut on the axis (the table and PDF keep them whole).
AXIS_LABEL_CHARS = 22
# More bars than this along the bottom axis: only every n-th is labelled (31 days fit).
AXIS_LABELS_MAX = 16


def _kg(grams: int | None) -> float:
    return 0.0 if grams is None else grams / 1000


class BarChart(pg.PlotWidget):  # type: ignore[misc]
    """Bars with their labels on the axis: vertical (months, days) or horizontal
    (categories, the first one on top)."""

    def __init__(self, horizontal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.horizontal = horizontal
        self.bars: list[tuple[str, int | None]] = []  # label, grams CO2e (None: unknown)
        self.item: pg.BarGraphItem | None = None
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumSize(260, 170)
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        font = QFont()
        font.setPointSize(9)
        for name in ("left", "bottom"):
            axis = self.getAxis(name)
            axis.setPen("k")
            axis.setTextPen("k")
            axis.setStyle(tickFont=font)
        self.getPlotItem().showGrid(x=horizontal, y=not horizontal, alpha=0.25)

    def set_bars(self, bars: list[tuple[str, int | None]]) -> None:
        """Replace the bars; ``bars`` in reading order."""
        self.bars = list(bars)
        if self.item is not None:
            self.removeItem(self.item)
            self.item = None
        values = [_kg(g) for _, g in self.bars]
        positions = list(range(len(self.bars)))
        ticks = [(i, label[:AXIS_LABEL_CHARS]) for i, (label, _) in enumerate(self.bars)]
        if not self.horizontal and len(ticks) > AXIS_LABELS_MAX:
            step = -(-len(ticks) // AXIS_LABELS_MAX)
            ticks = ticks[::step]
        if self.horizontal:
            # The first category on top: pyqtgraph's y axis grows upwards.
            positions = [len(self.bars) - 1 - i for i in positions]
            ticks = [(len(self.bars) - 1 - i, t) for i, t in ticks]
        if self.bars:
            if self.horizontal:
                self.item = pg.BarGraphItem(x0=0, y=positions, height=0.6, width=values,
                                            brush=GREEN, pen=None)
            else:
                self.item = pg.BarGraphItem(x=positions, height=values, width=0.6,
                                            brush=GREEN, pen=None)
            self.addItem(self.item)
        axis = self.getAxis("left" if self.horizontal else "bottom")
        axis.setTicks([ticks])
        top = max([*values, 0.0]) or 1.0
        count = max(len(self.bars), 1)
        if self.horizontal:
            self.setXRange(0, top * 1.05, padding=0)
            self.setYRange(-0.6, count - 0.4, padding=0)
        else:
            self.setXRange(-0.6, count - 0.4, padding=0)
            self.setYRange(0, top * 1.05, padding=0)
        self.setAccessibleDescription("; ".join(
            f"{label}: {format_kg(grams)}" for label, grams in self.bars))

    def drawn_values(self) -> list[float]:
        """The bar lengths as drawn, in the order of ``bars`` (for tests and checks)."""
        if self.item is None:
            return []
        values = self.item.opts["width" if self.horizontal else "height"]
        return [float(v) for v in values]
