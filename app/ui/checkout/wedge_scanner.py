"""Tell a keyboard-wedge scanner from a person typing, wherever the focus is.

A wedge scanner types its code as a burst of keys a few milliseconds apart and ends with
Enter; people leave ~100 ms or more between keys. The filter holds printable keys back
while they come faster than ``max_gap_ms``; a burst of at least ``min_length`` keys
ended by a terminator becomes one ``scanned`` signal and never reaches the focused
field. Anything else is handed on to the focused widget after ``flush_ms``, so typing
works as always (a barely noticeable delay on the first key).

Gaps are measured with the key events' own timestamps (``QKeyEvent.timestamp()``, set
when the window system saw the key), not when the filter gets to them: a GUI thread
that stalls in the middle of a burst delivers the rest of it late, but the timestamps
stay milliseconds apart. Where a platform gives no timestamp (0, e.g. synthetic
events), the time of processing is used instead. A stall can also let the hand-on timer
fire between the first key and the rest of the burst, or the first gap may be a little
longer than the rest; so keys that were handed on moments before a burst (within
``max_gap_ms`` of the next key, or within the hold time ``flush_ms`` of a burst that is
recognised as a scan) are taken back from the field they went to (a ``QLineEdit`` still
exactly as they left it, or a widget that takes no text) and count as the burst's start.

Qt delivers each real key press twice to an application event filter (first to the
``QWindow``, then to the focused widget); only the widget delivery is counted.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from app.config import LocalSettings

TERMINATOR_GAP_MS = 50  # Enter may come a little later than the digits (slow scanners)
# Keys a scanner may send inside a burst (Shift for capitals) that leave the field alone.
_MODIFIER_KEYS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr,
                  Qt.Key.Key_Meta)


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
class KeyTime:
    """When a key happened: the event's timestamp (ms, 0 = none) and when it was seen (s)."""

    stamp: int
    seen: float


def gap_ms(earlier: KeyTime, later: KeyTime) -> float:
    """Milliseconds between two keys, by their timestamps where both have one."""
    if earlier.stamp and later.stamp and later.stamp >= earlier.stamp:
        return float(later.stamp - earlier.stamp)
    return (later.seen - earlier.seen) * 1000


@dataclass(frozen=True)
class _HeldKey:
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    at: KeyTime


@dataclass(frozen=True)
class _HandedOn:
    """Keys just given to ``target``, and the line edit's (text, cursor) around that."""

    keys: list[_HeldKey]
    target: QWidget
    before: tuple[str, int] | None
    after: tuple[str, int] | None


class WedgeScanner(QObject):
    """Application event filter; active while its ``scope`` widget is visible.

    ``clock`` (seconds, monotonic) times keys whose event carries no timestamp.
    """

    scanned = Signal(str)

    def __init__(self, scope: QWidget, config: WedgeConfig | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(scope)
        self.scope = scope
        self.config = config or WedgeConfig()
        self.clock = clock  # seconds, for the gaps between keys; tests step it by hand
        self._held: list[_HeldKey] = []
        self._handed: _HandedOn | None = None
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
        self._handed = None

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
        at = KeyTime(int(event.timestamp()), self.clock())
        if event.key() in self._terminators():
            return self._terminate(at)
        text = event.text()
        plain = not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                          | Qt.KeyboardModifier.AltModifier))
        if plain and len(text) == 1 and text.isprintable() and not event.isAutoRepeat():
            if self._held and gap_ms(self._held[-1].at, at) > self.config.max_gap_ms:
                self.last_decision = "Abstand zu groß: Tastatureingabe"
                self.flush()
            if not self._held:
                self._take_back(at, self.config.max_gap_ms)
            self._held.append(_HeldKey(event.key(), event.modifiers(), text, at))
            self._timer.start(self.config.flush_ms)
            return True
        self.flush()
        if event.key() not in _MODIFIER_KEYS:
            self._handed = None  # the key goes to the field: what came before is typed
        return False

    def _terminate(self, at: KeyTime) -> bool:
        gap_limit = max(self.config.max_gap_ms, TERMINATOR_GAP_MS)
        if not self._held:
            self._take_back(at, gap_limit)  # the whole burst was handed on in a stall
        if not self._held:
            return False
        gap_ok = gap_ms(self._held[-1].at, at) <= gap_limit
        if gap_ok:  # a burst: its first key(s) may have been handed on moments before
            self._take_back(self._held[0].at, max(self.config.flush_ms,
                                                  self.config.max_gap_ms))
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
        self._handed = None  # the terminator goes to the field and ends what was typed
        return False

    def _take_back(self, at: KeyTime, gap_limit: float) -> None:
        """Hold again (before the held keys) the keys just handed on, if ``at`` follows
        them within ``gap_limit`` ms.

        Only while nothing else has happened to the field: a ``QLineEdit`` must show
        exactly what the hand-on left (then it gets its earlier text back); a widget
        that takes no text input kept nothing of them. Anything else keeps the keys.
        """
        handed = self._handed
        if handed is None or gap_ms(handed.keys[-1].at, at) > gap_limit:
            return  # kept: a burst recognised later may still take them back
        self._handed = None
        target = handed.target
        if not shiboken6.isValid(target) or QApplication.focusWidget() is not target:
            return
        if isinstance(target, QLineEdit):
            if handed.before is None or _line_state(target) != handed.after:
                return
            text, cursor = handed.before
            target.setText(text)
            target.setCursorPosition(cursor)
        elif target.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled):
            return  # a text editor we cannot check: the keys stay where they went
        self._held = [*handed.keys, *self._held]

    def flush(self) -> None:
        """Hand held-back keys to the focused widget, in order."""
        self._timer.stop()
        held, self._held = self._held, []
        target = QApplication.focusWidget()
        if not held or target is None:
            return
        before = _line_state(target) if isinstance(target, QLineEdit) else None
        self._replaying = True
        try:
            for key in held:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QCoreApplication.sendEvent(target, QKeyEvent(kind, key.key, key.modifiers,
                                                                 key.text))
        finally:
            self._replaying = False
        after = _line_state(target) if isinstance(target, QLineEdit) else None
        self._handed = _HandedOn(held, target, before, after)


def _line_state(field: QLineEdit) -> tuple[str, int]:
    return field.text(), field.cursorPosition()
