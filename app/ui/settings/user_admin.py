"""User management for managers and admins: list, add, unlock, reset a PIN, deactivate."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.kernel.roles import Permission
from app.services.users import accounts as users
from app.services.users.accounts import UserView
from app.sync_schema.enums import Role
from app.ui.kit.role_names import role_label
from app.ui.settings.pin_reset_dialog import PinResetDialog
from app.ui.shell.session import SessionState

NAME_ROLE = Qt.ItemDataRole.UserRole


def _button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setAutoDefault(False)
    return button


class UserAdminPanel(QWidget):
    """Table of all users with their role and state, plus a form to add one."""

    def __init__(self, session: SessionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.users: list[UserView] = []
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Benutzerliste"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Benutzer"), self.tr("Name"), self.tr("Rolle"), self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.unlock_button = _button(self.tr("Entsperre&n"))
        self.unlock_button.clicked.connect(self.unlock_selected)
        self.reset_pin_button = _button(self.tr("&PIN zurücksetzen…"))
        self.reset_pin_button.clicked.connect(self.reset_selected_pin)
        self.pin_dialog: PinResetDialog | None = None
        self.deactivate_button = _button(self.tr("Deakti&vieren"))
        self.deactivate_button.clicked.connect(lambda: self.set_selected_active(False))
        self.activate_button = _button(self.tr("Reakt&ivieren"))
        self.activate_button.clicked.connect(lambda: self.set_selected_active(True))
        actions = QHBoxLayout()
        for button in (self.unlock_button, self.reset_pin_button, self.deactivate_button,
                       self.activate_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self._add_form())
        session.actor_changed.connect(lambda _actor: self.refresh())
        self.refresh()

    def _add_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Neuen Benutzer anlegen"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("z. B. jana"))
        self.display_edit = QLineEdit()
        self.display_edit.setPlaceholderText(self.tr("z. B. Jana Werkstatt"))
        self.role_combo = QComboBox()
        for role in Role:
            self.role_combo.addItem(role_label(role), role.value)
        self.pin_edit = QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}")))
        self.pin_edit.setPlaceholderText(self.tr("4 bis 8 Ziffern"))
        self.pin_edit.returnPressed.connect(self.add_user)
        self.add_button = _button(self.tr("Benutzer an&legen"))
        self.add_button.setProperty("role", "primary")
        self.add_button.clicked.connect(self.add_user)
        form = QFormLayout(box)
        form.addRow(self.tr("Benutzername:"), self.name_edit)
        form.addRow(self.tr("Anzeigename:"), self.display_edit)
        form.addRow(self.tr("Rolle:"), self.role_combo)
        form.addRow(self.tr("Start-PIN:"), self.pin_edit)
        form.addRow("", self.add_button)
        return box

    def refresh(self) -> None:
        """Reload the table from the database (off the GUI thread)."""
        if not self.session.may(Permission.MANAGE_USERS):
            return
        self.session.ops.query(self.session.actor, users.list_users, True).latest().then(
            self._show, parent=self)

    def _show(self, views: list[UserView]) -> None:
        self.users = views
        self.table.setRowCount(len(views))
        for row, view in enumerate(views):
            if not view.active:
                state = self.tr("deaktiviert")
            elif view.locked:
                state = self.tr("gesperrt")
            else:
                state = self.tr("aktiv")
            cells = (view.name, view.display_name, role_label(view.role), state)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(NAME_ROLE, view.name)
                self.table.setItem(row, column, item)

    def selected_name(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return None if item is None else str(item.data(NAME_ROLE))

    def select(self, name: str) -> None:
        for row, view in enumerate(self.users):
            if view.name == name:
                self.table.selectRow(row)
                return

    def add_user(self) -> None:
        """Create the user through the service; the service checks role and PIN."""
        self.add_button.setEnabled(False)
        self.session.ops.call(
            self.session.actor, users.create_user, self.name_edit.text(),
            self.display_edit.text(), str(self.role_combo.currentData()),
            self.pin_edit.text(), True,
        ).then(self._added, self._add_failed, parent=self)

    def _added(self, view: UserView) -> None:
        self.add_button.setEnabled(True)
        for field in (self.name_edit, self.display_edit, self.pin_edit):
            field.clear()
        self.session.notifier.info(
            self.tr("Benutzer „%s“ angelegt. Beim ersten Anmelden wird eine eigene PIN "
                    "verlangt.") % view.display_name, self)
        self.refresh()

    def _add_failed(self, exc: BaseException) -> None:
        self.add_button.setEnabled(True)
        self.session.ops.reporter.report(exc, self)

    def _need_selection(self) -> str | None:
        name = self.selected_name()
        if name is None:
            self.session.notifier.error(self.tr("Bitte zuerst einen Benutzer in der Liste "
                                                "auswählen."), self)
        return name

    def unlock_selected(self) -> None:
        name = self._need_selection()
        if name is not None:
            self.session.ops.call(self.session.actor, users.unlock, name).then(
                lambda _none: self.refresh(), parent=self)

    def set_selected_active(self, active: bool) -> None:
        name = self._need_selection()
        if name is None:
            return
        if not active and name == self.session.actor.name:
            self.session.notifier.error(self.tr("Der eigene Zugang kann nicht deaktiviert "
                                                "werden."), self)
            return
        self.session.ops.call(self.session.actor, users.set_active, name, active).then(
            lambda _none: self.refresh(), parent=self)

    def reset_selected_pin(self) -> None:
        """Ask for a start PIN for the selected user, then reset it through the service."""
        name = self._need_selection()
        if name is None:
            return
        view = next((v for v in self.users if v.name == name), None)
        dialog = PinResetDialog(view.display_name if view else name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pin_dialog = dialog
        dialog.accepted.connect(lambda: self._reset(name, dialog.pin()))
        dialog.finished.connect(lambda _r: self._pin_dialog_closed())
        dialog.open()

    def _pin_dialog_closed(self) -> None:
        self.pin_dialog = None
        self.table.setFocus()

    def _reset(self, name: str, pin: str) -> None:
        def done(view: UserView) -> None:
            self.session.notifier.info(
                self.tr("Neue Start-PIN für „%s“ gesetzt. Beim nächsten Anmelden wird eine "
                        "eigene PIN verlangt.") % view.display_name, self)
            self.refresh()
        self.session.ops.call(self.session.actor, users.reset_pin, name, pin).then(
            done, lambda exc: self.session.ops.reporter.report(exc, self), parent=self)
