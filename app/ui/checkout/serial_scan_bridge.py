"""Moves a serial scanner's callbacks from its reader thread onto the GUI thread.

The driver calls back on its own thread; Qt widgets may only be touched on the GUI
thread. The bridge lives on the GUI thread and re-emits through queued connections, the
same way ``app.ui.kit.operations`` hands worker results back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot

from app.hardware.protocols import PortScanner
from app.hardware.serial_scanner import state_text

log = logging.getLogger(__name__)


class SerialScanBridge(QObject):
    """Feeds ``on_code`` with each scan; ``state_changed(connected, text)`` on the GUI thread.

    A line the scanner refused arrives as ``refused(message)`` (the German sentence for
    the person at the till) and changes the state text (its count since start).
    """

    state_changed = Signal(bool, str)  # connected, "verbunden" / "getrennt — verbinde neu …"
    refused = Signal(str)
    _code = Signal(str)
    _state = Signal(bool, str)
    _refused = Signal(str, int)

    def __init__(self, scanner: PortScanner, on_code: Callable[[str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scanner = scanner
        self.on_code = on_code
        self.connected = False
        self.problem = ""
        self.refused_count = 0
        self._code.connect(self._deliver_code, Qt.ConnectionType.QueuedConnection)
        self._state.connect(self._deliver_state, Qt.ConnectionType.QueuedConnection)
        self._refused.connect(self._deliver_refused, Qt.ConnectionType.QueuedConnection)
        scanner.on_state = self._state.emit
        scanner.on_refused = self._refused.emit

    @property
    def state(self) -> str:
        return state_text(self.connected, self.refused_count)

    def start(self) -> None:
        self.scanner.start(self._code.emit)

    def stop(self) -> None:
        self.scanner.stop()

    @Slot(str)
    def _deliver_code(self, code: str) -> None:
        self.on_code(code)

    @Slot(str, int)
    def _deliver_refused(self, message: str, count: int) -> None:
        self.refused_count = count
        self.refused.emit(message)
        self.state_changed.emit(self.connected, self.state)

    @Slot(bool, str)
    def _deliver_state(self, connected: bool, problem: str) -> None:
        self.connected, self.problem = connected, problem
        if problem:
            log.warning("serial scanner: %s", problem)
        self.state_changed.emit(connected, self.state)
