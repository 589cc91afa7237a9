"""Builds the running app in one place: paths, log, database, Qt, login, main window.

Everything is handed to its users through constructors; nothing here is global. Tests
call ``build`` with their own notifier and drive the returned ``Till`` without ``exec``.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog

from app.config import LocalSettings, Paths, resolve_paths, setup_logging
from app.errors import KasseError
from app.fiscal_setup import start_signing
from app.services.delivery import privacy
from app.services.kernel.backend import Backend, open_backend
from app.services.kernel.clock import epoch_seconds
from app.services.kernel.context import SYSTEM, Actor
from app.services.maintenance import backup_flow
from app.services.maintenance import messages as maintenance_msg
from app.ui.kit.error_triage import ErrorReporter, install_excepthook
from app.ui.kit.notifier import MessageBoxNotifier, Notifier
from app.ui.kit.operations import Jobs, Operations
from app.ui.kit.operator_prompt import QtOperatorPrompt
from app.ui.onboarding.setup_wizard import SetupWizard, WizardDevices
from app.ui.shell.application import (
    apply_look,
    create_application,
    install_translators,
    remove_translators,
)
from app.ui.shell.login_dialog import LoginDialog
from app.ui.shell.session import SessionState

if TYPE_CHECKING:
    from app.hardware.check_page import PrintCheck
    from app.services.fiscal.signing_flow import Signer
    from app.ui.shell.main_window import MainWindow

log = logging.getLogger("app.wiring")
# How long a thread may keep the GIL while another waits for it. Python's 5 ms default
# makes the GUI and the scan lookup wait up to 5 ms each time they come back from I/O
# while the background sync thread computes (a convoy: ~30 ms per scan at p99 during a
# push); 0.5 ms keeps scan -> line within one frame (bench/bench_checkout_ui.py).
GIL_SWITCH_INTERVAL_S = 0.0005
# A till may run for days: every half hour it asks whether today's backup exists yet
# (a look into the backup folder; the copy itself only once a Berlin day).
BACKUP_CHECK_INTERVAL_MS = 30 * 60 * 1000


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m app",
                                     description="Kreislauf-Kasse: Kasse und Warenannahme")
    parser.add_argument("--data-dir", help="Datenverzeichnis (sonst KREISLAUF_DATA_DIR)")
    parser.add_argument("--simulated", action="store_true",
                        help="alle Geräte simulieren (Drucker, Scanner, Schublade)")
    parser.add_argument("--bench-startup", action="store_true",
                        help="bis zum bedienbaren Anmeldefenster starten, Zeit und "
                             "Speicher als JSON ausgeben, beenden")
    return parser.parse_args(argv)


@dataclass
class Till:
    """The object graph of one running till."""

    app: QApplication
    paths: Paths
    settings: LocalSettings
    backend: Backend
    reporter: ErrorReporter
    ops: Operations
    session: SessionState
    login: LoginDialog
    translators: list[QTranslator] = field(default_factory=list)
    window: MainWindow | None = None
    signer: Signer | None = None
    backup_timer: QTimer | None = None
    backup_running: bool = False

    def start(self) -> None:
        """Show the login; the main window opens after the first successful login."""
        self.login.logged_in.connect(self._first_login)
        self.login.rejected.connect(self._login_cancelled)
        self.login.show()

    def _first_login(self, actor: Actor) -> None:
        # Imported here: areas and devices (python-escpos is slow to import) are not
        # needed to show the login, which comes first.
        from app.device_setup import DeviceHub
        from app.ui.shell.main_window import MainWindow

        hub = DeviceHub(self.settings, self.paths.receipts_dir, self.session.simulated)
        hub.till.signer = self.signer
        self.session.attach_devices(hub)
        self.session.set_actor(actor)
        self.window = MainWindow(self.backend, self.session)
        # The printer's retry question ("Papier einlegen und erneut drucken?") in the window.
        hub.till.prompt = QtOperatorPrompt(self.window, self.session.notifier)
        # A till fills its screen (1366x768 at the counter); 1280x720 when un-maximised.
        self.window.resize(1280, 720)
        self.window.showMaximized()
        self.window.status.start()
        self.window.sync.start()
        self.start_daily_backup()
        self.backup_timer = QTimer(self.window)
        self.backup_timer.setInterval(BACKUP_CHECK_INTERVAL_MS)
        self.backup_timer.timeout.connect(self.start_daily_backup)
        self.backup_timer.start()
        log.info("logged in: %s", actor.name)

    def start_daily_backup(self) -> None:
        """Today's automatic backup (when it is not written yet), off the GUI thread;
        its outcome in the status bar. One at a time: a slow USB stick is not copied to
        twice."""
        if self.backup_running:
            return
        self.backup_running = True
        self.ops.run(lambda: backup_flow.backup_configured(self.backend, self.settings,
                                                       if_due=True),
                     self._backup_done, self._backup_failed)
        # The same round removes the customer data of deliveries whose time is up.
        self.ops.run(lambda: self.backend.call(SYSTEM, privacy.anonymise_due),
                     lambda _count: None, self._anonymise_failed)

    def _anonymise_failed(self, exc: BaseException) -> None:
        log.error("anonymising deliveries failed", exc_info=exc)

    def _backup_done(self, made: Path | None) -> None:
        self.backup_running = False
        if made is not None and self.window is not None:
            self.window.status.show_backup(
                written=maintenance_msg.BACKUP_WRITTEN.format(path=made))

    def _backup_failed(self, exc: BaseException) -> None:
        self.backup_running = False
        log.warning("automatic backup failed", exc_info=exc)
        if self.window is not None:
            self.window.status.show_backup(problem=self.reporter.message_for(exc))

    def _login_cancelled(self) -> None:
        if self.window is None:
            self.app.quit()

    def shutdown(self) -> None:
        """Stop timers, let running jobs end, close the database."""
        if self.backup_timer is not None:
            self.backup_timer.stop()
        if self.window is not None:
            self.window.status.timer.stop()
            self.window.close()
        self.login.close()
        self.ops.wait_for_done()
        if self.signer is not None:
            close = getattr(self.signer.tse, "close", None)
            if close is not None:
                close()
        remove_translators(self.app, self.translators)
        self.backend.close()


@dataclass
class FirstRun:
    """The first-run wizard shown instead of the till when there is no database yet;
    once it has created the till, the login opens (``till``) with the new admin."""

    args: argparse.Namespace
    app: QApplication
    notifier: Notifier
    settings: LocalSettings
    wizard: SetupWizard
    jobs: Jobs
    translators: list[QTranslator] = field(default_factory=list)
    till: Till | None = None

    def start(self) -> None:
        self.wizard.created.connect(self._created)
        self.wizard.rejected.connect(self.app.quit)
        self.wizard.show()

    def _created(self, admin: str) -> None:
        remove_translators(self.app, self.translators)
        self.translators = []
        built = build(self.args, self.app, self.notifier, self.settings)
        if not isinstance(built, Till):
            self.app.quit()
            return
        self.till = built
        built.start()  # the new admin is the only user: already selected
        log.info("first run done, login for %s", admin)

    def shutdown(self) -> None:
        # done(), not close(): closing asks whether to discard the answers.
        self.wizard.done(QDialog.DialogCode.Rejected)
        self.jobs.wait_for_done()
        if self.till is not None:
            self.till.shutdown()
        remove_translators(self.app, self.translators)


def build(args: argparse.Namespace, app: QApplication, notifier: Notifier,
          settings: LocalSettings | None = None,
          install_hook: bool = False) -> Till | FirstRun | None:
    """Wire the till, or the first-run wizard when the data directory has no database
    (``--bench-startup`` keeps the German hint instead); on a German ``KasseError``
    tell the user and return ``None``."""
    settings = settings or LocalSettings()
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    translators = install_translators(app, settings.get("language"))
    apply_look(app, settings.get("display.compact"))
    reporter = ErrorReporter(notifier, "kreislauf.log")
    if install_hook:
        install_excepthook(reporter)
    try:
        paths = resolve_paths(args.data_dir, settings)
        paths.ensure()
        _drop_basic_config_handler()
        reporter.log_file = setup_logging(paths)
        log.info("starting, data dir %s", paths.data_dir)
        if not paths.db_file.exists() and not args.bench_startup:
            return _first_run(args, app, notifier, settings, paths, reporter, translators)
        backend = open_backend(paths)
    except KasseError as exc:
        log.warning("start failed: %s", exc)
        notifier.error(str(exc))
        remove_translators(app, translators)
        return None
    # Before anyone can sell: sign what a crash left pending (commit first, then the TSE).
    signer = start_signing(settings, paths, backend)
    ops = Operations(backend, reporter)
    session = SessionState(ops, notifier, settings, simulated=args.simulated)
    login = LoginDialog(session)
    return Till(app, paths, settings, backend, reporter, ops, session, login, translators,
                signer=signer)


def _first_run(args: argparse.Namespace, app: QApplication, notifier: Notifier,
               settings: LocalSettings, paths: Paths, reporter: ErrorReporter,
               translators: list[QTranslator]) -> FirstRun:
    log.info("no database in %s: first-run wizard", paths.data_dir)
    jobs = Jobs(reporter)
    wizard = SetupWizard(paths, settings, jobs, wizard_devices(paths))
    return FirstRun(args, app, notifier, settings, wizard, jobs, translators)


def wizard_devices(paths: Paths) -> WizardDevices:
    """The first-run wizard's Testdruck and Testscan on the devices the form names."""
    # Imported here: python-escpos is slow to import and the login does not need it.
    from app.device_setup import DeviceHub, make_serial_scanner

    def test_print(staged: LocalSettings) -> PrintCheck:
        return DeviceHub(staged, paths.receipts_dir, simulated=False).test_print(staged)

    return WizardDevices(test_print, lambda staged: make_serial_scanner(staged, False))


def _drop_basic_config_handler() -> None:
    """Remove the stderr handler python-escpos installs on import.

    escpos/capabilities.py calls ``logging.basicConfig()`` at import time, which would copy
    every log record of the till to stderr; records belong in the rotating log file.
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        if type(handler) is logging.StreamHandler and handler.stream is sys.stderr:
            root.removeHandler(handler)


def _peak_rss_mb() -> float:
    """Peak resident memory of this process in MB.

    VmHWM rather than ru_maxrss: Linux carries ru_maxrss across fork and exec, so a
    process spawned by a big parent (pytest) would report the parent's peak.
    """
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def seconds_since_process_start() -> float | None:
    """Wall time since this process was spawned (Linux /proc), or None elsewhere."""
    try:
        with open(f"/proc/{os.getpid()}/stat") as fh:
            start_ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as fh:
            uptime = float(fh.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return uptime - start_ticks / os.sysconf("SC_CLK_TCK")


def bench_report(app: QApplication) -> None:
    """Print when the login became usable and the peak memory, then quit."""
    print(json.dumps({"ready_at": epoch_seconds(), "elapsed_s": seconds_since_process_start(),
                      "peak_rss_mb": round(_peak_rss_mb(), 1)}), flush=True)
    app.quit()


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    app = create_application(sys.argv[:1])
    till = build(args, app, MessageBoxNotifier(), install_hook=True)
    if till is None:
        return 1
    if args.bench_startup and isinstance(till, Till):
        # Usable = the user list is filled and the event loop has nothing left to do.
        till.login.users_ready.connect(lambda: QTimer.singleShot(0, lambda: bench_report(app)))
    till.start()
    try:
        return app.exec()
    finally:
        till.shutdown()
