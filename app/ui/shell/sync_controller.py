"""Sync with the central server from the window: a background loop and "Jetzt synchronisieren".

The loop (``SyncWorker.run``, no Qt) runs in a plain daemon thread once the till is
registered; the status bar reads the sync state from the database, so it needs no signal
from that thread. "Jetzt synchronisieren" wakes the loop, or runs one round through the
operations helper when no loop is running (for example right after registering).
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.services.kernel.context import SYSTEM
from app.services.kernel.messages import SYNC_CANCELLED
from app.services.kernel.progress import Progress
from app.services.sync import state as sync_state
from app.services.sync.flow import SyncClient, SyncReport
from app.services.sync.worker import SyncWorker
from app.ui.kit.progress_run import ProgressRun, run_with_progress
from app.ui.shell.session import SessionState

if TYPE_CHECKING:
    from app.services.kernel.backend import Backend

log = logging.getLogger(__name__)


class SyncController(QObject):
    finished = Signal()  # a round started from the window has ended

    def __init__(self, backend: Backend, session: SessionState,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.session = session
        self.worker: SyncWorker | None = None
        self.loop_thread: threading.Thread | None = None
        self.progress: ProgressRun | None = None  # a round started from the window

    def _client(self) -> SyncClient:
        ca_file = self.session.settings.get("sync.ca_file") or None
        return SyncClient(self.backend, ca_file=ca_file)

    def start(self) -> None:
        """Start the background loop if this till is registered with a server."""
        def decide(overview: sync_state.SyncOverview) -> None:
            if overview.registered and self.worker is None:
                self.worker = SyncWorker(self._client)
                self.loop_thread = threading.Thread(target=self.worker.run_in_background,
                                                    name="sync", daemon=True)
                self.loop_thread.start()
                log.info("background sync started for %s", overview.server_url)
        self.session.ops.query(SYSTEM, sync_state.overview).then(decide)

    def sync_now(self, parent: QWidget | None = None) -> None:
        """One round now; the user is told how it went."""
        if self.worker is not None:
            self.worker.trigger()
            self.session.notifier.info(self.tr(
                "Synchronisierung gestartet; der Stand erscheint in der Statusleiste."), parent)
            return

        def round_(progress: Progress) -> SyncReport:
            return SyncWorker(self._client).run_once(
                lambda _phase, done, total: progress(done, total))

        def done(report: SyncReport) -> None:
            self.session.notifier.info(self.tr(
                "Synchronisiert: {pushed} gesendet, {pulled} empfangen, {pending} ausstehend."
            ).format(pushed=report.acked, pulled=report.pulled, pending=report.pending), parent)
            self.finished.emit()
            self.start()

        def failed(exc: BaseException) -> None:
            self.session.ops.reporter.report(exc, parent)
            self.finished.emit()
        def stopped(text: str) -> None:
            self.session.notifier.info(text, parent)
            self.finished.emit()
        self.progress = run_with_progress(
            self.session.ops, parent,
            self.tr("Synchronisierung"), self.tr("Daten werden mit dem Server abgeglichen …"),
            round_, done, stopped, failed, cancel_message=SYNC_CANCELLED)

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.stop()
        if self.loop_thread is not None:
            self.loop_thread.join(timeout=5)
