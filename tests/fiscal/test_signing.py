"""Signing around the till's commits: every record signed, failures never block a sale."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.db.models import AuditEntry, Sale, TseOutage, TseTransaction
from app.services.cash import closing as cash_closing
from app.services.cash import sessions as cash_sessions
from app.services.checkout import checkout, receipts, refunds
from app.services.checkout import receipt_text as layout
from app.services.fiscal import outages, qr
from app.services.fiscal.signing_flow import Signer
from app.services.fiscal.software_tse import SoftwareTse
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from tests.conftest import Clock
from tests.fiscal.broken_tse import BrokenTse
from tests.helpers.checkout import cart_with, take_in

pytestmark = pytest.mark.usefixtures("open_till")


def _row(backend: Backend, **where: int) -> TseTransaction:
    with backend.read() as ctx:
        column, value = next(iter(where.items()))
        row = ctx.session.scalar(select(TseTransaction).where(
            getattr(TseTransaction, column) == value))
    assert row is not None
    return row


def _sell(backend: Backend, volunteer: Actor, cashier: Actor, signer: Signer | None = None,
          clock: Clock | None = None) -> int:
    codes = take_in(backend, volunteer, price="4,00")
    cart = cart_with(backend, cashier, codes, (("Bücher", "2,50", 1),))
    if signer is not None:
        cart.tse_tx = signer.begin(backend, cart.tse_tx)
        if clock is not None:
            clock.advance(minutes=2)
    return backend.call(cashier, checkout.finish_sale, cart, [checkout.cash(1000)]).sale_id


def test_sale_is_signed_and_receipt_carries_every_field(
        backend: Backend, signing_till: Signer, volunteer: Actor, cashier: Actor,
        clock: Clock) -> None:
    """Start at the first line, finish at payment; the receipt's QR verifies."""
    sale_id = _sell(backend, volunteer, cashier, signing_till, clock)
    row = _row(backend, sale_id=sale_id)
    assert row.state == "finished" and row.start_time is not None and row.log_time is not None
    assert row.log_time - row.start_time == timedelta(minutes=2)
    receipt = backend.query(cashier, receipts.build, sale_id)
    text = layout.render_text(receipt)
    for label in ("TSE-Transaktion: ", "TSE-Start: ", "TSE-Ende: ", "Signaturzähler: ",
                  "TSE-Seriennr.: ", "Kassen-Seriennr.: KREISLAUF-S01",
                  "Sig.-Algorithmus: ecdsa-plain-SHA256", "Zeitformat: unixTime",
                  "Signatur: ", "Software-TSE – nicht zertifiziert"):
        assert label in text, label
    assert receipt.tse is not None and qr.verify(receipt.tse.qr_payload)
    assert receipt.tse.qr_payload.split(";")[3] == row.process_data


def test_unreachable_tse_never_blocks_a_sale(backend: Backend, software_tse: SoftwareTse,
                                             volunteer: Actor, cashier: Actor,
                                             clock: Clock) -> None:
    """The sale commits unsigned, the outage is kept with its reason, start and end."""
    broken = BrokenTse(software_tse)
    signer = Signer(broken)
    signer.attach(backend)
    broken.down = True
    sale_id = _sell(backend, volunteer, cashier, signer)
    row = _row(backend, sale_id=sale_id)
    assert row.state == "failed" and row.tx_number is None
    assert "nicht erreichbar" in row.error and len(row.error) <= 200
    text = layout.render_text(backend.query(cashier, receipts.build, sale_id))
    assert "TSE ausgefallen" in text and "TSE-Transaktion:" not in text
    clock.advance(hours=50)
    broken.down = False
    later = _sell(backend, volunteer, cashier, signer)
    assert _row(backend, sale_id=later).state == "finished"
    with backend.read() as ctx:
        outage = ctx.session.scalars(select(TseOutage)).one()
        assert outage.ended_at == clock.now and outage.reason == row.error
        views = outages.list_outages(ctx, timedelta(hours=48))
    assert views[0].unsigned == 1 and views[0].needs_report
    assert "dem Finanzamt melden" in views[0].text()


def test_failed_transaction_is_not_signed_afterwards(
        backend: Backend, software_tse: SoftwareTse, volunteer: Actor, cashier: Actor) -> None:
    """A recovery after the TSE returns leaves the failed receipt unsigned."""
    broken = BrokenTse(software_tse)
    signer = Signer(broken)
    signer.attach(backend)
    broken.down = True
    sale_id = _sell(backend, volunteer, cashier)
    broken.down = False
    signer.recover(backend)
    assert _row(backend, sale_id=sale_id).state == "failed"


@pytest.mark.usefixtures("live_till")
def test_cancel_refund_and_cash_events_are_signed(
        backend: Backend, signing_till: Signer, volunteer: Actor, cashier: Actor,
        manager: Actor) -> None:
    """Abort = AVBelegabbruch, refund negative, movements AVTransfer, Z SonstigerVorgang."""
    codes = take_in(backend, volunteer, price="4,00", quantity=2)
    cart = cart_with(backend, cashier, codes[:1])
    cart.tse_tx = signing_till.begin(backend, None)
    aborted = backend.call(cashier, checkout.cancel_sale, cart, "Kunde weg")
    row = _row(backend, sale_id=aborted.sale_id)
    assert (row.state, row.uuid) == ("cancelled", cart.tse_tx)
    assert row.process_data == "AVBelegabbruch^0.00_0.00_0.00_0.00_0.00^"
    sold = _sell(backend, volunteer, cashier)
    line = backend.query(cashier, refunds.load, sold).lines[0]
    refund = backend.call(cashier, refunds.refund, sold,
                          [refunds.RefundRequest(line.line_id, 1)])
    assert _row(backend, sale_id=refund.sale_id).process_data == (
        "Beleg^0.00_-4.00_0.00_0.00_0.00^-4.00:Bar")  # a book: the 7 % bucket
    moved = backend.call(manager, cash_sessions.record_movement, "withdrawal", 2000, "Bank")
    assert _row(backend, cash_movement_id=moved.movement_id).process_data == (
        "AVTransfer^0.00_0.00_0.00_0.00_-20.00^-20.00:Bar")
    with backend.read() as ctx:
        float_row = ctx.session.scalar(select(TseTransaction).where(
            TseTransaction.cash_session_id.is_not(None)))
    # The till was opened before the TSE was attached: its float is not signed.
    assert float_row is None
    z = backend.call(manager, cash_closing.close_session,
                     {5000: 2, 1000: 0}, "Zählung", 0)
    z_row = _row(backend, cash_closing_id=z.closing_id)
    assert (z_row.state, z_row.process_type) == ("finished", "SonstigerVorgang")
    opened = backend.call(manager, cash_sessions.open_session, float_cents=5000)
    f_row = _row(backend, cash_session_id=opened.session.id)
    assert f_row.process_data == "AVTransfer^0.00_0.00_0.00_0.00_50.00^50.00:Bar"


def test_recovery_resolves_what_a_crash_left(backend: Backend, signing_till: Signer,
                                             software_tse: SoftwareTse, volunteer: Actor,
                                             cashier: Actor) -> None:
    """Committed but unsigned -> finished; abandoned cart and unknown TSE tx -> cancelled."""
    backend.after_commit = None  # as if the till died right after each commit
    sale_id = _sell(backend, volunteer, cashier, signing_till)
    abandoned = signing_till.begin(backend, None)
    software_tse.start_transaction("not-in-the-till")
    assert _row(backend, sale_id=sale_id).state == "pending"
    report = signing_till.recover(backend)
    assert report.finished and set(report.cancelled) >= {abandoned, "not-in-the-till"}
    row = _row(backend, sale_id=sale_id)
    assert row.state == "finished" and row.recovered
    assert software_tse.open_transactions() == []
    with backend.read() as ctx:
        actions = list(ctx.session.scalars(select(AuditEntry.action).where(
            AuditEntry.action == "tse.recovered")))
    assert len(actions) == 3
    text = layout.render_text(backend.query(cashier, receipts.build, sale_id))
    assert "TSE-Transaktion" in text


def test_recovery_finds_a_finish_whose_answer_was_lost(
        backend: Backend, signing_till: Signer, software_tse: SoftwareTse, volunteer: Actor,
        cashier: Actor) -> None:
    """The TSE finished but the till never recorded it: the TSE's answer is taken."""
    backend.after_commit = None
    sale_id = _sell(backend, volunteer, cashier, signing_till)
    row = _row(backend, sale_id=sale_id)
    signed = software_tse.finish_transaction(row.uuid, row.process_type, row.process_data)
    signing_till.recover(backend)
    after = _row(backend, sale_id=sale_id)
    assert (after.state, after.signature, after.signature_counter) == (
        "finished", signed.signature, signed.signature_counter)


def test_clock_jump_backwards_is_logged(backend: Backend, signing_till: Signer,
                                        volunteer: Actor, cashier: Actor, clock: Clock) -> None:
    """A clock that runs back is audited; the TSE refuses to sign under that time."""
    _sell(backend, volunteer, cashier)
    clock.advance(hours=-3)
    sale_id = _sell(backend, volunteer, cashier)
    with backend.read() as ctx:
        entry = ctx.session.scalar(select(AuditEntry).where(
            AuditEntry.action == "clock.backwards"))
        assert entry is not None and ctx.session.get(Sale, sale_id) is not None
    row = _row(backend, sale_id=sale_id)
    assert row.state == "failed" and "zurückgesprungen" in row.error


def test_clock_behind_the_last_record_at_start_is_logged(
        backend: Backend, signing_till: Signer, software_tse: SoftwareTse, volunteer: Actor,
        cashier: Actor, clock: Clock) -> None:
    """A restart with the clock set back behind the last TSE record is audited at once."""
    _sell(backend, volunteer, cashier)
    clock.advance(hours=-1)
    restarted = Signer(software_tse)
    restarted.attach(backend)
    assert restarted.recover(backend).clock_backwards
    with backend.read() as ctx:
        entry = ctx.session.scalar(select(AuditEntry).where(
            AuditEntry.action == "clock.backwards"))
    assert entry is not None


def test_signed_sales_leave_no_handoff_behind(backend: Backend, signing_till: Signer,
                                              volunteer: Actor, cashier: Actor) -> None:
    """The facts handed to the signer after a commit live only for that call, also when
    the hook signs nothing (a crash-test child, an unwired signer)."""
    _sell(backend, volunteer, cashier, signing_till)
    assert backend.pending_facts == {}
    backend.after_commit = lambda _backend, _tx_ids: None
    _sell(backend, volunteer, cashier, signing_till)
    assert backend.pending_facts == {}
