"""Training bookings (AVTraining) are no business: the X/Z, the month overview, the
expected cash and the DSFinV-K closing tables count the live bookings only, while the
training receipts stay in the single records and are shown apart on the report."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree
from pypdf import PdfReader
from sqlalchemy import select

from app.db.models import TseTransaction
from app.services.cash import closing as cash_closing
from app.services.cash import sessions as cash_sessions
from app.services.demo import store_facts
from app.services.fiscal import dsfinvk_export
from app.services.fiscal import mode as fiscal_mode
from app.services.fiscal.dsfinvk_schema import DTD_NAME
from app.services.fiscal.signing_flow import Signer
from app.services.kernel.backend import Backend
from app.services.kernel.context import SYSTEM, Actor
from app.services.reports import csv_export, figures, month, pdf
from app.services.reports import receipt as report_receipt
from app.services.reports.model import Report
from tests.conftest import Clock
from tests.fiscal.dsfinvk_helpers import add_category, amount, read_zip, rows
from tests.fiscal.test_dsfinvk_export import DETERMINISTIC, NON_DETERMINISTIC
from tests.helpers.cash import Line, refund_all, sell

FLOAT = 10_000
LIVE_VAT = {"normal": (1190, 1000, 190), "reduced": (1070, 1000, 70)}
LIVE_CASH_SALE, LIVE_CARD_SALE, LIVE_DEPOSIT = 1190, 1070, 500
EXPECTED = FLOAT + LIVE_CASH_SALE + LIVE_DEPOSIT  # 116,90 €
COUNTED = {5000: 2, 1000: 1, 500: 1, 100: 1, 50: 1, 20: 2}  # 116,90 €


@dataclass(frozen=True)
class MixedDay:
    closing_id: int
    training_sales: list[int]


def _switch(backend: Backend, manager: Actor, mode: fiscal_mode.Mode) -> None:
    backend.call(manager, fiscal_mode.set_mode, mode.value)


def _live_and_training(backend: Backend, manager: Actor, cashier: Actor,
                       clock: Clock) -> list[int]:
    """Live sales and a deposit, then training sales, a training refund and withdrawal."""
    add_category(backend, "Testware", "normal")
    add_category(backend, "Lebensmittel", "reduced")
    backend.call(SYSTEM, store_facts.fill_store_facts)
    _switch(backend, manager, fiscal_mode.Mode.LIVE)
    backend.call(manager, cash_sessions.open_session, float_cents=FLOAT)
    clock.advance(minutes=5)
    sell(backend, cashier, [Line("Testware", LIVE_CASH_SALE)])
    sell(backend, cashier, [Line("Lebensmittel", LIVE_CARD_SALE)], card=LIVE_CARD_SALE)
    backend.call(manager, cash_sessions.record_movement, "deposit", LIVE_DEPOSIT, "Wechselgeld")
    clock.advance(minutes=5)
    _switch(backend, manager, fiscal_mode.Mode.TRAINING)
    first = sell(backend, cashier, [Line("Testware", 5000)]).sale_id
    second = sell(backend, cashier, [Line("Lebensmittel", 2140)], card=2140).sale_id
    clock.advance(minutes=5)
    refund = refund_all(backend, manager, first)
    backend.call(manager, cash_sessions.record_movement, "withdrawal", 1000, "Übung")
    clock.advance(minutes=5)
    _switch(backend, manager, fiscal_mode.Mode.LIVE)
    return [first, second, refund]


@pytest.fixture
def mixed_day(backend: Backend, signing_till: Signer, manager: Actor, cashier: Actor,
              clock: Clock) -> MixedDay:
    clock.make_room(hours=8)
    training = _live_and_training(backend, manager, cashier, clock)
    clock.advance(hours=1)
    closed = backend.call(manager, cash_closing.close_session, COUNTED, "Zählung")
    return MixedDay(closed.closing_id, training)


def _assert_live_figures_only(report: Report) -> None:
    assert {v.kind: (v.gross_cents, v.net_cents, v.vat_cents) for v in report.vat} == LIVE_VAT
    assert (report.gross_cents, report.vat_cents, report.receipts) == (2260, 260, 2)
    assert {p.method: (p.count, p.amount_cents) for p in report.payments} == {
        "cash": (1, LIVE_CASH_SALE), "card": (1, LIVE_CARD_SALE)}
    assert report.refunds.count == 0
    assert [m.amount_cents for m in report.movements] == [LIVE_DEPOSIT]
    assert (report.cash.cash_sales_cents, report.cash.movements_cents,
            report.cash.expected_cents) == (LIVE_CASH_SALE, LIVE_DEPOSIT, EXPECTED)


def test_z_counts_live_bookings_only_and_shows_training_apart(
        backend: Backend, manager: Actor, mixed_day: MixedDay) -> None:
    """Z revenue, VAT, payments and expected cash are the live ones; training is a line."""
    with backend.read(manager) as ctx:
        stored = figures.z_report(ctx, mixed_day.closing_id)
        again = figures.recompute_z(ctx, mixed_day.closing_id)
    assert again == stored
    _assert_live_figures_only(stored)
    assert stored.cash.difference_cents == 0  # the drawer holds the live cash exactly
    t = stored.training
    assert (t.receipts, t.gross_cents, t.movements, t.movements_cents) == (3, 2140, 1, -1000)
    text = "\n".join(report_receipt.lines(stored, 48))
    assert "Trainingsbuchungen: 3 Bons, Summe 21,40 €, nicht im Umsatz" in " ".join(
        text.split())
    assert "Training-Kassenbewegungen: 1" in text
    assert "Trainingsbuchungen (nicht im Umsatz)" in csv_export.reports_csv([stored]).decode(
        "utf-8-sig")
    pages = PdfReader(io.BytesIO(pdf.reports_pdf([stored]))).pages
    assert "Trainingsbuchungen: 3 Bons" in "".join(p.extract_text() or "" for p in pages)


@pytest.mark.usefixtures("signing_till")
def test_x_and_expected_cash_leave_training_out_before_the_close(
        backend: Backend, manager: Actor, cashier: Actor, clock: Clock) -> None:
    """The open session's X and the cash count's expected amount ignore training."""
    clock.make_room(hours=8)
    _live_and_training(backend, manager, cashier, clock)
    x = backend.query(manager, figures.x_report)
    _assert_live_figures_only(x)
    assert x.training.receipts == 3
    preview = backend.query(manager, cash_closing.preview, COUNTED)
    assert (preview.expected_cents, preview.difference_cents) == (EXPECTED, 0)


def test_month_overview_counts_live_receipts_only(
        backend: Backend, manager: Actor, clock: Clock, mixed_day: MixedDay) -> None:
    """The month overview's turnover, receipts and payments leave the training out."""
    today = clock.today
    with backend.read(manager) as ctx:
        overview = month.month_overview(ctx, today.year, today.month)
    total = overview.total
    assert (total.receipts, total.gross_cents, total.cash_cents, total.card_cents) == (
        2, 2260, LIVE_CASH_SALE, LIVE_CARD_SALE)
    assert {k: v for k, v in total.vat.items()} == LIVE_VAT


def test_training_movement_is_signed_avtraining_and_keeps_the_expected_cash(
        backend: Backend, signing_till: Signer, manager: Actor) -> None:
    """In training a cash movement is an AVTraining receipt; the drawer's Soll stays."""
    backend.call(manager, cash_sessions.open_session, float_cents=FLOAT)
    moved = backend.call(manager, cash_sessions.record_movement, "withdrawal", 1000, "Übung")
    with backend.read() as ctx:
        row = ctx.session.scalar(select(TseTransaction).where(
            TseTransaction.cash_movement_id == moved.movement_id))
        expected = cash_sessions.expected_cash(ctx, moved.session_id)
    assert row is not None and (row.state, row.bon_typ) == ("finished", "AVTraining")
    assert row.process_data == "AVTraining^0.00_0.00_0.00_0.00_-10.00^-10.00:Bar"
    assert moved.expected_cash_cents == expected == FLOAT


def test_dsfinvk_closing_tables_equal_the_z_and_keep_training_records(
        backend: Backend, manager: Actor, clock: Clock, mixed_day: MixedDay,
        tmp_path: Path) -> None:
    """businesscases/payment = the Z; transactions.csv still holds the AVTraining receipts."""
    target = tmp_path / "mixed.zip"
    backend.query(manager, dsfinvk_export.export, clock.today, clock.today, target)
    files = read_zip(target)
    dtd_text = files[DTD_NAME].decode("utf-8").split("?>", 1)[1]
    dtd = etree.DTD(io.StringIO(dtd_text.replace(NON_DETERMINISTIC, DETERMINISTIC)))
    doc = etree.fromstring(files["index.xml"])
    assert dtd.validate(doc), dtd.error_log.filter_from_errors()
    with backend.read(manager) as ctx:
        z = figures.z_report(ctx, mixed_day.closing_id)
    cases = rows(files, "businesscases.csv")
    umsatz = {int(r["UST_SCHLUESSEL"]): (amount(r["Z_UMS_BRUTTO"]), amount(r["Z_UMS_NETTO"]),
                                         amount(r["Z_UST"]))
              for r in cases if r["GV_TYP"] == "Umsatz"}
    assert umsatz == {v.dsfinvk_key: (v.gross_cents, v.net_cents, v.vat_cents) for v in z.vat}
    cash_cases = {r["GV_TYP"]: amount(r["Z_UMS_BRUTTO"]) for r in cases
                  if r["GV_TYP"] != "Umsatz"}
    assert cash_cases == {"Anfangsbestand": FLOAT, "Einzahlung": LIVE_DEPOSIT}
    pay = {r["ZAHLART_TYP"]: amount(r["Z_ZAHLART_BETRAG"]) for r in rows(files, "payment.csv")}
    assert pay == {"Bar": z.cash.counted_cents, "Unbar": LIVE_CARD_SALE}
    currency = rows(files, "cash_per_currency.csv")
    assert [amount(r["ZAHLART_BETRAG_WAEH"]) for r in currency] == [z.cash.counted_cents]
    heads = rows(files, "transactions.csv")
    training = [r for r in heads if r["BON_TYP"] == "AVTraining"]
    assert len(training) == 4  # two sales, the refund and the withdrawal
    assert sorted(amount(r["UMS_BRUTTO"]) for r in training) == [-5000, -1000, 2140, 5000]
    tse = {r["BON_ID"]: r for r in rows(files, "transactions_tse.csv")}
    assert all(tse[r["BON_ID"]]["TSE_VORGANGSDATEN"].startswith("AVTraining^")
               for r in training)
    training_bons = {r["BON_ID"] for r in training}
    assert len({r["POS_ZEILE"] for r in rows(files, "lines.csv")
                if r["BON_ID"] in training_bons}) >= 1
