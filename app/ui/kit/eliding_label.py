"""A label that gives way when space is short: it shows its text ending in "…" instead of
pushing its neighbours out of the window, and the full text is in its tooltip.

For the pieces of a crowded row that can wait for a tooltip (the store's name, device and
sync details in the status bar, which a registered till with conflicts would otherwise push
past 1366 px). ``text()`` stays the full text for everyone who reads it; ``shown`` is what
is painted. The layout checker of the tests accepts such a label (``ELIDES_PROPERTY``) as
deliberately shortened as long as its tooltip holds the full text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from app.ui.kit.plain_text import plain

ELIDES_PROPERTY = "elides"
MIN_CHARACTERS = 8  # so much of the text stays, however short the row
# Eliding measures in fractions of a pixel, the size hint in whole ones, and a last glyph
# may hang over its advance: without a few pixels to spare a text exactly as wide as its
# hint loses its last letter to "…" or to the frame.
ROUNDING = 6


class ElidingLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plain(self)
        self.setProperty(ELIDES_PROPERTY, True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.full_text = ""
        self.shown = ""
        self.detail = ""
        self._hint = QSize(0, 0)
        self._minimum = QSize(0, 0)
        self.setText(text)

    def text(self) -> str:
        return self.full_text

    def setText(self, text: str) -> None:
        self.full_text = text
        self._tooltip()
        self._measure()
        self._elide()
        self.updateGeometry()

    def set_detail(self, detail: str) -> None:
        """More for the tooltip, below the full text (a server address, an error)."""
        self.detail = detail
        self._tooltip()

    def is_elided(self) -> bool:
        return self.shown != self.full_text

    # Qt asks for these from layout code at any moment, also while a window is torn
    # down: they only hand back sizes measured in ``setText`` and call nothing of Qt (a
    # hint that measured there crashed the test run with a segmentation fault).
    def sizeHint(self) -> QSize:
        return QSize(self._hint)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._minimum)

    def _measure(self) -> None:
        metrics = self.fontMetrics()
        margins = self._margins()
        height = super().sizeHint().height()
        full = max(metrics.horizontalAdvance(self.full_text),
                   metrics.boundingRect(self.full_text).width())
        shortest = min(metrics.horizontalAdvance(self.full_text[:MIN_CHARACTERS] + "…"),
                       metrics.horizontalAdvance(self.full_text))
        self._hint = QSize(full + margins + ROUNDING, height)
        self._minimum = QSize(shortest + margins + ROUNDING, height)

    def changeEvent(self, event: QEvent) -> None:
        """The style sheet's font arrives after construction: measure again with it."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._measure()
            self._elide()
            self.updateGeometry()

    def showEvent(self, event: QShowEvent) -> None:
        """Polished by now: the style sheet's padding is in the margins, measure again."""
        super().showEvent(event)
        self._measure()
        self._elide()
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _tooltip(self) -> None:
        self.setToolTip("\n".join(part for part in (self.full_text, self.detail) if part))

    def _margins(self) -> int:
        margins = self.contentsMargins()
        return margins.left() + margins.right() + 2 * self.margin()

    def _elide(self) -> None:
        width = max(0, self.contentsRect().width() - ROUNDING // 3)
        self.shown = self.fontMetrics().elidedText(self.full_text,
                                                   Qt.TextElideMode.ElideRight, width)
        super().setText(self.shown)
