"""The main window: a navigation of big buttons on the left, one area at a time."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.services.kernel.context import Actor
from app.services.kernel.roles import Permission
from app.ui.checkout.checkout_view import CheckoutView
from app.ui.closing.closing_area import ClosingArea
from app.ui.intake.intake_area import IntakeArea
from app.ui.kit.shortcut_overview import (
    ShortcutOverview,
    collect_shortcuts,
    plain_text,
    show_overview,
    window_shortcuts,
)
from app.ui.settings.settings_view import SettingsView
from app.ui.shell.application import DISPLAY_NAME
from app.ui.shell.device_status import watch_devices
from app.ui.shell.login_dialog import LoginDialog
from app.ui.shell.session import SessionState
from app.ui.shell.status_bar import TillStatusBar
from app.ui.shell.sync_controller import SyncController

if TYPE_CHECKING:
    from app.services.kernel.backend import Backend


class Area(StrEnum):
    INTAKE = "intake"
    CHECKOUT = "checkout"
    CLOSING = "closing"
    SETTINGS = "settings"


@dataclass(frozen=True)
class _AreaSpec:
    area: Area
    permissions: tuple[Permission, ...]  # any one of them opens the area
    shortcut: str


AREAS = (
    _AreaSpec(Area.INTAKE, (Permission.INTAKE,), "Ctrl+1"),
    _AreaSpec(Area.CHECKOUT, (Permission.SELL,), "Ctrl+2"),
    _AreaSpec(Area.CLOSING, (Permission.OWN_X_REPORT, Permission.CASH_REPORTS), "Ctrl+3"),
    _AreaSpec(Area.SETTINGS, (Permission.SETTINGS,), "Ctrl+4"),
)
HELP_KEY = "F1"
# In the Kasse F1..F11 are category keys and F12 pays: the overview has its own key there.
CHECKOUT_HELP_KEY = "Ctrl+F1"


def help_keys(area: Area) -> list[QKeySequence]:
    """The keys that open the shortcut overview while ``area`` is shown."""
    if area is Area.CHECKOUT:
        return [QKeySequence(CHECKOUT_HELP_KEY)]
    return [QKeySequence(HELP_KEY), QKeySequence(CHECKOUT_HELP_KEY)]


def main_input(view: QWidget) -> QWidget | None:
    """The area's own ``main_input()`` if it has one, else its first focusable visible widget."""
    own = getattr(view, "main_input", None)
    if callable(own):
        chosen = own()
        if isinstance(chosen, QWidget):
            return chosen
    for child in view.findChildren(QWidget):
        if (child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.isEnabled()
                and child.isVisibleTo(view)):
            return child
    return None


class MainWindow(QMainWindow):
    """Shows the areas the logged-in user's role allows; swaps users without a restart."""

    def __init__(self, backend: Backend, session: SessionState,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.session = session
        self.switch_dialog: LoginDialog | None = None
        self.demo = bool(backend.station and backend.station.demo)
        self.setWindowTitle(self._title(""))
        self.setMinimumSize(1000, 600)
        titles = {
            Area.INTAKE: self.tr("&Annahme"),
            Area.CHECKOUT: self.tr("&Kasse"),
            Area.CLOSING: self.tr("A&bschluss"),
            Area.SETTINGS: self.tr("&Einstellungen"),
        }
        self.views: dict[Area, QWidget] = {
            Area.INTAKE: IntakeArea(backend, session),
            Area.CHECKOUT: CheckoutView(backend, session),
            Area.CLOSING: ClosingArea(backend, session),
            Area.SETTINGS: SettingsView(backend, session),
        }
        self.area_titles = titles
        self.shortcut_overview: ShortcutOverview | None = None
        self.stack = QStackedWidget()
        self.nav_buttons: dict[Area, QPushButton] = {}
        self.area_actions: dict[Area, QAction] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        nav = QFrame()
        nav.setObjectName("navigation")
        nav_layout = QVBoxLayout(nav)
        nav_layout.setContentsMargins(12, 16, 12, 16)
        nav_layout.setSpacing(10)
        for spec in AREAS:
            self.stack.addWidget(self.views[spec.area])
            button = QPushButton(titles[spec.area])
            button.setObjectName(f"nav:{spec.area}")
            button.setProperty("role", "main")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setToolTip(spec.shortcut.replace("Ctrl", self.tr("Strg")))
            button.setAccessibleName(self.tr("Bereich {area}").format(
                area=plain_text(titles[spec.area])))
            button.clicked.connect(lambda _checked=False, a=spec.area: self.show_area(a))
            group.addButton(button)
            nav_layout.addWidget(button)
            self.nav_buttons[spec.area] = button
            action = QAction(titles[spec.area], self)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, a=spec.area: self.show_area(a))
            self.area_actions[spec.area] = action
        nav_layout.addStretch(1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.sync = SyncController(backend, session, self)
        self._build_menus()
        self.status = TillStatusBar(session, backend.station)
        self.sync.finished.connect(self.status.refresh_sync)
        settings_view = self.views[Area.SETTINGS]
        assert isinstance(settings_view, SettingsView)
        settings_view.machine_form.registered.connect(self._registered)
        self.status.switch_button.clicked.connect(self.switch_user)
        self.setStatusBar(self.status)
        self.status.show_warnings(backend.start_warnings)
        self.show_device_states()
        session.actor_changed.connect(self._apply_role)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._keep_focus_in_area)
        if session.logged_in:
            self._apply_role(session.actor)

    def _registered(self, _url: str) -> None:
        """Registered from Einstellungen: sync in the background from now on."""
        self.sync.start()
        self.status.refresh_sync()

    def _build_menus(self) -> None:
        session_menu = self.menuBar().addMenu(self.tr("&Sitzung"))
        self.switch_action = QAction(self.tr("Benutzer &wechseln"), self)
        self.switch_action.setShortcut(QKeySequence("Ctrl+Shift+U"))
        self.switch_action.triggered.connect(self.switch_user)
        session_menu.addAction(self.switch_action)
        self.sync_action = QAction(self.tr("Jetzt &synchronisieren"), self)
        self.sync_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.sync_action.triggered.connect(lambda: self.sync.sync_now(self))
        session_menu.addAction(self.sync_action)
        session_menu.addSeparator()
        quit_action = QAction(self.tr("&Beenden"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        session_menu.addAction(quit_action)
        area_menu = self.menuBar().addMenu(self.tr("Be&reich"))
        for spec in AREAS:
            area_menu.addAction(self.area_actions[spec.area])
        self.help_action = QAction(self.tr("Tastenkürzel anzeigen"), self)
        self.help_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.help_action.setShortcuts(help_keys(Area.INTAKE))
        self.help_action.triggered.connect(self.show_shortcuts)
        self.addAction(self.help_action)
        # The installed version (as --version prints it), where the menu bar has room; in
        # the status bar it pushed "Benutzer wechseln" out of a 1366 px window.
        self.version_label = QLabel(f"Kreislauf-Kasse {__version__}")
        self.version_label.setObjectName("status:version")
        self.version_label.setContentsMargins(0, 0, 8, 0)
        self.menuBar().setCornerWidget(self.version_label, Qt.Corner.TopRightCorner)

    # --- areas ---------------------------------------------------------------------------
    def allowed_areas(self) -> list[Area]:
        return [spec.area for spec in AREAS
                if any(self.session.may(p) for p in spec.permissions)]

    def current_area(self) -> Area:
        widget = self.stack.currentWidget()
        return next(area for area, view in self.views.items() if view is widget)

    def show_area(self, area: Area) -> bool:
        """Switch to ``area`` if the user's role allows it; return whether it did."""
        if area not in self.allowed_areas():
            return False
        self.stack.setCurrentWidget(self.views[area])
        self.nav_buttons[area].setChecked(True)
        self.help_action.setShortcuts(help_keys(area))
        self.focus_main_input()
        return True

    def focus_main_input(self) -> None:
        """Put the keyboard focus where the cashier looks: the shown area's main input."""
        view = self.stack.currentWidget()
        target = main_input(view) if view is not None else None
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _keep_focus_in_area(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Safety net: a hidden area's widget never keeps the keyboard."""
        if new is None or not self.stack.isAncestorOf(new):
            return
        current = self.stack.currentWidget()
        if current is None or not new.isVisible() or not current.isAncestorOf(new):
            self.focus_main_input()

    def _apply_role(self, actor: Actor) -> None:
        allowed = self.allowed_areas()
        for spec in AREAS:
            visible = spec.area in allowed
            self.nav_buttons[spec.area].setVisible(visible)
            self.area_actions[spec.area].setEnabled(visible)
            self.area_actions[spec.area].setVisible(visible)
        if allowed and self.current_area() not in allowed:
            preferred = Area.CHECKOUT if Area.CHECKOUT in allowed else allowed[0]
            self.show_area(preferred)
        elif allowed:
            self.show_area(self.current_area())
        self.setWindowTitle(self._title(actor.display_name or actor.name))

    def _title(self, name: str) -> str:
        """The window title; a demo till says DEMO first, so nobody sells on it by mistake.

        It ends with the app name, so Qt does not append the display name a second time.
        """
        title = f"{name} – {DISPLAY_NAME}" if name else DISPLAY_NAME
        return self.tr("DEMO – %s") % title if self.demo else title

    def show_shortcuts(self) -> None:
        """The F1 overview: the shown area's keys and the window's own."""
        if self.shortcut_overview is not None:
            self.shortcut_overview.raise_()
            return
        area = self.current_area()
        opened_by = " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                               for k in help_keys(area))
        dialog = ShortcutOverview(plain_text(self.area_titles[area]),
                                  collect_shortcuts(self.views[area]),
                                  window_shortcuts(self), opened_by, self)
        dialog.finished.connect(self._shortcuts_closed)
        self.shortcut_overview = dialog
        show_overview(dialog)

    def _shortcuts_closed(self, _result: int) -> None:
        self.shortcut_overview = None

    # --- users and devices ---------------------------------------------------------------
    def switch_user(self) -> None:
        """Open the login for the next person; the current user stays if it is cancelled."""
        if self.switch_dialog is not None:
            self.switch_dialog.raise_()
            return
        dialog = LoginDialog(self.session, self, switching=True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.logged_in.connect(self.session.set_actor)
        dialog.finished.connect(self._switch_done)
        self.switch_dialog = dialog
        dialog.open()

    def _switch_done(self, _result: int) -> None:
        self.switch_dialog = None
        self.focus_main_input()

    def show_device_states(self) -> None:
        """Device states from the settings until the drivers report their own."""
        settings = self.session.settings
        simulated = self.tr("simuliert")
        unchecked = self.tr("nicht geprüft")
        printer = settings.get("printer.kind")
        scanner = settings.get("scanner.kind")
        self.status.set_device_state(
            self.tr("Drucker"),
            simulated if self.session.simulated or printer == "simulated" else unchecked)
        self.status.set_device_state(
            self.tr("Scanner"),
            simulated if self.session.simulated or scanner == "simulated" else unchecked)
        checkout = self.views[Area.CHECKOUT]
        assert isinstance(checkout, CheckoutView)
        # Real devices report their own state.
        watch_devices(self.status, self.session, checkout.printer_state, checkout.serial_bridge)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.status.timer.stop()
        self.sync.stop()
        self.session.ops.wait_for_done()
        super().closeEvent(event)
