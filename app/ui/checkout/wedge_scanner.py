"""Tell a keyboard-wedge scanner from a person typing, wherever the focus is.

A wedge scanner types its code as a burst of keys a few milliseconds apart and ends with
Enter; people leave ~100 ms or more between keys. The filter holds printable keys back
while they come faster than ``max_gap_ms``; a burst of at least ``min_length`` keys
ended by a terminator becomes one ``scanned`` signal and never reaches the focused
field. Anything else is handed on to the focused widget after ``flush_ms``, so typing
works as always (a barely noticeable delay on the first key).

Qt delivers each real key press twice to an application event filter (first to the
``QWindow``, then to the focused widget); only the widget delivery is counted.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.config import LocalSettings


@dataclass(frozen=True)
class WedgeConfig:
    """Burst detection settings (configurable per scanner model)."""

    max_gap_ms: int = 30
    min_length: int = 8
    flush_ms: int = 80
    prefix: str = ""
    suffix: str = ""
    terminator: str = "enter"  # enter | tab


def wedge_config(settings: LocalSettings) -> WedgeConfig:
    """The burst detection this machine's settings ask for (``scanner.*``)."""
    terminator = settings.get("scanner.terminator")
    return WedgeConfig(max_gap_ms=max(1, settings.get("scanner.max_gap_ms")),
                       min_length=max(1, settings.get("scanner.min_length")),
                       prefix=settings.get("scanner.prefix"),
                       suffix=settings.get("scanner.suffix"),
                       terminator=terminator if terminator in ("enter", "tab") else "enter")


@dataclass(frozen=True)
class _HeldKey:
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    at: float


class WedgeScanner(QObject):
    """Application event filter; active while its ``scope`` widget is visible."""

    scanned = Signal(str)

    def __init__(self, scope: QWidget, config: WedgeConfig | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(scope)
        self.scope = scope
        self.config = config or WedgeConfig()
        self.clock = clock  # seconds, for the gaps between keys; tests step it by hand
        self._held: list[_HeldKey] = []
        self._replaying = False
        self._installed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        self.last_decision = ""  # why the last burst did or did not count (setup page)

    def install(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def uninstall(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False
        self.flush()

    def _terminators(self) -> tuple[int, ...]:
        if self.config.terminator == "tab":
            return (Qt.Key.Key_Tab,)
        return (Qt.Key.Key_Return, Qt.Key.Key_Enter)

    def _in_scope(self, obj: QObject) -> bool:
        if not isinstance(obj, QWidget) or not self.scope.isVisible():
            return False
        return obj.window() is self.scope.window()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self._replaying or event.type() != QEvent.Type.KeyPress:
            return False
        if not self._in_scope(obj):
            return False
        assert isinstance(event, QKeyEvent)
        now = self.clock()
        if event.key() in self._terminators():
            return self._terminate(now)
        text = event.text()
        plain = not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                          | Qt.KeyboardModifier.AltModifier))
        if plain and len(text) == 1 and text.isprintable() and not event.isAutoRepeat():
            if self._held and (now - self._held[-1].at) * 1000 > self.config.max_gap_ms:
                self.last_decision = "Abstand zu groß: Tastatureingabe"
                self.flush()
            self._held.append(_HeldKey(event.key(), event.modifiers(), text, now))
            self._timer.start(self.config.flush_ms)
            return True
        self.flush()
        return False

    def _terminate(self, now: float) -> bool:
        if not self._held:
            return False
        gap_ok = (now - self._held[-1].at) * 1000 <= max(self.config.max_gap_ms, 50)
        text = "".join(k.text for k in self._held)
        if text.startswith(self.config.prefix) and text.endswith(self.config.suffix):
            text = text[len(self.config.prefix):len(text) - len(self.config.suffix) or None]
        if gap_ok and len(text) >= self.config.min_length:
            self._held.clear()
            self._timer.stop()
            self.last_decision = (f"Scan erkannt: {len(text)} Zeichen, je höchstens "
                                  f"{self.config.max_gap_ms} ms Abstand, Abschluss-Taste")
            self.scanned.emit(text)
            return True
        self.last_decision = "zu kurz oder zu langsam: Tastatureingabe"
        self.flush()
        return False

    def flush(self) -> None:
        """Hand held-back keys to the focused widget, in order."""
        self._timer.stop()
        held, self._held = self._held, []
        target = QApplication.focusWidget()
        if not held or target is None:
            return
        self._replaying = True
        try:
            for key in held:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QCoreApplication.sendEvent(target, QKeyEvent(kind, key.key, key.modifiers,
                                                                 key.text))
        finally:
            self._replaying = False
