"""The Abschluss area: open the till, book cash movements, count, X and Z reports.

Managers see everything; a cashier sees the X report of the open session only (the
services check the roles again). Files are written off the GUI thread, atomically.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.services.cash import closing
from app.services.cash import sessions as cash_sessions
from app.services.cash.closing import ClosingInfo, ClosingResult, TillState
from app.services.kernel.backend import Backend
from app.services.kernel.context import Ctx
from app.services.kernel.formatting import format_cents, format_local, local, parse_cents
from app.services.kernel.roles import Permission
from app.services.reports import figures as reports
from app.services.reports import files as report_files
from app.services.reports import month as month_report
from app.services.reports import receipt as report_receipt
from app.services.reports.model import Report
from app.ui.closing.count_grid import CountGrid
from app.ui.kit.area import area_layout
from app.ui.shell.session import SessionState

NO_REPORT = "Bitte zuerst einen Bericht anzeigen (X-Bericht oder Z aus der Liste)."
MOVEMENTS = (("withdrawal", "Entnahme"), ("deposit", "Einlage"), ("expense", "Ausgabe"))


def _cents(text: str, what: str) -> int:
    cents = parse_cents(text) if text.strip() else 0
    if cents is None or cents < 0:
        raise ValidationError(f"{what}: „{text}“ ist kein gültiger Betrag (z. B. 150,00).")
    return cents


class ClosingArea(QWidget):
    def __init__(self, backend: Backend, session: SessionState,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.session = session
        self.state: TillState | None = None
        self.closings: list[ClosingInfo] = []
        self.report: Report | None = None
        layout = area_layout(self, self.tr("Abschluss"), self.tr(
            "Kasse öffnen, Bargeld bewegen, zählen und den Tag mit dem Z-Bericht abschließen."))
        self.status = QLabel()
        self.status.setObjectName("tillMessage")
        self.status.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("errorText")
        layout.addWidget(self.status)
        layout.addWidget(self.message)

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
        self.move_reason.setPlaceholderText(self.tr("Grund / Belegnotiz (z. B. zur Bank)"))
        self.move_button = QPushButton(self.tr("Buchen"))
        self.move_button.clicked.connect(self.book_movement)
        self.move_box = QGroupBox(self.tr("Bargeldbewegung"))
        move_row = QHBoxLayout(self.move_box)
        for widget in (self.move_kind, self.move_amount, self.move_reason, self.move_button):
            move_row.addWidget(widget)

        self.grid = CountGrid()
        self.grid.changed.connect(self._count_changed)
        self.count_info = QLabel()
        self.count_info.setObjectName("bigAmount")
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("Kommentar (Pflicht bei Differenz)"))
        self.banked = QLineEdit()
        self.banked.setPlaceholderText(self.tr("zur Bank / in den Tresor (€)"))
        self.close_button = QPushButton(self.tr("Tagesabschluss (Z-Bericht)"))
        self.close_button.setProperty("role", "primary")
        self.close_button.clicked.connect(self.close_till)
        self.count_box = QGroupBox(self.tr("Zählung nach Stückelung"))
        count_layout = QVBoxLayout(self.count_box)
        count_layout.addWidget(self.grid)
        count_layout.addWidget(self.count_info)
        close_row = QHBoxLayout()
        close_row.addWidget(self.comment, 2)
        close_row.addWidget(self.banked, 1)
        close_row.addWidget(self.close_button)
        count_layout.addLayout(close_row)

        left = QVBoxLayout()
        left.addWidget(self.open_box)
        left.addWidget(self.move_box)
        left.addWidget(self.count_box, 1)

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
        self.print_button.setToolTip(self.tr("Kurzfassung auf dem Bondrucker"))
        self.closing_list = QListWidget()
        self.closing_list.setMaximumHeight(130)
        self.closing_list.itemActivated.connect(lambda _i: self.show_z(self.selected_closing()))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setFont(QFont("DejaVu Sans Mono", 9))
        buttons = QHBoxLayout()
        for button in (self.x_button, self.print_button, self.pdf_button, self.csv_button,
                       self.month_button):
            buttons.addWidget(button)
        right = QVBoxLayout()
        right.addLayout(buttons)
        right.addWidget(QLabel(self.tr("Z-Berichte (Enter: anzeigen)")))
        right.addWidget(self.closing_list)
        right.addWidget(self.preview, 1)

        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout.addLayout(body, 1)
        session.actor_changed.connect(lambda _a: self.reload())

    # --- state ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.session.logged_in:
            self.reload()

    @property
    def manager(self) -> bool:
        return self.session.may(Permission.CLOSE_DAY)

    def reload(self) -> None:
        for widget in (self.open_box, self.move_box, self.count_box, self.month_button,
                       self.closing_list, self.pdf_button, self.csv_button):
            widget.setVisible(self.manager)
        if not self.manager:
            self.status.setText(self.tr("Als Kasse: X-Bericht der offenen Sitzung."))
            return
        self.session.ops.query(self.session.actor, closing.till_state).then(
            self._state, self._fail, self)
        self.session.ops.query(self.session.actor, closing.list_closings).then(
            self._closings, self._fail, self)

    def _state(self, state: TillState) -> None:
        self.state = state
        is_open = state.session is not None
        self.open_box.setVisible(not is_open)
        self.move_box.setVisible(is_open)
        self.close_button.setVisible(is_open)
        self.comment.setVisible(is_open)
        self.banked.setVisible(is_open)
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

    def _closings(self, closings: list[ClosingInfo]) -> None:
        self.closings = closings
        self.closing_list.clear()
        for c in closings:
            self.closing_list.addItem(self.tr("Z {z} · {when} · Umsatz {gross} · Differenz "
                                              "{diff}").format(
                z=c.z_number, when=format_local(c.closed_at), gross=format_cents(c.gross_cents),
                diff=format_cents(c.difference_cents)))

    def selected_closing(self) -> ClosingInfo | None:
        row = self.closing_list.currentRow()
        return self.closings[row] if 0 <= row < len(self.closings) else None

    def _count_changed(self, total: int) -> None:
        if self.state is None or self.state.session is None:
            self.count_info.setText(self.tr("Gezählt: {c}").format(c=format_cents(total)))
            return
        expected = self.state.expected_cash_cents or 0
        self.count_info.setText(self.tr("Gezählt {c} · Soll {e} · Differenz {d}").format(
            c=format_cents(total), e=format_cents(expected), d=format_cents(total - expected)))

    def say(self, text: str) -> None:
        self.message.setText(text)

    def _fail(self, exc: BaseException) -> None:
        self.say(self.session.ops.reporter.message_for(exc))

    def _open_drawer(self) -> None:
        devices = self.session.devices
        if devices is not None and devices.drawer is not None:
            try:
                devices.drawer.open()
            except Exception as exc:  # the booking is committed; say what failed
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
        try:
            banked = _cents(self.banked.text(), self.tr("Zur Bank"))
        except ValidationError as exc:
            self._fail(exc)
            return

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
        self.session.ops.call(self.session.actor, closing.close_session, self.grid.counts(),
                              self.comment.text(), banked).then(closed, self._fail, self)

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
            self.say(self.tr(NO_REPORT))
            return
        job = report_receipt.job(report, devices.width, codepage=devices.codepage,
                                 table=devices.table, cut=devices.cut)
        self.session.ops.run(lambda: devices.printer.print_job(job),
                             lambda _r: self.say(self.tr("Bericht gedruckt.")), self._fail, self)

    def save_report(self, path: Path) -> None:
        """Write the shown report as PDF or CSV (by the file name) off the GUI thread."""
        if self.report is None:
            self.say(self.tr(NO_REPORT))
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
        today = local(self.backend.clock()).date()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Monatsübersicht speichern"),
            str(Path.home() / f"monat-{today:%Y-%m}.pdf"), self.tr("PDF oder CSV (*.pdf *.csv)"))
        if path:
            self.save_month(Path(path), today.year, today.month)

