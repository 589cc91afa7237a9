"""``kreislauf delivery list --date DATE -o FILE.pdf|FILE.csv`` and ``kreislauf delivery
slip NUMBER -o FILE.pdf`` (issue #16): the day's dispatch list planned onto the cargo
bikes, and the slip of one order. One German line and exit 1 on bad input; the file is
written whole or not at all."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import opened
from app.config import Paths
from app.services.delivery import dispatch
from app.services.delivery import messages as msg
from app.services.impact.notes import format_kg
from app.services.kernel.context import SYSTEM
from app.services.reports import files as report_files


def add_parser(sub: Any) -> None:
    d = sub.add_parser("delivery", help="Lastenrad-Lieferungen: Tourenliste, Lieferschein")
    ds = d.add_subparsers(dest="delivery_command", required=True)
    lst = ds.add_parser("list", help="Tourenliste eines Tages als PDF oder CSV")
    lst.add_argument("--date", required=True, help="der Tag JJJJ-MM-TT")
    lst.add_argument("-o", "--output", required=True, metavar="FILE.pdf|FILE.csv")
    lst.set_defaults(func=cmd_list)
    slp = ds.add_parser("slip", help="Liefer- oder Abholschein eines Auftrags als PDF")
    slp.add_argument("number", help="Auftragsnummer, z. B. L01-000001")
    slp.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    slp.set_defaults(func=cmd_slip)


def cmd_list(args: argparse.Namespace, paths: Paths) -> int:
    day = report_files.parse_day(args.date)
    target = Path(args.output)
    fmt = dispatch.check_output(target.name)
    with opened(paths, args.clock) as backend:
        data, plan = backend.query(SYSTEM, dispatch.dispatch_file, day, fmt)
    report_files.write_atomic(target, data)
    print(msg.DISPATCH_WRITTEN.format(
        day=day.strftime("%d.%m.%Y"), path=target, trips=len(plan.dispatch.trips),
        stops=plan.parts, unplanned=len(plan.dispatch.unassigned),
        km=format_kg(plan.distance_m)))
    return 0


def cmd_slip(args: argparse.Namespace, paths: Paths) -> int:
    target = Path(args.output)
    dispatch.check_output(target.name, ("pdf",))
    with opened(paths, args.clock) as backend:
        data, order = backend.query(SYSTEM, dispatch.slip_file, args.number)
    report_files.write_atomic(target, data)
    print(msg.SLIP_WRITTEN.format(title=msg.SLIP_TITLE[order.kind], number=order.number,
                                  path=target))
    return 0
