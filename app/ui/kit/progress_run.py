"""Long work with a progress dialog and an Abbrechen button.

``run_with_progress`` hands the work a ``CancelFlag`` as its ``progress(done, total)``
callback and runs it through ``Jobs`` off the GUI thread. The worker's figures reach the
dialog through a queued signal; Abbrechen (or Esc) sets the flag, and the work stops at
its next safe step with ``Cancelled`` (rolled back, temporary files removed), which is
shown as a calm note, not as an error. Short work finishes before the dialog appears.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.services.kernel.messages import CANCELLED
from app.services.kernel.progress import CancelFlag, Cancelled, Progress
from app.ui.kit.operations import Jobs

T = TypeVar("T")
# Work that ends within this time shows no dialog at all (no flicker for small batches).
SHOW_AFTER_MS = 400


class _Figures(QObject):
    """Carries ``(done, total)`` from the worker to the dialog on the GUI thread."""

    moved = Signal(int, int)

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self.moved.connect(self._show, Qt.ConnectionType.QueuedConnection)

    @Slot(int, int)
    def _show(self, done: int, total: int) -> None:
        if self._dialog.wasCanceled():
            return
        self._dialog.setMaximum(max(total, 1))
        self._dialog.setValue(min(done, max(total, 1)))


class ProgressRun:
    """One running job: its dialog and its flag (tests and callers may cancel it)."""

    def __init__(self, dialog: QProgressDialog, flag: CancelFlag) -> None:
        self.dialog = dialog
        self.flag = flag

    def cancel(self) -> None:
        self.flag.cancel()


def run_with_progress(jobs: Jobs, parent: QWidget | None, title: str, label: str,
                      work: Callable[[Progress], T],
                      on_success: Callable[[T], object],
                      on_cancelled: Callable[[str], object],
                      on_failure: Callable[[BaseException], object] | None = None,
                      *, cancel_message: str = CANCELLED) -> ProgressRun:
    """Run ``work(progress)`` off the GUI thread behind a progress dialog.

    ``on_cancelled`` gets the German sentence of what became of the work.
    """
    cancel = QCoreApplication.translate("ProgressRun", "Abbrechen")
    dialog = QProgressDialog(label, cancel, 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setAccessibleName(title)
    figures = _Figures(dialog)
    flag = CancelFlag(lambda done, total: figures.moved.emit(done, total), cancel_message)
    run = ProgressRun(dialog, flag)

    def stopping() -> None:
        flag.cancel()
        dialog.setLabelText(QCoreApplication.translate("ProgressRun",
                                                      "Wird abgebrochen …"))

    dialog.canceled.connect(stopping)

    def finish() -> None:
        dialog.canceled.disconnect(stopping)
        dialog.close()
        dialog.deleteLater()

    def done(result: T) -> None:
        finish()
        on_success(result)

    def failed(exc: BaseException) -> None:
        finish()
        if isinstance(exc, Cancelled):
            on_cancelled(str(exc))
        elif on_failure is not None:
            on_failure(exc)
        else:
            jobs.reporter.report(exc, parent)

    jobs.run(lambda: work(flag), done, failed, parent)
    return run
