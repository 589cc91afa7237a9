"""``kreislauf labels``: label sheets or rolls as a PDF file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import opened
from app.command_line import whole_number
from app.config import Paths
from app.errors import KasseError, ValidationError
from app.services.kernel.context import SYSTEM, Ctx
from app.services.labels import labels
from app.services.labels import layouts as label_layouts
from app.services.labels import messages as label_msg
from app.services.labels import pdf as label_pdf


def add_parser(sub: Any) -> None:
    """Register ``labels`` on the main parser's sub-commands."""
    p = sub.add_parser("labels", help="Etiketten als PDF schreiben")
    p.add_argument("codes", nargs="*", metavar="CODE", help="Artikelcodes (EAN-13)")
    p.add_argument("--unprinted", action="store_true",
                   help="alle Artikel, deren Etikett noch nicht (aktuell) gedruckt ist")
    p.add_argument("--layout", required=True,
                   help="Etikettenformat: " + ", ".join(label_layouts.layout_names()))
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="Ziel-PDF")
    p.add_argument("--start", type=whole_number(1, 1000), default=1, metavar="N",
                   help="erste freie Position auf einem angebrochenen Bogen (ab 1)")
    p.add_argument("--no-mark", action="store_true",
                   help="Etiketten nicht als gedruckt markieren (Probedruck)")
    p.set_defaults(func=cmd_labels)


def cmd_labels(args: argparse.Namespace, paths: Paths) -> int:
    """Write labels to a PDF file and mark them printed (--no-mark for a test print)."""
    layout = label_layouts.get_layout(args.layout)
    if not args.codes and not args.unprinted:
        raise ValidationError(label_msg.LABELS_NONE_CHOSEN)
    target = Path(args.output)
    if target.suffix.lower() != ".pdf":
        raise ValidationError(label_msg.LABEL_OUTPUT_NOT_PDF)
    label_pdf.check_start(layout, args.start)

    def job(ctx: Ctx) -> labels.LabelsWritten:
        codes = list(args.codes) + (labels.unprinted_codes(ctx) if args.unprinted else [])
        if not codes:
            raise KasseError(label_msg.LABELS_NOTHING_TO_PRINT)
        return labels.write_labels(ctx, codes, layout.name, target, args.start,
                                   mark=not args.no_mark)

    with opened(paths, args.clock) as backend:
        result = backend.call(SYSTEM, job)
    marked = "" if args.no_mark else ", als gedruckt markiert"
    print(f"{result.count} Etikett(en) auf {result.pages} Seite(n) geschrieben: "
          f"{result.path} ({layout.name}{marked})")
    return 0
