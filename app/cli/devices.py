"""``kreislauf devices test``: try the receipt printer and the serial scanner by hand.

The printer gets the test page (German characters, a barcode, a cut) and its status is
reported in German; the exit code is non-zero when it is offline, out of paper, has its
cover open or does not answer. The scanner prints each code it reads, one per line, until
``--count`` codes or ``--timeout`` seconds. Without ``--printer``/``--scanner`` the ports
come from this machine's settings.
"""

from __future__ import annotations

import argparse
import queue
import sys
import time
from typing import Any

from app.command_line import seconds, whole_number
from app.config import LocalSettings, Paths
from app.errors import ValidationError

EXIT_PRINTER = 3
EXIT_SCANNER = 4
NOTHING_TO_TEST = ("Kein Gerät zum Testen: --printer URL oder --scanner URL angeben, oder den "
                   "Anschluss in den Einstellungen eintragen (printer.url, scanner.url).")


def add_parser(sub: Any) -> None:
    """Register ``devices test`` on the main parser's sub-commands."""
    p = sub.add_parser("devices", help="Bondrucker und Scanner testen")
    devices_sub = p.add_subparsers(dest="devices_command", required=True,
                                   parser_class=type(p))
    t = devices_sub.add_parser("test", help="Testdruck und/oder Scanner-Codes lesen")
    t.add_argument("--printer", metavar="URL",
                   help="Bondrucker: /dev/ttyUSB0, COM3, socket://host:9100 …")
    t.add_argument("--scanner", metavar="URL", help="serieller Scanner: /dev/ttyACM0, COM4 …")
    t.add_argument("--count", type=whole_number(1, 10_000), default=1, metavar="N",
                   help="nach N gelesenen Codes aufhören (Standard 1)")
    t.add_argument("--timeout", type=seconds(0.1, 3600), default=30.0, metavar="S",
                   help="spätestens nach S Sekunden aufhören (Standard 30)")
    t.set_defaults(func=cmd_devices_test)


def cmd_devices_test(args: argparse.Namespace, paths: Paths) -> int:
    settings = LocalSettings()
    printer_url = args.printer
    scanner_url = args.scanner
    if printer_url is None and scanner_url is None:
        if settings.get("printer.kind") == "escpos" and settings.get("printer.url"):
            printer_url = settings.get("printer.url")
        if settings.get("scanner.kind") == "serial" and settings.get("scanner.url"):
            scanner_url = settings.get("scanner.url")
    if not printer_url and not scanner_url:
        raise ValidationError(NOTHING_TO_TEST)
    code = 0
    if printer_url:
        code = check_printer(settings, printer_url)
    if scanner_url:
        code = check_scanner(settings, scanner_url, args.count, args.timeout) or code
    return code


def check_printer(settings: LocalSettings, url: str) -> int:
    """Test page and status on ``url``; 0 when the printer is fine afterwards."""
    # Imported here: python-escpos is slow to import and other commands do not need it.
    from app.device_setup import printer_port
    from app.hardware.check_page import check_page_job, run_check_print
    from app.hardware.escpos_printer import EscposPrinter

    codepage = settings.get("printer.codepage")
    printer = EscposPrinter(printer_port(settings, url))
    try:
        job = check_page_job(codepage if codepage in ("CP858", "CP1252") else "CP858",
                             settings.get("printer.codepage_table") or None,
                             settings.get("printer.cut"))
        result = run_check_print(printer, job)
    finally:
        printer.close()
    print(f"Bondrucker {url}: {result.message}", file=sys.stdout if result.ok else sys.stderr)
    return 0 if result.ok else EXIT_PRINTER


def check_scanner(settings: LocalSettings, url: str, count: int, timeout: float) -> int:
    """Print codes read on ``url``; non-zero when the port never opened."""
    from app.hardware.serial_scanner import SerialScanner

    if count < 1 or timeout <= 0:
        raise ValidationError("--count muss mindestens 1 und --timeout größer als 0 sein.")
    codes: queue.Queue[str] = queue.Queue()
    states: list[tuple[bool, str]] = []

    def state(connected: bool, problem: str) -> None:
        states.append((connected, problem))
        print(f"Scanner {url}: " + ("verbunden" if connected else problem), file=sys.stderr,
              flush=True)

    scanner = SerialScanner(url, settings.get("scanner.baudrate") or 9600, on_state=state)
    scanner.start(codes.put)
    end = time.monotonic() + timeout
    read = 0
    try:
        while read < count:
            left = end - time.monotonic()
            if left <= 0:
                break
            try:
                print(codes.get(timeout=min(left, 0.2)), flush=True)
                read += 1
            except queue.Empty:
                continue
    finally:
        scanner.stop()
    if read < count:
        print(f"Scanner {url}: {read} von {count} Codes in {timeout:g} s gelesen.",
              file=sys.stderr)
    if not any(connected for connected, _ in states):
        return EXIT_SCANNER
    return 0
