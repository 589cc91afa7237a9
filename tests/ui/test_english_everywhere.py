"""In English, no area, Einstellungen tab or dialog shows a German text: every visible
label, button, title, tab, combo entry, header, table cell, placeholder and status-bar
tooltip is checked against the German sources of both catalogues (Qt's .ts and the
services' .po) and against German-only markers. Data stays as entered (category names,
item descriptions, names and addresses of the store and its people) and is allowed, as
are the receipt preview (German by law) and amounts and dates."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStatusBar,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.config import Paths
from app.db.models.catalog import Category, Item
from app.db.models.impact import ImpactFactor
from app.db.models.master_data import StoreMasterData
from app.db.models.org import Station, Store, User
from app.services.cash import sessions as cash_sessions
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.sync_schema.enums import Condition
from app.ui.intake.workshop_dialogs import ItemEditDialog
from app.ui.kit.error_triage import ErrorReporter
from app.ui.kit.operations import Jobs
from app.ui.shell.main_window import Area, MainWindow
from app.ui.shell.session import SessionState
from tests.helpers.actors import actor
from tests.helpers.cash import Line, sell
from tests.helpers.checkout import take_in
from tests.helpers.clock import Clock
from tests.helpers.notifier import RecordingNotifier
from tests.helpers.translation import translated
from tests.ui.clipping import _name
from tests.ui.dialogs import DIALOGS
from tests.ui.test_layout_fits import VIEWS, _settle, _show_view, _view_id
from tests.ui.test_setup_wizard import _wizard

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "kreislauf_en.ts"
PO = ROOT / "resources" / "locale" / "en" / "LC_MESSAGES" / "kreislauf.po"
ROWS = 50  # table, tree and list rows read per view
# German-only markers: letters English does not use, and common German words.
MARKERS = re.compile(r"[äöüßÄÖÜ]| und | der | die | das |Bitte|Kasse |Artikel")
# Proper names and fixed data a walk may show in English too.
PROPER_NAMES = ("Kreislauf-Kasse",)
# Shown texts that carry no language: amounts, dates, times, codes, numbers.
NEUTRAL = re.compile(
    r"-?[\d.,\s]*\d\s*€|€\s*-?[\d.,]+|\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:\d{2}(:\d{2})?"
    r"|\bK\d+-\d+\b")
# Widgets whose text is a printed document (German by law), not UI text.
DOCUMENT_PREVIEWS = {"receiptPreview"}
# Sample texts the dialog builders of tests/ui/dialogs.py pass in, as a caller would
# (the caller translates them; the builders stand for any data shown).
DIALOG_SAMPLES = ("Tagesabschluss", "Z-Bericht Nr. 1 jetzt erstellen?",
                  "Z-Bericht erstellen (Enter)", "Verkäufe: 3", "Regal 4, Fach 2",
                  "Frau mit Kinderwagen, holt Geldbeutel",
                  "Kommode Eiche, 3 Schubladen, mit Aufsatz und Spiegel")
# Items taken in for the walk, so item tables show statuses and conditions.
WALK_ITEMS = (("Bücher", "ready"), ("Elektrogeräte", "received"), ("Kleidung", "reserved"))


@dataclass(frozen=True)
class Shown:
    widget: str
    text: str

    def __str__(self) -> str:
        return f"{self.widget}: „{self.text}“"


def _placeholder_pattern(source: str) -> re.Pattern[str] | None:
    """A regex for a source with {placeholders} / %1 / %n, or None for plain text."""
    parts = re.split(r"\{[^{}]*\}|%n|%L?\d", source)
    if len(parts) == 1:
        return None
    return re.compile(".+?".join(re.escape(p) for p in parts), re.DOTALL)


@cache
def _catalogues() -> tuple[frozenset[str], tuple[re.Pattern[str], ...]]:
    """German sources of both catalogues (without those English shares, e.g. "OK"), plain
    and as patterns for those with placeholders."""
    pairs: list[tuple[str, str]] = []
    for message in ElementTree.parse(TS).getroot().iter("message"):
        source, translation = message.findtext("source") or "", message.findtext(
            "translation") or ""
        pairs.append((source, translation))
    with PO.open("rb") as file:
        pairs += [(m.id, m.string) for m in read_po(file)  # type: ignore[misc]
                  if m.id and isinstance(m.id, str)]
    english = {translation for _source, translation in pairs}
    german = {source.replace("&", "") for source, _t in pairs if source not in english}
    patterns = tuple(p for p in map(_placeholder_pattern, german)
                     if p is not None and len(p.pattern) > 12)
    return frozenset(german), patterns


def _is_source(text: str) -> bool:
    german, patterns = _catalogues()
    return text in german or any(p.fullmatch(text) for p in patterns)


def data_texts(backend: Backend) -> list[str]:
    """What the store entered: names, addresses, categories, item descriptions, and the
    sources of the climate factors (cited as published or noted by the store)."""
    columns = (Category.name, Item.description, Item.location, User.display_name,
               User.name, Store.name, Store.street, Store.city, Station.name,
               StoreMasterData.name, StoreMasterData.street, StoreMasterData.city,
               ImpactFactor.source)
    with backend.read() as ctx:
        found = {value for column in columns for value in ctx.session.scalars(select(column))}
    return sorted((t for t in {*found, *PROPER_NAMES, *DIALOG_SAMPLES} if len(t) >= 3),
                  key=len, reverse=True)


def german_left(text: str, data: list[str]) -> bool:
    """``text`` is still German: a German source, or a German marker once data, amounts
    and dates are taken out."""
    plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
    if not plain or plain in data:
        return False
    if _is_source(plain):
        return True
    for value in data:
        plain = plain.replace(value, " ")
    return bool(MARKERS.search(NEUTRAL.sub(" ", f" {plain} ")))


def _shape(model: QAbstractItemModel, parent: QModelIndex) -> tuple[int, bool]:
    """Columns under ``parent`` and whether rows may have children (list and table
    models hide the calls they answer themselves)."""
    if isinstance(model, QAbstractListModel):
        return 1, False
    if isinstance(model, QAbstractTableModel):
        return model.columnCount(parent), False
    return model.columnCount(parent), True


def _model_texts(model: QAbstractItemModel, parent: QModelIndex, budget: list[int]
                 ) -> Iterator[str]:
    columns, tree = _shape(model, parent)
    for row in range(model.rowCount(parent)):
        if budget[0] <= 0:
            return
        budget[0] -= 1
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value
            if tree and column == 0 and model.hasChildren(index):
                yield from _model_texts(model, index, budget)


def _view_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None or isinstance(view.parentWidget(), QComboBox):
        return
    yield from _model_texts(model, view.rootIndex(), [ROWS])


def _header_texts(header: QHeaderView) -> Iterator[str]:
    model = header.model()
    if model is None:
        return
    for section in range(header.count()):
        if not header.isSectionHidden(section):
            value = model.headerData(section, header.orientation())
            if isinstance(value, str):
                yield value


def _in_document(widget: QWidget) -> bool:
    w: QWidget | None = widget
    while w is not None:
        if w.objectName() in DOCUMENT_PREVIEWS:
            return True
        w = w.parentWidget()
    return False


def _own_texts(widget: QWidget) -> Iterator[str]:
    """The texts ``widget`` itself shows (not its children's)."""
    if widget.isWindow():
        yield widget.windowTitle()
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QTabBar):
        yield from (widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    if isinstance(widget, QHeaderView):
        yield from _header_texts(widget)
    elif isinstance(widget, QAbstractItemView):
        yield from _view_texts(widget)
    parent = widget.parentWidget()
    if isinstance(parent, QStatusBar) or (parent is not None and isinstance(
            parent.parentWidget(), QStatusBar)):
        yield widget.toolTip()


def shown_texts(root: QWidget) -> list[Shown]:
    """Every text the visible widgets under ``root`` show, with the widget's path."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or _in_document(widget):
            continue
        found += [Shown(_name(widget), text) for text in _own_texts(widget) if text]
    return found


def german_texts(root: QWidget, data: list[str]) -> list[Shown]:
    return sorted({s for s in shown_texts(root) if german_left(s.text, data)},
                  key=lambda s: (s.widget, s.text))


def _report(found: list[Shown]) -> str:
    return "German in the English UI:\n" + "\n".join(map(str, found))


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """English installed before any widget is built, German again afterwards."""
    with translated(qapp, "en") as translators:
        assert translators, "the English translation did not load"
        yield


@pytest.fixture
def english_window(english: None, window: MainWindow) -> MainWindow:
    return window


@pytest.fixture
def walk_items(backend: Backend) -> None:
    """A few items in different states, so the item lists have rows to read."""
    volunteer = actor(backend, "vera")
    for category, status in WALK_ITEMS:
        take_in(backend, volunteer, category=category, status=status,
                description=f"Testartikel {category}")


@pytest.fixture
def walk_sales(backend: Backend, manager: Actor) -> None:
    """An open till with a cash and a card sale, so the journal and returns show rows."""
    backend.call(manager, cash_sessions.open_session, float_cents=15_000)
    cashier = actor(backend, "kai")
    sell(backend, cashier, [Line("Bücher", 400, 2)])
    sell(backend, cashier, [Line("Möbel", 2_500)], card=2_500)


@pytest.mark.parametrize("till_open", [False, True], ids=["closed", "open"])
@pytest.mark.parametrize("view", VIEWS, ids=_view_id)
def test_area_is_english(qtbot: QtBot, english_window: MainWindow, session: SessionState,
                         backend: Backend, manager: Actor, walk_items: None,
                         login_as: Callable[[str], Actor], view: tuple[Area, str | None],
                         till_open: bool) -> None:
    """Each area and Einstellungen tab, for a manager, in English shows no German text."""
    if till_open:
        backend.call(manager, cash_sessions.open_session, float_cents=15_000)
    login_as("maria")
    english_window.resize(1366, 736)
    _show_view(qtbot, english_window, session, *view)
    found = german_texts(english_window, data_texts(backend))
    assert not found, _report(found)


@pytest.mark.parametrize("name", DIALOGS)
def test_dialog_is_english(qtbot: QtBot, english: None, session: SessionState,
                           backend: Backend, walk_items: None, walk_sales: None,
                           login_as: Callable[[str], Actor], name: str) -> None:
    """Each dialog, as it opens in English, shows no German text."""
    login_as("maria")
    dialog = DIALOGS[name](session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _settle(qtbot, session)
    found = german_texts(dialog, data_texts(backend))
    dialog.close()
    assert not found, _report(found)


def test_the_walk_sees_a_german_header(qtbot: QtBot, english_window: MainWindow,
                                       session: SessionState, backend: Backend,
                                       login_as: Callable[[str], Actor]) -> None:
    """The checker itself fails on a German source, and on a German word, in English."""
    login_as("maria")
    _show_view(qtbot, english_window, session, Area.CLOSING, None)
    label = QLabel("Zählprotokoll", english_window.stack.currentWidget())
    label.setObjectName("probe")
    source = QLabel("Abbrechen", english_window.stack.currentWidget())
    label.show()
    source.show()
    found = {s.text for s in german_texts(english_window, data_texts(backend))}
    assert {"Zählprotokoll", "Abbrechen"} <= found


def test_data_is_not_ui_text(backend: Backend) -> None:
    """Category names, user names and amounts stay as they are; German words do not."""
    data = data_texts(backend)
    assert not german_left("Bücher", data)
    assert not german_left("Bücher · 4,00 €", data)
    assert german_left("Bücher und Spiele", data)


def test_an_english_condition_is_stored_by_its_key(qtbot: QtBot, english: None,
                                                   session: SessionState,
                                                   login_as: Callable[[str], Actor]) -> None:
    """The condition reads "good" in English and is still saved as the stored "gut"."""
    login_as("maria")
    dialog = DIALOGS["item-edit"](session)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, ItemEditDialog)
    assert dialog.condition.currentText() == "good"
    assert dialog.values()["condition"] == Condition.GOOD


# The area's key for the shortcut overview: F1, in the Kasse Strg+F1 (F1 is a category key).
OVERVIEW_KEYS = {Area.CHECKOUT: Qt.KeyboardModifier.ControlModifier}


@pytest.mark.parametrize("area", list(Area), ids=str)
def test_shortcut_overview_is_english(qtbot: QtBot, english_window: MainWindow,
                                      session: SessionState, backend: Backend,
                                      manager: Actor, login_as: Callable[[str], Actor],
                                      area: Area) -> None:
    """F1 in each area, in English: every key's description, header and hint is English
    (they are read from the widgets' tool tips and What's-This texts)."""
    backend.call(manager, cash_sessions.open_session, float_cents=15_000)
    login_as("maria")
    english_window.resize(1366, 736)
    _show_view(qtbot, english_window, session, area, "user_admin"
               if area is Area.SETTINGS else None)
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, Qt.Key.Key_F1,
                   OVERVIEW_KEYS.get(area, Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: english_window.shortcut_overview is not None
                    and english_window.shortcut_overview.isVisible())
    dialog = english_window.shortcut_overview
    assert dialog is not None
    found = german_texts(dialog, data_texts(backend))
    dialog.close()
    assert not found, _report(found)


@pytest.fixture
def wizard_jobs(notifier: RecordingNotifier) -> Iterator[Jobs]:
    made = Jobs(ErrorReporter(notifier, "kreislauf.log"))
    yield made
    made.wait_for_done()


@pytest.mark.parametrize("page", range(7))
def test_wizard_page_is_english(qtbot: QtBot, english: None, paths: Paths,
                                wizard_jobs: Jobs, clock: Clock, backend: Backend,
                                page: int) -> None:
    """Each page of the first-run wizard, with the messages of empty answers shown, is
    English when the machine's language is English."""
    wizard = _wizard(qtbot, paths, wizard_jobs, clock)
    wizard.setStartId(page)
    wizard.restart()
    wizard.currentPage().validatePage()  # empty answers: every message shown
    qtbot.wait(10)
    assert wizard.currentId() == page
    found = german_texts(wizard, data_texts(backend))
    assert not found, _report(found)
