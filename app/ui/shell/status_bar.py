"""The status bar: store, station, user, devices and sync state at a glance."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar, QWidget

from app.services.kernel.context import SYSTEM, Actor, StationInfo
from app.services.kernel.formatting import format_local
from app.services.sync import state as sync_state
from app.ui.kit.eliding_label import ElidingLabel
from app.ui.kit.role_names import name_with_role
from app.ui.shell.session import SessionState

SYNC_REFRESH_MS = 5000


class TillStatusBar(QStatusBar):
    """Permanent labels; the pending event count is refreshed by a timer off-thread."""

    def __init__(self, session: SessionState, station: StationInfo | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # The store's name gives way (ends in "…", full name in the tooltip) before the
        # other labels or the switch button are pushed out of a 1366 px window.
        self.store_label = ElidingLabel(
            station.store_name if station else self.tr("ohne Kaufhaus"))
        self.station_label = QLabel(
            self.tr("Station %d") % station.number if station else self.tr("ohne Station"))
        self.user_label = QLabel()
        self.devices_label = ElidingLabel()
        self.sync_label = ElidingLabel(self.tr("offline"))
        self.switch_button = QPushButton(self.tr("Benutzer wechseln"))
        self.switch_button.setAutoDefault(False)
        self.switch_button.setToolTip(self.tr("Strg+Umschalt+U"))
        for name, label in (("store", self.store_label), ("station", self.station_label),
                            ("user", self.user_label), ("devices", self.devices_label),
                            ("sync", self.sync_label)):
            label.setObjectName(f"status:{name}")
            self.addPermanentWidget(label)
        self.addPermanentWidget(self.switch_button)
        self._devices: dict[str, str] = {}
        self.warnings_label: QLabel | None = None
        self.backup_label: QLabel | None = None
        self.pending: int | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(SYNC_REFRESH_MS)
        self.timer.timeout.connect(self.refresh_sync)
        session.actor_changed.connect(self.show_actor)
        if session.logged_in:
            self.show_actor(session.actor)

    def show_actor(self, actor: Actor) -> None:
        name = actor.display_name or actor.name
        self.user_label.setText(name_with_role(name, actor.role, "{name} ({role})"))

    def show_warnings(self, warnings: list[str]) -> None:
        """Start-up warnings (files open to other users): a permanent label, details in
        its tooltip, the first one also as the bar's message."""
        if not warnings:
            return
        label = QLabel(self.tr("⚠ Dateirechte zu offen"))
        label.setObjectName("status:warnings")
        label.setToolTip("\n".join(warnings))
        self.insertPermanentWidget(0, label)
        self.warnings_label = label
        self.showMessage(warnings[0])

    def show_backup(self, written: str | None = None, problem: str | None = None) -> None:
        """Today's automatic backup. A failure is a short permanent warning ("⚠ Sicherung
        fehlgeschlagen", the reason in its tooltip) until a later backup works; a success
        takes no room (Einstellungen → Dieser Rechner names the newest backup). As a bar
        message it was cut to "Sicherung g" at 1366 px (found in the real window)."""
        if problem is None:
            if written is not None and self.backup_label is not None:
                self.removeWidget(self.backup_label)
                self.backup_label.deleteLater()
                self.backup_label = None
            return
        if self.backup_label is None:
            self.backup_label = QLabel()
            self.backup_label.setObjectName("status:backup")
            self.insertPermanentWidget(0, self.backup_label)
        self.backup_label.setText(self.tr("⚠ Sicherung fehlgeschlagen"))
        self.backup_label.setToolTip(problem)

    def set_device_state(self, device: str, state: str) -> None:
        """Show the state of one device ("Drucker", "Scanner") — drivers call this later."""
        self._devices[device] = state
        self.devices_label.setText(" · ".join(f"{d}: {s}" for d, s in self._devices.items()))

    def start(self) -> None:
        """Refresh the sync state now and every few seconds."""
        self.refresh_sync()
        self.timer.start()

    def refresh_sync(self) -> None:
        self.session.ops.query(SYSTEM, sync_state.overview).latest().then(
            self.show_sync, self._sync_failed, parent=self)

    def show_pending(self, count: int) -> None:
        """Offline with ``count`` events waiting (no server registered yet)."""
        self.pending = count
        self.sync_label.setText(self.tr("offline · %d ausstehend") % count)

    def show_sync(self, overview: sync_state.SyncOverview) -> None:
        """Online/offline, the last successful sync, pending events, conflicts."""
        self.pending = overview.pending
        if not overview.registered:
            self.show_pending(overview.pending)
            self.sync_label.set_detail(self.tr(
                "Nicht bei der Zentrale angemeldet: kreislauf sync --register CODE --server URL"))
            return
        state = self.tr("online") if overview.online else self.tr("offline")
        text = self.tr("%s · %d ausstehend") % (state, overview.pending)
        if overview.last_sync_at is not None:
            text += self.tr(" · zuletzt %s") % format_local(overview.last_sync_at, "%d.%m. %H:%M")
        if overview.conflicts:
            text += self.tr(" · %d Konflikte") % overview.conflicts
        self.sync_label.setText(text)
        self.sync_label.set_detail(overview.last_error or overview.server_url)

    def _sync_failed(self, exc: BaseException) -> None:
        # A timer must not pop up a dialog every five seconds; the log keeps the detail.
        self.session.ops.reporter.message_for(exc)
        self.sync_label.setText(self.tr("offline · Stand unbekannt"))
