"""The ``kreislauf`` command line.

Every command ends with one German line on stderr and a non-zero exit on bad input;
the detail goes to the log file. Long work shows progress on stderr.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from app import messages
from app.cli import devices as devices_cli
from app.cli import report as report_cli
from app.cli import sync as cli_sync
from app.config import LocalSettings, Paths, resolve_paths, setup_logging
from app.errors import KasseError, ValidationError
from app.services.demo import flow as demo_data
from app.services.kernel import audit
from app.services.kernel.backend import Backend, open_backend
from app.services.kernel.context import SYSTEM, Ctx
from app.services.labels import labels
from app.services.labels import layouts as label_layouts
from app.services.labels import pdf as label_pdf
from app.services.users import setup

log = logging.getLogger("app.cli")
MAX_DEMO_ITEMS = 2_000_000


class _Parser(argparse.ArgumentParser):
    """argparse with a one-line German error instead of the English usage dump."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"kreislauf: Ungültiger Aufruf: {message}. Hilfe: kreislauf --help\n")


def _progress(label: str) -> Callable[[int, int], None]:
    def show(done: int, total: int) -> None:
        tty = sys.stderr.isatty()
        if tty or done == total or done % max(1, total // 20) < demo_data.BATCH:
            end = "\r" if tty and done < total else "\n"
            sys.stderr.write(f"{label}: {done}/{total} ({done * 100 // max(total, 1)} %){end}")
            sys.stderr.flush()
    return show


def cmd_init(args: argparse.Namespace, paths: Paths) -> int:
    number = setup.validate_station_number(args.station)
    store = setup.validate_store_name(args.store)
    paths.ensure()
    backend = open_backend(paths, must_exist=False)
    try:
        result = backend.call(SYSTEM, setup.initialise, number, store)
        backend.forget_station()
    finally:
        backend.close()
    if result.created:
        print(f"Kasse angelegt: Station {result.station_number}, {result.store_name}, "
              f"Daten in {paths.data_dir}")
    else:
        print(f"Datenbank ist aktuell: Station {result.station_number}, {result.store_name}")
    if result.admin_created:
        print(f"Erster Zugang: Benutzer „{setup.FIRST_ADMIN}“, PIN {setup.FIRST_ADMIN_PIN} "
              "(beim ersten Anmelden ändern).")
    return 0


def cmd_demo_data(args: argparse.Namespace, paths: Paths) -> int:
    if not 0 <= args.items <= MAX_DEMO_ITEMS:
        raise KasseError(messages.ITEMS_COUNT_RANGE.format(maximum=MAX_DEMO_ITEMS))
    with _open(paths) as backend:
        result = demo_data.fill(backend, args.items, progress=_progress("Demo-Artikel"))
        trading = report_cli.demo_days(backend, args.days, _progress("Demo-Tage"))
    print(f"Demo-Daten: {result.users} Benutzer, {result.categories} Warengruppen, "
          f"{result.items} Artikel angelegt.")
    print(trading)
    return 0


def cmd_audit_verify(args: argparse.Namespace, paths: Paths) -> int:
    with _open(paths) as backend, backend.db.read() as session:
        result = audit.verify(session)
    if result.ok:
        print(messages.AUDIT_OK.format(count=result.count))
        return 0
    at = result.broken_at.isoformat() if result.broken_at else "?"
    print(messages.AUDIT_BROKEN.format(entry_id=result.broken_id, action=result.broken_action,
                                       at=at), file=sys.stderr)
    return 3


def cmd_labels(args: argparse.Namespace, paths: Paths) -> int:
    """Write labels to a PDF file and mark them printed (--no-mark for a test print)."""
    layout = label_layouts.get_layout(args.layout)
    if not args.codes and not args.unprinted:
        raise ValidationError(messages.LABELS_NONE_CHOSEN)
    target = Path(args.output)
    if target.suffix.lower() != ".pdf":
        raise ValidationError(messages.LABEL_OUTPUT_NOT_PDF)
    label_pdf.check_start(layout, args.start)

    def job(ctx: Ctx) -> labels.LabelsWritten:
        codes = list(args.codes) + (labels.unprinted_codes(ctx) if args.unprinted else [])
        if not codes:
            raise KasseError(messages.LABELS_NOTHING_TO_PRINT)
        return labels.write_labels(ctx, codes, layout.name, target, args.start,
                                   mark=not args.no_mark)

    with _open(paths) as backend:
        result = backend.call(SYSTEM, job)
    marked = "" if args.no_mark else ", als gedruckt markiert"
    print(f"{result.count} Etikett(en) auf {result.pages} Seite(n) geschrieben: "
          f"{result.path} ({layout.name}{marked})")
    return 0


class _open:
    """Context manager that opens the till database and always closes it."""

    def __init__(self, paths: Paths) -> None:
        self.paths = paths
        self.backend: Backend | None = None

    def __enter__(self) -> Backend:
        self.backend = open_backend(self.paths)
        return self.backend

    def __exit__(self, *exc: object) -> None:
        if self.backend is not None:
            self.backend.close()


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kreislauf", description="Kreislauf-Kasse: Kasse und Warenannahme")
    parser.add_argument("--data-dir", help="Datenverzeichnis (sonst KREISLAUF_DATA_DIR)")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("init", help="Datenbank anlegen oder aktualisieren")
    p.add_argument("--station", required=True, help="Stationsnummer 1-99")
    p.add_argument("--store", required=True, help="Name des Kaufhauses")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo-data", help="Demo-Daten erzeugen")
    p.add_argument("--items", type=int, default=200, help="Anzahl Artikel (Standard 200)")
    p.add_argument("--days", type=int, default=21,
                   help="Verkaufstage mit Tagesabschluss bis gestern (Standard 21)")
    p.set_defaults(func=cmd_demo_data)

    p = sub.add_parser("labels", help="Etiketten als PDF schreiben")
    p.add_argument("codes", nargs="*", metavar="CODE", help="Artikelcodes (EAN-13)")
    p.add_argument("--unprinted", action="store_true",
                   help="alle Artikel, deren Etikett noch nicht (aktuell) gedruckt ist")
    p.add_argument("--layout", required=True,
                   help="Etikettenformat: " + ", ".join(label_layouts.layout_names()))
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="Ziel-PDF")
    p.add_argument("--start", type=int, default=1, metavar="N",
                   help="erste freie Position auf einem angebrochenen Bogen (ab 1)")
    p.add_argument("--no-mark", action="store_true",
                   help="Etiketten nicht als gedruckt markieren (Probedruck)")
    p.set_defaults(func=cmd_labels)

    report_cli.add_parser(sub)

    p = sub.add_parser("audit", help="Protokoll prüfen")
    audit_sub = p.add_subparsers(dest="audit_command", required=True, parser_class=_Parser)
    v = audit_sub.add_parser("verify", help="Hash-Kette des Protokolls prüfen")
    v.set_defaults(func=cmd_audit_verify)

    cli_sync.add_parser(sub)
    devices_cli.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        paths = resolve_paths(args.data_dir, LocalSettings())
        log_file = paths.log_dir / "kreislauf.log"
        try:
            log_file = setup_logging(paths)
        except OSError:
            logging.getLogger().addHandler(logging.NullHandler())
        log.info("command %s", args.command)
        code: int = args.func(args, paths)
        return code
    except KasseError as exc:
        log.warning("command failed: %s", exc)
        print(f"kreislauf: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kreislauf: abgebrochen.", file=sys.stderr)
        return 130
    except Exception:
        log.exception("unexpected error in command %s", args.command)
        print("kreislauf: " + messages.UNEXPECTED.format(log=log_file), file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
