"""X and Z reports and the month overview as A4 PDFs (reportlab), German formatting.

Tables for every section of the report and a horizontal bar chart of the turnover per
category. Fonts are reportlab's built-in Helvetica (WinAnsi covers €, umlauts and „“).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.services.cash.count import denomination_label, ordered
from app.services.kernel.clock import BERLIN
from app.services.kernel.formatting import format_cents, format_grams
from app.services.reports import messages as msg
from app.services.reports import repair_section
from app.services.reports.model import Report, ReportKind
from app.services.reports.month import VAT_COLUMNS, MonthOverview
from app.services.reports.outage_text import outage_text, overdue_text
from app.services.reports.training_text import training_texts

STYLES = getSampleStyleSheet()
# 64 hex digits in one line of the head table's value column.
HASH_STYLE = ParagraphStyle("hash", fontName="Courier", fontSize=7, leading=9)
WIDTH = A4[0] - 36 * mm
GREEN = colors.HexColor("#2e7d32")


def _local(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone(BERLIN).strftime("%d.%m.%Y %H:%M")


def _table(rows: list[list[Any]], widths: Sequence[float] | None = None, *, header: bool = True,
           total: bool = False, font_size: float = 9, left_cols: int = 1) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=1 if header else 0)
    style: list[Any] = [
        ("FONT", (0, 0), (-1, -1), "Helvetica", font_size),
        ("ALIGN", (left_cols, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 2),
    ]
    if header:
        style += [("FONT", (0, 0), (-1, 0), "Helvetica-Bold", font_size),
                  ("LINEBELOW", (0, 0), (-1, 0), 0.8, GREEN)]
    if total:
        style += [("FONT", (0, -1), (-1, -1), "Helvetica-Bold", font_size),
                  ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black)]
    table.setStyle(TableStyle(style))
    return table


def _heading(text: str) -> list[Flowable]:
    return [Spacer(1, 4 * mm), Paragraph(text, STYLES["Heading3"])]


def category_chart(report: Report) -> Drawing:
    """Horizontal bars: turnover per category in euros, largest first."""
    rows = [c for c in report.categories if c.amount_cents > 0][:12] or []
    height = 20 + 14 * max(len(rows), 1)
    drawing = Drawing(WIDTH, height + 10)
    chart = HorizontalBarChart()
    chart.x, chart.y = 110, 10
    chart.width, chart.height = WIDTH - 130, height
    chart.data = [[c.amount_cents / 100 for c in reversed(rows)] or [0]]
    chart.categoryAxis.categoryNames = [c.name for c in reversed(rows)] or [msg.NONE]
    chart.categoryAxis.labels.fontName = "Helvetica"
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = "Helvetica"
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = lambda v: f"{v:,.0f} €".replace(",", ".")
    chart.bars[0].fillColor = GREEN
    drawing.add(chart)
    return drawing


def _report_story(r: Report) -> list[Flowable]:
    title = (msg.PDF_Z_TITLE.format(number=r.z_number) if r.kind == ReportKind.Z
             else msg.PDF_X_TITLE)
    story: list[Flowable] = [Paragraph(title, STYLES["Title"])]
    period = msg.PDF_PERIOD_VALUE.format(start=_local(r.period_start), end=_local(r.period_end))
    head = [[msg.PDF_STORE, r.store], [msg.PDF_STATION, str(r.station)],
            [msg.PDF_SESSION, str(r.session_number)], [msg.PDF_PERIOD, period],
            [msg.PDF_OPENED_BY, r.opened_by]]
    if r.closed_by:
        head.append([msg.PDF_CLOSED_BY, r.closed_by])
    head.append([msg.PDF_CASHIERS, ", ".join(r.cashiers) or msg.NONE])
    if r.audit_count is not None:
        head.append([msg.PDF_AUDIT_HEAD, Paragraph(msg.AUDIT_HEAD_VALUE.format(
            count=r.audit_count, hash=r.audit_hash), HASH_STYLE)])
    if r.receipts_before_opening:
        head.append([msg.PDF_BEFORE_OPENING,
                     msg.PDF_BEFORE_OPENING_VALUE.format(count=r.receipts_before_opening)])
    story.append(_table(head, [45 * mm, WIDTH - 45 * mm], header=False, left_cols=2))

    story += _heading(msg.PDF_VAT_HEADING)
    rows = [list(msg.PDF_VAT_COLUMNS)]
    rows += [[v.label, format_cents(v.gross_cents), format_cents(v.net_cents),
              format_cents(v.vat_cents)] for v in r.vat]
    rows.append([msg.PDF_VAT_TOTAL.format(receipts=r.receipts), format_cents(r.gross_cents),
                 format_cents(r.net_cents), format_cents(r.vat_cents)])
    story.append(_table(rows, [80 * mm, 30 * mm, 30 * mm, 30 * mm], total=True))

    story += _heading(msg.PDF_PAYMENTS_HEADING)
    rows = [list(msg.PDF_PAYMENTS_COLUMNS)]
    rows += [[p.label, str(p.count), format_cents(p.amount_cents)] for p in r.payments]
    story.append(_table(rows, [80 * mm, 30 * mm, 30 * mm]))

    story += _heading(msg.PDF_CATEGORIES_HEADING)
    rows = [list(msg.PDF_CATEGORIES_COLUMNS)]
    rows += [[c.name, str(c.count), format_cents(c.amount_cents),
              format_grams(c.weight_g) if c.weight_g >= 0 else f"-{format_grams(-c.weight_g)}"]
             for c in r.categories]
    story.append(_table(rows, [80 * mm, 30 * mm, 30 * mm, 30 * mm]))
    if r.categories:
        story.append(category_chart(r))

    story += _heading(msg.PDF_CORRECTIONS_HEADING)
    rows = [list(msg.PDF_CORRECTIONS_COLUMNS),
            [msg.PDF_VOIDS, str(r.voids.count), format_cents(r.voids.amount_cents)],
            [msg.PDF_DISCOUNTS, str(r.discounts.count), format_cents(r.discounts.amount_cents)],
            [msg.PDF_REFUNDS, str(r.refunds.count), format_cents(-r.refunds.amount_cents)]]
    story.append(_table(rows, [80 * mm, 30 * mm, 30 * mm]))
    if r.training:
        story += _heading(msg.TRAINING_HEADING)
        story += [Paragraph(escape(t), STYLES["BodyText"]) for t in training_texts(r.training)]
    if r.tse_outages:
        story += _heading(msg.OUTAGES_HEADING)
        for o in r.tse_outages:
            story.append(Paragraph(escape(outage_text(o)), STYLES["BodyText"]))
            if o.overdue:
                story.append(Paragraph(f"<b>{overdue_text()}</b>", STYLES["BodyText"]))
    if r.with_cash:
        story += _cash_story(r)
    story += _heading(msg.PDF_INTAKE_HEADING)
    story.append(_table([[msg.PDF_ITEMS_RECEIVED, str(r.items_received)],
                         [msg.PDF_ITEMS_LABELLED, str(r.items_labelled)]],
                        [80 * mm, 30 * mm], header=False))
    return story


def _cash_story(r: Report) -> list[Flowable]:
    story: list[Flowable] = []
    if r.movements:
        story += _heading(msg.PDF_MOVEMENTS_HEADING)
        rows = [list(msg.PDF_MOVEMENTS_COLUMNS)]
        rows += [[_local(m.at)[11:], m.label, m.reason[:40], m.user,
                  format_cents(m.amount_cents)] for m in r.movements]
        story.append(_table(rows, [18 * mm, 22 * mm, 68 * mm, 32 * mm, 30 * mm], left_cols=4))
    c = r.cash
    story += _heading(msg.PDF_CASH_HEADING)
    rows = [[msg.PDF_FLOAT, format_cents(c.float_cents)],
            [msg.PDF_CASH_SALES, format_cents(c.cash_sales_cents)],
            [msg.PDF_MOVEMENTS, format_cents(c.movements_cents)],
            [msg.PDF_EXPECTED, format_cents(c.expected_cents)]]
    if c.counted_cents is not None and c.difference_cents is not None:
        rows += [[msg.PDF_COUNTED, format_cents(c.counted_cents)],
                 [msg.PDF_DIFFERENCE, format_cents(c.difference_cents)]]
        if c.comment:
            rows.append([msg.PDF_COMMENT, Paragraph(c.comment, STYLES["BodyText"])])
        rows += [[msg.PDF_BANKED, format_cents(c.banked_cents or 0)],
                 [msg.PDF_LEFT, format_cents(c.left_in_drawer_cents or 0)]]
    story.append(_table(rows, [80 * mm, 60 * mm], header=False))
    if c.denominations:
        story += _heading(msg.PDF_COUNT_HEADING)
        rows = [list(msg.PDF_COUNT_COLUMNS)]
        rows += [[denomination_label(k), str(n), format_cents(k * n)]
                 for k, n in ordered(c.denominations)]
        rows.append([msg.TOTAL, "", format_cents(c.counted_cents or 0)])
        story.append(_table(rows, [40 * mm, 25 * mm, 30 * mm], total=True))
    return story


def _build(story: list[Flowable], title: str) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, title=title,
                            author=msg.AUTHOR)
    doc.build(story)
    return buffer.getvalue()


def reports_pdf(reports: Sequence[Report]) -> bytes:
    """One or more X/Z reports, each starting on a new page."""
    story: list[Flowable] = []
    for n, r in enumerate(reports):
        if n:
            story.append(PageBreak())
        story += _report_story(r)
    kinds = ", ".join(msg.PDF_DOCUMENT_Z.format(number=r.z_number) if r.kind == ReportKind.Z
                      else ReportKind.X.value for r in reports)
    return _build(story, msg.PDF_DOCUMENT_TITLE.format(kinds=kinds))


def month_pdf(month: MonthOverview) -> bytes:
    """The month overview: one row per day with turnover per rate and payment type."""
    title = msg.PDF_MONTH_TITLE.format(month=msg.MONTHS[month.month - 1], year=month.year)
    subtitle = msg.PDF_MONTH_SUBTITLE.format(store=month.store, station=month.station)
    story: list[Flowable] = [Paragraph(title, STYLES["Title"]),
                             Paragraph(subtitle, STYLES["BodyText"]), Spacer(1, 4 * mm)]
    header = list(msg.PDF_MONTH_COLUMNS)
    header += [msg.SHORT_VAT[k] for k, _s in VAT_COLUMNS]
    header += list(msg.PDF_MONTH_TOTALS)
    rows: list[list[Any]] = [header]
    for day in [*month.days, month.total]:
        label = day.day.strftime("%d.%m.%Y") if day.day else day.label
        row = [label, ", ".join(str(z) for z in day.z_numbers), str(day.receipts)]
        row += [format_cents(day.vat.get(k, (0, 0, 0))[0]) for k, _s in VAT_COLUMNS]
        row += [format_cents(sum(v for _g, _n, v in day.vat.values())),
                format_cents(day.cash_cents), format_cents(day.card_cents),
                format_cents(day.gross_cents)]
        rows.append(row)
    widths = [18 * mm, 11 * mm, 10 * mm] + [16 * mm] * 4 + [15 * mm] + [17 * mm] * 3
    story.append(_table(rows, widths, total=True, font_size=7))
    if month.repairs is not None and not month.repairs.empty:
        story += repair_section.pdf_story(month.repairs, _table, _heading, STYLES["BodyText"])
    return _build(story, title)
