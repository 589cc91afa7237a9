"""``kreislauf store set|show`` and ``kreislauf till set|show``: master data by hand.

The store's name, address, tax number and VAT id, and the facts the Kassenmeldepflicht
asks about this till. Each change is a dated revision; the command line acts as the
system user (it has no login).
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import Parser, opened
from app.config import Paths
from app.errors import ValidationError
from app.services.fiscal import master_data, mode, till_registration
from app.services.kernel.context import SYSTEM, Ctx

_STORE_OPTIONS = (("name", "Name des Unternehmens"), ("street", "Straße und Hausnummer"),
                  ("postcode", "Postleitzahl"), ("city", "Ort"),
                  ("country", "Land (Ländercode, Standard DE)"),
                  ("tax_number", "Steuernummer, z. B. 332/5751/1234"),
                  ("vat_id", "USt-IdNr., z. B. DE123456789"))
_TILL_OPTIONS = (("kind", "Art des Aufzeichnungssystems, z. B. PC-Kassensystem"),
                 ("brand", "Hersteller der Kasse"), ("model", "Modell"),
                 ("serial", "Seriennummer der Kasse"),
                 ("purchased", "Datum der Anschaffung JJJJ-MM-TT"),
                 ("commissioned", "Datum der Inbetriebnahme JJJJ-MM-TT"),
                 ("decommissioned", "Datum der Außerbetriebnahme JJJJ-MM-TT"))
NOTHING_GIVEN = "Bitte mindestens eine Angabe machen, z. B. --street „Lange Wende 16“."


def add_parser(sub: Any) -> None:
    p = sub.add_parser("store", help="Stammdaten des Unternehmens anzeigen oder ändern")
    s = p.add_subparsers(dest="store_command", required=True, parser_class=Parser)
    st = s.add_parser("set", help="Stammdaten ändern (neue Fassung ab jetzt)")
    for key, text in _STORE_OPTIONS:
        st.add_argument("--" + key.replace("_", "-"), dest=key, help=text)
    st.add_argument("--mode", choices=mode.MODES,
                    help="Signierbetrieb: training oder live (live nur mit vollständigen "
                         "Stammdaten)")
    st.set_defaults(func=cmd_store_set)
    sh = s.add_parser("show", help="Stammdaten anzeigen")
    sh.set_defaults(func=cmd_store_show)
    p = sub.add_parser("till", help="Angaben zu dieser Kasse (Kassenmeldepflicht)")
    s = p.add_subparsers(dest="till_command", required=True, parser_class=Parser)
    st = s.add_parser("set", help="Angaben zur Kasse ändern")
    for key, text in _TILL_OPTIONS:
        st.add_argument("--" + key, dest=key, help=text)
    st.set_defaults(func=cmd_till_set)
    sh = s.add_parser("show", help="Angaben zur Kasse anzeigen")
    sh.set_defaults(func=cmd_till_show)


def _store_line(ctx: Ctx) -> str:
    d = master_data.current(ctx)
    missing = master_data.missing_fields(ctx, d)
    parts = [d.name, d.address_line, d.country,
             f"StNr. {d.tax_number or '–'}", f"USt-IdNr. {d.vat_id or '–'}",
             f"Betrieb: {mode.current_mode(ctx)}"]
    line = "; ".join(p for p in parts if p)
    return line + (f" (fehlt: {', '.join(missing)})" if missing else "")


def cmd_store_set(args: argparse.Namespace, paths: Paths) -> int:
    changes = {k: getattr(args, k) for k, _ in _STORE_OPTIONS if getattr(args, k) is not None}
    if not changes and args.mode is None:
        raise ValidationError(NOTHING_GIVEN)

    def job(ctx: Ctx) -> str:
        if changes:
            master_data.update(ctx, **changes)
        if args.mode is not None:
            mode.set_mode(ctx, args.mode)
        return _store_line(ctx)

    with opened(paths, args.clock) as backend:
        print("Gespeichert: " + backend.call(SYSTEM, job))
    return 0


def cmd_store_show(args: argparse.Namespace, paths: Paths) -> int:
    with opened(paths, args.clock) as backend:
        print(backend.query(SYSTEM, _store_line))
    return 0


def _till_line(ctx: Ctx) -> str:
    t = till_registration.current(ctx)
    dates = (("angeschafft", t.purchased_on), ("in Betrieb", t.commissioned_on),
             ("außer Betrieb", t.decommissioned_on))
    parts = [t.kind, t.brand, t.model, f"Seriennr. {t.serial or '–'}",
             *(f"{label} {d.isoformat()}" for label, d in dates if d)]
    return "; ".join(p for p in parts if p)


def cmd_till_set(args: argparse.Namespace, paths: Paths) -> int:
    names = {"purchased": "purchased_on", "commissioned": "commissioned_on",
             "decommissioned": "decommissioned_on"}
    changes = {names.get(k, k): getattr(args, k) for k, _ in _TILL_OPTIONS
               if getattr(args, k) is not None}
    if not changes:
        raise ValidationError(NOTHING_GIVEN.replace("--street „Lange Wende 16“",
                                                    "--purchased 2026-03-01"))

    def job(ctx: Ctx) -> str:
        till_registration.update(ctx, **changes)
        return _till_line(ctx)

    with opened(paths, args.clock) as backend:
        print("Gespeichert: " + backend.call(SYSTEM, job))
    return 0


def cmd_till_show(args: argparse.Namespace, paths: Paths) -> int:
    with opened(paths, args.clock) as backend:
        print(backend.query(SYSTEM, _till_line))
    return 0
