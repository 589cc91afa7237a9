"""``kreislauf export dsfinvk|kassenmeldung``: files for the tax office.

``dsfinvk`` writes the DSFinV-K ZIP of every Z closing in a date range; ``tse`` the
TSE's own TAR export (TR-03153 log messages) cut to a date range, a file of its own (see
``tse_tar``); ``kassenmeldung`` the facts of the Kassenmeldepflicht as a PDF sheet or a
CSV. No file is written on any error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app import fiscal_setup
from app.cli import impact_export
from app.cli import ords as ords_cli
from app.cli.common import Parser, opened
from app.config import LocalSettings, Paths
from app.errors import ValidationError
from app.services.fiscal import dsfinvk_export, kassenmeldung, tse_tar
from app.services.fiscal import messages as msg
from app.services.kernel.context import SYSTEM, Ctx
from app.services.reports import files as report_files


def add_parser(sub: Any) -> None:
    p = sub.add_parser("export", help="Exporte für das Finanzamt")
    s = p.add_subparsers(dest="export_command", required=True, parser_class=Parser)
    d = s.add_parser("dsfinvk", help="DSFinV-K-Export aller Tagesabschlüsse eines Zeitraums")
    d.add_argument("--from", dest="start", required=True, help="erster Tag JJJJ-MM-TT")
    d.add_argument("--to", dest="end", required=True, help="letzter Tag JJJJ-MM-TT")
    d.add_argument("-o", "--output", required=True, metavar="FILE.zip", help="Ziel-ZIP")
    d.set_defaults(func=cmd_dsfinvk)
    t = s.add_parser("tse", help="TAR-Export der TSE (Protokolldaten, TR-03153) eines Zeitraums")
    t.add_argument("--from", dest="start", required=True, help="erster Tag JJJJ-MM-TT")
    t.add_argument("--to", dest="end", required=True, help="letzter Tag JJJJ-MM-TT")
    t.add_argument("-o", "--output", required=True, metavar="FILE.tar", help="Ziel-TAR")
    t.set_defaults(func=cmd_tse)
    k = s.add_parser("kassenmeldung",
                     help="Angaben für die Kassenmeldung (§ 146a Abs. 4 AO) als PDF oder CSV")
    k.add_argument("-o", "--output", required=True, metavar="FILE.pdf|FILE.csv")
    k.set_defaults(func=cmd_kassenmeldung)
    impact_export.add_parser(s)
    ords_cli.add_parser(s)


def _progress(done: int, total: int) -> None:
    sys.stderr.write(f"DSFinV-K: {done}/{total} Belege\n")
    sys.stderr.flush()


def cmd_dsfinvk(args: argparse.Namespace, paths: Paths) -> int:
    start = report_files.parse_day(args.start)
    end = report_files.parse_day(args.end)
    target = Path(args.output)
    dsfinvk_export.check_target(target)
    with opened(paths, args.clock, verify=True) as backend:
        result = backend.query(SYSTEM, dsfinvk_export.export, start, end, target, _progress)
    print(f"DSFinV-K-Export geschrieben: {result.path} ({result.closings} Tagesabschlüsse, "
          f"Z {result.first_z}–{result.last_z}, {result.receipts} Belege)")
    return 0


def cmd_kassenmeldung(args: argparse.Namespace, paths: Paths) -> int:
    target = Path(args.output)
    suffix = target.suffix.lower()
    if suffix not in (".pdf", ".csv"):
        raise ValidationError(msg.OUTPUT_KASSENMELDUNG.format(name=target.name))

    def job(ctx: Ctx) -> bytes:
        s = kassenmeldung.sheet(ctx)
        return kassenmeldung.to_pdf(s) if suffix == ".pdf" else kassenmeldung.to_csv(s)

    with opened(paths, args.clock, verify=True) as backend:
        data = backend.query(SYSTEM, job)
    report_files.write_atomic(target, data)
    print(f"Kassenmeldung geschrieben: {target}")
    return 0


def cmd_tse(args: argparse.Namespace, paths: Paths) -> int:
    start = report_files.parse_day(args.start)
    end = report_files.parse_day(args.end)
    target = Path(args.output)
    dsfinvk_export.check_target(target, ".tar")
    with opened(paths, args.clock, verify=True) as backend:
        tse = fiscal_setup.make_tse(LocalSettings(), paths, backend)
        if tse is None:
            raise ValidationError(msg.NO_TSE_CONFIGURED)
        try:
            whole = tse.export()
        finally:
            close = getattr(tse, "close", None)
            if close is not None:
                close()
    report_files.write_atomic(target, tse_tar.cut(whole, start, end))
    print(f"TSE-Export geschrieben: {target}")
    return 0
