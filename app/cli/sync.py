"""``kreislauf sync``: register the till, push and pull once or in a loop, with progress."""

from __future__ import annotations

import argparse
import sys
import threading
from typing import Any

from app.cli.common import opened
from app.command_line import seconds
from app.config import LocalSettings, Paths
from app.errors import SyncError
from app.services.sync.flow import SyncClient, SyncReport, check_code, check_url
from app.services.sync.worker import SyncStatus, SyncWorker


def add_parser(sub: Any) -> None:
    p = sub.add_parser("sync", help="Mit dem zentralen Server abgleichen")
    p.add_argument("--once", action="store_true", help="nur einmal abgleichen, dann beenden")
    p.add_argument("--server", metavar="URL", help="Adresse des Servers (sonst gespeichert)")
    p.add_argument("--register", metavar="CODE", help="Kasse mit dem Code der Zentrale anmelden")
    p.add_argument("--ca-file", metavar="PEM", help="CA-Zertifikat der Zentrale (TLS)")
    p.add_argument("--interval", type=seconds(1, 86_400), default=30.0,
                   help="Sekunden zwischen Abgleichen (1 bis 86400, Standard 30)")
    p.set_defaults(func=cmd_sync)


def _progress(phase: str, done: int, total: int) -> None:
    tty = sys.stderr.isatty()
    end = "\r" if tty and done < total else "\n"
    if tty or done == total:
        sys.stderr.write(f"Abgleich ({phase}): {done}/{total}{end}")
        sys.stderr.flush()


def _summary(report: SyncReport) -> str:
    text = (f"Abgleich fertig: {report.acked} Vorgänge bestätigt, {report.pulled} Änderungen "
            f"empfangen, {report.pending} offen.")
    if report.quarantined:
        text += f" {len(report.quarantined)} in Quarantäne der Zentrale."
    if report.conflicts:
        text += f" Konflikte (doppelt verkauft): {', '.join(report.conflicts)}."
    if report.reconciled:
        text += f" Abgeglichen: {', '.join(report.reconciled)}."
    if report.refused:
        text += (f" {len(report.refused)} Änderung(en) ohne Berechtigung abgelehnt "
                 "(siehe Protokoll).")
    return text


def cmd_sync(args: argparse.Namespace, paths: Paths) -> int:
    settings = LocalSettings()
    server = args.server or settings.get("sync.server_url") or None
    ca_file = args.ca_file or settings.get("sync.ca_file") or None
    # Bad input is one German line here, not an error in every round of the sync loop.
    if args.register:
        check_code(args.register)
    if server:
        check_url(server)
    with opened(paths, args.clock) as backend:
        def client() -> SyncClient:
            return SyncClient(backend, args.server, ca_file=ca_file)

        if args.register:
            if not server:
                raise SyncError("Bitte die Adresse des Servers mit --server URL angeben.")
            with SyncClient(backend, ca_file=ca_file) as reg:
                result = reg.register(args.register, server)
            print(f"Kasse angemeldet: Station {result.station_id} bei „{result.store}“ "
                  f"({server}).")
            return 0
        if args.once:
            report = SyncWorker(client).run_once(_progress)
            print(_summary(report))
            return 0
        return _loop(client, args.interval)


def _loop(client: Any, interval: float) -> int:
    def show(status: SyncStatus) -> None:
        state = "online" if status.online else f"offline: {status.last_error}"
        print(f"Sync {state} – {status.pending} offen", file=sys.stderr)

    worker = SyncWorker(client, interval=interval, on_status=show)
    thread = threading.Thread(target=worker.run, name="sync", daemon=True)
    thread.start()
    try:
        while thread.is_alive():
            thread.join(0.5)
    except KeyboardInterrupt:
        worker.stop()
        thread.join(5)
        print("Abgleich beendet.", file=sys.stderr)
    return 0
