"""Progress of long work (label batches, exports, sync, demo data) and its cancelling.

Long service functions take a ``progress(done, total)`` callback and call it between
units of work that are safe to stop after: a label, a chunk of receipts, an acknowledged
sync batch. ``CancelFlag`` is such a callback that forwards the figures and raises
``Cancelled`` once someone (the UI's Abbrechen button, from another thread) has asked to
stop; the exception rolls back the open transaction and the file writers delete their
temporary file, so a cancelled job leaves nothing half written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.errors import KasseError
from app.services.kernel.messages import CANCELLED

Progress = Callable[[int, int], None]



class Cancelled(KasseError):
    """The user stopped the work; what it had begun was rolled back."""


class CancelFlag:
    """A thread-safe ``progress`` callback with a stop request."""

    def __init__(self, report: Progress | None = None, message: str = CANCELLED) -> None:
        self._report = report
        self._message = message
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next step (any thread)."""
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def check(self) -> None:
        """Raise ``Cancelled`` when a stop was asked for."""
        if self._stop.is_set():
            raise Cancelled(self._message)

    def __call__(self, done: int, total: int) -> None:
        if done < total:  # the last step is reported after the work is complete
            self.check()
        if self._report is not None:
            self._report(done, total)
