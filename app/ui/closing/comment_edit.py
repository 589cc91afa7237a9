"""The Z comment: two wrapped lines, so a sentence about a difference reads in full.

A one-line field scrolled a typical comment ("Wechselgeld vermutlich falsch
herausgegeben …") out of sight at 1366x768. This one wraps, keeps the line edit's small
API the Abschluss uses (``text``, ``setText``, ``clear``, ``returnPressed``) and treats
Enter as "next field", not as a new line: a Z comment is one sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget

LINES = 3


class CommentEdit(QPlainTextEdit):
    """A wrapped, two-line text field; Enter emits ``returnPressed`` and Tab moves on."""

    returnPressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit_height()

    def _fit_height(self) -> None:
        margins = self.contentsMargins()
        doc_margin = int(self.document().documentMargin() * 2)
        line = self.fontMetrics().lineSpacing()
        self.setFixedHeight(line * LINES + doc_margin + margins.top() + margins.bottom() + 4)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_height()  # the style sheet may change the font after construction

    def text(self) -> str:
        """The comment as one line (a pasted line break becomes a space)."""
        return self.toPlainText().replace("\n", " ")

    def setText(self, text: str) -> None:
        self.setPlainText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.returnPressed.emit()
            return
        super().keyPressEvent(event)
