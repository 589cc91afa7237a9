"""Three-way error triage (STYLE.md rule 5) and the global exception hook.

A ``KasseError`` carries a German sentence meant for the user: show it as it is.
Anything else is a bug: log it with its traceback and show the generic message.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QWidget

from app import messages
from app.errors import KasseError
from app.ui.kit.notifier import Notifier

log = logging.getLogger("app.ui")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class ErrorReporter:
    """Turns an exception into what the user is told and what the log keeps."""

    def __init__(self, notifier: Notifier, log_file: Path | str) -> None:
        self.notifier = notifier
        self.log_file = log_file
        self._in_hook = False

    def user_message(self, exc: BaseException) -> str:
        """The German sentence the user sees for ``exc``."""
        if isinstance(exc, KasseError):
            return str(exc)
        return messages.UNEXPECTED.format(log=self.log_file)

    def message_for(self, exc: BaseException) -> str:
        """Log ``exc`` like ``report`` does and return the message, for inline display."""
        if not isinstance(exc, KasseError):
            log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
        return self.user_message(exc)

    def report(self, exc: BaseException, parent: QWidget | None = None) -> None:
        """Log ``exc`` (with traceback unless user-facing) and show the German message."""
        if isinstance(exc, KasseError):
            log.info("shown to user: %s", exc)
        else:
            log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
        self.notifier.error(self.user_message(exc), parent)

    def excepthook(self, exc_type: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> None:
        """``sys.excepthook`` replacement: the user never sees a traceback."""
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        if self._in_hook:
            # An error raised while the message box of an earlier one is open (a broken
            # paint event repeats forever): log it, but do not stack up dialogs.
            log.error("further unexpected error", exc_info=(exc_type, exc, tb))
            return
        self._in_hook = True
        try:
            self.report(exc)
        except Exception:  # the hook itself must never raise
            log.exception("error while reporting an error")
        finally:
            self._in_hook = False


def install_excepthook(reporter: ErrorReporter) -> ExceptHook:
    """Route uncaught exceptions (including those raised in Qt slots) to ``reporter``.

    Returns the previous hook so a caller (a test) can put it back.
    """
    previous: ExceptHook = sys.excepthook
    sys.excepthook = reporter.excepthook
    return previous
