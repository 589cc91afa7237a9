"""The simulated receipt printer and the drawer behind the device protocols."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import DeviceError
from app.hardware.protocols import (
    CashDrawer,
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
