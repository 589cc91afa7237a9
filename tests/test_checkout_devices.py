"""The simulated receipt printer and the drawer behind the device protocols."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import DeviceError
from app.hardware.protocols import (
    CashDrawer,
    DrawerUncertain,
    OperatorPrompt,
    PrinterDrawer,
    PrinterStatus,
    ReceiptJob,
    ReceiptPrinter,
)
from app.hardware.simulated_printer import SimulatedPrinter

JOB = ReceiptJob("S01-00000001", "Bon 1\nSumme 1,00 €\n", b"\x1b@\x1bt\x13Bon 1\n\x1dV\x00")


def test_protocols_are_implemented(tmp_path: Path) -> None:
    """The simulated printer is a ReceiptPrinter; PrinterDrawer is a CashDrawer."""
    printer = SimulatedPrinter(tmp_path)
    assert isinstance(printer, ReceiptPrinter)
    assert isinstance(PrinterDrawer(printer), CashDrawer)

    class Prompt:
        def ask_retry(self, message: str) -> bool:
            return False

        def inform(self, message: str) -> None:
            pass

    assert isinstance(Prompt(), OperatorPrompt)


def test_each_job_becomes_a_text_and_a_bytes_file(tmp_path: Path) -> None:
    """Text in UTF-8 and the exact ESC/POS bytes, numbered, the last text kept for the UI."""
    printer = SimulatedPrinter(tmp_path / "bons")
    printer.print_job(JOB)
    printer.print_job(JOB)
    names = sorted(p.name for p in (tmp_path / "bons").iterdir())
    assert names == ["0001-S01-00000001.bin", "0001-S01-00000001.txt",
                     "0002-S01-00000001.bin", "0002-S01-00000001.txt"]
    assert (tmp_path / "bons" / "0002-S01-00000001.txt").read_text(encoding="utf-8") == JOB.text
    assert (tmp_path / "bons" / "0001-S01-00000001.bin").read_bytes() == JOB.escpos
    assert printer.last_text == JOB.text


def test_numbering_continues_after_a_restart(tmp_path: Path) -> None:
    """A new printer object on the same folder never overwrites earlier receipts."""
    SimulatedPrinter(tmp_path).print_job(JOB)
    again = SimulatedPrinter(tmp_path)
    again.print_job(JOB)
    assert again.files[0].name.startswith("0002-")


@pytest.mark.parametrize(("status", "words"), [
    (PrinterStatus.PAPER_OUT, "kein Papier mehr"),
    (PrinterStatus.COVER_OPEN, "Deckel"),
    (PrinterStatus.OFFLINE, "antwortet nicht"),
    (PrinterStatus.UNKNOWN, "unbekannt"),
])
def test_bad_status_refuses_to_print(tmp_path: Path, status: PrinterStatus, words: str) -> None:
    """In an error state nothing is written and the German reason is raised."""
    printer = SimulatedPrinter(tmp_path, status)
    with pytest.raises(DeviceError, match=words):
        printer.print_job(JOB)
    with pytest.raises(DeviceError, match=words):
        printer.cut()
    assert list(tmp_path.iterdir()) == [] and printer.last_text == ""


def test_paper_near_end_still_prints(tmp_path: Path) -> None:
    """Near the end of the roll the receipt prints; the status tells the UI to warn."""
    printer = SimulatedPrinter(tmp_path)
    printer.set_status("paper_near_end")
    printer.print_job(JOB)
    assert printer.status().can_print and len(printer.files) == 1


def test_drawer_opens_unless_printer_is_offline(tmp_path: Path) -> None:
    """The kick pulse goes through the printer; an offline printer cannot open it."""
    printer = SimulatedPrinter(tmp_path)
    drawer = PrinterDrawer(printer)
    drawer.open()
    assert printer.drawer_kicks == 1
    printer.set_status("offline")
    with pytest.raises(DeviceError, match="Schlüssel"):
        drawer.open()


def test_unwritable_folder_is_a_device_error(tmp_path: Path) -> None:
    """A folder that cannot be written gives a German device error, not an OSError."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DeviceError, match="kann nicht nach"):
        SimulatedPrinter(blocker / "bons").print_job(JOB)


@pytest.mark.parametrize(("state", "answers"), [
    (PrinterStatus.OK, {1: 0x12, 2: 0x12, 4: 0x12}),
    (PrinterStatus.PAPER_OUT, {1: 0x1A, 2: 0x32, 4: 0x72}),
    (PrinterStatus.COVER_OPEN, {1: 0x1A, 2: 0x16, 4: 0x12}),
    (PrinterStatus.UNKNOWN, {1: None, 2: None, 4: None}),
])
def test_simulated_printer_answers_dle_eot_like_a_real_one(
        tmp_path: Path, state: PrinterStatus, answers: dict[int, int | None]) -> None:
    """Each state answers DLE EOT 1/2/4 with a real printer's bytes (silent: nothing)."""
    printer = SimulatedPrinter(tmp_path, state)
    assert {n: printer.answer(n) for n in answers} == answers
    assert printer.status() == state


@pytest.mark.parametrize("state", ["unknown", "cover_open", "offline"])
def test_drawer_not_reported_open_when_the_printer_cannot_kick(tmp_path: Path,
                                                               state: str) -> None:
    """Silent, cover open or offline: no kick, 'Schublade vermutlich nicht geöffnet'."""
    printer = SimulatedPrinter(tmp_path)
    printer.set_status(state)
    with pytest.raises(DrawerUncertain, match=r"^Schublade vermutlich nicht geöffnet"):
        PrinterDrawer(printer).open()
    assert printer.drawer_kicks == 0


def test_drawer_opens_with_paper_out(tmp_path: Path) -> None:
    """Paper out stops printing, not the kick: the drawer opens."""
    printer = SimulatedPrinter(tmp_path, PrinterStatus.PAPER_OUT)
    PrinterDrawer(printer).open()
    assert printer.drawer_kicks == 1
