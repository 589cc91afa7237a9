"""``kreislauf export impact --from DATE --to DATE -o FILE.csv|FILE.pdf`` (issue #16).

The climate figures of a period (Berlin days) as CSV or as the PDF for the public
sustainability event. One German line and exit 1 on bad input; the file is written
whole or not at all (``reports.files.write_atomic``).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import opened
from app.config import Paths
from app.services.impact import export as impact_export
from app.services.impact import messages as msg
from app.services.kernel.context import SYSTEM
from app.services.reports import files as report_files


def add_parser(s: Any) -> None:
    """The ``impact`` subcommand of ``export``."""
    p = s.add_parser("impact", help="Klima-Bilanz eines Zeitraums als CSV oder PDF")
    p.add_argument("--from", dest="start", required=True, help="erster Tag JJJJ-MM-TT")
    p.add_argument("--to", dest="end", required=True, help="letzter Tag JJJJ-MM-TT")
    p.add_argument("-o", "--output", required=True, metavar="FILE.csv|FILE.pdf")
    p.set_defaults(func=cmd_impact)


def cmd_impact(args: argparse.Namespace, paths: Paths) -> int:
    start = report_files.parse_day(args.start)
    end = report_files.parse_day(args.end)
    target = Path(args.output)
    fmt = impact_export.check_output(target.name)
    impact_export.check_period(start, end)
    with opened(paths, args.clock) as backend:
        result = backend.query(SYSTEM, impact_export.export, start, end, fmt)
    report_files.write_atomic(target, result.data)
    print(msg.EXPORT_WRITTEN.format(path=target, days=result.days, sales=result.sales))
    return 0
