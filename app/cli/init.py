"""``kreislauf init``: create the till database or bring it up to date."""

from __future__ import annotations

import argparse
from typing import Any

from app.config import Paths
from app.services.kernel.backend import open_backend
from app.services.kernel.context import SYSTEM
from app.services.users import setup


def add_parser(sub: Any) -> None:
    """Register ``init`` on the main parser's sub-commands."""
    p = sub.add_parser("init", help="Datenbank anlegen oder aktualisieren")
    p.add_argument("--station", required=True, help="Stationsnummer 1-99")
    p.add_argument("--store", required=True, help="Name des Kaufhauses")
    p.add_argument("--demo", action="store_true",
                   help="als Demo-Kasse anlegen (nur dann sind Demo-Daten erlaubt)")
    p.set_defaults(func=cmd_init)


def cmd_init(args: argparse.Namespace, paths: Paths) -> int:
    """Create (or migrate) the database; the first run also creates the first admin."""
    number = setup.validate_station_number(args.station)
    store = setup.validate_store_name(args.store)
    paths.ensure()
    backend = open_backend(paths, must_exist=False, clock=args.clock)
    try:
        result = backend.call(SYSTEM, setup.initialise, number, store, args.demo)
        backend.forget_station()
    finally:
        backend.close()
    if result.created:
        kind = "Demo-Kasse" if args.demo else "Kasse"
        print(f"{kind} angelegt: Station {result.station_number}, {result.store_name}, "
              f"Daten in {paths.data_dir}")
    else:
        print(f"Datenbank ist aktuell: Station {result.station_number}, {result.store_name}")
    if result.admin_created:
        print(f"Erster Zugang: Benutzer „{setup.FIRST_ADMIN}“, PIN {setup.FIRST_ADMIN_PIN} "
              "(beim ersten Anmelden ändern).")
    return 0
