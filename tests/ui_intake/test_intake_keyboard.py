"""Annahme by keyboard: only kept fields survive a save, the category completes on Tab,
several rows at once for F5/F6/F10, and messages that say their kind and go away."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.services.intake import intake, item_list, lifecycle
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.sync_schema.enums import Condition
from app.ui.intake.intake_area import IntakeArea
from app.ui.kit.message_line import MessageKind
from tests.helpers.actors import actor
from tests.helpers.keyboard import press, type_text


def items(backend: Backend) -> list[item_list.ItemRow]:
    with backend.read() as ctx:
        return item_list.search(ctx, item_list.ItemFilter())[0]


def focus_category(qtbot: QtBot, area: IntakeArea) -> None:
    area.form.category.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is area.form.category)


def tab_to(qtbot: QtBot, widget: QWidget, limit: int = 10) -> None:
    """Tab through the form until ``widget`` has the focus, as a person would.

    Tab moves the focus inside the active window only: a window that lost activation to
    a closing popup (offscreen has no window manager to give it back) is activated first,
    as the person's click on it would."""
    window = widget.window()
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is widget


def save_with_enter(qtbot: QtBot, area: IntakeArea, backend: Backend, count: int) -> None:
    """Enter, then wait until the item is stored and the form has shown the result."""
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(items(backend)) == count and not area.form._saving)


# --- keep for the next item -------------------------------------------------------------

def test_condition_chosen_once_is_not_stored_on_the_next_item(
        qtbot: QtBot, area: IntakeArea, backend: Backend) -> None:
    """'defekt' chosen for one item; the next item, typed the same way, is 'gut' again and
    every field but the kept ones starts empty."""
    form = area.form
    focus_category(qtbot, area)
    type_text("Geschirr")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("Teller")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.condition
    form.condition.setCurrentText(Condition.DEFECT)  # what the arrow keys would pick
    tab_to(qtbot, form.location)
    type_text("Regal 2")
    save_with_enter(qtbot, area, backend, 1)
    assert QApplication.focusWidget() is form.category
    assert form.condition.currentText() == Condition.GOOD
    assert form.location.text() == "" and form.description.text() == ""
    assert form.category.currentText() == ""
    type_text("Geschirr")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("Tasse")
    save_with_enter(qtbot, area, backend, 2)
    by_description = {r.description: r for r in items(backend)}
    assert by_description["Teller"].condition == Condition.DEFECT
    assert by_description["Tasse"].condition == Condition.GOOD
    assert by_description["Tasse"].location == ""


def test_ctrl_k_keeps_a_field_for_the_next_items(qtbot: QtBot, area: IntakeArea,
                                                 backend: Backend) -> None:
    """Ctrl+K in Zustand and Lagerort ticks their markers: both survive two saves, the
    next item starts in the first field not kept; Ctrl+K again lets it go."""
    form = area.form
    focus_category(qtbot, area)
    type_text("Geschirr")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert form.keep[form.description].isChecked()  # Ctrl+K acts on the focused field
    press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert not form.keep[form.description].isChecked()
    type_text("Teller")
    press(qtbot, Qt.Key.Key_Tab)
    form.condition.setCurrentText(Condition.VERY_GOOD)
    press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    tab_to(qtbot, form.location)
    type_text("Regal 7")
    press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert form.keep[form.condition].isChecked() and form.keep[form.location].isChecked()
    assert form.keep[form.condition].label.font().bold()  # the marker shows on the label too
    save_with_enter(qtbot, area, backend, 1)
    assert form.condition.currentText() == Condition.VERY_GOOD
    assert form.location.text() == "Regal 7"
    assert form.description.text() == "" and QApplication.focusWidget() is form.category
    type_text("Geschirr")
    press(qtbot, Qt.Key.Key_Tab)
    type_text("Schale")
    save_with_enter(qtbot, area, backend, 2)
    rows = {r.description: r for r in items(backend)}
    assert rows["Schale"].condition == Condition.VERY_GOOD
    assert rows["Schale"].location == "Regal 7"
    tab_to(qtbot, form.location)
    press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert not form.keep[form.location].isChecked()


def test_kept_category_starts_the_next_item_in_the_description(
        qtbot: QtBot, area: IntakeArea, backend: Backend) -> None:
    """With the category kept, Enter saves and the focus waits in Beschreibung."""
    form = area.form
    focus_category(qtbot, area)
    type_text("Geschirr")
    press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Tab)
    type_text("Teller")
    save_with_enter(qtbot, area, backend, 1)
    assert form.category.currentText() == "Geschirr"
    assert QApplication.focusWidget() is form.description
    type_text("Tasse")
    save_with_enter(qtbot, area, backend, 2)
    assert {r.category for r in items(backend)} == {"Geschirr"}


def test_new_user_starts_with_nothing_kept(qtbot: QtBot, area: IntakeArea,
                                          backend: Backend, cashier: Actor) -> None:
    """A user change clears the markers, the form and the message."""
    form = area.form
    focus_category(qtbot, area)
    type_text("Geschirr")
    press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Tab)
    type_text("Teller")
    save_with_enter(qtbot, area, backend, 1)
    assert area.message.kind == MessageKind.SUCCESS
    area.session.set_actor(actor(backend, "vera"))
    assert not any(t.isChecked() for t in form.keep.values())
    assert form.category.currentText() == "" and area.message.text() == ""


# --- the category completes ---------------------------------------------------------------

def test_tab_out_of_category_completes_the_name(qtbot: QtBot, area: IntakeArea) -> None:
    """'fahr' and Tab: the field says 'Fahrräder' (its defaults shown); 'e' fits several,
    Tab warns and the warning goes when the text is fixed."""
    form = area.form
    focus_category(qtbot, area)
    type_text("fahr")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.description
    assert form.category.currentText() == "Fahrräder"
    assert "60,00" in form.price.placeholderText()
    press(qtbot, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is form.category
    line = form.category.lineEdit()
    assert line is not None
    line.selectAll()
    type_text("e")
    press(qtbot, Qt.Key.Key_Tab)
    assert area.message.kind == MessageKind.WARNING
    assert "mehreren Warengruppen" in area.message.text() and area.message.text()[0] == "⚠"
    press(qtbot, Qt.Key.Key_Backtab)
    line.selectAll()
    type_text("Geschirr")
    assert area.message.text() == ""


# --- several rows at once -----------------------------------------------------------------

@pytest.fixture
def books(qtbot: QtBot, area: IntakeArea, backend: Backend, volunteer: Actor) -> list[str]:
    codes = [i.code for i in backend.call(volunteer, intake.take_in, intake.IntakeInput(
        category="Bücher", description="Roman", quantity=4))]
    area.table.refresh()
    qtbot.waitUntil(lambda: area.table.table.rowCount() == 4)
    return codes


def select_first_rows(qtbot: QtBot, area: IntakeArea, n: int) -> list[str]:
    """Down to the first row, then Shift+Down: the rows a person selects by keyboard."""
    table = area.table.table
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    table.setCurrentCell(0, 0)
    for _ in range(n - 1):
        press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    codes = area.table.selected_codes()
    assert len(codes) == n
    return codes


def test_f6_makes_three_selected_items_ready_in_one_call(
        qtbot: QtBot, area: IntakeArea, backend: Backend, books: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Three rows selected, F6: one service call, three items ready, '3 Artikel
    verkaufsbereit'; the single-item actions are off while several rows are selected."""
    calls: list[tuple[Any, ...]] = []
    real = lifecycle.move_many

    def counted(*args: Any) -> Any:
        calls.append(args)
        return real(*args)
    monkeypatch.setattr(lifecycle, "move_many", counted)
    chosen = select_first_rows(qtbot, area, 3)
    assert not area.edit_button.isEnabled() and not area.test_button.isEnabled()
    assert area.ready_button.isEnabled() and area.relabel_button.isEnabled()
    press(qtbot, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: "3 Artikel verkaufsbereit" in area.message.text())
    assert area.message.kind == MessageKind.SUCCESS and area.message.text()[0] == "✔"
    assert len(calls) == 1
    status = {r.code: r.status for r in items(backend)}
    assert [status[c] for c in chosen] == ["ready"] * 3
    assert sorted(status.values()).count("received") == 1


def test_f5_and_f10_act_on_all_selected(qtbot: QtBot, area: IntakeArea, backend: Backend,
                                        books: list[str]) -> None:
    """F5 sends the two selected items to repair; F10 queues both labels again."""
    chosen = select_first_rows(qtbot, area, 2)
    area.queue.clear()
    press(qtbot, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: "2 Artikel in Reparatur" in area.message.text())
    status = {r.code: r.status for r in items(backend)}
    assert [status[c] for c in chosen] == ["in_repair"] * 2
    qtbot.waitUntil(lambda: len(area.table.selected_codes()) == 2)  # kept after the reload
    press(qtbot, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: sorted(area.queue.codes) == sorted(chosen))  # after the click

    assert "2 Etiketten" in area.message.text()


def test_bulk_refusal_changes_nothing_and_goes_with_the_selection(
        qtbot: QtBot, area: IntakeArea, backend: Backend, volunteer: Actor,
        books: list[str]) -> None:
    """An untested toaster among the selected rows: F6 moves none of them and says why;
    selecting other rows clears the refusal."""
    backend.call(volunteer, intake.take_in, intake.IntakeInput(
        category="Elektrogeräte", description="Toaster"))
    area.table.refresh()
    qtbot.waitUntil(lambda: area.table.table.rowCount() == 5)
    select_first_rows(qtbot, area, 3)  # newest first: the toaster and two books
    press(qtbot, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: area.message.kind == MessageKind.ERROR)
    assert "Nichts geändert" in area.message.text()
    assert {r.status for r in items(backend)} == {"received"}
    press(qtbot, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: area.message.text() == "")


# --- messages by kind ---------------------------------------------------------------------

def test_bad_price_error_goes_when_the_price_is_edited(qtbot: QtBot, area: IntakeArea,
                                                       backend: Backend) -> None:
    """'12,5,0' gives an error (✖, nothing saved); typing in the price clears it; the
    corrected item saves as a success (✔)."""
    focus_category(qtbot, area)
    type_text("Geschirr")
    tab_to(qtbot, area.form.price)
    type_text("12,5,0")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: area.message.kind == MessageKind.ERROR)
    assert area.message.text().startswith("✖") and items(backend) == []
    press(qtbot, Qt.Key.Key_Backspace)
    press(qtbot, Qt.Key.Key_Backspace)
    assert area.message.text() == ""
    save_with_enter(qtbot, area, backend, 1)
    assert area.message.kind == MessageKind.SUCCESS and area.message.text().startswith("✔")
    assert items(backend)[0].price_cents == 1250

