"""``kreislauf demo-data``: realistic demo items, then demo trading days with Z reports."""

from __future__ import annotations

import argparse
from contextlib import AbstractContextManager, nullcontext
from typing import Any

from app import fiscal_setup, messages
from app.cli.common import opened, progress
from app.command_line import whole_number
from app.config import LocalSettings, Paths
from app.errors import KasseError, ValidationError
from app.services.cash import messages as cash_messages
from app.services.demo import days_flow as demo_days
from app.services.demo import deliveries_flow as demo_deliveries
from app.services.demo import flow as demo_data
from app.services.demo import repairs_flow as demo_repairs
from app.services.demo import store_facts as demo_store
from app.services.demo import tse_flow as demo_tse
from app.services.kernel.backend import Backend
from app.services.kernel.context import SYSTEM

MAX_DEMO_ITEMS = 2_000_000
MAX_DEMO_DAYS = 366


def add_parser(sub: Any) -> None:
    """Register ``demo-data`` on the main parser's sub-commands."""
    p = sub.add_parser("demo-data", help="Demo-Daten erzeugen")
    p.add_argument("--items", type=whole_number(0, MAX_DEMO_ITEMS), default=200,
                   help="Anzahl Artikel (Standard 200)")
    p.add_argument("--days", type=whole_number(0, MAX_DEMO_DAYS), default=21,
                   help="Verkaufstage mit Tagesabschluss bis gestern (Standard 21)")
    p.set_defaults(func=cmd_demo_data)


def _demo_signing(backend: Backend, paths: Paths,
                  days: int) -> AbstractContextManager[demo_tse.DemoSigning]:
    """The demo signs its days with a new software TSE when this machine uses one."""
    settings = LocalSettings()
    if settings.get("tse.kind") != "software" or days <= 0:
        return nullcontext(demo_tse.DemoSigning(False))
    return demo_tse.signing(backend, paths.data_dir / "tse",
                            fiscal_setup.client_id(settings, backend), days)


def cmd_demo_data(args: argparse.Namespace, paths: Paths) -> int:
    """Fill the till with ``--items`` items and ``--days`` closed trading days."""
    if not 0 <= args.items <= MAX_DEMO_ITEMS:
        raise KasseError(messages.ITEMS_COUNT_RANGE.format(maximum=MAX_DEMO_ITEMS))
    if not 0 <= args.days <= MAX_DEMO_DAYS:
        raise ValidationError(cash_messages.DEMO_DAYS_RANGE.format(maximum=MAX_DEMO_DAYS))
    with opened(paths, args.clock) as backend:
        demo_data.require_demo(backend.station)  # one German line, nothing written
        result = demo_data.fill(backend, args.items,
                                progress=progress("Demo-Artikel", demo_data.BATCH))
        backend.call(SYSTEM, demo_store.fill_store_facts)
        with _demo_signing(backend, paths, args.days) as signing:
            trading = demo_days.fill_days(backend, args.days,
                                          progress=progress("Demo-Tage") if args.days else None)
        workshop = demo_repairs.fill_repairs(backend, args.days)
        deliveries = demo_deliveries.fill_deliveries(backend, args.days)
    print(f"Demo-Daten: {result.users} Benutzer, {result.categories} Warengruppen, "
          f"{result.items} Artikel angelegt.")
    print(f"Demo-Verkaufstage: {trading.days} Tage mit Z-Bericht, {trading.sales} Verkäufe, "
          f"{trading.refunds} Erstattungen, {trading.movements} Bargeldbewegungen.")
    print(f"Demo-Werkstatt: {workshop.repairs} Reparaturen, "
          f"{workshop.hours_entries} Stundeneinträge.")
    print(f"Demo-Lieferungen: {deliveries.done} erledigt, {deliveries.planned} geplant "
          f"(heute und die nächsten Tage).")
    if signing.signed:
        outage = (f" TSE-Ausfall zur Vorführung am {signing.outage_day:%d.%m.%Y}."
                  if signing.outage_day else "")
        print(f"Demo-TSE: alle Vorgänge mit der Software-TSE signiert (nicht zertifiziert)."
              f"{outage}")
    return 0
