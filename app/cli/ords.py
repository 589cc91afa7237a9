"""``kreislauf export ords``: the workshop's repair records as an Open Repair Data
Standard CSV (``app.services.workshop.ords``). No file is written on any error."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import opened
from app.config import Paths
from app.services.kernel.context import SYSTEM
from app.services.reports import files as report_files
from app.services.workshop import messages as msg
from app.services.workshop import ords


def add_parser(sub: Any) -> None:
    o = sub.add_parser("ords", help="Reparaturen eines Zeitraums als Open-Repair-Data-CSV")
    o.add_argument("--from", dest="start", required=True, help="erster Tag JJJJ-MM-TT")
    o.add_argument("--to", dest="end", required=True, help="letzter Tag JJJJ-MM-TT")
    o.add_argument("-o", "--output", required=True, metavar="FILE.csv", help="Ziel-CSV")
    o.set_defaults(func=cmd_ords)


def cmd_ords(args: argparse.Namespace, paths: Paths) -> int:
    start = report_files.parse_day(args.start)
    end = report_files.parse_day(args.end)
    target = Path(args.output)
    ords.check_target_name(target.name)
    with opened(paths, args.clock, verify=True) as backend:
        data = backend.query(SYSTEM, ords.ords_csv, start, end)
    report_files.write_atomic(target, data)
    print(msg.ORDS_WRITTEN.format(path=target, count=data.count(b"\r\n") - 1))
    return 0
