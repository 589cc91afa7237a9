"""The facts of the Kassenmeldepflicht (§ 146a Abs. 4 AO, reported through ELSTER).

Per till: kind, software and version, serial, brand, model, dates of purchase,
commissioning and decommissioning; per TSE: kind, serial, BSI certification id,
commissioning and decommissioning. As a printable sheet (PDF) and as a CSV whose
columns follow the order of the ELSTER form "Mitteilung über elektronische
Aufzeichnungssysteme" (taxpayer, Betriebsstätte, Aufzeichnungssystem, TSE), so a manager
can type it in field by field.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy import select

from app import __version__
from app.db.models import TseDevice
from app.services.fiscal import master_data, till_registration
from app.services.fiscal import messages as msg
from app.services.fiscal.dsfinvk_closings import kasse_id
from app.services.kernel.clock import BERLIN
from app.services.kernel.context import Ctx
from app.services.kernel.roles import Permission

SOFTWARE = "Kreislauf-Kasse"
TSE_KINDS = msg.TSE_KIND_LABELS.sources()  # the ELSTER sheet is German
COLUMNS = msg.KASSENMELDUNG_COLUMNS


@dataclass(frozen=True)
class TseFacts:
    kind: str
    serial: str
    certificate_id: str
    commissioned_on: date | None
    decommissioned_on: date | None


@dataclass(frozen=True)
class Sheet:
    store: master_data.MasterData
    till: till_registration.TillFacts
    serial: str
    tses: list[TseFacts]


def _day(moment: datetime | None) -> date | None:
    return None if moment is None else moment.astimezone(BERLIN).date()


def sheet(ctx: Ctx) -> Sheet:
    """What the ELSTER form asks, from the master data, the till and its TSEs."""
    ctx.require(Permission.EXPORT)
    till = till_registration.current(ctx)
    tses = [TseFacts(TSE_KINDS.get(d.kind, d.kind), d.serial, d.certificate_id,
                     _day(d.commissioned_at), _day(d.decommissioned_at))
            for d in ctx.session.scalars(select(TseDevice).where(
                TseDevice.station_id == ctx.station_id).order_by(TseDevice.commissioned_at))]
    return Sheet(master_data.current(ctx), till, till.serial or kasse_id(ctx), tses)


def _date(value: date | None) -> str:
    return "" if value is None else value.strftime("%d.%m.%Y")


def records(s: Sheet) -> list[list[str]]:
    """One record per TSE of the till (one without TSE data if it has none)."""
    head = [s.store.tax_number or s.store.vat_id, s.store.name, s.store.name, s.store.street,
            s.store.postcode, s.store.city, s.till.kind, SOFTWARE, __version__, s.serial,
            s.till.brand, s.till.model, _date(s.till.purchased_on),
            _date(s.till.commissioned_on), _date(s.till.decommissioned_on)]
    tses = s.tses or [TseFacts("", "", "", None, None)]
    return [[*head, t.kind, t.serial, t.certificate_id, _date(t.commissioned_on),
             _date(t.decommissioned_on)] for t in tses]


def to_csv(s: Sheet) -> bytes:
    out = io.StringIO(newline="")
    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    w.writerow(COLUMNS)
    w.writerows(records(s))
    return out.getvalue().encode("utf-8")


def to_pdf(s: Sheet) -> bytes:
    """One A4 sheet: label and value for every field of the form."""
    styles = getSampleStyleSheet()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, title=msg.KASSENMELDUNG_TITLE,
                            leftMargin=18 * mm, rightMargin=18 * mm)
    story = [Paragraph(msg.KASSENMELDUNG_TITLE, styles["Title"]),
             Paragraph(msg.KASSENMELDUNG_INTRO, styles["Normal"]), Spacer(1, 6 * mm)]
    for n, record in enumerate(records(s), start=1):
        if len(s.tses) > 1:
            story.append(Paragraph(msg.KASSENMELDUNG_TSE.format(n=n), styles["Heading2"]))
        table = Table([[k, v or "–"] for k, v in zip(COLUMNS, record, strict=True)],
                      colWidths=(70 * mm, 104 * mm))
        table.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, -1), 9),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.25, "#999999")]))
        story += [table, Spacer(1, 6 * mm)]
    doc.build(story)
    return buf.getvalue()
