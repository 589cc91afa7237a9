"""Find Alt-mnemonics (``&X``) that two visible things of one window claim at once.

Qt gives a mnemonic to every visible button, labelled buddy, group box, tab and menu
title; when two share a letter, Alt+letter does nothing useful (Qt only cycles between
them or fires neither), so the person at the till presses it and nothing happens.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenuBar,
    QTabBar,
    QWidget,
)


def _key(text: str) -> str:
    return QKeySequence.mnemonic(text).toString()


def _claims(widget: QWidget) -> list[str]:
    """The texts with a mnemonic this widget registers while it is visible."""
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QLabel):
        return [widget.text()] if widget.buddy() is not None else []
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count())
                if widget.isTabEnabled(i) and widget.isTabVisible(i)]
    if isinstance(widget, QMenuBar):
        return [a.text() for a in widget.actions() if a.isVisible() and a.isEnabled()]
    return []


def shared_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """``{"Alt+S": ["&Sitzung", "&Speichern"], ...}`` for every letter claimed twice."""
    claims: dict[str, list[str]] = defaultdict(list)
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.window() is not window or not widget.isVisible() or not widget.isEnabled():
            continue
        for text in _claims(widget):
            key = _key(text)
            if key:
                claims[key].append(text)
    return {key: texts for key, texts in claims.items() if len(texts) > 1}
