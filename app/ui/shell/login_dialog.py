"""Login: pick a user, type the PIN, press Enter. Also the quick user switch."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.kernel.context import SYSTEM, Actor
from app.services.users import accounts as users
from app.services.users.accounts import LoginOutcome, UserView
from app.ui.kit.role_names import name_with_role
from app.ui.shell.session import SessionState

USER_ROLE = Qt.ItemDataRole.UserRole


def _pin_field(placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}")))
    field.setMaxLength(8)
    field.setPlaceholderText(placeholder)
    field.setProperty("role", "pin")
    return field


def _button(text: str, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    # Enter is handled explicitly by the fields; a default button would fire twice.
    button.setAutoDefault(False)
    if primary:
        button.setProperty("role", "primary")
    return button


class LoginDialog(QDialog):
    """Asks who is at the till; emits ``logged_in`` with the actor once the PIN is right.

    A user who must change the PIN (the first ``admin``) gets a second page that asks for
    the new PIN twice before ``logged_in`` fires.
    """

    logged_in = Signal(object)
    users_ready = Signal()

    def __init__(self, session: SessionState, parent: QWidget | None = None,
                 switching: bool = False) -> None:
        super().__init__(parent)
        self.session = session
        self._actor: Actor | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Benutzer wechseln") if switching else self.tr("Anmelden"))
        self.setMinimumSize(520, 520)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._login_page())
        self.pages.addWidget(self._change_pin_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        for first, second in zip(self._tab_chain, self._tab_chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.users_loaded = False
        self._load_users()

    # --- page 1: user and PIN ----------------------------------------------------------
    def _login_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("Anmelden an der Kasse"))
        title.setProperty("role", "title")
        self.pin_edit = _pin_field(self.tr("PIN (4 bis 8 Ziffern)"))
        self.user_list = QListWidget()
        self.user_list.setObjectName("userList")
        self.user_list.setAccessibleName(self.tr("Benutzer"))
        self.pin_edit.setAccessibleName(self.tr("PIN"))
        self.user_list.activated.connect(lambda _index: self.pin_edit.setFocus())
        self.user_list.itemDoubleClicked.connect(lambda _item: self.pin_edit.setFocus())
        self.pin_edit.returnPressed.connect(self.submit)
        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.login_button = _button(self.tr("Anmelden"), primary=True)
        self.login_button.clicked.connect(self.submit)
        cancel = _button(self.tr("Abbrechen"))
        cancel.clicked.connect(self.reject)
        users_label = QLabel(self.tr("&Benutzer:"))
        users_label.setBuddy(self.user_list)
        pin_label = QLabel(self.tr("&PIN:"))
        pin_label.setBuddy(self.pin_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.login_button)
        self._tab_chain: list[QWidget] = [self.user_list, self.pin_edit, self.login_button,
                                           cancel]
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(users_label)
        layout.addWidget(self.user_list, 1)
        layout.addWidget(pin_label)
        layout.addWidget(self.pin_edit)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        return page

    def _load_users(self) -> None:
        self.session.ops.query(SYSTEM, users.list_users).then(self._show_users, parent=self)

    def _show_users(self, views: list[UserView]) -> None:
        keep = self.selected_name()
        self.user_list.clear()
        for view in views:
            text = name_with_role(view.display_name, view.role)
            if view.locked:
                text += self.tr(" (gesperrt)")
            item = QListWidgetItem(text)
            item.setData(USER_ROLE, view.name)
            self.user_list.addItem(item)
            if view.name == keep:
                self.user_list.setCurrentItem(item)
        if self.users_loaded:
            return  # a refresh after a failed login must not move focus or selection
        if views:
            self.user_list.setCurrentRow(0)
        self.user_list.setFocus()
        self.users_loaded = True
        self.users_ready.emit()

    def selected_name(self) -> str | None:
        item = self.user_list.currentItem()
        return None if item is None else str(item.data(USER_ROLE))

    def submit(self) -> None:
        """Check the PIN of the selected user (off the GUI thread)."""
        if self._busy:
            return  # Enter pressed again while the PIN is being checked
        name = self.selected_name()
        pin = self.pin_edit.text()
        if name is None:
            self._fail(self.tr("Bitte zuerst einen Benutzer auswählen."))
            self.user_list.setFocus()
            return
        if not pin:
            self._fail(self.tr("Bitte die PIN eingeben."))
            self.pin_edit.setFocus()
            return
        self._set_busy(True)
        self.session.ops.login(name, pin).then(self._on_login, self._on_login_failed,
                                               parent=self)

    def _on_login(self, outcome: LoginOutcome) -> None:
        self._set_busy(False)
        assert outcome.actor is not None
        self._actor = outcome.actor
        if outcome.must_change_pin:
            self.pages.setCurrentIndex(1)
            self.new_pin.setFocus()
            return
        self._finish()

    def _on_login_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._fail(self.session.ops.reporter.message_for(exc))
        self._load_users()  # the lock mark may have changed
        self.pin_edit.setFocus()

    def _fail(self, message: str) -> None:
        self.error_label.setText(message)
        self.pin_edit.clear()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.login_button.setEnabled(not busy)
        self.pin_edit.setReadOnly(busy)

    # --- page 2: new PIN -----------------------------------------------------------------
    def _change_pin_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("Neue PIN festlegen"))
        title.setProperty("role", "title")
        hint = QLabel(self.tr("Dieser Zugang hat noch die Start-PIN. Bitte jetzt eine "
                              "eigene PIN aus 4 bis 8 Ziffern wählen und zweimal eingeben."))
        hint.setWordWrap(True)
        self.new_pin = _pin_field(self.tr("Neue PIN"))
        self.new_pin_repeat = _pin_field(self.tr("Neue PIN wiederholen"))
        self.new_pin.returnPressed.connect(self.new_pin_repeat.setFocus)
        self.new_pin_repeat.returnPressed.connect(self.save_new_pin)
        self.pin_error_label = QLabel()
        self.pin_error_label.setProperty("role", "error")
        self.pin_error_label.setWordWrap(True)
        self.save_pin_button = _button(self.tr("PIN speichern"), primary=True)
        self.save_pin_button.clicked.connect(self.save_new_pin)
        cancel = _button(self.tr("Abbrechen"))
        cancel.clicked.connect(self.reject)
        new_label = QLabel(self.tr("&Neue PIN:"))
        new_label.setBuddy(self.new_pin)
        repeat_label = QLabel(self.tr("PIN &wiederholen:"))
        repeat_label.setBuddy(self.new_pin_repeat)
        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.save_pin_button)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(new_label)
        layout.addWidget(self.new_pin)
        layout.addWidget(repeat_label)
        layout.addWidget(self.new_pin_repeat)
        layout.addWidget(self.pin_error_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def save_new_pin(self) -> None:
        """Store the new PIN once both entries match; the service checks the format."""
        assert self._actor is not None
        first, second = self.new_pin.text(), self.new_pin_repeat.text()
        if first != second:
            self._pin_failed(self.tr("Die beiden PINs stimmen nicht überein. "
                                     "Bitte erneut eingeben."))
            return
        actor = self._actor
        self.save_pin_button.setEnabled(False)
        self.session.ops.call(actor, users.change_pin, actor.name, first).then(
            lambda _none: self._finish(), self._on_pin_failed, parent=self)

    def _on_pin_failed(self, exc: BaseException) -> None:
        self.save_pin_button.setEnabled(True)
        self._pin_failed(self.session.ops.reporter.message_for(exc))

    def _pin_failed(self, message: str) -> None:
        self.pin_error_label.setText(message)
        self.new_pin.clear()
        self.new_pin_repeat.clear()
        self.new_pin.setFocus()

    def _finish(self) -> None:
        assert self._actor is not None
        self.logged_in.emit(self._actor)
        self.accept()
