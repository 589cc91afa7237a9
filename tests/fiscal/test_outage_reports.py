"""TSE outages where the manager looks: the X and Z reports (screen, paper, PDF, CSV) and
the Abschluss list, an outage longer than allowed flagged for reporting."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.models import TseOutage
from app.services.cash import closing as cash_closing
from app.services.cash import count as cash_count
from app.services.cash import sessions as cash_sessions
from app.services.checkout import checkout
from app.services.fiscal.signing_flow import Signer
from app.services.fiscal.software_tse import SoftwareTse
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.services.reports import csv_export, figures, pdf
from app.services.reports import receipt as report_receipt
from app.ui.closing.closing_area import ClosingArea
from tests.conftest import Clock
from tests.fiscal.broken_tse import BrokenTse
from tests.helpers.checkout import cart_with, take_in
from tests.helpers.ui_session import recording_session

pytestmark = pytest.mark.usefixtures("open_till")
REASON = "Die TSE ist nicht erreichbar (ConnectError)."


def _sell(backend: Backend, volunteer: Actor, cashier: Actor, signer: Signer) -> int:
    codes = take_in(backend, volunteer, price="4,00")
    cart = cart_with(backend, cashier, codes, ())
    cart.tse_tx = signer.begin(backend, cart.tse_tx)
    return backend.call(cashier, checkout.finish_sale, cart, [checkout.cash(500)]).sale_id


@pytest.fixture
def broken(backend: Backend, software_tse: SoftwareTse) -> tuple[BrokenTse, Signer]:
    tse = BrokenTse(software_tse)
    signer = Signer(tse)
    signer.attach(backend)
    return tse, signer


def _outage(backend: Backend, volunteer: Actor, cashier: Actor, clock: Clock,
            broken: tuple[BrokenTse, Signer], hours: int) -> None:
    """Two receipts sold while the TSE is down for ``hours``, then one signed again."""
    tse, signer = broken
    _sell(backend, volunteer, cashier, signer)
    tse.down = True
    clock.advance(minutes=10)
    _sell(backend, volunteer, cashier, signer)
    _sell(backend, volunteer, cashier, signer)
    clock.advance(hours=hours)
    tse.down = False
    _sell(backend, volunteer, cashier, signer)


def _pdf_text(data: bytes) -> str:
    return " ".join(" ".join((p.extract_text() or "").split())
                    for p in PdfReader(io.BytesIO(data)).pages)


def test_x_and_z_show_the_outage_on_screen_paper_pdf_and_csv(
        backend: Backend, broken: tuple[BrokenTse, Signer], volunteer: Actor,
        cashier: Actor, manager: Actor, clock: Clock) -> None:
    """A 50-hour outage: both reports list it with its unsigned receipts, flagged."""
    _outage(backend, volunteer, cashier, clock, broken, hours=50)
    x = backend.query(manager, figures.x_report)
    assert len(x.tse_outages) == 1
    row = x.tse_outages[0]
    assert row.unsigned == 2 and row.overdue and row.ended_at and row.reason == REASON
    paper = " ".join(" ".join(report_receipt.lines(x, 42)).split())
    assert "TSE-Ausfälle" in paper and "(2 Bons ohne Signatur)" in paper
    assert "MELDEPFLICHTIG" in paper
    session = backend.query(manager, cash_sessions.require_open_session)
    expected = backend.query(manager, cash_sessions.expected_cash, session.id)
    result = backend.call(manager, cash_closing.close_session, cash_count.greedy(expected),
                          "", 0)
    z = backend.query(manager, figures.z_report, result.closing_id)
    assert z.tse_outages == x.tse_outages
    assert backend.query(manager, figures.recompute_z, result.closing_id) == z
    text = _pdf_text(pdf.reports_pdf([z]))
    assert "TSE-Ausfälle" in text and "2 Bons ohne Signatur" in text
    assert "MELDEPFLICHTIG" in text
    csv = csv_export.reports_csv([z]).decode("utf-8")
    outage_rows = [ln for ln in csv.split("\r\n") if ";TSE-Ausfall;" in ln]
    assert len(outage_rows) == 1 and "MELDEPFLICHTIG" in outage_rows[0]


def test_short_outage_is_listed_but_not_flagged(
        backend: Backend, broken: tuple[BrokenTse, Signer], volunteer: Actor,
        cashier: Actor, manager: Actor, clock: Clock) -> None:
    """Two hours down: on the X, with its end, and no reporting flag."""
    _outage(backend, volunteer, cashier, clock, broken, hours=2)
    x = backend.query(manager, figures.x_report)
    assert [(o.unsigned, o.overdue, bool(o.ended_at)) for o in x.tse_outages] == [
        (2, False, True)]
    assert "MELDEPFLICHTIG" not in "\n".join(report_receipt.lines(x, 42))


def test_outage_still_open_at_the_z_stays_open_in_it(
        backend: Backend, broken: tuple[BrokenTse, Signer], volunteer: Actor,
        cashier: Actor, manager: Actor, clock: Clock) -> None:
    """An outage open at closing time is frozen as open; its later end changes no Z."""
    tse, signer = broken
    tse.down = True
    _sell(backend, volunteer, cashier, signer)
    clock.advance(hours=1)
    session = backend.query(manager, cash_sessions.require_open_session)
    expected = backend.query(manager, cash_sessions.expected_cash, session.id)
    closed = backend.call(manager, cash_closing.close_session, cash_count.greedy(expected),
                          "", 0)
    z = backend.query(manager, figures.z_report, closed.closing_id)
    assert [(o.unsigned, o.ended_at) for o in z.tse_outages] == [(1, "")]
    assert "noch nicht behoben" in " ".join(" ".join(report_receipt.lines(z, 48)).split())
    clock.advance(minutes=5)
    backend.call(manager, cash_sessions.open_session, float_cents=expected)
    tse.down = False
    _sell(backend, volunteer, cashier, signer)
    assert backend.query(manager, figures.recompute_z, closed.closing_id) == z


@pytest.fixture
def abschluss(qtbot: QtBot, backend: Backend, manager: Actor,
              tmp_path: Path) -> Iterator[ClosingArea]:
    state, _ = recording_session(backend, tmp_path)
    state.set_actor(manager)
    area = ClosingArea(backend, state)
    qtbot.addWidget(area)
    area.resize(1366, 768)
    area.show()
    qtbot.waitExposed(area)
    yield area
    state.ops.wait_for_done()


def test_abschluss_lists_outages_and_marks_one_reported(
        qtbot: QtBot, backend: Backend, broken: tuple[BrokenTse, Signer], volunteer: Actor,
        cashier: Actor, clock: Clock, abschluss: ClosingArea) -> None:
    """The manager sees the overdue outage; Alt+V marks it reported, the flag goes."""
    _outage(backend, volunteer, cashier, clock, broken, hours=50)
    abschluss.reload()
    qtbot.waitUntil(lambda: abschluss.outage_box.isVisible())
    text = abschluss.outage_list.text()
    assert "dem Finanzamt melden" in text and "2 Bons ohne Signatur" in text
    assert abschluss.report_button.isVisible()
    abschluss.activateWindow()
    abschluss.report_button.setFocus()
    QTest.keyClick(abschluss.focusWidget(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not abschluss.report_button.isVisible())
    assert "gemeldet" in abschluss.outage_list.text()
    with backend.read() as ctx:
        outage = ctx.session.scalars(select(TseOutage)).one()
    assert outage.reported and outage.reported_at == clock.now
