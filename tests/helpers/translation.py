"""The UI in one language for a test: Qt's and the app's translators, German again after."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import ClassVar

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from app.ui.shell.application import install_translators, remove_translators


class _German:
    """The German translators the last block left installed (Qt's own qtbase_de):
    removed before the next language goes in, so they cannot answer for it."""

    left: ClassVar[list[QTranslator]] = []


@contextmanager
def translated(qapp: QApplication, language: str) -> Iterator[list[QTranslator]]:
    """The translators for ``language`` installed while the block runs (as the app does)."""
    remove_translators(qapp, _German.left)
    translators = install_translators(qapp, language)
    try:
        yield translators
    finally:
        remove_translators(qapp, translators)
        _German.left = install_translators(qapp, "de")
