"""The Kaufhausregeln page: a manager edits the store settings with the keyboard."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.services.policy import store as policy
from app.services.policy.definitions import POLICY
from app.ui.settings.settings_view import SettingsView
from app.ui.settings.store_policy_page import TRANSLATABLE_DESCRIPTIONS, StorePolicyPage
from app.ui.shell.main_window import Area, MainWindow
from app.ui.shell.session import SessionState
from tests.helpers.keyboard import idle, press, type_text
from tests.helpers.notifier import RecordingNotifier
from tests.helpers.translation import translated

PERCENT = POLICY.discount_approval_percent


def _page(qtbot: QtBot, window: MainWindow, session: SessionState) -> StorePolicyPage:
    assert window.show_area(Area.SETTINGS)
    view = window.views[Area.SETTINGS]
    assert isinstance(view, SettingsView)
    view.tabs.setCurrentWidget(view.store_policy)
    idle(qtbot, session)
    return view.store_policy


def _type_into(qtbot: QtBot, page: StorePolicyPage, key: str, text: str) -> None:
    """Focus the field, select what is there and type over it, as a person would."""
    editor = page.editors[key]
    editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(text)


def test_page_lists_every_store_setting_with_its_value(
        qtbot: QtBot, window: MainWindow, session: SessionState,
        login_as: Callable[[str], Actor]) -> None:
    """One labelled field per definition, filled with the current (default) values."""
    login_as("maria")
    page = _page(qtbot, window, session)
    assert list(page.editors) == [d.key for d in POLICY.all()]
    assert [e.text() for e in page.editors.values()] == [
        "20", "10,00", "1000,00", "99", "0,00", "6", "1", "2", "100", "500", "1", "200", "1500",
        "9", "18", "30"]
    labels = {lbl.text() for lbl in page.findChildren(QLabel)}
    assert all(d.description + ":" in labels for d in POLICY.all())


def test_manager_types_a_new_threshold_and_presses_enter(
        qtbot: QtBot, window: MainWindow, session: SessionState, backend: Backend,
        notifier: RecordingNotifier, login_as: Callable[[str], Actor]) -> None:
    """15 and Enter in the discount field saves it for the whole store, audited."""
    login_as("maria")
    page = _page(qtbot, window, session)
    _type_into(qtbot, page, PERCENT.key, "15")
    press(qtbot, Qt.Key.Key_Return)
    idle(qtbot, session)
    assert notifier.errors == [], page.typed()
    with backend.read() as ctx:
        assert policy.get(ctx, PERCENT) == 15
    assert "1 Regel" in page.status_label.text()
    qtbot.waitUntil(lambda: "Maria Leitung" in page.changed_labels[PERCENT.key].text())
    assert page.editors[PERCENT.key].text() == "15"


def test_a_bad_value_is_refused_in_german_and_nothing_is_saved(
        qtbot: QtBot, window: MainWindow, session: SessionState, backend: Backend,
        notifier: RecordingNotifier, login_as: Callable[[str], Actor]) -> None:
    """An amount that is no amount: the service's sentence is shown, the field keeps it."""
    login_as("maria")
    page = _page(qtbot, window, session)
    _type_into(qtbot, page, PERCENT.key, "12")
    _type_into(qtbot, page, POLICY.max_typed_price_cents.key, "viel")
    press(qtbot, Qt.Key.Key_Return)
    idle(qtbot, session)
    assert len(notifier.errors) == 1 and "kein Betrag" in notifier.errors[0]
    assert page.editors[POLICY.max_typed_price_cents.key].text() == "viel"
    with backend.read() as ctx:
        assert policy.get(ctx, PERCENT) == 20  # the good value was not saved either
    assert page.save_button.isEnabled()


def test_a_cashier_is_refused_by_the_service(qtbot: QtBot, session: SessionState,
                                            backend: Backend, notifier: RecordingNotifier,
                                            login_as: Callable[[str], Actor]) -> None:
    """Even with the page in front of them, a cashier cannot change the store's rules."""
    login_as("kai")
    page = StorePolicyPage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.editors[PERCENT.key].setText("50")
    QTest.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    idle(qtbot, session)
    assert len(notifier.errors) == 1 and "Einstellungen ändern" in notifier.errors[0]
    with backend.read() as ctx:
        assert policy.get(ctx, PERCENT) == 20


def test_every_store_setting_description_is_translatable() -> None:
    """The lupdate marks list exactly the descriptions declared in services.policy."""
    assert set(TRANSLATABLE_DESCRIPTIONS) == {d.description for d in POLICY.all()}


def test_the_page_speaks_english_when_asked(qtbot: QtBot, qapp: QApplication,
                                            session: SessionState,
                                            login_as: Callable[[str], Actor]) -> None:
    """With the English translation loaded, labels and the button are English."""
    with translated(qapp, "en"):
        login_as("maria")
        page = StorePolicyPage(session)
        qtbot.addWidget(page)
        labels = {lbl.text() for lbl in page.findChildren(QLabel)}
        assert "Highest quantity of one line at the till:" in labels
        assert page.save_button.text() == "Save rules"
    idle(qtbot, session)
