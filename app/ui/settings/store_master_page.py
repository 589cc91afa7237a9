"""Einstellungen → Stammdaten: the seller's name, address and tax ids, training or live.

Saving adds a dated revision through ``fiscal.master_data`` (the service validates and
answers in German); the live switch goes through ``fiscal.mode``, which refuses while a
legally required field is empty and names it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.fiscal import master_data, mode
from app.services.kernel.context import Ctx
from app.services.kernel.roles import Permission
from app.ui.shell.session import SessionState

FIELDS = ("name", "street", "postcode", "city", "country", "tax_number", "vat_id")


def _load(ctx: Ctx) -> tuple[master_data.MasterData, list[str], str]:
    return master_data.current(ctx), master_data.missing_fields(ctx), mode.current_mode(ctx)


def _save(ctx: Ctx, values: dict[str, str]) -> tuple[master_data.MasterData, list[str], str]:
    master_data.update(ctx, **values)
    return _load(ctx)


def _switch(ctx: Ctx, wanted: str) -> tuple[master_data.MasterData, list[str], str]:
    mode.set_mode(ctx, wanted)
    return _load(ctx)


class StoreMasterPage(QWidget):
    """Form of the store's master data and the training/live switch."""

    saved = Signal()

    def __init__(self, session: SessionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.edits: dict[str, QLineEdit] = {}
        box = QGroupBox(self.tr("Unternehmen (auf jedem Bon und im DSFinV-K-Export)"))
        form = QFormLayout(box)
        labels = {"name": self.tr("&Name:"), "street": self.tr("Straße, &Hausnr.:"),
                  "postcode": self.tr("PL&Z:"), "city": self.tr("&Ort:"),
                  "country": self.tr("&Land:"), "tax_number": self.tr("Steuernu&mmer:"),
                  "vat_id": self.tr("USt-&IdNr.:")}
        hints = {"postcode": self.tr("5 Ziffern"), "country": self.tr("DE"),
                 "tax_number": self.tr("z. B. 332/5751/1234"),
                 "vat_id": self.tr("DE und 9 Ziffern")}
        for key in FIELDS:
            edit = QLineEdit()
            edit.setPlaceholderText(hints.get(key, ""))
            edit.setMaxLength(master_data.LIMITS[key] if key != "country" else 20)
            edit.returnPressed.connect(self.save)
            label = QLabel(labels[key])
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.edits[key] = edit
        self.save_button = QPushButton(self.tr("Stammdaten s&peichern"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        form.addRow("", self.save_button)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.mode_label = QLabel()
        self.live_button = QPushButton(self.tr("E&chtbetrieb einschalten"))
        self.live_button.setAutoDefault(False)
        self.live_button.clicked.connect(lambda: self.switch("live"))
        self.training_button = QPushButton(self.tr("Zurü&ck in den Trainingsbetrieb"))
        self.training_button.setAutoDefault(False)
        self.training_button.clicked.connect(lambda: self.switch("training"))
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.mode_label, 1)
        mode_row.addWidget(self.live_button)
        mode_row.addWidget(self.training_button)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.missing_label)
        layout.addLayout(mode_row)
        layout.addStretch(1)
        session.actor_changed.connect(lambda _actor: self.load())
        self.load()

    def load(self) -> None:
        if not self.session.may(Permission.SETTINGS):
            return
        self.session.ops.query(self.session.actor, _load).then(self._show, parent=self)

    def _show(self, state: tuple[master_data.MasterData, list[str], str]) -> None:
        data, missing, current = state
        for key, edit in self.edits.items():
            edit.setText(getattr(data, key))
        if missing:
            self.missing_label.setText(self.tr("Für den Echtbetrieb fehlt noch: %s")
                                       % ", ".join(missing))
        else:
            self.missing_label.setText(self.tr("Alle Pflichtangaben sind vorhanden."))
        live = current == "live"
        self.mode_label.setText(self.tr("Betrieb: Echtbetrieb (live)") if live else
                                self.tr("Betrieb: Training – Bons sind Trainingsbons"))
        self.live_button.setEnabled(not live)
        self.training_button.setEnabled(live)

    def save(self) -> None:
        values = {key: edit.text() for key, edit in self.edits.items()}
        self.save_button.setEnabled(False)
        self.session.ops.call(self.session.actor, _save, values).then(
            self._saved, self._failed, parent=self)

    def _saved(self, state: tuple[master_data.MasterData, list[str], str]) -> None:
        self.save_button.setEnabled(True)
        self.session.ops.backend.forget_station()  # the store name in the head changed
        self._show(state)
        self.session.notifier.info(self.tr("Stammdaten gespeichert; sie gelten ab jetzt."),
                                   self)
        self.saved.emit()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.session.ops.reporter.report(exc, self)

    def switch(self, wanted: str) -> None:
        self.session.ops.call(self.session.actor, _switch, wanted).then(
            self._switched, self._failed, parent=self)

    def _switched(self, state: tuple[master_data.MasterData, list[str], str]) -> None:
        self._show(state)
        self.session.notifier.info(self.mode_label.text(), self)
