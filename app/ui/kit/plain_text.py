"""Labels show text as it is: an item description, a user's or a category's name can come
from another till through sync, and Qt would render ``<img src=…>`` or ``<b>`` in a label
left on its default (``AutoText`` guesses rich text from the first tag). No label of the
till shows markup on purpose, so every label is made plain when Qt polishes it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProxyStyle


class PlainTextStyle(QProxyStyle):
    """The platform style, with every ``QLabel`` switched to plain text as it is polished
    (once per widget, before it is first shown)."""

    def polish(self, target: Any) -> Any:  # overloaded: QWidget, QApplication, QPalette
        if isinstance(target, QLabel):
            plain(target)
        return super().polish(target)


def plain(label: QLabel) -> QLabel:
    """``label`` showing its text literally (for labels that show data before they are
    polished, and in tests without the application's style)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
