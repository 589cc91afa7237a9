"""A background sync loop without Qt: the UI runs ``run`` in a thread, the CLI in the
foreground. Failures back off exponentially with jitter; success waits ``interval``.
``run_once`` is the "Jetzt synchronisieren" action.
"""

from __future__ import annotations

import contextlib
import logging
import os
import random
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from app.errors import SyncError
from app.services.sync.flow import Progress, SyncClient, SyncReport

log = logging.getLogger(__name__)
BACKGROUND_NICE = 10  # how much the sync loop's thread yields the CPU (Linux nice steps)


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows."""

    online: bool
    last_sync: datetime | None
    last_error: str
    pending: int


def backoff_delay(failures: int, base: float, cap: float, rng: random.Random) -> float:
    """Full-jitter exponential backoff: uniform in [base/2, min(cap, base * 2**n)]."""
    ceiling = min(cap, base * (2 ** min(failures, 30)))
    return rng.uniform(min(base / 2, ceiling), ceiling)


class SyncWorker:
    """Pushes and pulls in a loop until ``stop()``; thread-safe status snapshot."""

    def __init__(self, make_client: Callable[[], SyncClient], *, interval: float = 30.0,
                 base_delay: float = 2.0, max_delay: float = 300.0,
                 on_status: Callable[[SyncStatus], None] | None = None,
                 rng: random.Random | None = None) -> None:
        self._make_client = make_client
        self.interval = interval
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.on_status = on_status
        self.failures = 0
        self._rng = rng or random.Random()
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._lock = threading.Lock()
        self._status = SyncStatus(False, None, "", 0)

    @property
    def status(self) -> SyncStatus:
        with self._lock:
            return self._status

    def _set(self, status: SyncStatus) -> None:
        with self._lock:
            self._status = status
        if self.on_status is not None:
            self.on_status(status)

    def run_once(self, progress: Progress | None = None) -> SyncReport:
        """One round now; raises ``SyncError`` after recording it in the status."""
        client = self._make_client()
        try:
            report = client.sync(progress)
        except SyncError as exc:
            self.failures += 1
            pending = _safe_pending(client)
            self._set(SyncStatus(False, self.status.last_sync, str(exc), pending))
            raise
        finally:
            client.close()
        self.failures = 0
        self._set(SyncStatus(True, client.backend.clock(), "", report.pending))
        return report

    def next_delay(self) -> float:
        if self.failures == 0:
            return self.interval
        return backoff_delay(self.failures - 1, self.base_delay, self.max_delay, self._rng)

    def run(self) -> None:
        """Loop until ``stop()``; never raises for sync problems."""
        while not self._stop.is_set():
            try:
                self.run_once()
            except SyncError as exc:
                log.info("sync failed (%d in a row): %s", self.failures, exc)
            except Exception:
                self.failures += 1
                log.exception("unexpected error during sync")
            self._wake.wait(self.next_delay())
            self._wake.clear()

    def run_in_background(self) -> None:
        """``run`` on a thread that gives way to the till's own threads for the CPU.

        On Linux a thread has its own nice value: the push (JSON, HTTP, database) then
        never takes a core from the GUI or the scan lookup when the two cores are busy.
        """
        lower_thread_priority()
        self.run()

    def trigger(self) -> None:
        """Sync now instead of waiting for the next round."""
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()


def lower_thread_priority(nice: int = BACKGROUND_NICE) -> bool:
    """Lower the calling thread's CPU priority (Linux only); whether it was lowered."""
    if not sys.platform.startswith("linux"):
        return False  # elsewhere PRIO_PROCESS would mean the whole till
    with contextlib.suppress(OSError):
        tid = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, tid, max(os.getpriority(os.PRIO_PROCESS, tid), nice))
        return True
    return False


def _safe_pending(client: SyncClient) -> int:
    try:
        return client.pending()
    except Exception:  # the database itself may be the problem; the status still updates
        return -1
