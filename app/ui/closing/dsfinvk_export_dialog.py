"""Asks for the date range and the target file of a DSFinV-K export (Abschluss)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DsfinvkExportDialog(QDialog):
    """From, to and file; Enter confirms. The export itself runs in the caller."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("DSFinV-K-Export"))
        self.start_edit = QDateEdit(_qdate(today.replace(day=1)))
        self.end_edit = QDateEdit(_qdate(today))
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.path_edit = QLineEdit(str(Path.home() / f"dsfinvk-{today:%Y-%m}.zip"))
        browse = QPushButton(self.tr("&Durchsuchen…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Exportieren"))
        ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Alle Tagesabschlüsse (Z) im Zeitraum, als ZIP für die "
                                   "Betriebsprüfung.")))
        form.addRow(self.tr("&Von:"), self.start_edit)
        form.addRow(self.tr("&Bis:"), self.end_edit)
        form.addRow(self.tr("&Datei:"), path_row)
        form.addRow(self.buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("DSFinV-K-Export speichern"),
                                              self.path_edit.text(),
                                              self.tr("ZIP-Archiv (*.zip)"))
        if path:
            self.path_edit.setText(path)

    def choice(self) -> tuple[date, date, Path]:
        start, end = self.start_edit.date(), self.end_edit.date()
        return (date(start.year(), start.month(), start.day()),
                date(end.year(), end.month(), end.day()), Path(self.path_edit.text().strip()))
