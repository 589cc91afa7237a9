"""What every view needs besides the backend: the logged-in user and the UI helpers."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.config import LocalSettings
from app.services.kernel.clock import berlin_today
from app.services.kernel.context import Actor
from app.services.kernel.roles import Permission, allowed
from app.ui.kit.notifier import Notifier
from app.ui.kit.operations import Operations

if TYPE_CHECKING:
    # Only for the annotations: devices (and python-escpos) load after login, not before.
    from app.device_setup import DeviceHub
    from app.services.checkout.flow import TillDevices


class SessionState(QObject):
    """The user at the till right now; ``actor_changed`` fires on login and user switch.

    Views hold this object (handed in by the constructor) instead of a global; they run
    service calls through ``ops`` and tell the user things through ``notifier``.
    """

    actor_changed = Signal(object)

    def __init__(self, ops: Operations, notifier: Notifier, settings: LocalSettings,
                 simulated: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.notifier = notifier
        self.settings = settings
        self.simulated = simulated
        self._actor: Actor | None = None
        # Set by the wiring through ``attach_devices``; the UI never builds a device.
        self.device_hub: DeviceHub | None = None
        self.devices: TillDevices | None = None  # the hub's receipt printer and drawer

    def attach_devices(self, hub: DeviceHub) -> None:
        """The devices the wiring built for this machine (before the main window opens)."""
        self.device_hub = hub
        self.devices = hub.till

    def require_devices(self) -> DeviceHub:
        """The attached devices; screens that print or scan need them."""
        if self.device_hub is None:
            raise RuntimeError("attach_devices() comes before the screens are built")
        return self.device_hub

    @property
    def actor(self) -> Actor:
        """The logged-in user; only valid after the first login."""
        if self._actor is None:
            raise RuntimeError("nobody is logged in yet")
        return self._actor

    @property
    def logged_in(self) -> bool:
        return self._actor is not None

    def set_actor(self, actor: Actor) -> None:
        self._actor = actor
        self.actor_changed.emit(actor)

    def today(self) -> date:
        """The Berlin calendar day of the backend's clock: what date fields default to."""
        return berlin_today(self.ops.backend.clock)

    def may(self, permission: Permission) -> bool:
        """Whether the logged-in user's role allows ``permission`` (for showing screens)."""
        return self._actor is not None and allowed(self._actor.role, permission)
