"""Every dialog of the till, built with the data it shows at the counter, by name.

The mnemonic and the layout tests both go through ``DIALOGS``, so a new dialog added
here is checked for shared Alt-letters and for cut-off text in German and English.
Log a user in first: some dialogs load their rows for the session's user.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QDialog

from app.services.catalog.categories import CategoryInfo, list_categories
from app.services.checkout import messages as checkout_msg
from app.services.checkout.parking import ParkedView
from app.services.delivery import orders
from app.services.delivery.counter import SaleGoods
from app.services.delivery.model import LoadLine, OrderView, Point
from app.services.delivery.orders import LineInput, OrderInput
from app.services.intake.item_list import ItemRow
from app.services.intake.messages import STATUS_LABELS
from app.services.kernel.formatting import format_cents
from app.sync_schema.enums import DeliveryKind, DeliveryStatus, ItemStatus, MaterialStream
from app.ui.checkout.checkout_dialogs import (
    ApprovalDialog,
    CategoryPriceDialog,
    ParkedDialog,
    UnknownCodeDialog,
)
from app.ui.checkout.item_search_dialog import ItemSearchDialog
from app.ui.checkout.payment_dialog import PaymentDialog
from app.ui.checkout.returns_dialogs import JournalDialog, ReturnDialog
from app.ui.checkout.simulated_scan_dialog import SimulatedScanDialog
from app.ui.closing.dsfinvk_export_dialog import DsfinvkExportDialog
from app.ui.delivery.delivery_dialog import DeliveryDialog
from app.ui.delivery.dispatch_dialog import DispatchDialog
from app.ui.delivery.status_dialog import StatusDialog
from app.ui.impact.factors_dialog import FactorsDialog
from app.ui.impact.impact_dialog import ImpactDialog
from app.ui.intake.repair_dialogs import HoursDialog, RepairRecordDialog
from app.ui.intake.workshop_dialogs import (
    ItemEditDialog,
    RecycleDialog,
    RepairNoteDialog,
    SafetyTestDialog,
)
from app.ui.kit.confirm import ConfirmDialog
from app.ui.settings.pin_reset_dialog import PinResetDialog
from app.ui.settings.register_dialog import RegisterDialog
from app.ui.shell.login_dialog import LoginDialog
from app.ui.shell.session import SessionState

BERLIN = ZoneInfo("Europe/Berlin")


def _categories(session: SessionState) -> list[CategoryInfo]:
    with session.ops.backend.read() as ctx:
        return list_categories(ctx)


def _item(session: SessionState) -> ItemRow:
    """A long-described electrical item, as the Annahme list hands it to its dialogs."""
    received = datetime(2026, 3, 2, 10, 15, tzinfo=BERLIN)
    return ItemRow(code="K1-000123", description="Kaffeevollautomat mit Milchaufschäumer",
                   condition="gut", category=_categories(session)[0].name, status="ready",
                   status_label=STATUS_LABELS[ItemStatus.READY],
                   price_cents=4_500, current_cents=4_500,
                   markdown_percent=0, weight_g=8_400, received_at=received, age_days=3,
                   label_printed=True, electrical=True, location="Regal 4, Fach 2")


def _parked() -> list[ParkedView]:
    start = datetime(2026, 3, 2, 11, 5, tzinfo=BERLIN)
    return [ParkedView(1, "Frau mit Kinderwagen, holt Geldbeutel", start, "Kai Kasse", 3, 2_450),
            ParkedView(2, "", start + timedelta(minutes=12), "Maria Leitung", 12, 18_990)]


def _change_pin(session: SessionState) -> QDialog:
    dialog = LoginDialog(session)
    dialog.pages.setCurrentIndex(1)
    return dialog


def _approval(_session: SessionState) -> QDialog:
    return ApprovalDialog(checkout_msg.DISCOUNT_NEEDS_APPROVAL.format(
        percent=30, amount=format_cents(2_000)))


def _confirm(_session: SessionState) -> QDialog:
    return ConfirmDialog("Tagesabschluss", "Z-Bericht Nr. 1 jetzt erstellen?",
                         "Z-Bericht erstellen (Enter)", "Verkäufe: 3")


def _goods() -> SaleGoods:
    """A sale as the Kasse hands it to the delivery dialog: long names, an unknown weight."""
    return SaleGoods(1, 4711, (
        LoadLine("Kommode Eiche, 3 Schubladen, mit Aufsatz und Spiegel", 1, 29_810, 600),
        LoadLine("Stehlampe Messing", 2, 2_680, 40), LoadLine("Krimskrams", 1, 0, 5)))


def _dispatch(session: SessionState) -> QDialog:
    """Lieferungen of a day with a planned pick-up and one too far out for any trip."""
    today = session.today()
    for name, point, start, end in (("Jan Spender", "51,4050 8,0600", "14:00", "16:00"),
                                    ("Fern Weh", "51,6000 8,0644", "17:00", "18:00")):
        session.ops.backend.call(session.actor, orders.book, OrderInput(
            kind=DeliveryKind.PICKUP, day=today, window_from=start, window_to=end, name=name,
            street="Marktplatz 12", postcode="59821", city="Arnsberg", coordinates=point,
            phone="02931 12345", lines=(LineInput("Kommode Eiche", 1, "30", "400"),)))
    return DispatchDialog(session, today)


def _order() -> OrderView:
    start = datetime(2026, 3, 2, 14, tzinfo=BERLIN)
    return OrderView(
        number="L01-000123", kind=DeliveryKind.DELIVERY, status=DeliveryStatus.PLANNED,
        day=date(2026, 3, 2), window_start=start, window_end=start + timedelta(hours=2),
        name="Erika Muster", street="Marktplatz 12", postcode="59821", city="Arnsberg",
        phone="", notes="", point=Point(51_405_000, 8_060_000), lines=(), fee_label="",
        fee_cents=0, trips=1)


DIALOGS: dict[str, Callable[[SessionState], QDialog]] = {
    "login": LoginDialog,
    "login-switch": lambda s: LoginDialog(s, switching=True),
    "change-pin": _change_pin,
    "pin-reset": lambda _s: PinResetDialog("Kai Kasse"),
    "confirm": _confirm,
    "dsfinvk-export": lambda _s: DsfinvkExportDialog(date(2026, 3, 2)),
    "payment": lambda _s: PaymentDialog(2_600),
    "payment-card-limit": lambda _s: PaymentDialog(26_000, card_max_cents=25_000),
    "unknown-code": lambda s: UnknownCodeDialog("K2-004711", _categories(s)),
    "category-price": lambda s: CategoryPriceDialog(_categories(s)[0], quantity=3),
    "approval": _approval,
    "parked": lambda _s: ParkedDialog(_parked()),
    "item-search": ItemSearchDialog,
    "simulated-scan": lambda s: SimulatedScanDialog(s, lambda _code: None),
    "return": ReturnDialog,
    "journal": JournalDialog,
    "item-edit": lambda s: ItemEditDialog(_item(s)),
    "safety-test": lambda s: SafetyTestDialog("K1-000123", "Maria Leitung", date(2026, 3, 2)),
    "repair-note": lambda _s: RepairNoteDialog("K1-000123"),
    "recycle": lambda s: RecycleDialog(_item(s), MaterialStream.WEEE),
    "repair-record": lambda _s: RepairRecordDialog("K1-000123", date(2026, 3, 2)),
    "hours": lambda _s: HoursDialog("vera", date(2026, 3, 2)),
    "register": RegisterDialog,
    "impact": lambda s: ImpactDialog(s, date(2026, 3, 2)),
    "impact_factors": lambda s: FactorsDialog(s),
    "delivery": lambda s: DeliveryDialog(s, DeliveryKind.DELIVERY, goods=_goods()),
    "pickup": lambda s: DeliveryDialog(s, DeliveryKind.PICKUP),
    "dispatch": _dispatch,
    "delivery-done": lambda _s: StatusDialog(_order(), DeliveryStatus.DELIVERED,
                                             date(2026, 3, 2)),
    "delivery-moved": lambda _s: StatusDialog(_order(), DeliveryStatus.RESCHEDULED,
                                              date(2026, 3, 2)),
}


def every_dialog(session: SessionState) -> list[tuple[str, QDialog]]:
    """Each dialog of ``DIALOGS``, built for ``session``, with its name."""
    return [(name, build(session)) for name, build in DIALOGS.items()]
