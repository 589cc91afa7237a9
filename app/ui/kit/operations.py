"""Run service calls off the GUI thread (after Anki's ``aqt/operations``).

Every piece of database work the UI does goes through ``Operations``: the function runs
on a ``QThreadPool`` worker, then ``on_success`` (or ``on_failure``) runs back on the
GUI thread. Without an ``on_failure`` the error goes through the triage of
``ErrorReporter``: a ``KasseError`` is shown as it is, anything else is logged with its
traceback and the user sees the generic message.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor, Ctx
from app.services.users.accounts import LoginOutcome
from app.ui.kit.error_triage import ErrorReporter

P = ParamSpec("P")
T = TypeVar("T")
log = logging.getLogger("app.ui.kit.operations")


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits ``done`` and the slot runs here."""

    done = Signal(object, object)  # result, exception (or None)

    def __init__(self, on_done: Callable[[object, BaseException | None], None]) -> None:
        super().__init__()
        self._on_done = on_done
        self.done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object, object)
    def _deliver(self, result: object, error: object) -> None:
        self._on_done(result, error if isinstance(error, BaseException) else None)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # handed to the GUI thread, never lost
            self._relay.done.emit(None, exc)
        else:
            self._relay.done.emit(result, None)


class Jobs:
    """Work off the GUI thread before there is a database (the first-run wizard's
    Testdruck); ``Operations`` adds the backend calls."""

    def __init__(self, reporter: ErrorReporter, pool: QThreadPool | None = None) -> None:
        self.reporter = reporter
        self.pool = pool or QThreadPool()
        self._relays: set[_Relay] = set()
        self._generations: dict[tuple[int, str], int] = {}

    @property
    def busy(self) -> bool:
        """True while a job is running or its callback has not been delivered yet."""
        return bool(self._relays)

    def run(self, fn: Callable[[], T], on_success: Callable[[T], object] | None = None,
            on_failure: Callable[[BaseException], object] | None = None,
            parent: QWidget | None = None, latest: str | None = None) -> None:
        """Run ``fn()`` on a worker; deliver its result or error on the GUI thread.

        When ``parent`` is given and has been deleted by the time the job ends, the
        callbacks are skipped (the screen they would update is gone). With ``latest``
        a newer job of the same name for the same parent supersedes this one: workers
        run side by side, so an older reload may finish last and must not paint stale
        figures over fresh ones.
        """
        slot = (id(parent), latest) if latest is not None else None
        generation = 0
        if slot is not None:
            generation = self._generations.get(slot, 0) + 1
            self._generations[slot] = generation

        def done(result: object, error: BaseException | None) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            if slot is not None and self._generations.get(slot) != generation:
                return  # a newer reload of the same thing is on its way
            if parent is not None and not shiboken6.isValid(parent):
                if error is not None:
                    log.warning("error after its screen closed", exc_info=error)
                return
            if error is not None:
                if on_failure is not None:
                    on_failure(error)
                else:
                    self.reporter.report(error, parent)
            elif on_success is not None:
                on_success(result)  # type: ignore[arg-type]

        relay = _Relay(done)
        self._relays.add(relay)
        self.pool.start(_Job(fn, relay))

    def wait_for_done(self, msecs: int = 5000) -> bool:
        """Block until the workers are finished (used at shutdown)."""
        return bool(self.pool.waitForDone(msecs))


class Operations(Jobs):
    """The one helper widgets use to reach the backend without freezing the window."""

    def __init__(self, backend: Backend, reporter: ErrorReporter,
                 pool: QThreadPool | None = None) -> None:
        super().__init__(reporter, pool)
        self.backend = backend

    def call(self, actor: Actor, fn: Callable[Concatenate[Ctx, P], T],
             *args: P.args, **kwargs: P.kwargs) -> _Pending[T]:
        """Prepare ``backend.call(actor, fn, ...)`` (one write transaction)."""
        return _Pending(self, lambda: self.backend.call(actor, fn, *args, **kwargs))

    def query(self, actor: Actor, fn: Callable[Concatenate[Ctx, P], T],
              *args: P.args, **kwargs: P.kwargs) -> _Pending[T]:
        """Prepare ``backend.query(actor, fn, ...)`` (read-only)."""
        return _Pending(self, lambda: self.backend.query(actor, fn, *args, **kwargs),
                        name=f"{fn.__module__}.{fn.__qualname__}")

    def call_here(self, actor: Actor, fn: Callable[Concatenate[Ctx, P], T],
                  *args: P.args, **kwargs: P.kwargs) -> T:
        """``backend.call(actor, fn, ...)`` in the calling thread: for work that already
        runs on a worker of its own (``run_with_progress``), never on the GUI thread."""
        return self.backend.call(actor, fn, *args, **kwargs)

    def query_here(self, actor: Actor, fn: Callable[Concatenate[Ctx, P], T],
                   *args: P.args, **kwargs: P.kwargs) -> T:
        """``backend.query(actor, fn, ...)`` in the calling thread (see ``call_here``)."""
        return self.backend.query(actor, fn, *args, **kwargs)

    def login(self, name: str, pin: str) -> _Pending[LoginOutcome]:
        """Prepare ``backend.login(name, pin)`` (the failed-attempt count is committed)."""
        return _Pending(self, lambda: self.backend.login(name, pin))


class _Pending(Generic[T]):
    """``ops.call(...).then(on_success, on_failure, parent)`` reads like a sentence."""

    def __init__(self, ops: Operations, fn: Callable[[], T], name: str | None = None) -> None:
        self._ops = ops
        self._fn = fn
        self._name = name
        self._latest: str | None = None

    def latest(self) -> _Pending[T]:
        """Only the newest of these reads for the same parent is delivered (reloads)."""
        self._latest = self._name or repr(self._fn)
        return self

    def then(self, on_success: Callable[[T], Any] | None = None,
             on_failure: Callable[[BaseException], Any] | None = None,
             parent: QWidget | None = None) -> None:
        self._ops.run(self._fn, on_success, on_failure, parent, latest=self._latest)
