"""The Annahme area driven with the keyboard only, through real widgets and a real DB."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.db.models import SafetyTest
from app.services.intake import intake, item_list, lifecycle
from app.services.kernel.backend import Backend
from app.services.kernel.clock import BERLIN
from app.services.kernel.context import Actor
from app.ui.intake.intake_area import IntakeArea
from app.ui.intake.workshop_dialogs import SafetyTestDialog
from app.ui.kit.message_line import MessageKind
from tests.helpers.keyboard import press as key
from tests.helpers.keyboard import type_text


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    QTest.keyClicks(widget, text)


def press(widget: QWidget, key: Qt.Key) -> None:
    QTest.keyClick(widget, key)


def items(backend: Backend) -> list[item_list.ItemRow]:
    with backend.read() as ctx:
        return item_list.search(ctx, item_list.ItemFilter())[0]


def test_keyboard_only_intake(qtbot: QtBot, area: IntakeArea, backend: Backend) -> None:
    """Type category, description, price with Tab between fields; Enter saves and resets."""
    form = area.form
    form.category.setFocus()
    qtbot.waitUntil(form.category.hasFocus)
    QTest.keyClicks(form.category.lineEdit(), "bel")  # part of Möbel (keyClicks is ASCII-only)
    press(form.category.lineEdit(), Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is form.description
    QTest.keyClicks(form.description, "Kommode Eiche")
    press(form.description, Qt.Key.Key_Tab)  # condition
    press(QApplication.focusWidget(), Qt.Key.Key_Tab)  # price
    assert QApplication.focusWidget() is form.price
    QTest.keyClicks(form.price, "45,50")
    press(form.price, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(items(backend)) == 1)
    row = items(backend)[0]
    assert (row.description, row.category, row.price_cents) == ("Kommode Eiche", "Möbel", 4550)
    qtbot.waitUntil(lambda: form.description.text() == "" and form.price.text() == "")
    assert row.code in area.queue.codes
    assert "Gespeichert" in form.message.text()
    qtbot.waitUntil(lambda: area.table.table.rowCount() == 1)


def test_category_search_by_part_of_name(qtbot: QtBot, area: IntakeArea,
                                         backend: Backend) -> None:
    """Typing a unique part of a category name ('fahr') selects Fahrräder with its defaults."""
    QTest.keyClicks(area.form.category.lineEdit(), "fahr")
    assert area.form.selected_category() is not None
    assert area.form.selected_category().name == "Fahrräder"  # type: ignore[union-attr]
    assert "60,00" in area.form.price.placeholderText()
    area.form.save()
    qtbot.waitUntil(lambda: len(items(backend)) == 1)
    assert items(backend)[0].price_cents == 6000


def test_bad_price_keeps_the_form(qtbot: QtBot, area: IntakeArea, backend: Backend) -> None:
    """'12,5,0' shows the German message under the form and nothing is saved or lost."""
    QTest.keyClicks(area.form.category.lineEdit(), "Geschirr")
    type_into(qtbot, area.form.description, "Atlas")
    type_into(qtbot, area.form.price, "12,5,0")
    press(area.form.price, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "keine gültige Zahl" in area.form.message.text())
    assert items(backend) == []
    assert area.form.description.text() == "Atlas" and area.form.price.text() == "12,5,0"


def test_quantity_makes_several_labels(qtbot: QtBot, area: IntakeArea, backend: Backend) -> None:
    """Quantity 4 gives four codes in the print queue."""
    QTest.keyClicks(area.form.category.lineEdit(), "Geschirr")
    area.form.quantity.setValue(4)
    area.form.save()
    qtbot.waitUntil(lambda: len(area.queue.codes) == 4)
    assert len(items(backend)) == 4


def pass_safety_test(qtbot: QtBot, area: IntakeArea, values: tuple[str, str, str] = (
        "0,12", "250", "0,25")) -> None:
    """With the dialog of the selected item open: 'bestanden', visual check, the three
    values, Enter, and Enter again on the question."""
    dialog = area.active_dialog
    assert isinstance(dialog, SafetyTestDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.passed)
    key(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.passed.isChecked)  # a mnemonic clicks after a short animation
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.visual.isChecked)
    for field, text in zip((dialog.pe_resistance, dialog.insulation, dialog.leakage), values,
                           strict=True):
        key(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is field
        type_text(text)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.confirm_dialog is not None
                    and dialog.confirm_dialog.isVisible())
    confirm = dialog.confirm_dialog
    assert confirm is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is confirm.confirm_button)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def _take_toaster(qtbot: QtBot, area: IntakeArea, backend: Backend, volunteer: Actor) -> str:
    code = backend.call(volunteer, intake.take_in,
                        intake.IntakeInput(category="Elektrogeräte", description="Toaster"))[0].code
    area.table.refresh()
    qtbot.waitUntil(lambda: area.table.table.rowCount() == 1)
    area.table.select_code(code)
    area.table.table.setFocus()
    qtbot.waitUntil(area.table.table.hasFocus)
    return code


def test_safety_test_then_ready(qtbot: QtBot, area: IntakeArea, backend: Backend,
                                volunteer: Actor) -> None:
    """An electrical item: F6 is refused (an error in the message line) until a passed
    test is recorded with F7 in the dialog; then F6 makes it ready."""
    code = _take_toaster(qtbot, area, backend, volunteer)
    key(qtbot, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: "Sicherheitsprüfung" in area.message.text())
    assert area.message.kind == MessageKind.ERROR and area.message.text().startswith("✖")
    key(qtbot, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: isinstance(area.active_dialog, SafetyTestDialog))
    pass_safety_test(qtbot, area)
    qtbot.waitUntil(lambda: _last_test(backend, code) is not None)
    qtbot.waitUntil(lambda: area.message.kind == MessageKind.SUCCESS)
    assert "bestanden" in area.message.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is area.table.table)
    key(qtbot, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: items(backend)[0].status == "ready")
    qtbot.waitUntil(lambda: "1 Artikel verkaufsbereit" in area.message.text())


def test_safety_dialog_has_no_result_until_chosen(qtbot: QtBot, area: IntakeArea,
                                                  backend: Backend, volunteer: Actor) -> None:
    """Nothing is preselected: Enter asks for the result; a bad value names the field;
    Escape on the question goes back with nothing saved; Enter on it saves the values."""
    code = _take_toaster(qtbot, area, backend, volunteer)
    key(qtbot, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: isinstance(area.active_dialog, SafetyTestDialog))
    dialog = area.active_dialog
    assert isinstance(dialog, SafetyTestDialog)
    qtbot.waitExposed(dialog)
    assert not dialog.passed.isChecked() and not dialog.failed.isChecked()
    assert not dialog.visual.isChecked()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.passed)
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and "Ergebnis wählen" in dialog.message.text()
    key(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.passed.isChecked)
    assert dialog.message.text() == ""  # the situation is gone
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.visual.isChecked)
    for _ in range(3):
        key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.leakage
    type_text("0,2x")
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and "Ableitstrom" in dialog.message.text()
    dialog.leakage.selectAll()
    type_text("12")  # 12 mA: beyond the limit for a pass
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and "Grenzwert" in dialog.message.text()
    assert dialog.confirm_dialog is None
    dialog.leakage.selectAll()
    type_text("0,3")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.confirm_dialog is not None
                    and dialog.confirm_dialog.isVisible())
    confirm = dialog.confirm_dialog
    assert confirm is not None
    assert "Ableitstrom: 0,3 mA" in confirm.summary.text()
    assert "Schutzleiterwiderstand: nicht gemessen" in confirm.summary.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is confirm.confirm_button)
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not confirm.isVisible())
    assert dialog.isVisible() and _last_test(backend, code) is None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.passed)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.confirm_dialog is not None
                    and dialog.confirm_dialog.isVisible())
    again = dialog.confirm_dialog
    assert again is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is again.confirm_button)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _last_test(backend, code) is not None)
    test = _last_test(backend, code)
    assert isinstance(test, SafetyTest)
    assert (test.passed, test.visual_ok, test.pe_resistance_mohm, test.insulation_kohm,
            test.leakage_ua) == (True, True, None, None, 300)


def test_failed_safety_test_by_keyboard(qtbot: QtBot, area: IntakeArea, backend: Backend,
                                        volunteer: Actor) -> None:
    """Alt+N 'nicht bestanden' with a low insulation value: recorded, item to repair."""
    code = _take_toaster(qtbot, area, backend, volunteer)
    key(qtbot, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: isinstance(area.active_dialog, SafetyTestDialog))
    dialog = area.active_dialog
    assert isinstance(dialog, SafetyTestDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.passed)
    key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.failed.isChecked)
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.visual.isChecked)
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.insulation
    type_text("0,1")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.confirm_dialog is not None
                    and dialog.confirm_dialog.isVisible())
    assert "nicht bestanden" in dialog.confirm_dialog.question.text()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: dialog.confirm_dialog is not None
                    and QApplication.focusWidget() is dialog.confirm_dialog.confirm_button)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: items(backend)[0].status == "in_repair")
    test = _last_test(backend, code)
    assert isinstance(test, SafetyTest)
    assert not test.passed and test.insulation_kohm == 100


@pytest.mark.parametrize("clock", [datetime(2028, 2, 29, 23, 30, tzinfo=UTC)], indirect=True)
def test_safety_test_date_is_the_berlin_day(qtbot: QtBot, area: IntakeArea, backend: Backend,
                                            volunteer: Actor) -> None:
    """At 00:30 Berlin on 1 March (29 Feb in UTC) the test date defaults to 01.03.2028;
    Enter saves it as a test of that Berlin day."""
    code = _take_toaster(qtbot, area, backend, volunteer)
    dialog = area.open_safety_test()
    assert isinstance(dialog, SafetyTestDialog)
    qtbot.waitExposed(dialog)
    assert dialog.date.text() == "01.03.2028"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.passed)
    type_into(qtbot, dialog.device, "Benning ST 710")
    key(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.passed.isChecked)
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.visual.isChecked)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.confirm_dialog is not None
                    and QApplication.focusWidget() is dialog.confirm_dialog.confirm_button)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _last_test(backend, code) is not None)
    test = _last_test(backend, code)
    assert isinstance(test, SafetyTest)
    assert test.tested_at.astimezone(BERLIN).date() == date(2028, 3, 1)
    assert test.device_id == "Benning ST 710"


def _last_test(backend: Backend, code: str) -> object:
    with backend.read() as ctx:
        return lifecycle.last_safety_test(ctx, intake.get_item(ctx, code))


def test_save_labels_pdf_decodes(qtbot: QtBot, area: IntakeArea, backend: Backend,
                                 tmp_path: Path) -> None:
    """The queue writes a thermal PDF whose barcode decodes to the new item's code."""
    import subprocess
    QTest.keyClicks(area.form.category.lineEdit(), "Spielzeug")
    area.form.save()
    qtbot.waitUntil(lambda: len(area.queue.codes) == 1)
    code = area.queue.codes[0]
    area.queue.layout_choice.setCurrentIndex(area.queue.layout_choice.findData("thermal-57x32"))
    target = tmp_path / "labels.pdf"
    area.queue.write_pdf(target)
    qtbot.waitUntil(lambda: not area.queue.codes)
    subprocess.run(["pdftoppm", "-r", "203", "-png", str(target), str(tmp_path / "p")],
                   check=True)
    png = sorted(tmp_path.glob("p*.png"))[0]
    assert [b.text for b in zxingcpp.read_barcodes(Image.open(png))] == [code]
    assert items(backend)[0].label_printed


def test_volunteer_day_ten_items_sheet_and_roll(qtbot: QtBot, area: IntakeArea,
                                                backend: Backend, tmp_path: Path) -> None:
    """Ten mixed items (one electrical, safety-tested) on an A4 sheet and a thermal roll:
    every code on both PDFs decodes with zxing at the printer's resolution."""
    import subprocess

    from app.services.labels import labels

    plan = [("bel", "Kommode"), ("Geschirr", "Teller"), ("Spielzeug", "Puzzle"),
            ("Kleidung", "Jacke"), ("Werkzeug", "Hammer"), ("Lampen", "Stehlampe"),
            ("Geschirr", "Tassen"), ("Spielzeug", "Bausteine"), ("Werkzeug", "Zange"),
            ("Elektro", "Wasserkocher")]
    for typed, description in plan:
        line = area.form.category.lineEdit()
        assert line is not None
        line.clear()
        QTest.keyClicks(line, typed)
        area.form.description.setText(description)
        area.form.save()
        qtbot.waitUntil(lambda d=description: d in area.form.message.text())
    codes = list(area.queue.codes)
    assert len(codes) == 10
    kettle = next(r for r in items(backend) if r.description == "Wasserkocher")
    area.table.refresh()
    qtbot.waitUntil(lambda: area.table.table.rowCount() == 10)
    area.table.select_code(kettle.code)
    area.open_safety_test()
    pass_safety_test(qtbot, area)
    qtbot.waitUntil(lambda: _last_test(backend, kettle.code) is not None)
    for layout, dpi in (("a4-3x8", 300), ("thermal-57x32", 203)):
        pdf = tmp_path / f"{layout}.pdf"
        backend.call(area.session.actor, labels.write_labels, codes, layout, pdf)
        prefix = tmp_path / layout
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
        decoded = [b.text for png in sorted(tmp_path.glob(f"{layout}*.png"))
                   for b in zxingcpp.read_barcodes(Image.open(png))]
        assert sorted(decoded) == sorted(codes), layout


def test_escape_cancels_a_label_batch_and_keeps_the_queue(
        qtbot: QtBot, area: IntakeArea, backend: Backend, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A long batch shows its progress; Esc in the dialog stops it: no PDF, the labels
    stay queued and unprinted, and the volunteer is told calmly what happened."""
    import threading

    from app.services.labels import pdf as label_pdf

    for description in ("Teller", "Tassen", "Schalen"):
        line = area.form.category.lineEdit()
        assert line is not None
        line.clear()
        QTest.keyClicks(line, "Geschirr")
        area.form.description.setText(description)
        area.form.save()
        qtbot.waitUntil(lambda d=description: d in area.form.message.text())
    queued = list(area.queue.codes)
    gate = threading.Event()
    drawn = label_pdf.draw_label

    def slow_label(*args: object, **kwargs: object) -> None:
        gate.wait(10)  # a batch long enough for the dialog to appear
        drawn(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(label_pdf, "draw_label", slow_label)
    target = tmp_path / "etiketten.pdf"
    area.queue.write_pdf(target)
    run = area.queue.progress
    assert run is not None
    qtbot.waitUntil(lambda: run.dialog.isVisible()
                    and run.dialog.isAncestorOf(QApplication.focusWidget()), timeout=5000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert run.flag.cancelled
    gate.set()
    notifier = area.notifier  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: any("Abgebrochen" in text for text in notifier.infos))
    from PySide6.QtWidgets import QProgressDialog
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QProgressDialog) and w.isVisible()]
    assert not target.exists()
    assert list(tmp_path.glob("*etiketten*")) == []
    assert area.queue.codes == queued and not any(r.label_printed for r in items(backend))
