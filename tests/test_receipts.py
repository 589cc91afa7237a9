"""Receipts built from the record: text at 32/42/48 columns, ESC/POS, printing after commit."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import update

from app.db.models import Sale, Store
from app.errors import DeviceError
from app.hardware.protocols import PrinterDrawer, ReceiptPrinter
from app.hardware.simulated_printer import SimulatedPrinter
from app.services.catalog import categories as catalog
from app.services.catalog.categories import CategoryData
from app.services.checkout import cart as carts
from app.services.checkout import checkout, receipts
from app.services.checkout import flow as sale_flow
from app.services.checkout import receipt_text as receipt_layout
from app.services.checkout.checkout import card, cash
from app.services.checkout.flow import TillDevices
from app.services.kernel.backend import Backend
from app.services.kernel.clock import BERLIN
from app.services.kernel.context import Actor
from app.services.kernel.formatting import parse_cents
from tests.helpers.checkout import cart_with, counts, take_in
from tests.helpers.clock import Clock

pytestmark = pytest.mark.usefixtures("open_till")

LONG = "Kommode Eiche massiv mit drei Schubladen und Messinggriffen, restauriert"


def _sale(backend: Backend, volunteer: Actor, cashier: Actor, manager: Actor) -> int:
    with backend.write() as ctx:
        ctx.session.execute(update(Store).values(street="Möhnestraße 55", postcode="59755",
                                                 city="Arnsberg", tax_number="332/5751/1234",
                                                 vat_id="DE123456789"))
    backend.call(manager, catalog.save_category, CategoryData("Lebensmittel", "reduced", 100))
    backend.call(manager, catalog.save_category, CategoryData("Antiquitäten", "margin", 100))
    codes = take_in(backend, volunteer, category="Möbel", price="89,90", description=LONG)
    cart = cart_with(backend, cashier, codes, (("Kleidung", "2,50", 3), ("Lebensmittel", "1,07", 1),
                                               ("Antiquitäten", "20,00", 1)))
    return backend.call(cashier, checkout.finish_sale, cart, [cash(15000)]).sale_id


@pytest.fixture
def sale_id(backend: Backend, volunteer: Actor, cashier: Actor, manager: Actor) -> int:
    return _sale(backend, volunteer, cashier, manager)


def _amounts(text: str) -> list[int]:
    found = (parse_cents(x) for x in re.findall(r"-?\d+,\d\d", text))
    return [c for c in found if c is not None]


@pytest.mark.parametrize("width", [32, 42, 48])
def test_receipt_text_fits_and_says_everything(backend: Backend, cashier: Actor, sale_id: int,
                                               width: int, clock: Clock) -> None:
    """No line is wider than the paper, and the receipt carries every required field."""
    berlin = clock.now.astimezone(BERLIN)
    receipt = backend.query(cashier, receipts.build, sale_id)
    text = receipt_layout.render_text(receipt, width)
    assert max(len(line) for line in text.splitlines()) <= width
    for needed in ("Upcycling-Kaufhaus Arnsberg", "Möhnestraße 55", "59755 Arnsberg",
                   "St.-Nr. 332/5751/1234", "USt-IdNr. DE123456789", "Bon-Nr. 1", "Kasse 1",
                   "Datum", f"{berlin:%d.%m.%Y}", "Beginn", "Ende", f"{berlin:%H:%M:%S}",
                   "Kai Kasse",
                   "Keine TSE angeschlossen", receipt.receipt_code, "SUMME EUR", "Rückgeld",
                   "Kommode", "3 x 2,50", "§ 25a"):
        assert needed in " ".join(text.split()), needed
    assert "KOPIE" not in text


@pytest.mark.parametrize("width", [32, 42, 48])
def test_vat_table_adds_up(backend: Backend, cashier: Actor, sale_id: int, width: int) -> None:
    """Each VAT row: net + VAT = gross; gross over all rows (and margin) = total."""
    receipt = backend.query(cashier, receipts.build, sale_id)
    rows = {t.letter: t for t in receipt.vat_totals}
    assert set(rows) == {"A", "B", "D"}
    assert rows["A"].gross_cents == 8990 + 750 and rows["A"].vat_cents == 1555
    assert rows["B"].vat_cents == 7 and rows["D"].vat_cents == 0
    assert sum(t.gross_cents for t in receipt.vat_totals) == receipt.total_cents
    text = receipt_layout.render_text(receipt, width)
    a_line = next(ln for ln in text.splitlines() if ln.startswith("A 19%"))
    net, vat, gross = _amounts(a_line)
    assert net + vat == gross == rows["A"].gross_cents


def test_long_descriptions_wrap_with_amounts_right(backend: Backend, cashier: Actor,
                                                   sale_id: int) -> None:
    """A long description wraps; its amount and VAT letter end the first line."""
    receipt = backend.query(cashier, receipts.build, sale_id)
    lines = receipt_layout.render_text(receipt, 32).splitlines()
    first = next(i for i, ln in enumerate(lines) if ln.startswith("Kommode"))
    assert lines[first].endswith("89,90 A") and len(lines[first]) == 32
    assert "Messinggriffen" in " ".join(lines[first:first + 4])


def test_reprint_is_marked_as_copy(backend: Backend, cashier: Actor, sale_id: int) -> None:
    """A reprint is rebuilt from the record and marked KOPIE."""
    original = receipt_layout.render_text(backend.query(cashier, receipts.build, sale_id))
    copy = receipt_layout.render_text(backend.query(cashier, receipts.build, sale_id, copy=True))
    assert copy.count("*** KOPIE ***") == 2
    assert copy.replace("*** KOPIE ***", "").split() == original.split()


def test_escpos_bytes(backend: Backend, cashier: Actor, sale_id: int) -> None:
    """Init then CP858, euro and umlauts in CP858, bold total, EAN-13, cut, optional kick."""
    receipt = backend.query(cashier, receipts.build, sale_id)
    data = receipt_layout.render_escpos(receipt, 42, drawer_kick=True)
    assert data.startswith(b"\x1b@\x1bt\x13")
    assert "Möhnestraße".encode("cp858") in data
    assert b"\x1dk" in data and receipt.receipt_code.encode() in data  # GS k: barcode
    assert b"\x1dV" in data  # GS V: cut
    assert data.endswith(b"\x1bp\x00\x32\x32") or b"\x1bp" in data[-8:]  # ESC p: drawer
    assert b"\x1bp" not in receipt_layout.render_escpos(receipt, 42)


def test_cancelled_receipt(backend: Backend, cashier: Actor) -> None:
    """A cancelled sale prints as aborted with total 0 and no VAT rows."""
    cart = cart_with(backend, cashier, [], (("Bücher", "1,00", 1),))
    result = backend.call(cashier, checkout.cancel_sale, cart, "Kunde ging")
    text = receipt_layout.render_text(backend.query(cashier, receipts.build, result.sale_id))
    assert "BON ABGEBROCHEN" in text and "Kunde ging" in text
    assert re.search(r"SUMME EUR\s+0,00", text) and "Netto" not in text
    assert "Vielen Dank" not in text  # nothing was bought (issue 12)


def _devices(tmp_path: Path, status: str = "ok") -> tuple[SimulatedPrinter, TillDevices]:
    printer = SimulatedPrinter(tmp_path / "bons")
    printer.set_status(status)
    return printer, TillDevices(printer, PrinterDrawer(printer), width=42)


def test_simulated_printer_gets_the_receipt_after_commit(backend: Backend, cashier: Actor,
                                                         tmp_path: Path) -> None:
    """A cash sale prints a text and an ESC/POS file and opens the drawer."""
    printer, devices = _devices(tmp_path)
    assert isinstance(printer, ReceiptPrinter)
    cart = cart_with(backend, cashier, [], (("Bücher", "1,00", 2),))
    outcome = sale_flow.complete_sale(backend, cashier, cart, [cash(500)], devices)
    assert outcome.printed and outcome.drawer_opened and outcome.problems == ()
    [text_file] = printer.files
    assert text_file.read_text(encoding="utf-8") == printer.last_text == outcome.receipt_text
    assert "Rückgeld" in printer.last_text and text_file.with_suffix(".bin").stat().st_size > 100
    assert printer.drawer_kicks == 1


def test_card_sale_does_not_open_the_drawer(backend: Backend, cashier: Actor,
                                            tmp_path: Path) -> None:
    """Card only: receipt printed, drawer stays shut."""
    printer, devices = _devices(tmp_path)
    cart = cart_with(backend, cashier, [], (("Bücher", "1,00", 1),))
    outcome = sale_flow.complete_sale(backend, cashier, cart, [card(100, "77")], devices)
    assert outcome.printed and not outcome.drawer_opened and printer.drawer_kicks == 0


@pytest.mark.parametrize(("status", "words"), [
    ("paper_out", "kein Papier"),
    ("cover_open", "Deckel"),
    ("offline", "antwortet nicht"),
])
def test_failing_printer_leaves_the_sale_committed(backend: Backend, cashier: Actor,
                                                   tmp_path: Path, status: str,
                                                   words: str) -> None:
    """The sale is saved although printing failed; the outcome says why and offers reprint."""
    printer, devices = _devices(tmp_path, status)
    cart = cart_with(backend, cashier, [], (("Bücher", "1,00", 1),))
    before = counts(backend)
    outcome = sale_flow.complete_sale(backend, cashier, cart, [cash(100)], devices)
    assert counts(backend)["sale"] == before["sale"] + 1
    assert not outcome.printed and outcome.can_reprint
    assert "gespeichert" in outcome.problems[0] and words in outcome.problems[0]
    assert printer.files == [] and "SUMME" in outcome.receipt_text
    printer.set_status("ok")
    again = sale_flow.reprint(backend, cashier, outcome.sale.sale_id, devices)
    assert again.printed and "KOPIE" in printer.last_text


def test_drawer_failure_is_reported(backend: Backend, cashier: Actor, tmp_path: Path) -> None:
    """A drawer that does not open is reported; the sale and the receipt are fine."""
    class StuckDrawer:
        def open(self) -> None:
            raise DeviceError("Schublade klemmt")

    _, devices = _devices(tmp_path)
    devices.drawer = StuckDrawer()
    cart = cart_with(backend, cashier, [], (("Bücher", "1,00", 1),))
    outcome = sale_flow.complete_sale(backend, cashier, cart, [cash(100)], devices)
    assert outcome.printed and not outcome.drawer_opened
    assert outcome.problems == ("Der Verkauf ist gespeichert, aber die Schublade ging nicht auf: "
                                "Schublade klemmt",)


def test_unexpected_printer_error_never_escapes(backend: Backend, cashier: Actor,
                                                tmp_path: Path) -> None:
    """A printer driver bug is logged; the caller gets a German problem, not a traceback."""
    printer, devices = _devices(tmp_path)

    def boom(job: object) -> None:
        raise OSError("usb gone")

    printer.print_job = boom  # type: ignore[method-assign]
    cart = cart_with(backend, cashier, [], (("Bücher", "1,00", 1),))
    outcome = sale_flow.complete_sale(backend, cashier, cart, [cash(100)], devices)
    assert not outcome.printed and "unerwarteter Gerätefehler" in outcome.problems[0]


def test_operator_prompt_retry_prints(backend: Backend, cashier: Actor, tmp_path: Path) -> None:
    """Paper out: the prompt asks, the operator changes the roll and says yes; it prints."""
    printer, devices = _devices(tmp_path, "paper_out")
    asked: list[str] = []

    class Prompt:
        def ask_retry(self, message: str) -> bool:
            asked.append(message)
            printer.set_status("paper_near_end")
            return True

        def inform(self, message: str) -> None:
            asked.append(message)

    devices.prompt = Prompt()
    cart = cart_with(backend, cashier, [], (("Bücher", "1,00", 1),))
    outcome = sale_flow.complete_sale(backend, cashier, cart, [cash(100)], devices)
    assert outcome.printed and len(asked) == 1 and "kein Papier" in asked[0]
    assert outcome.warnings and "geht zu Ende" in outcome.warnings[0]


def test_bad_input_raises_before_anything_is_saved(backend: Backend, cashier: Actor,
                                                   tmp_path: Path) -> None:
    """Paying too little raises the German error and neither saves nor prints."""
    printer, devices = _devices(tmp_path)
    cart = cart_with(backend, cashier, [], (("Bücher", "5,00", 1),))
    before = counts(backend)
    with pytest.raises(Exception, match="Es fehlen noch 1,00"):
        sale_flow.complete_sale(backend, cashier, cart, [cash(400)], devices)
    assert counts(backend) == before and printer.files == []


def test_receipt_of_unknown_sale(backend: Backend, cashier: Actor) -> None:
    """Asking for a receipt that does not exist says so in German."""
    with pytest.raises(Exception, match="Keinen Bon"):
        backend.query(cashier, receipts.build, 999)


def test_wide_amounts_still_fit_32_columns(backend: Backend, cashier: Actor) -> None:
    """Large sums switch the VAT table to stacked rows rather than overflow 32 columns."""
    cart = carts.Cart()
    for _ in range(9):
        backend.query(cashier, carts.add_category, cart, 1, "999,99", 99)
    result = backend.call(cashier, checkout.finish_sale, cart, [card(cart.total_cents)])
    text = receipt_layout.render_text(backend.query(cashier, receipts.build, result.sale_id), 32)
    assert max(len(ln) for ln in text.splitlines()) <= 32
    assert "A 19% Brutto" in text
    with backend.read() as ctx:
        assert ctx.session.get(Sale, result.sale_id) is not None


@pytest.mark.parametrize(("status", "question"), [
    ("paper_out", "Der Bondrucker hat kein Papier mehr. Papier einlegen und erneut drucken?"),
    ("cover_open", "Der Deckel des Bondruckers ist offen. Deckel schließen und erneut drucken?"),
    ("offline", "Der Bondrucker ist nicht bereit. Kabel und Strom prüfen und erneut drucken?"),
    ("unknown", "Der Bondrucker antwortet nicht. Kabel und Strom prüfen und erneut drucken?"),
])
def test_operator_prompt_question_fits_the_failure(backend: Backend, cashier: Actor,
                                                   tmp_path: Path, status: str,
                                                   question: str) -> None:
    """The prompt asks the question for what the printer said; "Nein" keeps the sale."""
    printer, devices = _devices(tmp_path, status)
    asked: list[str] = []

    class Prompt:
        def ask_retry(self, message: str) -> bool:
            asked.append(message)
            return False

        def inform(self, message: str) -> None:
            asked.append(message)

    devices.prompt = Prompt()
    cart = cart_with(backend, cashier, [], (("Bücher", "1,00", 1),))
    outcome = sale_flow.complete_sale(backend, cashier, cart, [cash(100)], devices)
    assert asked == [question]
    assert not outcome.printed and counts(backend)["sale"] == 1 and printer.files == []
