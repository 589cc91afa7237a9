"""The window's ``OperatorPrompt``: a device asks the person at the till, in a Ja/Nein box.

The sale flow runs on a worker thread and asks ``ask_retry`` there (printer retry loop).
The question is handed to the GUI thread through a queued signal and shown as a
window-modal message box (Enter = Ja, Escape = Nein); the worker waits on a
``threading.Event`` for the answer. Closing the window (or quitting) cancels: every open
and every later question is answered "Nein", so no worker waits for a box nobody sees.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from app.ui.kit.notifier import Notifier

log = logging.getLogger(__name__)


@dataclass(eq=False)
class _Question:
    message: str
    answered: threading.Event = field(default_factory=threading.Event)
    retry: bool = False
    box: QMessageBox | None = None

    def answer(self, retry: bool) -> None:
        self.retry = retry
        self.answered.set()


class QtOperatorPrompt(QObject):
    """Implements ``app.hardware.protocols.OperatorPrompt`` for ``window``."""

    _ask = Signal(object)
    _tell = Signal(str)

    def __init__(self, window: QWidget, notifier: Notifier) -> None:
        super().__init__(window)
        self.window = window
        self.notifier = notifier
        self.box: QMessageBox | None = None  # the question on screen, if any
        self._cancelled = threading.Event()
        self._lock = threading.Lock()
        self._open: list[_Question] = []
        self._ask.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._tell.connect(self._inform, Qt.ConnectionType.QueuedConnection)
        window.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.cancel)

    # --- the protocol (any thread) ------------------------------------------------------

    def ask_retry(self, message: str) -> bool:
        """Show ``message`` with Ja/Nein; True for Ja. Waits on a worker thread."""
        if self._cancelled.is_set():
            return False
        question = _Question(message)
        if QThread.currentThread() is self.thread():
            # Asked on the GUI thread itself: waiting for a queued call would deadlock.
            self._box_for(question).exec()
            return question.retry
        with self._lock:
            if self._cancelled.is_set():
                return False
            self._open.append(question)
        try:
            self._ask.emit(question)
        except RuntimeError:  # the window (and this object) is gone already
            return False
        question.answered.wait()
        with self._lock:
            self._open.remove(question)
        return question.retry

    def inform(self, message: str) -> None:
        """Tell the operator ``message`` (German) without waiting for anything."""
        if self._cancelled.is_set():
            return
        try:
            self._tell.emit(message)
        except RuntimeError:
            log.info("not shown, the window is gone: %s", message)

    # --- GUI thread ---------------------------------------------------------------------

    @Slot(object)
    def _show(self, question: _Question) -> None:
        if self._cancelled.is_set():
            question.answer(False)
            return
        self._box_for(question).open()

    @Slot(str)
    def _inform(self, message: str) -> None:
        self.notifier.info(message, self.window)

    def _box_for(self, question: _Question) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Bondrucker"), question.message,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self.window)
        box.setObjectName("operatorPrompt")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        yes = box.button(QMessageBox.StandardButton.Yes)
        no = box.button(QMessageBox.StandardButton.No)
        yes.setText(self.tr("&Ja"))
        no.setText(self.tr("&Nein"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.setEscapeButton(no)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self._answered(question, box.clickedButton() is yes))
        question.box = box
        self.box = box
        return box

    def _answered(self, question: _Question, retry: bool) -> None:
        if self.box is question.box:
            self.box = None
        question.box = None
        question.answer(retry and not self._cancelled.is_set())

    def cancel(self) -> None:
        """Answer every open question "Nein" and every later one at once (window closing)."""
        self._cancelled.set()
        with self._lock:
            waiting = list(self._open)
        for question in waiting:
            if question.box is not None:
                question.box.reject()
            question.answer(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.cancel()  # before the window waits for its workers
        return False
