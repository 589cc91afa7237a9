"""What every ``kreislauf`` command shares: the German argument parser, progress, the database."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from app.command_line import GermanParser
from app.config import LocalSettings, Paths, backup_folder
from app.services.kernel.backend import Backend, open_backend
from app.services.kernel.clock import Clock


class Parser(GermanParser):
    """The till's ``kreislauf`` parser: one German line, then where the help is."""

    program = "kreislauf"


def drop_stderr_log_handler() -> None:
    """Remove the stderr handler python-escpos installs on import.

    escpos/capabilities.py calls ``logging.basicConfig()`` at import time, which copies
    every log record (tracebacks included) to the terminal; they belong in the log file.
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        if type(handler) is logging.StreamHandler and handler.stream is sys.stderr:
            root.removeHandler(handler)


def progress(label: str, batch: int = 1) -> Callable[[int, int], None]:
    """A progress callback ``(done, total)`` for stderr.

    On a terminal it redraws one line; in a log or pipe it writes about twenty lines.
    ``batch`` is how far ``done`` moves between calls, so the twenty lines still appear.
    """

    def show(done: int, total: int) -> None:
        tty = sys.stderr.isatty()
        if tty or done == total or done % max(1, total // 20) < batch:
            end = "\r" if tty and done < total else "\n"
            sys.stderr.write(f"{label}: {done}/{total} ({done * 100 // max(total, 1)} %){end}")
            sys.stderr.flush()

    return show


@contextmanager
def opened(paths: Paths, clock: Clock, *, verify: bool = False) -> Iterator[Backend]:
    """The till database in ``paths`` (German error when there is none) on ``clock``
    (``main``'s, handed to every command as ``args.clock``), always closed.

    ``verify``: SQLite's full integrity_check first (commands that read the record:
    reports, exports, audit verify, backup); a damaged file is one German sentence
    naming the backup to restore, before anything is read or written.
    """
    folder = backup_folder(paths, LocalSettings())
    backend = open_backend(paths, clock=clock, backup_folder=folder, full_check=verify)
    for warning in backend.start_warnings:
        print(f"kreislauf: {warning}", file=sys.stderr)
    try:
        yield backend
    finally:
        backend.close()
