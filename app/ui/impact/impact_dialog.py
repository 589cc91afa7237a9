"""Klimabilanz (issue #16): the climate figures of a period, two charts, PDF and CSV.

The figures come from ``services.impact.export.shown`` (managers) off the GUI thread; a newer
period supersedes a reload still running (``latest``). An unknown figure is shown as
"unbekannt" and the categories without a factor are named, never counted as 0.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.impact import export as impact_export
from app.services.impact.figures import Figure, ImpactReport
from app.services.impact.notes import format_kg
from app.services.kernel.context import Ctx
from app.services.kernel.roles import Permission
from app.services.reports import files as report_files
from app.ui.impact.bar_chart import BarChart
from app.ui.impact.factors_dialog import FactorsDialog
from app.ui.kit.message_line import MessageLine
from app.ui.kit.translation_marks import QT_TRANSLATE_NOOP
from app.ui.shell.session import SessionState

THIS_MONTH, LAST_MONTH, THIS_YEAR, FREE = "month", "last_month", "year", "free"
PERIODS = ((THIS_MONTH, QT_TRANSLATE_NOOP("ImpactDialog", "Dieser Monat")),
           (LAST_MONTH, QT_TRANSLATE_NOOP("ImpactDialog", "Letzter Monat")),
           (THIS_YEAR, QT_TRANSLATE_NOOP("ImpactDialog", "Dieses Jahr")),
           (FREE, QT_TRANSLATE_NOOP("ImpactDialog", "Frei wählen (von – bis)")))


def period_range(choice: str, today: date) -> tuple[date, date] | None:
    """First and last Berlin day of a preset period; None for the free choice."""
    if choice == THIS_MONTH:
        return today.replace(day=1), today
    if choice == LAST_MONTH:
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    if choice == THIS_YEAR:
        return today.replace(month=1, day=1), today
    return None


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _days(start: date, end: date) -> list[date]:
    """Every day of the period: a day without sales is a bar of 0, not a gap."""
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


def _months(start: date, end: date) -> list[tuple[int, int]]:
    """Every (year, month) the period touches, in order."""
    first, last = start.year * 12 + start.month - 1, end.year * 12 + end.month - 1
    return [(n // 12, n % 12 + 1) for n in range(first, last + 1)]


def _co2e(figure: Figure | None) -> int | None:
    """Grams CO2e of a bar: nothing sold is a known 0, only unknown lines stay None."""
    return 0 if figure is None or not figure.lines else figure.co2e_g


class ImpactDialog(QDialog):
    """Figures, CO2e per month (per day within one month) and per category; export."""

    def __init__(self, session: SessionState, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.today = today
        self.report: ImpactReport | None = None
        self.setWindowTitle(self.tr("Klimabilanz"))

        self.period_choice = QComboBox()
        for key, label in PERIODS:
            self.period_choice.addItem(self.tr(label), key)
        self.period_choice.setAccessibleName(self.tr("Zeitraum"))
        self.start_edit = QDateEdit()
        self.end_edit = QDateEdit()
        for edit, name in ((self.start_edit, self.tr("Erster Tag")),
                           (self.end_edit, self.tr("Letzter Tag"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setAccessibleName(name)
        period_label = QLabel(self.tr("&Zeitraum:"))
        period_label.setBuddy(self.period_choice)
        start_label = QLabel(self.tr("&Von:"))
        start_label.setBuddy(self.start_edit)
        end_label = QLabel(self.tr("&Bis:"))
        end_label.setBuddy(self.end_edit)
        period_row = QHBoxLayout()
        for widget in (period_label, self.period_choice, start_label, self.start_edit,
                       end_label, self.end_edit):
            period_row.addWidget(widget)
        period_row.addStretch(1)

        self.items_value = QLabel()
        self.reused_value = QLabel()
        self.recycled_value = QLabel()
        self.co2e_value = QLabel()
        figures = QGridLayout()
        for column, (value, caption) in enumerate((
                (self.items_value, self.tr("Artikel weiterverwendet")),
                (self.reused_value, self.tr("kg weiterverwendet")),
                (self.recycled_value, self.tr("kg recycelt")),
                (self.co2e_value, self.tr("kg CO2e vermieden")))):
            value.setObjectName("figureValue")
            value.setAccessibleName(caption)
            caption_label = QLabel(caption)
            caption_label.setObjectName("figureCaption")
            figures.addWidget(value, 0, column)
            figures.addWidget(caption_label, 1, column)
        self.note = QLabel()
        self.note.setObjectName("impactNote")
        self.note.setWordWrap(True)
        self.delivery_note = QLabel()
        self.delivery_note.setObjectName("impactNote")
        self.delivery_note.setWordWrap(True)

        self.time_chart = BarChart()
        self.category_chart = BarChart(horizontal=True)
        self.time_chart.setAccessibleName(self.tr("Diagramm: kg CO2e vermieden je Monat"))
        self.category_chart.setAccessibleName(
            self.tr("Diagramm: kg CO2e vermieden je Warengruppe"))
        self.time_box = QGroupBox(self.tr("kg CO2e vermieden je Monat"))
        QVBoxLayout(self.time_box).addWidget(self.time_chart)
        category_box = QGroupBox(self.tr("kg CO2e vermieden je Warengruppe"))
        QVBoxLayout(category_box).addWidget(self.category_chart)
        charts = QHBoxLayout()
        charts.addWidget(self.time_box, 1)
        charts.addWidget(category_box, 1)

        self.message = MessageLine()
        self.pdf_button = QPushButton(self.tr("Als &PDF speichern…"))
        self.csv_button = QPushButton(self.tr("Als &CSV speichern…"))
        for button, fmt in ((self.pdf_button, "pdf"), (self.csv_button, "csv")):
            button.setAutoDefault(False)
            button.setAccessibleName(button.text().replace("&", ""))
            button.clicked.connect(lambda _checked=False, f=fmt: self.ask_save(f))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Schließen (Esc)"))
        close.setAccessibleName(self.tr("Schließen"))
        close.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)
        self.factors_button = QPushButton(self.tr("Klima-&Faktoren…"))
        self.factors_button.setAutoDefault(False)
        self.factors_button.setAccessibleName(self.tr("Klima-Faktoren"))
        self.factors_button.clicked.connect(self.open_factors)
        self.factors_button.setVisible(session.may(Permission.SETTINGS))
        self.factors_dialog: FactorsDialog | None = None
        bottom = QHBoxLayout()
        bottom.addWidget(self.pdf_button)
        bottom.addWidget(self.csv_button)
        bottom.addWidget(self.factors_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(period_row)
        layout.addLayout(figures)
        layout.addWidget(self.note)
        layout.addWidget(self.delivery_note)
        layout.addLayout(charts, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.resize(1000, 600)

        self._set_dates(*self._preset(THIS_MONTH))
        self.period_choice.currentIndexChanged.connect(self._choice_changed)
        self.start_edit.dateChanged.connect(self._dates_edited)
        self.end_edit.dateChanged.connect(self._dates_edited)
        self.period_choice.setFocus()
        self.reload()

    def open_factors(self) -> FactorsDialog:
        """The factors and a new figure; the view reloads when it closes (new sales only
        change with the new version, the shown period keeps its figures)."""
        dialog = FactorsDialog(self.session, self)
        self.factors_dialog = dialog
        dialog.finished.connect(lambda _r: self.reload())
        dialog.open()
        return dialog

    # --- the period ------------------------------------------------------------------------

    def _preset(self, choice: str) -> tuple[date, date]:
        found = period_range(choice, self.today)
        return found if found is not None else self.chosen_period()

    def _set_dates(self, start: date, end: date) -> None:
        for edit, day in ((self.start_edit, start), (self.end_edit, end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def chosen_period(self) -> tuple[date, date]:
        """The first and last day shown (Berlin calendar days, both included)."""
        return _day(self.start_edit.date()), _day(self.end_edit.date())

    def _choice_changed(self, _index: int) -> None:
        choice = self.period_choice.currentData()
        if choice != FREE:
            self._set_dates(*self._preset(choice))
        self.reload()

    def _dates_edited(self, _value: QDate) -> None:
        """Typing a date makes the period a free one."""
        free = self.period_choice.findData(FREE)
        if self.period_choice.currentIndex() != free:
            self.period_choice.blockSignals(True)
            self.period_choice.setCurrentIndex(free)
            self.period_choice.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        start, end = self.chosen_period()
        if end < start:
            self.message.warning(self.tr("Der Zeitraum endet vor seinem Beginn."))
            return
        self.message.clear()
        self.session.ops.query(self.session.actor, impact_export.shown, start, end).latest().then(
            self._show, self._fail, self)

    # --- showing ---------------------------------------------------------------------------

    def _show(self, report: ImpactReport) -> None:
        self.report = report
        total = report.total
        # Nothing sold is a known 0; lines without a factor stay "unbekannt".
        sold = total.lines > 0
        self.items_value.setText(str(total.items))
        self.reused_value.setText(format_kg(total.grams_reused if sold else 0))
        self.recycled_value.setText(format_kg(report.recycled_grams))
        self.co2e_value.setText(format_kg(total.co2e_g if sold else 0))
        self.note.setText(self._note_text(report))
        self.delivery_note.setText(impact_export.delivery_line(report))
        one_month = (report.start.year, report.start.month) == (report.end.year,
                                                                report.end.month)
        if one_month:
            self.time_box.setTitle(self.tr("kg CO2e vermieden je Tag"))
            self.time_chart.setAccessibleName(self.tr("Diagramm: kg CO2e vermieden je Tag"))
            self.time_chart.set_bars([(f"{d.day}.", _co2e(report.by_day.get(d)))
                                      for d in _days(report.start, report.end)])
        else:
            self.time_box.setTitle(self.tr("kg CO2e vermieden je Monat"))
            self.time_chart.setAccessibleName(self.tr("Diagramm: kg CO2e vermieden je Monat"))
            self.time_chart.set_bars([(f"{m:02d}/{y}", _co2e(report.by_month.get((y, m))))
                                      for y, m in _months(report.start, report.end)])
        by_co2e = sorted(report.by_category.items(),
                         key=lambda kv: (kv[1].co2e_g is None, -(kv[1].co2e_g or 0), kv[0]))
        self.category_chart.set_bars([(name, f.co2e_g) for name, f in by_co2e])

    def _note_text(self, report: ImpactReport) -> str:
        if not report.total.lines:
            return self.tr("Im Zeitraum wurde nichts verkauft.")
        lacking = [name for name, f in report.by_category.items() if f.unknown_lines]
        if not lacking:
            return self.tr("Alle verkauften Warengruppen haben einen Klima-Faktor. "
                           "CO2e ist ein Schätzwert.")
        return self.tr("Ohne Klima-Faktor (in der CO2e-Summe nicht enthalten, unbekannt "
                       "statt 0): {names}").format(names=", ".join(lacking))

    def _fail(self, exc: BaseException) -> None:
        self.message.error(self.session.ops.reporter.message_for(exc))

    # --- export ------------------------------------------------------------------------------

    def ask_save(self, fmt: str) -> None:
        """Ask for the file, then write the export of the shown period."""
        start, end = self.chosen_period()
        suggested = Path.home() / f"klimabilanz-{start:%Y-%m-%d}-{end:%Y-%m-%d}.{fmt}"
        title = self.tr("Klimabilanz als PDF speichern") if fmt == "pdf" else self.tr(
            "Klimabilanz als CSV speichern")
        filter_text = self.tr("PDF-Dokument (*.pdf)") if fmt == "pdf" else self.tr(
            "CSV-Tabelle (*.csv)")
        path, _ = QFileDialog.getSaveFileName(self, title, str(suggested), filter_text)
        if path:
            self.save(Path(path), fmt, start, end)

    def save(self, path: Path, fmt: str, start: date, end: date) -> None:
        """Render and write the file off the GUI thread; the message line shows the path."""
        target = path if path.suffix.lower() == f".{fmt}" else path.with_name(
            f"{path.name}.{fmt}")

        def write(ctx: Ctx) -> Path:
            result = impact_export.export(ctx, start, end, fmt)
            report_files.write_atomic(target, result.data)
            return target
        self.message.info(self.tr("Wird gespeichert …"))
        self.session.ops.query(self.session.actor, write).then(
            lambda p: self.message.success(self.tr("Gespeichert: {p}").format(p=p)),
            self._fail, self)
