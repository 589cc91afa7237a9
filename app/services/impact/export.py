"""``kreislauf export impact``: the climate figures of a period as CSV or PDF.

CSV (UTF-8 with BOM, ``;``, CRLF, decimal comma, kg with three places, like the report
CSVs): one row per Berlin day and category —
``tag; warengruppe; klima_kategorie; artikel; kg_wiederverwendet; kg_co2e_vermieden;
positionen_ohne_faktor`` — then a blank row and one row per day and material stream —
``tag; stoffstrom; kg_recycelt; kg_co2e_recycling`` — then a blank row and the cargo-bike
block ``lieferungen; abholungen; fahrten; km_eingetragen; km_geschaetzt;
kg_co2e_vermieden_gegenueber_lieferwagen`` (km written like kg, with three places). An
unknown figure is written ``unbekannt``, never 0.

PDF (A4, reportlab): page 1 is the summary for the public sustainability event (the
four figures large, CO2e per month as a bar chart, the cargo-bike line), page 2 CO2e per
category (chart and table) and recycling by stream, then the method note with the source
and year of every figure the period used.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
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
from sqlalchemy import select

from app.db.models import Store
from app.errors import ValidationError
from app.services.impact import messages as msg
from app.services.impact.factors import CATEGORY, STREAM, Factor, FactorSet
from app.services.impact.figures import Figure, ImpactReport, period
from app.services.impact.keys import impact_label
from app.services.impact.notes import format_kg
from app.services.kernel.context import Ctx
from app.services.kernel.roles import Permission

BOM = "\ufeff"
DAY_COLUMNS = ("tag", "warengruppe", "klima_kategorie", "artikel", "kg_wiederverwendet",
               "kg_co2e_vermieden", "positionen_ohne_faktor")
STREAM_COLUMNS = ("tag", "stoffstrom", "kg_recycelt", "kg_co2e_recycling")
DELIVERY_COLUMNS = ("lieferungen", "abholungen", "fahrten", "km_eingetragen", "km_geschaetzt",
                    "kg_co2e_vermieden_gegenueber_lieferwagen")
GREEN = colors.HexColor("#2e7d32")


@dataclass(frozen=True)
class Exported:
    data: bytes
    days: int
    sales: int


def check_period(start: date, end: date) -> None:
    """Refuse a period that ends before it begins (German ``ValidationError``)."""
    if end < start:
        raise ValidationError(msg.EXPORT_PERIOD.format(start=start.strftime("%d.%m.%Y"),
                                                       end=end.strftime("%d.%m.%Y")))


def check_output(name: str) -> str:
    """The format (``csv`` or ``pdf``) of an output file name."""
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if suffix not in ("csv", "pdf"):
        raise ValidationError(msg.EXPORT_OUTPUT.format(name=name))
    return suffix


def _kg3(grams: int | None) -> str:
    if grams is None:
        return str(msg.UNKNOWN)
    sign = "-" if grams < 0 else ""
    return f"{sign}{abs(grams) // 1000},{abs(grams) % 1000:03d}"


def to_csv(report: ImpactReport) -> bytes:
    """The report as CSV (see the module docstring for the columns)."""
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(DAY_COLUMNS)
    for (day, category, key), fig in report.by_day_category.items():
        writer.writerow([day.isoformat(), category, key, fig.items, _kg3(fig.grams_reused),
                         _kg3(fig.co2e_g), fig.unknown_lines])
    writer.writerow([])
    writer.writerow(STREAM_COLUMNS)
    benefit = {r.stream: r for r in report.recycled}
    fs = report.current_set
    for (day, stream), grams in report.recycled_by_day.items():
        factor = fs.get(STREAM, stream) if fs is not None else None
        co2e = None if factor is None or factor.co2e_g is None else (
            factor.co2e_g * grams + 500) // 1000
        writer.writerow([day.isoformat(), stream, _kg3(grams),
                         _kg3(co2e if stream in benefit else None)])
    d = report.delivery
    writer.writerow([])
    writer.writerow(DELIVERY_COLUMNS)
    writer.writerow([d.deliveries, d.pickups, d.trips, _kg3(d.km_entered_m),
                     _kg3(d.km_estimated_m), _kg3(d.co2e_saved_g)])
    return out.getvalue().encode("utf-8")


# --- PDF ------------------------------------------------------------------------------------

def _styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    return {
        "title": ParagraphStyle("t", parent=base["Title"], textColor=GREEN),
        "h2": ParagraphStyle("h2", parent=base["Heading2"], textColor=GREEN),
        "body": ParagraphStyle("b", parent=base["BodyText"], fontSize=9.5, leading=12),
        "small": ParagraphStyle("s", parent=base["BodyText"], fontSize=8, leading=10),
        "big": ParagraphStyle("big", parent=base["BodyText"], fontName="Helvetica-Bold",
                              fontSize=26, leading=30, textColor=GREEN),
        "label": ParagraphStyle("l", parent=base["BodyText"], fontSize=11, leading=14),
    }


def _kg_value(grams: int | None) -> float:
    """For chart bar heights only (drawing, never stored); unknown draws as no bar."""
    return 0.0 if grams is None else grams / 1000


def _empty(width: float, height: float, text: str) -> Drawing:
    d = Drawing(width, height)
    d.add(String(width / 2, height / 2, text, textAnchor="middle", fontSize=10))
    return d


def _month_chart(report: ImpactReport) -> Drawing:
    width, height = 170 * mm, 70 * mm
    months = list(report.by_month.items())
    if not months:
        return _empty(width, height, str(msg.PDF_NO_SALES))
    d = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 15 * mm, 12 * mm, width - 25 * mm, \
        height - 20 * mm
    chart.data = [[_kg_value(f.co2e_g) for _, f in months]]
    chart.categoryAxis.categoryNames = [f"{m:02d}/{y}" for (y, m), _ in months]
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontSize = 8
    chart.bars[0].fillColor = GREEN
    d.add(chart)
    d.add(String(0, height - 6, str(msg.PDF_PER_MONTH), fontSize=10))
    return d


def _category_chart(report: ImpactReport) -> Drawing:
    cats = [(c, f) for c, f in report.by_category.items()][:20]
    width = 170 * mm
    height = max(40 * mm, (len(cats) * 7 + 20) * mm / 1.6)
    if not cats:
        return _empty(width, 40 * mm, str(msg.PDF_NO_SALES))
    d = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 55 * mm, 8 * mm, width - 65 * mm, \
        height - 18 * mm
    chart.data = [[_kg_value(f.co2e_g) for _, f in reversed(cats)]]
    chart.categoryAxis.categoryNames = [c[:30] for c, _ in reversed(cats)]
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontSize = 8
    chart.bars[0].fillColor = GREEN
    d.add(chart)  # the page heading names it
    return d


def _table(rows: list[list[str]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef5ee")]),
    ]))
    return table


def _figure_cells(fig: Figure) -> list[str]:
    return [str(fig.items), format_kg(fig.grams_reused), format_kg(fig.co2e_g),
            str(fig.unknown_lines)]


def _used(report: ImpactReport) -> list[tuple[FactorSet, list[Factor]]]:
    """Per factor set used in the period, the figures that were used from it."""
    keys = {k for (_, _, k) in report.by_day_category}
    streams = {r.stream for r in report.recycled}
    out = []
    sets = list(report.factor_sets)
    current = report.current_set
    if current is not None and all(s.id != current.id for s in sets) and (streams or not sets):
        sets.append(current)  # recycling is valued with the current set
    for fs in sets:
        used = [f for f in fs.factors if (f.kind == CATEGORY and f.key in keys)
                or (f.kind == STREAM and f.key in streams)]
        out.append((fs, used))
    return out


def _factor_text(f: Factor) -> str:
    if f.co2e_g is None:
        figure = str(msg.UNKNOWN)
    elif f.kind == STREAM or f.per_kg:
        figure = msg.PDF_PER_KG.format(kg=format_kg(f.co2e_g, 2))
    else:
        figure = msg.PDF_PER_ITEM.format(kg=format_kg(f.co2e_g, 2),
                                         weight=format_kg(f.weight_g, 2))
    name = impact_label(f.key) if f.kind == CATEGORY else msg.STREAM_LABELS.get(f.key, f.key)
    line = msg.PDF_SOURCE_LINE.format(name=name, figure=figure, source=f.source, year=f.year)
    if f.weight_source and f.weight_source != f.source:
        line += " · " + msg.PDF_WEIGHT_SOURCE.format(source=f.weight_source, year=f.weight_year)
    return line + (str(msg.PDF_ESTIMATE) if f.estimate else "")


def _method(report: ImpactReport, st: dict[str, ParagraphStyle]) -> Iterable[Flowable]:
    yield Paragraph(escape(msg.PDF_METHOD), st["h2"])
    for fs, used in _used(report):
        yield Paragraph(escape(msg.PDF_FACTOR_VERSION.format(version=fs.version, year=fs.year))
                        + (f" – {escape(fs.note)}" if fs.note else ""), st["label"])
        yield Paragraph(escape(fs.method), st["body"])
        yield Paragraph(escape(msg.PDF_DISPLACEMENT.format(
            value=format_kg(fs.displacement_permille, 2),  # per mille as a decimal
            source=fs.displacement_source, year=fs.displacement_year)), st["small"])
        for f in used:
            yield Paragraph("• " + escape(_factor_text(f)), st["small"])
        yield Spacer(1, 4 * mm)
    d = report.delivery
    yield Paragraph(escape(msg.PDF_DELIVERY_METHOD.format(
        factor=format_kg(d.van_g_per_km, 3), source=d.van_source, year=d.van_year)),
        st["small"])
    if d.van_note:
        yield Paragraph(escape(d.van_note), st["small"])
    yield Spacer(1, 4 * mm)
    yield Paragraph(escape(msg.PDF_DISCLAIMER), st["body"])


def delivery_line(report: ImpactReport) -> str:
    """The cargo-bike sentence of a period (PDF summary and the Klimabilanz view)."""
    d = report.delivery
    if not d.orders:
        return str(msg.PDF_DELIVERY_NONE)
    return str(msg.PDF_DELIVERY.format(
        orders=d.orders, deliveries=d.deliveries, pickups=d.pickups, trips=d.trips,
        km=format_kg(d.km_m), estimated=format_kg(d.km_estimated_m),
        co2e=format_kg(d.co2e_saved_g)))


def to_pdf(report: ImpactReport, store_name: str) -> bytes:
    """The report as the event PDF (see the module docstring for the pages)."""
    st = _styles()
    period_text = msg.PDF_PERIOD.format(start=report.start.strftime("%d.%m.%Y"),
                                        end=report.end.strftime("%d.%m.%Y"))
    total = report.total
    big = [
        (str(total.items), msg.PDF_ITEMS),
        (format_kg(total.grams_reused), msg.PDF_KG_REUSED),
        (format_kg(report.recycled_grams), msg.PDF_KG_RECYCLED),
        (format_kg(total.co2e_g), msg.PDF_CO2E),
    ]
    cells = [[Paragraph(escape(v), st["big"]), Paragraph(escape(str(label)), st["label"])]
             for v, label in big]
    summary = Table(cells, colWidths=[70 * mm, 100 * mm])
    summary.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story: list[Flowable] = [
        Paragraph(escape(msg.PDF_TITLE.format(store=store_name)), st["title"]),
        Paragraph(escape(period_text), st["label"]), Spacer(1, 6 * mm), summary,
        Spacer(1, 4 * mm), _month_chart(report), Spacer(1, 3 * mm),
    ]
    if total.unknown_lines:
        story.append(Paragraph(escape(msg.PDF_UNKNOWN_LINES.format(count=total.unknown_lines)),
                               st["small"]))
    story.append(Paragraph(escape(delivery_line(report)), st["body"]))
    story.append(Paragraph(escape(msg.PDF_DISCLAIMER), st["small"]))
    story += [PageBreak(), Paragraph(escape(msg.PDF_PER_CATEGORY), st["h2"]),
              _category_chart(report), Spacer(1, 4 * mm)]
    head = [str(msg.PDF_COL_CATEGORY), str(msg.PDF_COL_ITEMS), str(msg.PDF_COL_KG),
            str(msg.PDF_COL_CO2E), str(msg.PDF_COL_UNKNOWN)]
    rows = [head] + [[c[:40], *_figure_cells(f)] for c, f in report.by_category.items()]
    story.append(_table(rows, [60 * mm, 20 * mm, 30 * mm, 35 * mm, 25 * mm]))
    if report.recycled:
        story += [Spacer(1, 6 * mm), Paragraph(escape(msg.PDF_STREAMS), st["h2"])]
        rows = [[str(msg.PDF_COL_STREAM), str(msg.PDF_KG_RECYCLED), str(msg.PDF_COL_BENEFIT)]]
        rows += [[msg.STREAM_LABELS.get(r.stream, r.stream), format_kg(r.grams),
                  format_kg(r.co2e_g)] for r in report.recycled]
        story.append(_table(rows, [60 * mm, 40 * mm, 50 * mm]))
    story += [PageBreak(), *_method(report, st)]
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm,
                            title=str(msg.PDF_TITLE.format(store=store_name)),
                            author="Kreislauf-Kasse")
    doc.build(story)
    return out.getvalue()


def shown(ctx: Ctx, start: date, end: date) -> ImpactReport:
    """The figures a manager sees on screen (the same role as for the export)."""
    ctx.require(Permission.EXPORT)
    check_period(start, end)
    return period(ctx, start, end)


def export(ctx: Ctx, start: date, end: date, fmt: str) -> Exported:
    """The figures of ``start``..``end`` as ``csv`` or ``pdf`` bytes (nothing written)."""
    report = shown(ctx, start, end)
    if fmt == "csv":
        data = to_csv(report)
    else:
        store = ctx.session.scalar(select(Store.name).limit(1)) or ""
        data = to_pdf(report, store)
    return Exported(data, (end - start).days + 1, report.sales)
