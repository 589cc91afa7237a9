"""The real ESC/POS driver on a pty: bytes on the wire, status answers, bad ports."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import serial

from app.errors import DeviceError
from app.hardware.escpos_printer import EscposPrinter, PrinterPort
from app.hardware.printer_status import PrintInterrupted
from app.hardware.protocols import (
    DrawerUncertain,
    PrinterDrawer,
    PrinterStatus,
    ReceiptJob,
    ReceiptPrinter,
)
from app.services.checkout import checkout
from app.services.checkout import flow as sale_flow
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from tests.hardware.escpos_tokens import parse
from tests.hardware.pty_devices import OK, FakePrinter, PtyPort
from tests.helpers.checkout import cart_with, counts, take_in
from tests.helpers.waiting import wait

pytestmark = pytest.mark.usefixtures("open_till")

PAPER_OUT = (0x1A, 0x32, 0x72)  # offline, stopped for paper end, paper out
COVER_OPEN = (0x1A, 0x16, 0x12)
NEAR_END = (0x12, 0x12, 0x1E)


def port(path: Path, **kwargs: object) -> PrinterPort:
    return PrinterPort(str(path), status_timeout=0.2, **kwargs)  # type: ignore[arg-type]


def devices(printer: EscposPrinter, **kwargs: object) -> sale_flow.TillDevices:
    return sale_flow.TillDevices(printer, PrinterDrawer(printer), **kwargs)  # type: ignore[arg-type]


def sell(backend: Backend, volunteer: Actor, cashier: Actor, till: sale_flow.TillDevices,
         cash: bool = True) -> sale_flow.SaleOutcome:
    codes = take_in(backend, volunteer, price="7,50", description="Bügeleisen „Öko“ für 7 €, groß")
    cart = cart_with(backend, cashier, codes)
    payment = checkout.cash(1000) if cash else checkout.card(750, "A1")
    return sale_flow.complete_sale(backend, cashier, cart, [payment], till)


def test_whole_sale_reaches_the_printer(fake_printer: FakePrinter, backend: Backend,
                                        volunteer: Actor, cashier: Actor) -> None:
    """Init, ESC t 19, umlauts and € (0xD5) in CP858, the cut, then the drawer pulse."""
    printer = EscposPrinter(port(fake_printer.path))
    assert isinstance(printer, ReceiptPrinter)
    outcome = sell(backend, volunteer, cashier, devices(printer))
    assert outcome.printed and outcome.drawer_opened and not outcome.problems
    data = fake_printer.wait_for(b"\x1bp")
    assert data.startswith(b"\x1b@\x1bt\x13")
    assert b"\xd5" in data and "€".encode("cp858") == b"\xd5"
    parsed = parse(data)
    assert parsed.args("ESC t") == [b"\x13"]
    assert 'Bügeleisen "Öko" für 7 €' in parsed.text  # curly quotes printed plain, not "?"
    assert "Rückgeld" in parsed.text and "Vielen Dank für Ihren Einkauf!" in parsed.text
    assert parsed.args("GS V") == [b"\x00"]
    assert parsed.args("ESC p") == [b"\x00\x32\x32"]
    assert parsed.names().index("GS V") < parsed.names().index("ESC p")
    assert parsed.barcodes == [outcome.sale.receipt_code]
    # Asked before and after the receipt, and again before and after the drawer kick.
    assert fake_printer.queries == [1, 4] * 4
    printer.close()


def test_code_page_table_and_partial_cut_are_configurable(
        fake_printer: FakePrinter, backend: Backend, volunteer: Actor, cashier: Actor) -> None:
    """CP1252 on table 16 sends ESC t 16, the € as 0x80, and a partial cut (GS V 1)."""
    printer = EscposPrinter(port(fake_printer.path, cut="partial"))
    outcome = sell(backend, volunteer, cashier,
                   devices(printer, codepage="CP1252", table=16, cut="partial"), cash=False)
    assert outcome.printed
    data = fake_printer.wait_for(b"\x1dV")
    parsed = parse(data, "cp1252")
    assert parsed.args("ESC t") == [b"\x10"] and b"\x80" in data
    assert "für 7 €" in parsed.text
    assert parsed.args("GS V") == [b"\x01"]
    printer.close()


@pytest.mark.parametrize(("answers", "words"), [
    (PAPER_OUT, "kein Papier mehr"),
    (COVER_OPEN, "Deckel"),
    ((0x1A, 0x12, 0x12), "antwortet nicht"),
    (None, "unbekannt"),
])
def test_bad_status_stops_printing_sale_stays(
        fake_printer: FakePrinter, backend: Backend, volunteer: Actor, cashier: Actor,
        answers: tuple[int, int, int] | None, words: str) -> None:
    """Paper out, cover open, offline or silence: German problem, sale kept, reprint works."""
    if answers is None:
        fake_printer.silent()
    else:
        fake_printer.set_paper(*answers)
    printer = EscposPrinter(port(fake_printer.path))
    started = time.monotonic()
    outcome = sell(backend, volunteer, cashier, devices(printer), cash=False)
    assert time.monotonic() - started < 5
    assert not outcome.printed and outcome.can_reprint
    assert words in " ".join(outcome.problems) and "gespeichert" in outcome.problems[0]
    assert counts(backend)["sale"] == 1  # the sale is committed
    assert b"\x1b@" not in fake_printer.printed()

    fake_printer.set_paper(OK, OK, OK)
    again = sale_flow.reprint(backend, cashier, outcome.sale.sale_id, devices(printer))
    assert again.printed and again.problem is None
    text = parse(fake_printer.wait_for(b"\x1dV")).text
    assert "*** KOPIE ***" in text and f"Bon-Nr. {outcome.sale.receipt_number}" in text
    printer.close()


def test_paper_near_end_prints_with_a_warning(fake_printer: FakePrinter, backend: Backend,
                                              volunteer: Actor, cashier: Actor) -> None:
    """Near the end of the roll the receipt prints and the outcome carries the warning."""
    fake_printer.set_paper(*NEAR_END)
    printer = EscposPrinter(port(fake_printer.path))
    outcome = sell(backend, volunteer, cashier, devices(printer), cash=False)
    assert outcome.printed and "geht zu Ende" in " ".join(outcome.warnings)
    printer.close()


def test_paper_running_out_during_the_job_asks_for_a_whole_copy(
        fake_printer: FakePrinter, backend: Backend, volunteer: Actor, cashier: Actor) -> None:
    """Status bad after the job: not counted as printed; the retry prints it whole as KOPIE."""
    fake_printer.after_cut = dict(zip((1, 2, 4), PAPER_OUT, strict=True))
    printer = EscposPrinter(port(fake_printer.path))
    asked: list[str] = []

    class Prompt:
        def ask_retry(self, message: str) -> bool:
            asked.append(message)
            fake_printer.set_paper(OK, OK, OK)  # the cashier put in a new roll
            return True

        def inform(self, message: str) -> None:
            pass

    till = devices(printer, prompt=Prompt())
    outcome = sell(backend, volunteer, cashier, till, cash=False)
    assert outcome.printed
    assert asked and "nicht vollständig" in asked[0] and "kein Papier" in asked[0]
    data = fake_printer.wait_for(b"KOPIE")
    first, second = data.split(b"\x1b@\x1bt")[1:]
    assert b"KOPIE" not in first and b"*** KOPIE ***" in second
    printer.close()


def test_missing_port_is_reported_in_german(tmp_path: Path, backend: Backend,
                                            volunteer: Actor, cashier: Actor) -> None:
    """A port that does not exist: German sentence, quickly, and the sale is kept."""
    printer = EscposPrinter(port(tmp_path / "ttyUSB9"))
    with pytest.raises(DeviceError, match="gibt es nicht"):
        printer.status()
    started = time.monotonic()
    outcome = sell(backend, volunteer, cashier, devices(printer))
    assert time.monotonic() - started < 3
    assert not outcome.printed and not outcome.drawer_opened
    assert "gibt es nicht" in " ".join(outcome.problems)
    assert outcome.warnings == ("Schublade vermutlich nicht geöffnet – bitte mit dem Schlüssel "
                                "öffnen.",)
    assert counts(backend)["sale"] == 1


def test_busy_port_is_reported_in_german(fake_printer: FakePrinter) -> None:
    """A port another program holds (exclusive lock) is 'belegt', not a traceback."""
    holder = serial.serial_for_url(str(fake_printer.path), exclusive=True)
    try:
        with pytest.raises(DeviceError, match="belegt"):
            EscposPrinter(port(fake_printer.path)).status()
    finally:
        holder.close()


def test_a_printer_that_takes_no_data_interrupts_the_job(tmp_path: Path) -> None:
    """Nobody reads the port: the write times out and the job counts as interrupted."""
    pair = PtyPort(tmp_path / "stuck")
    printer = EscposPrinter(PrinterPort(str(pair.path), baudrate=4_000_000,
                                        write_timeout=0.3, status_timeout=0.1))
    started = time.monotonic()
    with pytest.raises(PrintInterrupted, match="unterbrochen"):
        printer.print_job(ReceiptJob("big", "", b"x" * 150_000))
    assert time.monotonic() - started < 4
    printer.close()
    pair.close()


def test_printer_comes_back_after_the_port_reappears(tmp_path: Path) -> None:
    """After an unplug the next call reopens the port instead of failing forever."""
    first = FakePrinter(tmp_path / "p")
    printer = EscposPrinter(port(first.path))
    assert printer.status() == PrinterStatus.OK
    first.close()
    with pytest.raises(DeviceError):
        printer.status()
    second = FakePrinter(tmp_path / "p")
    try:
        assert printer.status() == PrinterStatus.OK
    finally:
        printer.close()
        second.close()


def test_slow_printer(fake_printer: FakePrinter) -> None:
    """An answer within the timeout counts; a later one is 'unknown' and never read as fresh."""
    printer = EscposPrinter(PrinterPort(str(fake_printer.path), status_timeout=0.3))
    fake_printer.delay = 0.1
    assert printer.status() == PrinterStatus.OK
    fake_printer.set_paper(*PAPER_OUT)
    fake_printer.delay = 0.5
    started, answered = time.monotonic(), fake_printer.answered
    assert printer.status() == PrinterStatus.UNKNOWN
    assert time.monotonic() - started < 1
    wait(lambda: fake_printer.answered == answered + 1)  # the late 'offline' byte is out
    fake_printer.delay = 0.0
    fake_printer.set_paper(OK, OK, OK)
    assert printer.status() == PrinterStatus.OK  # the stale byte was cleared first
    printer.close()


@pytest.mark.parametrize("state", [PrinterStatus.UNKNOWN, PrinterStatus.COVER_OPEN,
                                   PrinterStatus.OFFLINE])
def test_drawer_is_not_reported_open_when_the_printer_cannot_kick(
        fake_printer: FakePrinter, state: PrinterStatus) -> None:
    """Silent, offline or cover open: no kick bytes sent, 'vermutlich nicht geöffnet'."""
    fake_printer.set_state(state)
    printer = EscposPrinter(port(fake_printer.path))
    with pytest.raises(DrawerUncertain) as refused:
        PrinterDrawer(printer).open()
    assert refused.value.message == ("Schublade vermutlich nicht geöffnet – bitte mit dem "
                                     "Schlüssel öffnen.")
    assert b"\x1bp" not in fake_printer.printed() and fake_printer.queries[0] == 1
    printer.close()


def test_drawer_is_uncertain_when_the_printer_goes_silent_at_the_kick(
        fake_printer: FakePrinter) -> None:
    """The kick went out but the printer stopped answering: not reported as opened."""
    fake_printer.switch_on, fake_printer.after_cut = b"\x1bp", {}
    printer = EscposPrinter(port(fake_printer.path))
    with pytest.raises(DrawerUncertain, match="vermutlich nicht geöffnet"):
        PrinterDrawer(printer).open()
    assert parse(fake_printer.wait_for(b"\x1bp")).args("ESC p") == [b"\x00\x32\x32"]
    printer.close()


def test_drawer_opens_with_paper_out(fake_printer: FakePrinter) -> None:
    """Paper out stops the receipt, not the kick: the drawer counts as opened."""
    fake_printer.set_state(PrinterStatus.PAPER_OUT)
    printer = EscposPrinter(port(fake_printer.path))
    PrinterDrawer(printer).open()
    assert parse(fake_printer.wait_for(b"\x1bp")).args("ESC p") == [b"\x00\x32\x32"]
    printer.close()


def test_cash_sale_with_cover_open_warns_about_the_drawer(
        fake_printer: FakePrinter, backend: Backend, volunteer: Actor, cashier: Actor) -> None:
    """Cover open at a cash sale: not printed, the drawer not 'opened' but a warning."""
    fake_printer.set_state(PrinterStatus.COVER_OPEN)
    printer = EscposPrinter(port(fake_printer.path))
    outcome = sell(backend, volunteer, cashier, devices(printer))
    assert not outcome.printed and not outcome.drawer_opened
    assert len(outcome.problems) == 1 and "Deckel" in outcome.problems[0]
    assert outcome.warnings == ("Schublade vermutlich nicht geöffnet – bitte mit dem Schlüssel "
                                "öffnen.",)
    assert b"\x1bp" not in fake_printer.printed()
    printer.close()
