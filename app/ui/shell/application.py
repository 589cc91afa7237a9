"""The QApplication of the till: style sheet, font, translations."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSize, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app import APP_NAME, __version__, i18n
from app.resource_files import resource_path
from app.ui.kit.plain_text import PlainTextStyle

log = logging.getLogger("app.ui")
LANGUAGES = ("de", "en")
# The one place the app's name for people is spelled. Qt appends the display name to every
# window title that does not already end with it, so titles name it at most once.
DISPLAY_NAME = "Kreislauf-Kasse"
# Below this free screen room (a screen minus its task bar) "auto" picks the compact look:
# 1366x768 with a task bar keeps the full look, 1280x720 or a 1024x600 netbook get compact.
COMPACT_BELOW = QSize(1340, 700)


def style_sheet(compact: bool = False) -> str:
    """The Qt style sheet shipped in ``resources/style.qss``; ``compact`` appends
    ``resources/style-compact.qss`` (smaller type and spacing for small screens)."""
    sheet = resource_path("style.qss").read_text(encoding="utf-8")
    if compact:
        sheet += "\n" + resource_path("style-compact.qss").read_text(encoding="utf-8")
    return sheet


def compact_wanted(choice: str, available: QSize | None) -> bool:
    """The setting ``display.compact`` (``auto``/``on``/``off``) on a screen with
    ``available`` room (``None``: no screen known, full look)."""
    if choice in ("on", "off"):
        return choice == "on"
    if available is None or available.isEmpty():
        return False
    return (available.width() < COMPACT_BELOW.width()
            or available.height() < COMPACT_BELOW.height())


def apply_look(app: QApplication, choice: str) -> bool:
    """Set the full or the compact style sheet for the primary screen; True if compact."""
    screen = QGuiApplication.primaryScreen()
    compact = compact_wanted(choice, screen.availableSize() if screen is not None else None)
    app.setStyleSheet(style_sheet(compact))
    app.setProperty("compactLook", compact)
    return compact


def create_application(argv: Sequence[str] = ()) -> QApplication:
    """Create (or reuse) the QApplication and apply the style sheet."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([*argv] or [APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setStyle(PlainTextStyle())  # before the sheet: the sheet's style wraps this one
    app.setStyleSheet(style_sheet())
    return app


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the UI translation for ``language`` (German is the source, so none needed).

    Qt's own strings (standard buttons, context menus) come from Qt's translations.
    Returns the installed translators; the caller keeps them alive.
    """
    installed: list[QTranslator] = []
    language = language if language in LANGUAGES else "de"
    i18n.set_language(language)  # the services' messages follow the UI's language
    QLocale.setDefault(QLocale(QLocale.Language.German if language == "de"
                               else QLocale.Language.English, QLocale.Country.Germany))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    if language != "de":
        translator = QTranslator(app)
        qm = resource_path("translations", f"kreislauf_{language}.qm")
        if translator.load(str(qm)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("translation %s not found, staying German", qm)
    return installed


def remove_translators(app: QCoreApplication, translators: Sequence[QTranslator]) -> None:
    """Back to the source language: the UI's translators and the services' messages."""
    for translator in translators:
        app.removeTranslator(translator)
    i18n.set_language(i18n.SOURCE_LANGUAGE)
