"""The sale screen of the Kasse: a whole sale with keyboard and (wedge) scanner only.

The cart lives here, in memory, until it is paid, and only the GUI thread changes it:
workers look lines up (``carts.look_up_scan`` and friends never see the cart) and the
result is added here; commits get a snapshot of the cart. Every cart call goes through
the operations helper, one at a time (a queue), so fast scans never race each other. It
prints on the receipt devices it is given; ``checkout_view.CheckoutView`` is this screen
with the machine's other devices attached, as the main window mounts it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QHideEvent, QKeySequence, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import PermissionDenied
from app.services.cash import sessions as cash_sessions
from app.services.catalog import categories as catalog
from app.services.catalog.categories import CategoryInfo
from app.services.checkout import cart as carts
from app.services.checkout import flow as sale_flow
from app.services.checkout import messages as checkout_msg
from app.services.checkout import parking
from app.services.checkout.cart import Cart, CartBasis, ScanOutcome
from app.services.checkout.flow import PrintOutcome, SaleOutcome, TillDevices
from app.services.checkout.parking import ParkedView, Resumed
from app.services.delivery import fees
from app.services.delivery import messages as delivery_msg
from app.services.delivery.model import OrderView
from app.services.fiscal import mode as fiscal_mode
from app.services.kernel.context import Actor, Ctx
from app.services.kernel.formatting import format_cents, format_local
from app.services.policy.definitions import POLICY
from app.sync_schema.enums import DeliveryKind, SaleKind
from app.ui.checkout.cart_panel import CartPanel
from app.ui.checkout.category_keys import CategoryKeys
from app.ui.checkout.checkout_dialogs import (
    ApprovalDialog,
    CategoryPriceDialog,
    ParkedDialog,
    UnknownCodeDialog,
)
from app.ui.checkout.item_search_dialog import ItemSearchDialog
from app.ui.checkout.payment_dialog import PaymentDialog
from app.ui.checkout.returns_dialogs import JournalDialog, ReturnDialog
from app.ui.checkout.wedge_scanner import WedgeScanner, wedge_config
from app.ui.delivery.delivery_dialog import DeliveryDialog
from app.ui.kit import confirm
from app.ui.kit.area import area_layout
from app.ui.kit.message_line import MessageLine
from app.ui.kit.qr_image import qr_image
from app.ui.shell.session import SessionState

if TYPE_CHECKING:
    from app.services.kernel.backend import Backend

T = TypeVar("T")
_QTY_PRICE = re.compile(r"^\s*(\d{1,2})\s*[*xX×]\s*(.*)$")


RECEIPT_COLUMNS = 42  # the preview shows the 80 mm paper's line width
QR_MODULE_PX = 2  # about 150 px for a signed receipt's QR: readable by a phone on screen


class CheckoutArea(QWidget):
    """Scan, category keys, discounts, park, pay, receipt, returns, journal."""

    def __init__(self, backend: Backend, session: SessionState, devices: TillDevices,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.session = session
        self.devices = devices
        self._tse_cart: Cart | None = None
        self.cart = Cart()
        self.categories: list[CategoryInfo] = []
        self.last_sale_id: int | None = None
        self.deliverable_sale_id: int | None = None  # the sale just finished, if a sale
        self.dialog: Any = None
        self._jobs: list[Callable[[], None]] = []
        self._saving: Cart | None = None  # the cart whose sale is being recorded
        self._busy = False
        self.till_open: bool | None = None  # None until the first look at the cash session
        self.parked_count = 0
        layout = area_layout(self, self.tr("Kasse"), self.tr(
            "Scannen, Warengruppen-Taste (Preis eintippen, dann F-Taste), F12 bezahlen."))

        self.input = QLineEdit()
        self.input.setObjectName("tillInput")
        self.input.setPlaceholderText(self.tr("Preis · 3*2,50 · 10% · Code"))
        self.input.setToolTip(self.tr(
            "Preis, Menge×Preis (3*2,50), Rabatt (10% / 2,00) oder Artikelcode + Enter"))
        self.input.setAccessibleName(self.tr("Kasseneingabe: Preis, Menge, Rabatt oder Code"))
        self.input.returnPressed.connect(self.enter)
        self.message = MessageLine()
        self.status = QLabel()
        self.status.setObjectName("tillStatus")
        # Training (``fiscal.mode``): every receipt is a training receipt (AVTraining).
        self.training_marker = QLabel(self.tr(
            "TRAININGSBETRIEB – Bons sind Trainingsbons, keine gültigen Kassenbelege."))
        self.training_marker.setObjectName("trainingMarker")
        self.training_marker.setWordWrap(True)
        self.training_marker.setVisible(False)
        self.cart_panel = CartPanel()
        self.keys = CategoryKeys()
        self.keys.pressed.connect(self.category_key)
        self.receipt = QPlainTextEdit()
        self.receipt.setReadOnly(True)
        self.receipt.setObjectName("receiptPreview")  # monospaced, small (style.qss)
        self.receipt.setFont(QFont("DejaVu Sans Mono", 8))
        # Lines as the paper has them (42 characters): never re-wrapped on screen.
        self.receipt.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.receipt.setPlaceholderText(self.tr("Bon-Vorschau"))
        # The DSFinV-K QR code of the shown receipt, as the printer and the PDF carry it.
        self.receipt_qr = QLabel()
        self.receipt_qr.setObjectName("receiptQr")
        self.receipt_qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.receipt_qr.setAccessibleName(self.tr("QR-Code des Bons"))
        self.receipt_qr.setVisible(False)
        self.change = QLabel()
        self.change.setObjectName("bigAmount")

        left = QVBoxLayout()
        left.addWidget(self.training_marker)
        left.addWidget(self.status)
        left.addWidget(self.input)
        left.addWidget(self.message)
        left.addWidget(self.cart_panel, 1)
        left.addWidget(self.change)
        # The QR code stands beside the receipt text, so a signed receipt never squeezes
        # the category keys above it.
        preview = QHBoxLayout()
        preview.addWidget(self.receipt, 1)
        preview.addWidget(self.receipt_qr, 0, Qt.AlignmentFlag.AlignTop)
        right = QVBoxLayout()
        right.addWidget(self.keys)
        right.addLayout(preview, 1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout.addLayout(body, 1)

        self.buttons: dict[str, QPushButton] = {}
        self._labels: dict[str, tuple[str, str]] = {}
        actions = QGridLayout()
        for index, (name, text, key, slot) in enumerate((
            ("quantity", self.tr("Menge"), "Ctrl+M", self.set_quantity),
            ("remove", self.tr("Entfernen"), "Ctrl+Del", self.remove_line),
            ("line_discount", self.tr("Zeilenrabatt"), "Ctrl+D", self.line_discount),
            ("sale_discount", self.tr("Bonrabatt"), "Ctrl+Shift+D", self.sale_discount),
            ("park", self.tr("Parken"), "Ctrl+Shift+P", self.park),
            ("resume", self.tr("Fortsetzen"), "Ctrl+Shift+O", self.resume),
            ("cancel", self.tr("Abbrechen"), "Ctrl+Shift+X", self.cancel_sale),
            ("returns", self.tr("Rückgabe"), "Ctrl+Shift+R", self.open_returns),
            ("journal", self.tr("Journal"), "Ctrl+J", self.open_journal),
            ("reprint", self.tr("Nachdruck"), "Ctrl+Shift+N", self.reprint_last),
            ("search", self.tr("Suchen"), "Ctrl+F", self.open_search),
            ("pay", self.tr("Bezahlen"), "F12", self.pay),
        )):
            native = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            self._labels[name] = (text, native)
            button = QPushButton(f"{text}\n{native}")
            button.setShortcut(QKeySequence(key))
            button.setAccessibleName(f"{text} ({native})")
            button.clicked.connect(slot)
            if name == "pay":
                actions.addWidget(button, 0, 6, 2, 1)
            else:
                # Narrow side padding: six of them and "Bezahlen" fit beside each other
                # at 1366×768, "Strg+Umschalt+D" included (style.qss).
                button.setProperty("role", "tillAction")
                actions.addWidget(button, index // 6, index % 6)
            self.buttons[name] = button
        self.buttons["pay"].setProperty("role", "primary")
        self._add_delivery_button(actions)
        layout.addLayout(actions)

        self.scanner = WedgeScanner(self, wedge_config(session.settings))
        self.scanner.scanned.connect(self.scan)
        session.actor_changed.connect(self._user_changed)
        self._refresh()

    # --- plumbing ------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Measured once styled: the preview is as wide as a line of the paper.
        frame = 2 * self.receipt.frameWidth() + 8
        self.receipt.setMinimumWidth(
            self.receipt.fontMetrics().horizontalAdvance("M" * RECEIPT_COLUMNS) + frame)
        self.scanner.config = wedge_config(self.session.settings)  # saved in Geräte meanwhile
        self.scanner.install()
        if self.session.logged_in:
            self.reload()
        self.input.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        self.scanner.uninstall()
        super().hideEvent(event)

    @property
    def actor(self) -> Actor:
        return self.session.actor

    def _user_changed(self, _actor: object) -> None:
        self.deliverable_sale_id = None
        self.message.clear()  # what the last user was told is not for the next one
        self.change.clear()  # nor the change and the receipt of their last sale
        self.show_receipt("")
        self.reload()

    def reload(self) -> None:
        self.session.ops.query(self.actor, catalog.list_categories).latest().then(
            self._categories, parent=self)
        self.session.ops.query(self.actor, cash_sessions.current_session).latest().then(
            self._till_state, parent=self)
        self.session.ops.query(self.actor, fiscal_mode.current_mode).latest().then(
            self._signing_mode, parent=self)
        self._count_parked()

    def _signing_mode(self, mode: fiscal_mode.Mode) -> None:
        self.training_marker.setVisible(mode is fiscal_mode.Mode.TRAINING)

    def _closed_text(self) -> str:
        return self.tr("Die Kasse ist geschlossen. Bitte zuerst unter „Abschluss“ mit "
                       "Wechselgeld öffnen (Leitung).")

    def _till_state(self, open_session: object) -> None:
        """Say up front when the till is closed, instead of at the end of a sale."""
        was_closed = self.till_open is False
        self.till_open = open_session is not None
        self.status.setProperty("closed", not self.till_open)
        self.status.setText(self.tr("● Kasse geöffnet") if self.till_open
                            else self.tr("✖ Kasse geschlossen – kein Verkauf möglich"))
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        if not self.till_open:
            self.message.show_warning(self._closed_text())
        elif was_closed and self.message.kind is not None:
            self.message.clear()  # opened meanwhile: the warning is no longer true

    def _refuse_when_closed(self) -> bool:
        """A scan or key in a closed till is refused with the reason (and the state re-read,
        in case the till was opened meanwhile)."""
        if self.till_open is not False:
            return False
        self.message.show_error(self.tr("Nicht gebucht: {reason}").format(
            reason=self._closed_text()))
        self.session.ops.query(self.actor, cash_sessions.current_session).latest().then(
            self._recheck_till, parent=self)
        return True

    def _recheck_till(self, open_session: object) -> None:
        if open_session is not None:
            self._till_state(open_session)

    def _count_parked(self) -> None:
        self.session.ops.query(self.actor, parking.parked_count).latest().then(
            self._show_parked_count, lambda _exc: None, parent=self)

    def _show_parked_count(self, count: int) -> None:
        self.parked_count = count
        text, native = self._labels["park"]
        shown = f"{text} ({count})" if count else text
        button = self.buttons["park"]
        shortcut = button.shortcut()
        button.setText(f"{shown}\n{native}")
        button.setShortcut(shortcut)  # setText replaces the shortcut by the text's mnemonic
        self.buttons["park"].setToolTip(self.tr("{n} Verkäufe geparkt").format(n=count))

    def _categories(self, categories: list[CategoryInfo]) -> None:
        self.categories = categories
        self.keys.set_categories(categories)

    def say(self, text: str) -> None:
        """Neutral information (an empty text clears the line)."""
        if text:
            self.message.show_info(text)
        else:
            self.message.clear()

    def _fail(self, exc: BaseException) -> None:
        self.message.show_error(self.session.ops.reporter.message_for(exc))

    def _queue(self, job: Callable[[], None]) -> None:
        """Run cart-changing calls strictly one after another."""
        self._jobs.append(job)
        if not self._busy:
            self._next()

    def _next(self) -> None:
        if not self._jobs:
            self._busy = False
            return
        self._busy = True
        self._jobs.pop(0)()

    def _add_call(self, look_up: Callable[[Ctx, CartBasis], carts.Addition],
                  then: Callable[[ScanOutcome], None] | None = None,
                  on_error: Callable[[BaseException], None] | None = None) -> None:
        """``look_up(ctx, basis)`` off the GUI thread, given what the cart read once (its
        markdown rules and store settings) but never the cart; its line is added here."""
        def job() -> None:
            basis = CartBasis.of(self.cart)
            def ok(addition: carts.Addition) -> None:
                try:
                    outcome = carts.add(self.cart, addition)
                except Exception as exc:  # already in the cart: German, cart unchanged
                    failed(exc)
                    return
                self._refresh(select_last=True)
                self._begin_sale()
                if then is not None:
                    then(outcome)
                self._next()

            def failed(exc: BaseException) -> None:
                (on_error or self._fail)(exc)
                self._next()
            self.session.ops.query(self.actor, look_up, basis).then(ok, failed, self)
        self._queue(job)

    def _cart_work(self, start: Callable[[Cart, Callable[[T], None],
                                          Callable[[BaseException], None]], None],
                   done: Callable[[T], None],
                   on_error: Callable[[BaseException], None] | None = None) -> None:
        """Park, pay or cancel: ``start(snapshot, ok, failed)`` runs the service call on a
        snapshot of the cart off the GUI thread through the operations helper.

        Queued behind running lookups, so a scan that was under way is in the snapshot
        (or waits for the next cart) and nothing is changed from two threads.
        """
        def job() -> None:
            def ok(result: T) -> None:
                done(result)
                self._next()

            def failed(exc: BaseException) -> None:
                (on_error or self._fail)(exc)
                self._next()
            start(self.cart.snapshot(), ok, failed)
        self._queue(job)

    def _begin_sale(self) -> None:
        """The first line is there: open the sale's TSE transaction (off the GUI thread)."""
        cart, devices = self.cart, self.devices
        if (devices is None or devices.signer is None or not cart.lines
                or cart.tse_tx is not None or self._tse_cart is cart):
            return
        self._tse_cart = cart  # asked once per cart
        self.session.ops.run(lambda: sale_flow.begin_sale(self.backend, cart, devices),
                             lambda _tx: None, self._fail, self)

    def _refresh(self, select_last: bool = False) -> None:
        self.cart_panel.show_cart(self.cart, select_last)
        empty = not self.cart.lines
        for name in ("quantity", "remove", "line_discount", "sale_discount", "park", "cancel",
                     "pay"):
            self.buttons[name].setEnabled(not empty)
        self.buttons["reprint"].setEnabled(self.last_sale_id is not None)

    # --- adding lines ----------------------------------------------------------------

    def scan(self, code: str) -> None:
        self.change.clear()
        if self._refuse_when_closed():
            return
        self.message.clear()
        self._add_call(lambda ctx, basis: carts.look_up_scan(ctx, code, basis),
                       then=self._scanned)

    def _scanned(self, outcome: ScanOutcome) -> None:
        line = outcome.line
        if line is not None:
            self._booked(outcome)
            if line.item_code is not None and line.item_id is not None:
                code, description = line.item_code, line.description

                def held(view: ParkedView | None) -> None:
                    if view is not None and self.cart.has_code(code):
                        self.message.show_warning(checkout_msg.PARKED_HOLDS_ITEM.format(
                            description=description, code=code, parked=self._parked_name(view)))
                self.session.ops.query(self.actor, parking.holding, code).then(
                    held, lambda _exc: None, self)
        elif outcome.unknown_code:
            self.ask_unknown_price(outcome.unknown_code)

    def _booked(self, outcome: ScanOutcome) -> None:
        """An accepted line: said as a success, so a refusal never looks like it."""
        if outcome.line is not None:
            self.message.show_success(self.tr("{desc}: {price}").format(
                desc=outcome.line.description, price=format_cents(outcome.line.amount_cents)))

    def _parked_name(self, view: ParkedView) -> str:
        when = format_local(view.parked_at, "%H:%M")
        return f"{view.label}, {when}" if view.label else when

    def ask_unknown_price(self, code: str) -> UnknownCodeDialog:
        dialog = UnknownCodeDialog(code, self.categories, self)
        self.dialog = dialog
        def accepted() -> None:
            price, category_id = dialog.price.text(), dialog.category.currentData()
            self._add_call(lambda ctx, basis: carts.unknown_code_line(
                ctx, code, price, category_id, basis))
        dialog.accepted.connect(accepted)
        dialog.finished.connect(self._back_to_input)
        dialog.open()
        return dialog

    def main_input(self) -> QWidget:
        """The scan/price field: where typing goes whenever the Kasse is shown."""
        return self.input

    def enter(self) -> None:
        """Enter in the input: a typed code is scanned; a bare price needs a category key."""
        text = self.input.text().strip()
        if not text:
            return
        if text.isdigit() and len(text) >= 8:
            self.input.clear()
            self.scan(text)
            return
        self.message.show_warning(self.tr(
            "Für einen Preis bitte die Warengruppen-Taste drücken (F1–F11)."))

    def category_key(self, category_id: int) -> CategoryPriceDialog | None:
        """Book a category line at the typed price, at the default price, or ask for one."""
        if self._refuse_when_closed():
            return None
        typed = self.input.text()
        text, quantity = typed.strip(), 1
        match = _QTY_PRICE.match(text)
        if match:
            quantity, text = int(match.group(1)), match.group(2).strip()
        category = next((c for c in self.categories if c.id == category_id), None)
        if not text and category is not None and not category.default_price_cents:
            return self.ask_category_price(category, quantity)
        self.input.clear()
        self.change.clear()
        self.message.clear()

        def failed(exc: BaseException) -> None:
            self._fail(exc)
            self.input.setText(typed)  # nothing typed is lost
        self._add_call(lambda ctx, basis: carts.category_line(
            ctx, category_id, text or None, quantity, basis), then=self._booked,
            on_error=failed)
        return None

    def ask_category_price(self, category: CategoryInfo, quantity: int) -> CategoryPriceDialog:
        """No price typed and none by default: ask, instead of booking something silently."""
        self.input.clear()
        self.change.clear()
        dialog = CategoryPriceDialog(category, quantity, self)
        self.dialog = dialog

        def submitted(price: str) -> None:
            def booked(outcome: ScanOutcome) -> None:
                dialog.booked()
                self._booked(outcome)
            self._add_call(lambda ctx, basis: carts.category_line(
                ctx, category.id, price, quantity, basis), then=booked,
                on_error=lambda exc: dialog.refused(
                    self.session.ops.reporter.message_for(exc)))
        dialog.submitted.connect(submitted)
        dialog.finished.connect(self._back_to_input)
        dialog.open()
        return dialog

    # --- changing lines ----------------------------------------------------------------

    def _local(self, fn: Callable[[], Any]) -> None:
        """Cart edits that need no database: run here, errors shown in German."""
        try:
            fn()
        except Exception as exc:  # KasseErrors carry German text; others are logged
            self._fail(exc)
            return
        self.input.clear()
        self._refresh()

    def set_quantity(self) -> None:
        key = self.cart_panel.selected_key()
        text = self.input.text().strip()
        if key is None:
            return
        if not text.isdigit():
            self.message.show_warning(self.tr(
                "Bitte zuerst die Menge eintippen, dann „Menge“ drücken."))
            return
        self._local(lambda: carts.set_quantity(self.cart, key, int(text)))

    def remove_line(self) -> confirm.ConfirmDialog | None:
        """Ask once, then take the selected line out (Enter removes, Escape keeps it)."""
        key = self.cart_panel.selected_key()
        if key is None:
            return None
        try:
            line = self.cart.line(key)
        except Exception as exc:
            self._fail(exc)
            return None

        def remove() -> None:
            if any(ln.key == key for ln in self.cart.lines):
                self._local(lambda: carts.remove_line(self.cart, key))
                self.message.clear()  # a warning about the removed line is gone with it
        amount = format_cents(line.amount_cents)
        what = line.description if line.quantity == 1 else f"{line.quantity} × {line.description}"
        return self._ask(self.tr("Position entfernen?"),
                         self.tr("„{what}“ ({amount}) aus dem Warenkorb entfernen?").format(
                             what=what, amount=amount),
                         self.tr("Entfernen (Enter)"), remove)

    def _ask(self, title: str, question: str, confirm_label: str,
             on_confirm: Callable[[], object], summary: str = "") -> confirm.ConfirmDialog:
        dialog = confirm.ask(self, title, question, confirm_label, on_confirm, summary)
        self.dialog = dialog
        dialog.finished.connect(self._back_to_input)
        return dialog

    def _discount_args(self) -> dict[str, Any] | None:
        text = self.input.text().strip()
        if text.endswith("%") and text[:-1].strip().isdigit():
            return {"percent": int(text[:-1])}
        if text:
            return {"cents": text}
        self.say(self.tr("Bitte zuerst den Rabatt eintippen (z. B. 10% oder 2,00)."))
        return None

    def _with_approval(self, apply: Callable[[Actor | None], Any]) -> None:
        try:
            apply(None)
        except PermissionDenied as exc:
            self.message.show_warning(str(exc))
            self.ask_approval(str(exc), apply)
            return
        except Exception as exc:
            self._fail(exc)
            return
        self.input.clear()
        self._refresh()

    def ask_approval(self, reason: str, apply: Callable[[Actor | None], Any]) -> ApprovalDialog:
        dialog = ApprovalDialog(reason, self)
        self.dialog = dialog

        def approved(outcome: Any) -> None:
            self.message.clear()  # "needs approval" is no longer true
            self._with_approval(lambda _none: apply(outcome.actor))

        def check() -> None:
            name, pin = dialog.name.text(), dialog.pin.text()
            self.session.ops.login(name, pin).then(approved, self._fail, self)
        dialog.accepted.connect(check)
        dialog.finished.connect(self._back_to_input)
        dialog.open()
        return dialog

    def line_discount(self) -> None:
        key, args = self.cart_panel.selected_key(), self._discount_args()
        if key is not None and args is not None:
            self._with_approval(lambda approver: carts.set_line_discount(
                self.cart, key, approver=approver, **args))

    def sale_discount(self) -> None:
        args = self._discount_args()
        if args is not None:
            self._with_approval(lambda approver: carts.set_sale_discount(
                self.cart, approver=approver, **args))

    # --- parking and cancelling ----------------------------------------------------------

    def _new_cart(self) -> None:
        self.cart = Cart()
        self._refresh()
        self.input.setFocus()

    def park(self) -> None:
        label = self.input.text().strip()
        def parked(view: ParkedView) -> None:
            self.message.show_success(self.tr("Geparkt: {n} Positionen, {total}").format(
                n=view.line_count, total=format_cents(view.total_cents)))
            self.input.clear()
            self._new_cart()
            self._count_parked()
        actor = self.actor
        self._cart_work(lambda cart, ok, failed: self.session.ops.call(
            actor, parking.park, cart, label).then(ok, failed, self), parked)

    def resume(self) -> None:
        if self.cart.lines:
            self.message.show_warning(self.tr(
                "Bitte den laufenden Verkauf erst abschließen oder parken."))
            return
        self.session.ops.query(self.actor, parking.list_parked).latest().then(
            self._choose_parked, self._fail, self)

    def _choose_parked(self, parked: list[ParkedView]) -> None:
        if not parked:
            self.say(self.tr("Es gibt keine geparkten Verkäufe."))
            return
        dialog = ParkedDialog(parked, self)
        self.dialog = dialog

        def chosen() -> None:
            pick = dialog.chosen()
            if pick is not None:
                self.session.ops.call(self.actor, parking.resume, pick.id).then(
                    self._resumed, self._fail, self)
        dialog.accepted.connect(chosen)
        dialog.finished.connect(self._back_to_input)
        dialog.open()

    def _resumed(self, resumed: Resumed) -> None:
        self.cart = resumed.cart
        self._refresh(select_last=True)
        self.change.clear()
        self._count_parked()
        if resumed.notes:
            self.message.show_warning(" ".join(resumed.notes))
        else:
            self.message.show_info(self.tr("Verkauf fortgesetzt."))

    def cancel_sale(self) -> confirm.ConfirmDialog | None:
        """Ask once before a non-empty cart is aborted; in a closed till say why not."""
        if not self.cart.lines:
            return None
        if self.till_open is False:
            self.message.show_error(self.tr(
                "Die Kasse ist geschlossen: ein Abbruch kann nicht gebucht werden. Bitte den "
                "Verkauf parken (Strg+Umschalt+P) oder die Kasse öffnen und dann abbrechen."))
            return None
        lines, total = len(self.cart.lines), format_cents(self.cart.total_cents)
        return self._ask(self.tr("Verkauf abbrechen?"),
                         self.tr("Den ganzen Verkauf abbrechen ({n} Positionen, {total})?")
                         .format(n=lines, total=total),
                         self.tr("Verkauf abbrechen (Enter)"), self._cancel_now,
                         self.tr("Der Abbruch wird als Bon gespeichert; Esc führt zurück."))

    def _cancel_now(self) -> None:
        actor, headline = self.actor, self.tr("Verkauf abgebrochen")
        def start(cart: Cart, ok: Callable[[SaleOutcome], None],
                  failed: Callable[[BaseException], None]) -> None:
            self.session.ops.run(lambda: sale_flow.cancel(self.backend, actor, cart,
                                                          self.devices), ok, failed, self)
        self._cart_work(start, lambda outcome: self._finished(outcome, headline))

    # --- paying, receipts, returns ------------------------------------------------------

    def pay(self) -> PaymentDialog | None:
        if not self.cart.lines:
            return None
        if self._saving is self.cart:
            self.message.show_info(self.tr("Der Verkauf wird gerade gespeichert …"))
            return None
        dialog = PaymentDialog(self.cart.total_cents, self, card_max_cents=carts.policy_of(
            self.cart).get(POLICY.card_max_cents))
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._complete(list(dialog.payments)))
        dialog.finished.connect(self._back_to_input)
        dialog.open()
        return dialog

    def _back_to_input(self) -> None:
        """After the payment dialog the keys go to the till's input again."""
        self.activateWindow()
        self.input.setFocus()

    def _complete(self, payments: list[Any]) -> None:
        cart = self.cart
        if self._saving is cart:  # one sale per cart, however often "paid" fires
            return
        self._saving = cart

        def failed(exc: BaseException) -> None:
            self._saving = None
            self._fail(exc)
        actor = self.actor

        def start(snapshot: Cart, ok: Callable[[SaleOutcome], None],
                  fail: Callable[[BaseException], None]) -> None:
            self.session.ops.run(lambda: sale_flow.complete_sale(
                self.backend, actor, snapshot, payments, self.devices), ok, fail, self)
        self._cart_work(start, lambda outcome: self._finished(outcome, ""), failed)

    def _finished(self, outcome: SaleOutcome, headline: str) -> None:
        self._saving = None
        self.last_sale_id = outcome.sale.sale_id
        self.deliverable_sale_id = (outcome.sale.sale_id if outcome.sale.kind == SaleKind.SALE
                                    else None)
        self.show_receipt(outcome.receipt_text, outcome.qr_payload)
        if outcome.sale.change_cents:
            self.change.setText(self.tr("Rückgeld: {amount}").format(
                amount=format_cents(outcome.sale.change_cents)))
        else:
            self.change.setText(headline or self.tr("Bezahlt, kein Rückgeld."))
        self._say_saved(outcome)
        self._new_cart()
        if outcome.problems:
            text = " ".join(outcome.problems)
            if not outcome.partly_printed:  # that sentence already says booked and reprint
                text += " " + self.tr(
                    "Der Verkauf ist gespeichert; „Nachdruck“ druckt den Bon erneut.")
            self.session.notifier.error(text, self)

    def _say_saved(self, outcome: SaleOutcome) -> None:
        """"Bon … gespeichert", with the warnings (paper near end, drawer probably shut)."""
        saved = self.tr("Bon {n} gespeichert.").format(n=outcome.sale.receipt_number)
        if outcome.partly_printed:  # one sentence says it all; a success here would contradict
            saved = ""
        text = " ".join((saved, *outcome.warnings)).strip()
        if outcome.warnings:
            self.message.show_warning(text)
        elif saved:
            self.message.show_success(saved)
        else:
            self.message.clear()

    def show_receipt(self, text: str, qr_payload: str = "") -> None:
        """The receipt preview: its text and, when it is signed, its QR code."""
        self.receipt.setPlainText(text)
        if qr_payload:
            self.receipt_qr.setPixmap(QPixmap.fromImage(qr_image(qr_payload, QR_MODULE_PX)))
        else:
            self.receipt_qr.clear()
        self.receipt_qr.setVisible(bool(qr_payload))

    def reprint_last(self) -> None:
        if self.last_sale_id is not None:
            self.reprint(self.last_sale_id)

    def reprint(self, sale_id: int) -> None:
        def done(outcome: PrintOutcome) -> None:
            self.show_receipt(outcome.receipt_text, outcome.qr_payload)
            if outcome.problem:
                self.session.notifier.error(outcome.problem, self)
            else:
                self.message.show_success(self.tr("Kopie gedruckt."))
        self.session.ops.run(lambda: sale_flow.reprint(self.backend, self.actor, sale_id,
                                                       self.devices), done, self._fail, self)

    def open_returns(self) -> ReturnDialog:
        dialog = ReturnDialog(self.session, self)
        self.dialog = dialog
        dialog.refund_requested.connect(self._refund)
        dialog.finished.connect(self._back_to_input)
        dialog.open()
        return dialog

    def _refund(self, sale_id: int, requests: list[Any], method: str, reference: str,
                reason: str) -> None:
        actor = self.actor
        self.session.ops.run(
            lambda: sale_flow.complete_refund(self.backend, actor, sale_id, requests,
                                              method, self.devices, reference, reason),
            lambda outcome: self._finished(outcome, self.tr("Rückgabe gebucht")), self._fail,
            self)

    def open_search(self) -> ItemSearchDialog:
        """Ctrl+F: find an item by words of its description; Enter adds the chosen one."""
        dialog = ItemSearchDialog(self.session, self)
        self.dialog = dialog
        dialog.chosen.connect(self.scan)
        dialog.finished.connect(self._back_to_input)
        dialog.open()
        return dialog

    # --- delivery of the sale ----------------------------------------------------------------

    def _add_delivery_button(self, actions: QGridLayout) -> None:
        """The last free place of the action grid: "Lieferung…" with its Alt letter."""
        text = self.tr("&Lieferung…")
        native = QKeySequence.mnemonic(text).toString(QKeySequence.SequenceFormat.NativeText)
        button = QPushButton(f"{text}\n{native}")  # the mnemonic is the button's shortcut
        button.setAccessibleName(f"{text.replace('&', '')} ({native})")
        button.setToolTip(self.tr("Lieferung mit dem Lastenrad buchen: für den Verkauf eben "
                                  "oder einen früheren Bon"))
        button.setProperty("role", "tillAction")
        button.clicked.connect(self.open_delivery)
        actions.addWidget(button, 1, 5)
        self.buttons["delivery"] = button

    def open_delivery(self) -> DeliveryDialog:
        """The delivery of the sale just finished; during a new sale (or after a refund)
        the dialog asks for the receipt number."""
        sale_id = None if self.cart.lines else self.deliverable_sale_id
        dialog = DeliveryDialog(self.session, DeliveryKind.DELIVERY, sale_id=sale_id,
                                parent=self)
        self.dialog = dialog
        dialog.booked.connect(self._delivery_booked)
        dialog.finished.connect(self._back_to_input)
        dialog.open()
        return dialog

    def _delivery_booked(self, order: OrderView) -> None:
        """Booked: a fee goes into the cart at once, so the customer pays it next (its own
        receipt); without a fee the till only says so, and if the fee cannot go into the
        cart (no fee category), the booking stands and the reason is shown with it."""
        booked = self.tr("Lieferung {number} gebucht.").format(number=order.number)
        if order.fee_cents <= 0:
            self.message.show_success(booked)
            return
        self.change.clear()  # the fee starts the next sale: the last change is history

        def added(_outcome: ScanOutcome) -> None:
            self.message.show_success(str(delivery_msg.FEE_IN_CART.format(
                number=order.number, amount=format_cents(order.fee_cents))))

        def failed(exc: BaseException) -> None:
            self.message.show_warning(
                f"{booked} {self.session.ops.reporter.message_for(exc)}")
        self._add_call(lambda ctx, basis: fees.fee_line(ctx, order.number, basis),
                       then=added, on_error=failed)

    def open_journal(self) -> JournalDialog:
        dialog = JournalDialog(self.session, self)
        self.dialog = dialog
        dialog.reprint_requested.connect(self.reprint)
        dialog.open()
        return dialog
