"""``kreislauf-server``: run the central server and manage stations and the admin login."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy import select

from app import __version__
from app.command_line import GermanParser, whole_number
from app.services.kernel.clock import Clock, utc_now
from server.admin import service as admin
from server.admin.formats import when
from server.audit import service as audit_anchors
from server.db import ENV_DB, default_url, normalise_url, open_database
from server.errors import AdminError
from server.models import Station
from server.settings import COOKIE_SECURE_CHOICES, SETTINGS, ServerSettings, positive_int
from server.stations import service as stations
from server.sync.pending import Pending
from server.sync.repository import insert_changes
from server.sync.retry import retry_quarantined

log = logging.getLogger("server.cli")


class _Parser(GermanParser):
    program = "kreislauf-server"


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kreislauf-server", description="Zentraler Server der Kreislauf-Kasse")
    parser.add_argument("--version", action="version",
                        version=f"kreislauf-server {__version__}",
                        help="Version anzeigen und beenden")
    parser.add_argument("--db", help=f"Datenbank-URL (sonst {ENV_DB} oder SQLite-Datei)")
    parser.add_argument("--host", default="127.0.0.1", help="Adresse (Standard 127.0.0.1)")
    parser.add_argument("--port", type=whole_number(1, 65_535), default=8700,
                        help="Port (Standard 8700)")
    parser.add_argument("--workers", type=whole_number(1, 64), default=1,
                        help="Prozesse (nur PostgreSQL > 1)")
    parser.add_argument("--ssl-certfile", help="TLS-Zertifikat (PEM)")
    parser.add_argument("--ssl-keyfile", help="TLS-Schlüssel (PEM)")
    parser.add_argument("--cookie-secure", choices=COOKIE_SECURE_CHOICES,
                        help=SETTINGS["cookie_secure"].description + " (Standard auto)")
    parser.add_argument("--forwarded-allow-ips",
                        help="Proxys, deren X-Forwarded-For/-Proto gelten (Standard "
                             "127.0.0.1; z. B. die Adresse des TLS-Proxys)")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    st = sub.add_parser("stations", help="Stationen verwalten")
    st_sub = st.add_subparsers(dest="stations_command", required=True, parser_class=_Parser)
    add = st_sub.add_parser("add", help="Station anlegen und Anmeldecode ausgeben")
    add.add_argument("--store", required=True, help="Name des Kaufhauses")
    add.add_argument("--station", required=True, type=whole_number(1, 99),
                     help="Stationsnummer 1-99")
    add.add_argument("--valid-hours", help="Anmeldecode gilt so viele Stunden (Standard "
                                           f"{SETTINGS['code_ttl_hours'].env} oder 72)")
    rev = st_sub.add_parser("revoke", help="Station sperren")
    rev.add_argument("station", type=whole_number(1, 99))
    st_sub.add_parser("list", help="Stationen anzeigen")

    ad = sub.add_parser("admin", help="Zugang der Zentrale")
    ad_sub = ad.add_subparsers(dest="admin_command", required=True, parser_class=_Parser)
    pw = ad_sub.add_parser("set-password", help="Passwort für /admin setzen (Abfrage, "
                                                "zweimal)")
    pw.add_argument("--password-stdin", action="store_true",
                    help="Passwort als erste Zeile der Standardeingabe lesen")
    pw.add_argument("--password", help=argparse.SUPPRESS)  # refused, see _read_password

    qu = sub.add_parser("quarantine", help="Ereignisse in Quarantäne")
    qu_sub = qu.add_subparsers(dest="quarantine_command", required=True, parser_class=_Parser)
    qu_sub.add_parser("retry", help="alle erneut anwenden (z. B. nach einem Update)")

    sub.add_parser("migrate", help="Datenbank anlegen oder aktualisieren")

    au = sub.add_parser("audit", help="Protokollketten der Stationen prüfen")
    au_sub = au.add_subparsers(dest="audit_command", required=True, parser_class=_Parser)
    ver = au_sub.add_parser("verify", help="gemeldete Kettenköpfe je Station prüfen")
    ver.add_argument("--station", type=whole_number(1, 99),
                     help="nur diese Station (Standard: alle)")
    return parser


def _serve(args: argparse.Namespace, url: str) -> int:
    import uvicorn

    if args.workers > 1 and url.startswith("sqlite"):
        raise AdminError("Mehrere Prozesse brauchen PostgreSQL (--db postgresql://…).")
    if args.cookie_secure:  # workers read their settings from the environment
        os.environ[SETTINGS["cookie_secure"].env] = args.cookie_secure
    ServerSettings.from_env()  # a bad value is a German error now, not in every worker
    open_database(url).dispose()  # migrate once before the workers start
    os.environ[ENV_DB] = url
    scheme = "https" if args.ssl_certfile else "http"
    print(f"Kreislauf-Server auf {scheme}://{args.host}:{args.port} ({args.workers} "
          "Prozess(e))", file=sys.stderr)
    uvicorn.run("server.asgi:make", factory=True, host=args.host, port=args.port,
                workers=args.workers, ssl_certfile=args.ssl_certfile,
                ssl_keyfile=args.ssl_keyfile, forwarded_allow_ips=args.forwarded_allow_ips,
                log_level="warning")
    return 0


def _stations(args: argparse.Namespace, url: str) -> int:
    db = open_database(url)
    try:
        if args.stations_command == "add":
            hours = (positive_int(args.valid_hours, SETTINGS["code_ttl_hours"])
                     if args.valid_hours else ServerSettings.from_env().code_ttl_hours)
            with db.write() as session:
                code = stations.add_station(session, args.store, args.station,
                                            now=args.clock(),
                                            valid_for=timedelta(hours=hours))
            print(f"Station {code.station} ({code.store}) – Anmeldecode: {code.code} "
                  f"(gültig bis {when(code.expires_at)})")
            print(f"An der Kasse: kreislauf sync --register {code.code} --server URL")
        elif args.stations_command == "revoke":
            with db.write() as session:
                stations.revoke(session, args.station, args.clock())
            print(f"Station {args.station} ist gesperrt.")
        else:
            with db.read() as session:
                rows = admin.station_rows(session, args.clock())
            for r in rows:
                print(f"{r.number:>2}  {r.store}  {r.state}  bestätigt bis {r.acked_seq}")
    finally:
        db.dispose()
    return 0


def _read_password(args: argparse.Namespace) -> str:
    """From stdin (``--password-stdin``), ``KREISLAUF_ADMIN_PASSWORD`` or a prompt typed
    twice; never from the command line, where ``ps`` and the shell history keep it."""
    if args.password is not None:
        raise AdminError(
            "--password gibt es nicht mehr: das Passwort stünde in der Prozessliste und im "
            "Shell-Verlauf. Bitte ohne --password aufrufen und zweimal eingeben, oder aus "
            "einer Datei lesen: kreislauf-server admin set-password --password-stdin < DATEI")
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    env = os.environ.get(admin.ENV_PASSWORD)
    if env:
        return env
    if not sys.stdin.isatty():
        raise AdminError("Keine Eingabe möglich (kein Terminal). Bitte --password-stdin "
                         "verwenden und das Passwort als erste Zeile übergeben.")
    first = getpass.getpass("Neues Passwort für die Zentrale: ")
    if first != getpass.getpass("Passwort wiederholen: "):
        raise AdminError("Die beiden Eingaben stimmen nicht überein; das Passwort ist "
                         "unverändert. Bitte erneut versuchen.")
    return first


def _admin(args: argparse.Namespace, url: str) -> int:
    password = _read_password(args)
    db = open_database(url)
    try:
        with db.write() as session:
            admin.set_password(session, password)
    finally:
        db.dispose()
    print("Passwort gesetzt. Anmeldung unter /admin mit Benutzer „admin“.")
    return 0


def _quarantine(args: argparse.Namespace, url: str) -> int:
    now = args.clock()
    db = open_database(url)
    try:
        with db.write() as session:
            pending = Pending(0, 0, now)
            done = retry_quarantined(session, pending, now, waiting_only=False, limit=1000)
            insert_changes(session, pending.feed())
    finally:
        db.dispose()
    print(f"{done} Ereignis(se) aus der Quarantäne angewendet.")
    return 0


EXIT_AUDIT_BROKEN = 3


def _audit(args: argparse.Namespace, url: str) -> int:
    """Per station: in order when every pushed head fits the earlier ones; otherwise each
    problem on stderr and exit 3."""
    db = open_database(url)
    try:
        with db.read() as session:
            query = select(Station).order_by(Station.number)
            if args.station is not None:
                query = query.where(Station.number == args.station)
            found = list(session.scalars(query))
            if args.station is not None and not found:
                raise AdminError(f"Station {args.station} gibt es in der Zentrale nicht.")
            results = [audit_anchors.check_station(session, st) for st in found]
    finally:
        db.dispose()
    broken = False
    for r in results:
        if r.newest_count is None and r.ok:
            print(f"Station {r.number}: noch kein Kettenkopf gemeldet.")
        elif r.ok:
            print(f"Station {r.number}: Protokoll in Ordnung – {r.anchors} Anker, zuletzt "
                  f"{r.newest_count} Einträge (Hash {r.newest_hash[:16]}…).")
        for p in r.problems:
            broken = True
            print(f"Station {r.number}: Protokoll verändert ({when(p.received_at)}): "
                  f"{p.detail} Bitte die Kasse prüfen (kreislauf audit verify).",
                  file=sys.stderr)
    return EXIT_AUDIT_BROKEN if broken else 0


def main(argv: Sequence[str] | None = None, clock: Clock = utc_now) -> int:
    """Run one command; ``clock`` dates codes and listings (tests hand in the server's)."""
    args = build_parser().parse_args(argv)
    args.clock = clock
    logging.basicConfig(level=logging.WARNING)
    url = normalise_url(args.db or default_url())
    try:
        if args.command == "stations":
            return _stations(args, url)
        if args.command == "admin":
            return _admin(args, url)
        if args.command == "quarantine":
            return _quarantine(args, url)
        if args.command == "audit":
            return _audit(args, url)
        if args.command == "migrate":
            open_database(url).dispose()
            print("Datenbank ist aktuell.")
            return 0
        return _serve(args, url)
    except AdminError as exc:
        print(f"kreislauf-server: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        log.exception("unexpected error")
        print(f"kreislauf-server: Unerwarteter Fehler ({type(exc).__name__}). "
              "Bitte die Datenbank-URL und das Protokoll prüfen.", file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
