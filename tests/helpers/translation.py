"""The UI in one language for a test: Qt's and the app's translators, German again after."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from app.ui.shell.application import install_translators, remove_translators


@contextmanager
def translated(qapp: QApplication, language: str) -> Iterator[list[QTranslator]]:
    """The translators for ``language`` installed while the block runs (as the app does)."""
    translators = install_translators(qapp, language)
    try:
        yield translators
    finally:
        remove_translators(qapp, translators)
        install_translators(qapp, "de")
