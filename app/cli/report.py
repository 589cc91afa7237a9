"""``kreislauf report x|z|month``: X and Z reports and the month overview as PDF or CSV.

The command line has no login: it acts as the system user.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import opened
from app.config import Paths
from app.errors import ValidationError
from app.services.kernel.clock import berlin_today
from app.services.kernel.context import SYSTEM, Ctx
from app.services.reports import figures as reports
from app.services.reports import files as report_files
from app.services.reports import messages as report_msg
from app.services.reports import month as month_report


def add_parser(sub: Any) -> None:
    """Register ``report`` on the main parser's sub-commands."""
    p = sub.add_parser("report", help="X-/Z-Bericht oder Monatsübersicht als PDF oder CSV")
    p.add_argument("which", choices=("x", "z", "month"),
                   help="x = Zwischenbericht, z = Tagesabschluss, month = Monatsübersicht")
    p.add_argument("--date", help="Tag des Z-Berichts, JJJJ-MM-TT (Standard: heute)")
    p.add_argument("--month", help="Monat der Übersicht, JJJJ-MM (Standard: dieser Monat)")
    p.add_argument("-o", "--output", required=True, help="Zieldatei .pdf oder .csv")
    p.set_defaults(func=cmd_report)


def cmd_report(args: argparse.Namespace, paths: Paths) -> int:
    """Compute the report read-only and write it atomically (no file on any error)."""
    target = Path(args.output)
    fmt = report_files.output_format(target)
    day = report_files.parse_day(args.date) if args.date else None
    month = month_report.parse_month(args.month) if args.month else None

    def job(ctx: Ctx) -> bytes:
        today = berlin_today(ctx.clock)
        if args.which == "x":
            if day is not None and day != today:
                raise ValidationError(report_msg.X_ONLY_NOW)
            return report_files.render_reports([reports.x_report(ctx)], fmt)
        if args.which == "z":
            return report_files.render_reports(reports.z_reports_on(ctx, day or today), fmt)
        year, number = month or (today.year, today.month)
        return report_files.render_month(month_report.month_overview(ctx, year, number), fmt)

    with opened(paths, args.clock, verify=True) as backend:
        data = backend.query(SYSTEM, job)
    report_files.write_atomic(target, data)
    print(f"Bericht geschrieben: {target}")
    return 0
