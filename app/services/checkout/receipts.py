"""The receipt, built from the sale RECORD (never from the cart), for every use: the screen
preview, the printer and reprints. Layout and ESC/POS live in ``receipt_layout``.

Fields follow KassenSichV § 6: seller and address, tax number / VAT id, start and end
time, quantity and kind of each item, amounts with VAT per rate, and the TSE block
(``fiscal.receipt_tse``): every TSE field and the DSFinV-K QR code, or "TSE ausgefallen".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.db.models import Payment, Sale, SaleLine, Station, Store, User
from app.errors import NotFoundError
from app.services.catalog.vat import VAT_KINDS
from app.services.catalog.vat_totals import VatTotal, breakdown
from app.services.checkout import messages as msg
from app.services.checkout.scan_lookup import parse_receipt_code, receipt_code
from app.services.fiscal import receipt_tse
from app.services.fiscal.receipt_tse import TseData
from app.services.impact import figures as impact_figures
from app.services.impact import notes as impact_notes
from app.services.kernel.context import Ctx
from app.services.policy import store as policy
from app.services.policy.definitions import POLICY
from app.sync_schema.enums import SaleKind


@dataclass(frozen=True)
class ReceiptLine:
    position: int
    description: str
    quantity: int
    unit_price_cents: int
    discount_cents: int
    total_cents: int
    vat_letter: str
    item_code: str | None
    needs_reconciliation: bool


@dataclass(frozen=True)
class ReceiptPayment:
    method: str
    label: str
    amount_cents: int
    tendered_cents: int
    change_cents: int
    reference: str


@dataclass(frozen=True)
class Receipt:
    sale_id: int
    uuid: str
    kind: str
    store_name: str
    store_address: tuple[str, ...]
    tax_number: str
    vat_id: str
    station_number: int
    station_name: str
    receipt_number: int
    receipt_code: str
    started_at: datetime
    finished_at: datetime
    cashier: str
    lines: tuple[ReceiptLine, ...]
    vat_totals: tuple[VatTotal, ...]
    total_cents: int
    payments: tuple[ReceiptPayment, ...]
    change_cents: int
    note: str
    refers_to_receipt: int | None
    copy: bool = False
    tse: TseData | None = None
    demo: bool = False  # a demo till (``init --demo``): every receipt says so
    impact_note: str = ""  # "Mit diesem Kauf ca. 12,3 kg CO2e vermieden." (issue #16)

    @property
    def name(self) -> str:
        """File and log name, e.g. ``S01-00000042`` (``-KOPIE`` for a copy)."""
        return f"S{self.station_number:02d}-{self.receipt_number:08d}" + (
            f"-{msg.COPY}" if self.copy else "")


_HEAD = (
    select(Sale, Station.number, Station.name, Store, User.display_name, Station.demo)
    .join(Station, Station.id == Sale.station_id)
    .join(Store, Store.id == Station.store_id)
    .join(User, User.id == Sale.user_id)
)


def build(ctx: Ctx, sale_id: int, *, copy: bool = False, tse: TseData | None = None) -> Receipt:
    """The receipt of a recorded sale, refund or cancellation; ``copy`` marks a reprint."""
    row = ctx.session.execute(_HEAD.where(Sale.id == sale_id)).first()
    if row is None:
        raise NotFoundError(msg.SALE_NOT_FOUND.format(text=sale_id))
    sale, st_number, st_name, store, cashier, demo = row
    lines = ctx.session.scalars(select(SaleLine).where(SaleLine.sale_id == sale_id)
                                .order_by(SaleLine.position)).all()
    payments = ctx.session.scalars(select(Payment).where(Payment.sale_id == sale_id)
                                   .order_by(Payment.id)).all()
    refers = None
    if sale.refers_to_sale_id is not None:
        refers = ctx.session.scalar(select(Sale.receipt_number)
                                    .where(Sale.id == sale.refers_to_sale_id))
    counted = [] if sale.kind == SaleKind.CANCELLED else lines
    tse = tse if tse is not None else receipt_tse.for_sale(ctx, sale_id)
    note = ("" if sale.kind != SaleKind.SALE or (tse is not None and tse.training)
            or not policy.get(ctx, POLICY.receipt_impact_note)
            else impact_notes.receipt_note(impact_figures.for_sale(ctx, sale_id)))
    address = tuple(x for x in (store.street, f"{store.postcode} {store.city}".strip()) if x)
    return Receipt(
        sale_id=sale.id, uuid=sale.uuid, kind=sale.kind, store_name=store.name,
        store_address=address, tax_number=store.tax_number, vat_id=store.vat_id,
        station_number=st_number, station_name=st_name, receipt_number=sale.receipt_number,
        receipt_code=receipt_code(st_number, sale.receipt_number),
        started_at=sale.started_at, finished_at=sale.finished_at, cashier=cashier,
        lines=tuple(ReceiptLine(
            ln.position, ln.description, ln.quantity, ln.unit_price_cents, ln.discount_cents,
            ln.total_cents, VAT_KINDS[ln.vat_kind].letter, ln.item_code,
            ln.needs_reconciliation) for ln in lines),
        vat_totals=tuple(breakdown((ln.vat_kind, ln.total_cents) for ln in counted)),
        total_cents=sale.total_cents,
        payments=tuple(ReceiptPayment(p.method, msg.METHOD_LABELS.get(p.method, p.method),
                                      p.amount_cents, p.tendered_cents, p.change_cents,
                                      p.reference) for p in payments),
        change_cents=sum(p.change_cents for p in payments), note=sale.note,
        refers_to_receipt=refers, copy=copy,
        tse=tse, demo=bool(demo), impact_note=note,
    )


def find_sale_id(ctx: Ctx, text: str) -> int:
    """A sale of this station by receipt barcode (EAN-13) or receipt number."""
    value = text.strip()
    station = ctx.station
    assert station is not None
    parsed = parse_receipt_code(value)
    number: int | None = None
    if parsed is not None and parsed[0] == station.number:
        number = parsed[1]
    elif value.isdigit() and len(value) <= 8:
        number = int(value)
    sale_id = None if number is None else ctx.session.scalar(
        select(Sale.id).where(Sale.station_id == station.id, Sale.receipt_number == number))
    if sale_id is None:
        raise NotFoundError(msg.SALE_NOT_FOUND.format(text=value[:30]))
    return sale_id
