"""The Abschluss area: open the till, book cash movements, count, X and Z reports.

Managers see everything; a cashier sees the X report of the open session only (the
services check the roles again). Files are written off the GUI thread, atomically.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.hardware.protocols import DrawerUncertain
from app.services.cash import closing
from app.services.cash import sessions as cash_sessions
from app.services.cash.closing import ClosingInfo, ClosingResult, ClosingSummary, TillState
from app.services.fiscal import dsfinvk_export, outages
from app.services.fiscal.outages import OutageView
from app.services.kernel.clock import berlin_today
from app.services.kernel.context import Ctx
from app.services.kernel.formatting import format_cents, format_local, parse_cents
from app.services.kernel.roles import Permission
from app.services.reports import figures as reports
from app.services.reports import files as report_files
from app.services.reports import month as month_report
from app.services.reports import receipt as report_receipt
from app.services.reports.model import Report
from app.sync_schema.enums import MovementKind
from app.ui.closing.comment_edit import CommentEdit
from app.ui.closing.count_grid import CountGrid
from app.ui.closing.dsfinvk_export_dialog import DsfinvkExportDialog
from app.ui.delivery.dispatch_dialog import DispatchDialog
from app.ui.impact.impact_dialog import ImpactDialog
from app.ui.kit import confirm
from app.ui.kit.area import scrolling_area_layout
from app.ui.kit.message_line import MessageKind, MessageLine
from app.ui.kit.progress_run import ProgressRun, run_with_progress
from app.ui.kit.translation_marks import QT_TRANSLATE_NOOP
from app.ui.shell.session import SessionState

if TYPE_CHECKING:
    from app.services.kernel.backend import Backend

NO_REPORT = "Bitte zuerst einen Bericht anzeigen (X-Bericht oder Z aus der Liste)."
# Cash movement kinds, named in the ClosingArea context when the choice is built.
MOVEMENTS = ((MovementKind.WITHDRAWAL, QT_TRANSLATE_NOOP("ClosingArea", "Entnahme")),
             (MovementKind.DEPOSIT, QT_TRANSLATE_NOOP("ClosingArea", "Einlage")),
             (MovementKind.EXPENSE, QT_TRANSLATE_NOOP("ClosingArea", "Ausgabe")))


def _cents(text: str, what: str) -> int:
    cents = parse_cents(text) if text.strip() else 0
    if cents is None or cents < 0:
        raise ValidationError(f"{what}: „{text}“ ist kein gültiger Betrag (z. B. 150,00).")
    return cents


class ClosingArea(QWidget):
    """Open the till, cash movements, count, X and Z reports."""

    def __init__(self, backend: Backend, session: SessionState,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.session = session
        self.state: TillState | None = None
        self._focus_pending = False
        self.closings: list[ClosingInfo] = []
        self.report: Report | None = None
        layout = scrolling_area_layout(self, self.tr("Abschluss"), self.tr(
            "Kasse öffnen, Bargeld bewegen, zählen und den Tag mit dem Z-Bericht abschließen."))
        self.status = QLabel()
        self.status.setObjectName("tillStatus")
        self.status.setWordWrap(True)
        self.message = MessageLine()
        self.confirm_dialog: confirm.ConfirmDialog | None = None
        layout.addWidget(self.status)
        layout.addWidget(self.message)

        # TSE outages (AEAO zu § 146a Nr. 7): what was left unsigned, and what to report.
        self.outages: list[OutageView] = []
        self.outage_list = QLabel()
        self.outage_list.setObjectName("tseOutages")
        self.outage_list.setWordWrap(True)
        self.outage_list.setTextFormat(Qt.TextFormat.PlainText)
        self.report_button = QPushButton(self.tr("Ausfall als gemeldet &vermerken"))
        self.report_button.setToolTip(self.tr(
            "Den ältesten meldepflichtigen TSE-Ausfall als dem Finanzamt gemeldet vermerken"))
        self.report_button.clicked.connect(self.mark_outage_reported)
        self.outage_box = QGroupBox(self.tr("TSE-Ausfälle"))
        outage_layout = QHBoxLayout(self.outage_box)
        outage_layout.addWidget(self.outage_list, 1)
        outage_layout.addWidget(self.report_button)
        self.outage_box.setVisible(False)
        layout.addWidget(self.outage_box)

        # --- left: open / movements / count and close ------------------------------------
        self.float_sum = QLineEdit()
        self.open_button = QPushButton(self.tr("Kasse öffnen"))
        self.open_button.setProperty("role", "primary")
        self.open_button.clicked.connect(self.open_till)
        self.open_box = QGroupBox(self.tr("Kasse öffnen"))
        open_form = QFormLayout(self.open_box)
        open_form.addRow(self.tr("Wechselgeld (Summe, € – oder unten zählen)"), self.float_sum)
        open_form.addRow(self.open_button)

        self.move_kind = QComboBox()
        for key, label in MOVEMENTS:
            self.move_kind.addItem(self.tr(label), key)
        self.move_amount = QLineEdit()
        self.move_reason = QLineEdit()
        self.move_kind.setAccessibleName(self.tr("Art der Bargeldbewegung"))
        self.move_amount.setAccessibleName(self.tr("Betrag (€)"))
        self.move_reason.setAccessibleName(self.tr("Grund / Belegnotiz"))
        self.move_reason.setPlaceholderText(self.tr("Grund / Belegnotiz (z. B. zur Bank)"))
        self.move_button = QPushButton(self.tr("Buchen"))
        self.move_button.clicked.connect(self.book_movement)
        self.move_amount.setPlaceholderText(self.tr("Betrag (€)"))
        self.move_box = QGroupBox(self.tr("Bargeldbewegung"))
        move_grid = QGridLayout(self.move_box)
        move_grid.addWidget(self.move_kind, 0, 0)
        move_grid.addWidget(self.move_amount, 0, 1)
        move_grid.addWidget(self.move_button, 0, 2)
        move_grid.addWidget(self.move_reason, 1, 0, 1, 3)
        move_grid.setColumnStretch(1, 1)

        self.grid = CountGrid()
        self.grid.changed.connect(self._count_changed)
        self.count_info = QLabel()  # the whole sentence, for screen readers and tests
        self.count_info.setVisible(False)
        self.figure_counted = QLabel()
        self.figure_expected = QLabel()
        self.figure_difference = QLabel()
        figures = QGridLayout()
        for column, (caption, value) in enumerate((
                (self.tr("Gezählt"), self.figure_counted),
                (self.tr("Soll"), self.figure_expected),
                (self.tr("Differenz"), self.figure_difference))):
            caption_label = QLabel(caption)
            caption_label.setObjectName("figureCaption")
            value.setObjectName("figureValue")
            figures.addWidget(caption_label, 0, column)
            figures.addWidget(value, 1, column)
        self.comment = CommentEdit()
        self.comment.setPlaceholderText(self.tr("Pflicht bei Differenz"))
        self.banked = QLineEdit()
        self.banked.setPlaceholderText(self.tr("0,00"))
        # Enter walks comment -> bank amount -> the Z summary (which still asks once).
        self.comment.returnPressed.connect(self.banked.setFocus)
        self.banked.returnPressed.connect(self.close_till)
        self.comment_label = QLabel(self.tr("Ko&mmentar"))
        self.comment_label.setBuddy(self.comment)
        self.banked_label = QLabel(self.tr("&Zur Bank / Tresor (€)"))
        self.banked_label.setBuddy(self.banked)
        self.close_button = QPushButton(self.tr("Tagesabschluss (Z-Bericht)"))
        self.close_button.setProperty("role", "primary")
        self.close_button.setAccessibleName(self.tr("Tagesabschluss (Z-Bericht)"))
        self.close_button.clicked.connect(self.close_till)
        self.count_box = QGroupBox(self.tr("Zählung nach Stückelung"))
        count_layout = QVBoxLayout(self.count_box)
        count_layout.addWidget(self.grid)
        count_layout.addWidget(self.count_info)
        count_layout.addLayout(figures)
        # The comment gets the whole width and two lines; the bank amount needs little room,
        # so it shares its row with the close button (the column fits 1366x768).
        self.banked.setMaximumWidth(self.banked.fontMetrics().horizontalAdvance("0" * 12) + 24)
        close_grid = QGridLayout()
        close_grid.addWidget(self.comment_label, 0, 0)
        close_grid.addWidget(self.comment, 0, 1, 1, 3)
        close_grid.addWidget(self.banked_label, 1, 0)
        close_grid.addWidget(self.banked, 1, 1)
        close_grid.addWidget(self.close_button, 1, 3)
        close_grid.setColumnStretch(2, 1)
        count_layout.addLayout(close_grid)

        self.grid.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        left = QVBoxLayout()
        left.addWidget(self.open_box)
        left.addWidget(self.count_box)
        left.addStretch(1)

        # --- right: reports ------------------------------------------------------------
        self.x_button = QPushButton(self.tr("X-Bericht"))
        self.x_button.clicked.connect(self.show_x)
        self.print_button = QPushButton(self.tr("Drucken"))
        self.print_button.clicked.connect(self.print_report)
        self.pdf_button = QPushButton(self.tr("PDF…"))
        self.pdf_button.clicked.connect(lambda: self._ask_save("pdf"))
        self.csv_button = QPushButton(self.tr("CSV…"))
        self.csv_button.clicked.connect(lambda: self._ask_save("csv"))
        self.month_button = QPushButton(self.tr("Monat…"))
        self.month_button.clicked.connect(self._ask_month)
        self.month_button.setToolTip(self.tr("Monatsübersicht für die Buchhaltung (PDF/CSV)"))
        # Alt+B is the Abschluss area button itself; L is free here.
        self.impact_button = QPushButton(self.tr("K&limabilanz…"))
        self.impact_button.setToolTip(self.tr("Klimabilanz mit Diagrammen (PDF/CSV)"))
        self.impact_button.clicked.connect(self.open_impact)
        self.impact_dialog: ImpactDialog | None = None
        # The cargo-bike orders of a day (Permission.DISPATCH); Alt+F is free here.
        self.dispatch_button = QPushButton(self.tr("Lie&ferungen…"))
        self.dispatch_button.setToolTip(self.tr(
            "Lieferungen und Abholungen des Tages, Touren, Status, Tourenliste"))
        self.dispatch_button.clicked.connect(self.open_dispatch)
        self.dispatch_dialog: DispatchDialog | None = None
        self.dsfinvk_button = QPushButton(self.tr("DSFinV-K-Export…"))
        self.dsfinvk_button.clicked.connect(self._ask_dsfinvk)
        self.export_progress: ProgressRun | None = None  # the export being written
        self.print_button.setToolTip(self.tr("Kurzfassung auf dem Bondrucker"))
        self.closing_list = QTableWidget(0, 4)
        self.closing_list.setAccessibleName(self.tr("Z-Berichte"))
        self.closing_list.setHorizontalHeaderLabels(
            [self.tr("Z"), self.tr("Abschluss"), self.tr("Umsatz"), self.tr("Differenz")])
        self.closing_list.verticalHeader().setVisible(False)
        self.closing_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.closing_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.closing_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.closing_list.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # Five Z reports in view below the header, whatever the font: the list is what a
        # manager looks for here; the preview below takes what is left.
        rows = self.closing_list.verticalHeader().defaultSectionSize()
        self.closing_list.setMinimumHeight(
            6 * rows + 2 * self.closing_list.frameWidth() + 4)
        self.closing_list.itemActivated.connect(lambda _i: self.show_z(self.selected_closing()))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setFont(QFont("DejaVu Sans Mono", 9))
        buttons = QGridLayout()
        for index, button in enumerate((self.x_button, self.print_button, self.month_button,
                                        self.pdf_button, self.csv_button, self.dsfinvk_button)):
            buttons.addWidget(button, index // 3, index % 3)
        buttons.addWidget(self.impact_button, 0, 3)  # beside the month report
        buttons.addWidget(self.dispatch_button, 1, 3)
        right = QVBoxLayout()
        right.addWidget(self.move_box)
        right.addLayout(buttons)
        right.addWidget(QLabel(self.tr("Z-Berichte (Enter: anzeigen)")))
        right.addWidget(self.closing_list, 1)
        right.addWidget(self.preview, 1)

        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 1)
        layout.addLayout(body, 1)
        session.actor_changed.connect(self._actor_changed)
        # A refusal is about what was typed: once the person changes it, it is gone.
        for line in (self.float_sum, self.move_amount, self.move_reason, self.banked):
            line.textEdited.connect(self._input_changed)
        self.comment.textChanged.connect(self._input_changed)
        self.grid.changed.connect(self._input_changed)

    # --- state ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.message.clear()  # coming back to the area: the last message is old news
            self._focus_pending = True  # the first field of what the state shows, once
        if self.session.logged_in:
            self.reload()

    def _input_changed(self, *_args: object) -> None:
        if self.message.kind in (MessageKind.ERROR, MessageKind.WARNING):
            self.message.clear()

    def _actor_changed(self, _actor: object) -> None:
        self.message.clear()  # what the last user was told is not for the next one
        self.reload()

    def main_input(self) -> QWidget:
        """Where the keyboard goes when the area is shown: the first field to fill."""
        if not self.manager:
            return self.x_button
        if self.state is not None and self.state.session is None:
            return self.float_sum
        return self.grid.spins[max(self.grid.spins)]

    @property
    def manager(self) -> bool:
        return self.session.may(Permission.CLOSE_DAY)

    def _allowed_outage(self) -> timedelta:
        return timedelta(hours=int(self.session.settings.get("tse.outage_report_hours") or 48))

    def _outages(self, found: list[OutageView]) -> None:
        """The station's TSE outages; the ones longer than allowed flagged for reporting."""
        self.outages = found
        allowed = self._allowed_outage()
        self.outage_list.setText("\n".join(o.text(allowed) for o in found))
        self.outage_box.setVisible(self.manager and bool(found))
        self.report_button.setVisible(any(o.needs_report for o in found))

    def mark_outage_reported(self) -> None:
        due = [o for o in self.outages if o.needs_report]
        if not due:
            return
        oldest = min(due, key=lambda o: o.started_at)

        def done(_none: None) -> None:
            self.say(self.tr("TSE-Ausfall vom {since} als gemeldet vermerkt.").format(
                since=format_local(oldest.started_at)))
            self.reload()
        self.session.ops.call(self.session.actor, outages.mark_reported, oldest.id).then(
            done, self._fail, self)

    def reload(self) -> None:
        self.dispatch_button.setVisible(self.session.may(Permission.DISPATCH))
        for widget in (self.open_box, self.move_box, self.count_box, self.month_button,
                       self.impact_button, self.closing_list, self.pdf_button, self.csv_button,
                       self.dsfinvk_button):
            widget.setVisible(self.manager)
        if not self.manager:
            self.outage_box.setVisible(False)
            self.status.setText(self.tr("Als Kasse: X-Bericht der offenen Sitzung."))
            return
        self.session.ops.query(self.session.actor, closing.till_state).latest().then(
            self._state, self._fail, self)
        self.session.ops.query(self.session.actor, closing.list_closings).latest().then(
            self._closings, self._fail, self)
        self.session.ops.query(self.session.actor, outages.list_outages,
                               self._allowed_outage()).latest().then(
            self._outages, self._fail, self)

    def _state(self, state: TillState) -> None:
        self.state = state
        is_open = state.session is not None
        self.open_box.setVisible(not is_open)
        self.move_box.setVisible(is_open)
        self.close_button.setVisible(is_open)
        for widget in (self.comment, self.banked, self.comment_label, self.banked_label):
            widget.setVisible(is_open)
        if state.session is None:
            self.status.setText(self.tr("Kasse geschlossen. Nächster Z-Bericht: Nr. {z}. "
                                        "Vorschlag Wechselgeld: {float}.").format(
                z=state.next_z_number, float=format_cents(state.float_suggestion_cents)))
            self.float_sum.setPlaceholderText(format_cents(state.float_suggestion_cents))
        else:
            s = state.session
            self.status.setText(self.tr(
                "Kasse offen seit {since} (Sitzung {n}, {who}), Wechselgeld {float}, "
                "erwartet in der Kasse: {expected}.").format(
                since=format_local(s.opened_at), n=s.number, who=s.opened_by_name,
                float=format_cents(s.float_cents),
                expected=format_cents(state.expected_cash_cents or 0)))
        self._count_changed(self.grid.total_cents())
        if self._focus_pending and self.isVisible():
            self._focus_pending = False
            # Closed: the float is what comes first; open: the count.
            (self.grid if is_open else self.float_sum).setFocus()

    def _closings(self, closings: list[ClosingInfo]) -> None:
        self.closings = closings
        self.closing_list.setRowCount(len(closings))
        for row, c in enumerate(closings):
            for column, text in enumerate((str(c.z_number), format_local(c.closed_at),
                                           format_cents(c.gross_cents),
                                           format_cents(c.difference_cents))):
                item = QTableWidgetItem(text)
                if column != 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.closing_list.setItem(row, column, item)

    def selected_closing(self) -> ClosingInfo | None:
        row = self.closing_list.currentRow()
        return self.closings[row] if 0 <= row < len(self.closings) else None

    def _count_changed(self, total: int) -> None:
        self.figure_counted.setText(format_cents(total))
        if self.state is None or self.state.session is None:
            self.count_info.setText(self.tr("Gezählt: {c}").format(c=format_cents(total)))
            self.figure_expected.setText("–")
            self.figure_difference.setText("–")
            self.figure_difference.setProperty("sign", "zero")
            return
        expected = self.state.expected_cash_cents or 0
        difference = total - expected
        self.count_info.setText(self.tr("Gezählt {c} · Soll {e} · Differenz {d}").format(
            c=format_cents(total), e=format_cents(expected), d=format_cents(difference)))
        self.figure_expected.setText(format_cents(expected))
        self.figure_difference.setText(format_cents(difference))
        self.figure_difference.setProperty(
            "sign", "zero" if difference == 0 else ("minus" if difference < 0 else "plus"))
        style = self.figure_difference.style()
        style.unpolish(self.figure_difference)
        style.polish(self.figure_difference)

    def say(self, text: str) -> None:
        """Something worked."""
        self.message.success(text)

    def _fail(self, exc: BaseException) -> None:
        self.message.error(self.session.ops.reporter.message_for(exc))

    def _open_drawer(self) -> None:
        """Kick the drawer off the GUI thread: the printer is asked first (up to its timeout)."""
        devices = self.session.devices
        drawer = devices.drawer if devices is not None else None
        if devices is None or drawer is None:
            return

        def kick() -> None:
            with devices.lock:  # never in the middle of a receipt on the same printer
                drawer.open()
        self.session.ops.run(kick, None, self._drawer_failed, self)

    def _drawer_failed(self, exc: BaseException) -> None:
        """The booking is committed: a drawer that probably stayed shut is a warning to it."""
        if isinstance(exc, DrawerUncertain):
            self.message.warning(" ".join(t for t in (self.message.body, exc.message) if t))
        else:
            self._fail(exc)

    # --- actions ---------------------------------------------------------------------------

    def open_till(self) -> None:
        counted = self.grid.counts()
        try:
            total = _cents(self.float_sum.text(), self.tr("Wechselgeld"))
        except ValidationError as exc:
            self._fail(exc)
            return
        kwargs: dict[str, Any] = {}
        if counted:
            kwargs["counted"] = counted
        elif self.float_sum.text().strip():
            kwargs["float_cents"] = total

        def opened(result: cash_sessions.OpenResult) -> None:
            self.grid.clear()
            self.float_sum.clear()
            self.say(self.tr("Kasse geöffnet mit {f} Wechselgeld.").format(
                f=format_cents(result.session.float_cents)))
            self._open_drawer()
            self.reload()
        self.session.ops.call(self.session.actor, cash_sessions.open_session, **kwargs).then(
            opened, self._fail, self)

    def book_movement(self) -> None:
        try:
            amount = _cents(self.move_amount.text(), self.tr("Betrag"))
        except ValidationError as exc:
            self._fail(exc)
            return

        def booked(result: cash_sessions.MovementResult) -> None:
            self.move_amount.clear()
            self.move_reason.clear()
            self.say(self.tr("{label} über {amount} gebucht; in der Kasse: {exp}.").format(
                label=result.label, amount=format_cents(abs(result.amount_cents)),
                exp=format_cents(result.expected_cash_cents)))
            self._open_drawer()
            self.reload()
        self.session.ops.call(self.session.actor, cash_sessions.record_movement,
                              self.move_kind.currentData(), amount,
                              self.move_reason.text()).then(booked, self._fail, self)

    def close_till(self) -> None:
        """Show what the Z will freeze and ask once; the Z is written only on confirm."""
        try:
            banked = _cents(self.banked.text(), self.tr("Zur Bank"))
        except ValidationError as exc:
            self._fail(exc)
            return
        counts, comment = self.grid.counts(), self.comment.text()
        self.session.ops.query(self.session.actor, closing.closing_summary, counts, comment,
                               banked).then(
            lambda summary: self._confirm_close(summary, counts, comment), self._fail, self)

    def _confirm_close(self, summary: ClosingSummary, counts: dict[int, int],
                       comment: str) -> None:
        lines = [
            self.tr("Verkäufe: {n} · Umsatz {gross}").format(
                n=summary.receipts, gross=format_cents(summary.gross_cents)),
            self.tr("Bargeld Soll {e} · gezählt {c} · Differenz {d}").format(
                e=format_cents(summary.expected_cents), c=format_cents(summary.counted_cents),
                d=format_cents(summary.difference_cents)),
            self.tr("Zur Bank {b} · bleibt in der Kasse {left}").format(
                b=format_cents(summary.banked_cents),
                left=format_cents(summary.left_in_drawer_cents)),
        ]
        if summary.comment:
            lines.append(self.tr("Kommentar: {c}").format(c=summary.comment))
        self.confirm_dialog = confirm.ask(
            self, self.tr("Tagesabschluss"),
            self.tr("Z-Bericht Nr. {z} jetzt erstellen? Danach ist die Kasse geschlossen; "
                    "das lässt sich nicht rückgängig machen.").format(z=summary.z_number),
            self.tr("Z-Bericht erstellen (Enter)"),
            lambda: self._close_confirmed(counts, comment, summary.banked_cents),
            "\n".join(lines))

    def _close_confirmed(self, counts: dict[int, int], comment: str, banked: int) -> None:

        def closed(result: ClosingResult) -> None:
            self.grid.clear()
            self.comment.clear()
            self.banked.clear()
            self.report = result.report
            self.preview.setPlainText("\n".join(report_receipt.lines(result.report, 48)))
            self.say(self.tr("Z-Bericht Nr. {z} erstellt; in der Kasse bleiben {left}.").format(
                z=result.z_number, left=format_cents(result.left_in_drawer_cents)))
            self._open_drawer()
            self.reload()
        self.session.ops.call(self.session.actor, closing.close_session, counts, comment,
                              banked).then(closed, self._fail, self)

    # --- reports ----------------------------------------------------------------------------

    def _show(self, report: Report) -> None:
        self.report = report
        self.preview.setPlainText("\n".join(report_receipt.lines(report, 48)))

    def show_x(self) -> None:
        self.session.ops.query(self.session.actor, reports.x_report).then(
            self._show, self._fail, self)

    def show_z(self, info: ClosingInfo | None) -> None:
        if info is not None:
            self.session.ops.query(self.session.actor, reports.z_report, info.closing_id).then(
                self._show, self._fail, self)

    def print_report(self) -> None:
        """The short version on the receipt printer (the current preview's report)."""
        devices, report = self.session.devices, self.report
        if report is None or devices is None:
            self.message.warning(self.tr(NO_REPORT))
            return
        job = report_receipt.job(report, devices.width, codepage=devices.codepage,
                                 table=devices.table, cut=devices.cut)
        self.session.ops.run(lambda: devices.print_job(job),
                             lambda _r: self.say(self.tr("Bericht gedruckt.")), self._fail, self)

    def save_report(self, path: Path) -> None:
        """Write the shown report as PDF or CSV (by the file name) off the GUI thread."""
        if self.report is None:
            self.message.warning(self.tr(NO_REPORT))
            return
        report = self.report

        def write() -> Path:
            data = report_files.render_reports([report], report_files.output_format(path))
            report_files.write_atomic(path, data)
            return path
        self.session.ops.run(write, lambda p: self.say(self.tr("Gespeichert: {p}").format(p=p)),
                             self._fail, self)

    def save_month(self, path: Path, year: int, month: int) -> None:
        def write(ctx: Ctx) -> Path:
            overview = month_report.month_overview(ctx, year, month)
            data = report_files.render_month(overview, report_files.output_format(path))
            report_files.write_atomic(path, data)
            return path
        self.session.ops.query(self.session.actor, write).then(
            lambda p: self.say(self.tr("Gespeichert: {p}").format(p=p)), self._fail, self)

    def _ask_save(self, suffix: str) -> None:
        name = f"bericht.{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Bericht speichern"),
                                              str(Path.home() / name))
        if path:
            self.save_report(Path(path))

    def _ask_month(self) -> None:
        today = berlin_today(self.backend.clock)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Monatsübersicht speichern"),
            str(Path.home() / f"monat-{today:%Y-%m}.pdf"), self.tr("PDF oder CSV (*.pdf *.csv)"))
        if path:
            self.save_month(Path(path), today.year, today.month)

    def open_impact(self) -> None:
        """The Klimabilanz of this month (managers; the export checks the role again)."""
        self.impact_dialog = ImpactDialog(self.session, berlin_today(self.backend.clock), self)
        self.impact_dialog.open()

    def open_dispatch(self) -> DispatchDialog:
        """Lieferungen of today (dispatch; the services check the role again)."""
        self.dispatch_dialog = DispatchDialog(self.session, self.session.today(), self)
        self.dispatch_dialog.open()
        return self.dispatch_dialog

    def _ask_dsfinvk(self) -> None:
        dialog = DsfinvkExportDialog(berlin_today(self.backend.clock), self)
        self.dsfinvk_dialog = dialog
        dialog.accepted.connect(lambda: self.export_dsfinvk(*dialog.choice()))
        dialog.open()

    def export_dsfinvk(self, start: date, end: date, path: Path) -> None:
        """Write the DSFinV-K ZIP off the GUI thread; the service refuses empty ranges."""
        self.message.info(self.tr("DSFinV-K-Export läuft …"))
        ops, actor = self.session.ops, self.session.actor
        self.export_progress = run_with_progress(
            ops, self, self.tr("DSFinV-K-Export"),
            self.tr("Belege {start:%d.%m.%Y} bis {end:%d.%m.%Y} werden exportiert …")
            .format(start=start, end=end),
            lambda progress: ops.query_here(actor, dsfinvk_export.export, start, end,
                                               path, progress),
            lambda r: self.say(self.tr("DSFinV-K-Export gespeichert: {p} ({n} Z-Berichte)")
                               .format(p=r.path, n=r.closings)),
            self.message.info, self._fail)
