"""The reason a refund was given travels with it: till record, outbox event, central server."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.db.models import OutboxEvent
from app.db.models import Sale as TillSale
from app.services.checkout import refunds
from app.sync_schema.payloads import SalePayload
from server.central import Sale as CentralSale
from tests.helpers.actors import actor
from tests.sync.live import LiveServer, make_till, register
from tests.sync.selling import sell, stock


def test_refund_reason_reaches_the_server(tmp_path: Path, live_server: LiveServer) -> None:
    """A refund with "Defekt – Kabel" keeps the reason as its note here and at the centre."""
    till = make_till(tmp_path, 1)
    register(till, live_server)
    sold_uuid = sell(till.backend, stock(till.backend, 1))
    with till.backend.read() as ctx:
        sale = ctx.session.scalars(select(TillSale).where(TillSale.uuid == sold_uuid)).one()
        line_id = refunds.load(ctx, sale.id).lines[0].line_id
    reason = "Defekt – Kabel gebrochen"
    result = till.backend.call(actor(till.backend, "kai"), refunds.refund, sale.id,
                               [refunds.RefundRequest(line_id)], "cash", "", reason)
    with till.backend.read() as ctx:
        assert ctx.session.get(TillSale, result.sale_id).note == reason  # type: ignore[union-attr]
        event = ctx.session.scalars(select(OutboxEvent).where(
            OutboxEvent.type == "refund.completed")).one()
    assert SalePayload.model_validate(event.payload).note == reason
    with till.client() as client:
        client.sync()
    with live_server.db.read() as session:
        central = session.scalars(select(CentralSale).where(CentralSale.kind == "refund")).one()
    assert central.note == reason
