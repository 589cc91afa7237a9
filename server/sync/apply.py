"""Applying a batch of events to the central tables, inside the push transaction.

Items and sales (almost all traffic) are applied in memory first, with everything they
need fetched in a few queries up front, and written with a handful of multi-row
statements at ``flush``. Every check that can turn an event away (``Reject``) happens
before anything of that event is recorded, so a rejected event leaves no trace but its
quarantine row. The rarer types go one by one through ``apply_misc`` and
``apply_delivery``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from app.sync_schema import events
from app.sync_schema import payloads as p
from app.sync_schema.authority import ItemFacts, item_owner
from app.sync_schema.enums import ChangeKind, EventType, ItemStatus, SaleKind
from server.central import Conflict, Item, Payment, Sale, SaleLine
from server.sync import apply_delivery, apply_misc, authority
from server.sync.pending import Pending, Reject

# What the central ``sale_line`` keeps of a line (the till's own row ids stay there).
_LINE_COLUMNS = {"position", "item_code", "description", "quantity", "unit_price_cents",
                 "discount_cents", "total_cents", "vat_kind", "vat_rate_bp",
                 "needs_reconciliation"}
# The rarer types, applied one by one.
HANDLERS = {**apply_misc.HANDLERS, **apply_delivery.HANDLERS}
# Event types the central tables are built from; any other type is stored as it came.
APPLIED_TYPES = frozenset({EventType.ITEM_UPSERTED, *events.SALE_TYPES, *HANDLERS})


def parse(event_type: str, payload: dict[str, Any]) -> BaseModel | None:
    """The validated payload of an event type the server applies (``pydantic``'s
    ``ValidationError`` if it does not fit), or None for a type it only stores. A type it
    only stores is validated all the same: nothing malformed is stored as taken."""
    data = events.parse(event_type, payload)
    return data if event_type in APPLIED_TYPES else None
_UPDATE_ITEM = (
    update(Item).where(Item.code == bindparam("b_code"))
    .values(category=bindparam("category"), description=bindparam("description"),
            price_cents=bindparam("price_cents"), status=bindparam("status"),
            data=bindparam("data"), updated_at=bindparam("updated_at"))
)


@dataclass
class _ItemState:
    origin: int
    category: str
    description: str
    price_cents: int
    status: str
    data: dict[str, Any]
    new: bool
    dirty: bool = False

    def row(self, code: str, now: Any) -> dict[str, Any]:
        return {"code": code, "origin": self.origin, "category": self.category,
                "description": self.description, "price_cents": self.price_cents,
                "status": self.status, "data": self.data, "updated_at": now}


class BatchApplier:
    """Applies the events of one push; call ``apply`` per event, then ``flush`` once."""

    def __init__(self, session: Session, ctx: Pending,
                 events: list[tuple[str, BaseModel]]) -> None:
        self.session, self.ctx = session, ctx
        self.items: dict[str, _ItemState] = {}
        self.sales: list[dict[str, Any]] = []
        self.lines: list[dict[str, Any]] = []
        self.payments: list[dict[str, Any]] = []
        self.conflicts: list[dict[str, Any]] = []
        codes: set[str] = set()
        uuids: set[str] = set()
        receipts: set[int] = set()
        for _type, data in events:
            if isinstance(data, p.ItemPayload):
                codes.add(data.code)
            elif isinstance(data, p.SalePayload):
                uuids.add(data.uuid)
                receipts.add(data.receipt_number)
                if data.refers_to_uuid:
                    uuids.add(data.refers_to_uuid)
                codes.update(ln.item_code for ln in data.lines if ln.item_code)
        self._prefetch(codes, uuids, receipts)

    def _prefetch(self, codes: set[str], uuids: set[str], receipts: set[int]) -> None:
        s = self.session
        self.known_sales: set[str] = set(s.scalars(select(Sale.uuid).where(
            Sale.uuid.in_(uuids)))) if uuids else set()
        self.receipts: set[int] = set(s.scalars(select(Sale.receipt_number).where(
            Sale.station == self.ctx.station, Sale.receipt_number.in_(receipts)))
        ) if receipts else set()
        self.net_sold: dict[str, int] = {}
        self.last_sale: dict[str, tuple[str, int]] = {}
        if not codes:
            return
        columns = (Item.code, Item.origin, Item.category, Item.description, Item.price_cents,
                   Item.status, Item.data)
        for code, origin, category, description, price, status, data in s.execute(
                select(*columns).where(Item.code.in_(codes))):
            self.items[code] = _ItemState(origin, category, description, price, status, data,
                                          new=False)
        net = (select(SaleLine.item_code, func.sum(SaleLine.quantity))
               .join(Sale, Sale.uuid == SaleLine.sale_uuid)
               .where(SaleLine.item_code.in_(codes),
                      Sale.kind.in_((SaleKind.SALE.value, SaleKind.REFUND.value)))
               .group_by(SaleLine.item_code))
        self.net_sold = {str(code): int(total) for code, total in s.execute(net)}
        sold = (select(SaleLine.item_code, Sale.uuid, Sale.station)
                .join(Sale, Sale.uuid == SaleLine.sale_uuid)
                .where(SaleLine.item_code.in_(list(self.net_sold)),
                       Sale.kind == SaleKind.SALE.value)
                .order_by(Sale.finished_at))
        for code, uuid, station in s.execute(sold):
            self.last_sale[str(code)] = (uuid, station)

    def apply(self, event_id: str, event_type: str, data: BaseModel,
              raw: dict[str, Any]) -> None:
        if isinstance(data, p.ItemPayload):
            self._item(data, raw)
        elif isinstance(data, p.SalePayload):
            self._sale(event_id, data)
        else:
            HANDLERS[event_type](self.session, self.ctx, event_id, data, raw)

    def _item(self, data: p.ItemPayload, raw: dict[str, Any]) -> None:
        ctx = self.ctx
        state = self.items.get(data.code)
        sold_already = self.net_sold.get(data.code, 0) >= 1
        if state is not None and state.data == raw and state.status == data.status:
            return
        # Once sold, a known record is frozen; the owner's first record of an item sold
        # before it arrived is still taken (as sold), so the sale can be reconciled.
        frozen = state is not None and (sold_already or state.status == ItemStatus.SOLD)
        authority.item(ctx, data.code, ItemFacts(state.origin if state else None, frozen))
        sold = ItemStatus.SOLD
        status = sold if sold_already or (state and state.status == sold) else data.status
        if status != data.status:
            raw = {**raw, "status": status}  # a sale elsewhere wins over a stale record
        if state is None:
            origin = item_owner(data.code, None, ctx.station)
            state = self.items[data.code] = _ItemState(origin, "", "", 0, "", {}, True)
        state.category, state.description = data.category, data.description
        state.price_cents, state.status, state.data = data.price_cents, status, raw
        state.dirty = True
        ctx.change(ChangeKind.ITEM, data.code, raw, ctx.station)

    def _sale(self, event_id: str, data: p.SalePayload) -> None:
        ctx = self.ctx
        if data.station != ctx.station:
            raise Reject(f"Bon gehört zu Station {data.station}, gesendet von Station "
                         f"{ctx.station}")
        if data.uuid in self.known_sales:
            raise Reject(f"Bon {data.uuid} ist schon gespeichert (anderes Ereignis)")
        if data.receipt_number in self.receipts:
            raise Reject(f"Bonnummer {data.receipt_number} ist schon vergeben")
        refers = data.refers_to_uuid if data.kind == SaleKind.REFUND else None
        if refers is not None and refers not in self.known_sales:
            raise Reject(f"Unbekannter Bezug: ursprünglicher Bon {refers} fehlt in der Zentrale",
                         retry=True)
        self.known_sales.add(data.uuid)
        self.receipts.add(data.receipt_number)
        self.sales.append({
            "uuid": data.uuid, "station": ctx.station, "store_id": ctx.store_id,
            "receipt_number": data.receipt_number, "kind": data.kind,
            "user_name": data.user[:40], "started_at": data.started_at,
            "finished_at": data.finished_at, "total_cents": data.total_cents,
            "refers_to_uuid": refers, "note": data.note[:200], "event_id": event_id})
        self.lines.extend({"sale_uuid": data.uuid, **ln.model_dump(include=_LINE_COLUMNS)}
                          for ln in data.lines)
        self.payments.extend({"sale_uuid": data.uuid, "method": pay.method,
                              "amount_cents": pay.amount_cents} for pay in data.payments)
        if data.kind == SaleKind.CANCELLED:
            return
        for line in data.lines:
            if line.item_code is None:
                continue
            code = line.item_code
            if data.kind == SaleKind.SALE:
                if self.net_sold.get(code, 0) >= 1 and code in self.last_sale:
                    self._conflict(code, data.uuid, self.last_sale[code])
                self.last_sale[code] = (data.uuid, ctx.station)
                self._mark_sold(code)
            self.net_sold[code] = self.net_sold.get(code, 0) + line.quantity

    def _conflict(self, code: str, sale_uuid: str, other: tuple[str, int]) -> None:
        ctx = self.ctx
        row = {"item_code": code, "sale_uuid": sale_uuid, "station": ctx.station,
               "other_sale_uuid": other[0], "other_station": other[1],
               "detected_at": ctx.now}
        self.conflicts.append(row)
        ctx.change(ChangeKind.CONFLICT, f"{code}:{sale_uuid}",
                   {**row, "detected_at": ctx.now.isoformat()}, None)

    def _mark_sold(self, code: str) -> None:
        state = self.items.get(code)
        sold = ItemStatus.SOLD.value
        if state is None or state.status == sold:
            return
        state.status, state.data, state.dirty = sold, {**state.data, "status": sold}, True
        self.ctx.change(ChangeKind.ITEM, code, state.data, self.ctx.station)

    def flush(self) -> None:
        """Write what the batch collected, in a few multi-row statements."""
        # Core statements on the connection: the ORM's bulk path costs more than the SQL.
        conn, now = self.session.connection(), self.ctx.now
        new = [st.row(code, now) for code, st in self.items.items() if st.dirty and st.new]
        changed = [{**st.row(code, now), "b_code": code}
                   for code, st in self.items.items() if st.dirty and not st.new]
        if new:
            conn.execute(insert(Item), new)
        if changed:
            conn.execute(_UPDATE_ITEM, changed)
        if self.sales:
            conn.execute(insert(Sale), self.sales)
            conn.execute(insert(SaleLine), self.lines)
        if self.payments:
            conn.execute(insert(Payment), self.payments)
        if self.conflicts:
            conn.execute(insert(Conflict), self.conflicts)
        for st in self.items.values():
            st.new = st.new and not st.dirty
            st.dirty = False
        self.sales, self.lines, self.payments, self.conflicts = [], [], [], []
