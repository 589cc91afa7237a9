"""The day's dispatch list of the cargo bikes: an A4 PDF for the riders and a CSV.

PDF (A4 landscape, so the nine columns keep readable widths): per vehicle trip a heading
with departure, return and distance, then its stops by time window; then the orders that
found no place, each with the reason. Every text goes into a ``Paragraph`` after an XML
escape, so a customer's ``<b>`` or ``&`` prints as typed and long texts wrap in their cell.

CSV (UTF-8 with BOM, ``;``, CRLF, decimal comma, like the report CSVs): one row a stop —
``Tag; Fahrzeug; Tour; Zeitfenster von; bis; geplant; Art; Auftrag; Teil; Name; Straße; PLZ;
Ort; Telefon; kg; Liter; Hinweise; nicht eingeplant``. Times are Berlin ``HH:MM``, the day
ISO ``YYYY-MM-DD``, kg with three places. Cells that a spreadsheet would run as a formula
get a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.services.delivery import messages as msg
from app.services.delivery.messages import KIND_LABELS
from app.services.delivery.model import OrderView
from app.services.impact.notes import format_kg
from app.services.kernel.formatting import format_grams, format_local
from app.services.reports.csv_export import BOM, kilos

STYLES = getSampleStyleSheet()
CELL = ParagraphStyle("delivery-cell", parent=STYLES["BodyText"], fontSize=8, leading=9.5)
HEAD = ParagraphStyle("delivery-head", parent=CELL, fontName="Helvetica-Bold")
GREEN = colors.HexColor("#2e7d32")
# OWASP's list: Excel and LibreOffice also start a formula after a tab or carriage return.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PAGE = landscape(A4)
MARGIN = 12 * mm
FRAME_PADDING = 6  # reportlab's Frame pads its content by 6 pt on each side
# Zeitfenster, geplant, Art, Auftrag, Name, Adresse, Telefon, Ladung; Hinweise takes the rest.
LIST_WIDTHS = [22 * mm, 13 * mm, 18 * mm, 24 * mm, 36 * mm, 46 * mm, 28 * mm, 24 * mm]
UNASSIGNED_WIDTHS = [22 * mm, 18 * mm, 24 * mm, 36 * mm, 46 * mm, 28 * mm, 24 * mm]


@dataclass(frozen=True)
class DispatchStop:
    """One stop of a trip: an order, or one part of an order too heavy for a single trip."""

    order: OrderView
    part: int  # 1.. which trip part of the order
    parts: int
    weight_g: int  # the load of this part
    volume_l: int
    arrival: datetime | None  # planned service start, UTC; None if not planned


@dataclass(frozen=True)
class DispatchTrip:
    """One round of one vehicle from the store and back."""

    vehicle_name: str
    number: int  # trip number of that vehicle on the day
    departure: datetime | None
    return_at: datetime | None
    distance_m: int
    stops: tuple[DispatchStop, ...]


@dataclass(frozen=True)
class DispatchList:
    """What the dispatch list of one Berlin day shows."""

    day: date
    store_name: str
    trips: tuple[DispatchTrip, ...]
    unassigned: tuple[tuple[DispatchStop, str], ...]  # stop and the German reason


# --- shared with the slip -------------------------------------------------------------------

def clock(dt: datetime) -> str:
    """A UTC instant as Berlin ``HH:MM``."""
    return format_local(dt, "%H:%M")


def window_text(order: OrderView) -> str:
    """The order's time window in Berlin time, ``09:00–11:00``."""
    return msg.WINDOW.format(start=clock(order.window_start), end=clock(order.window_end))


def shown_name(order: OrderView) -> str:
    """The customer's name, or the note that it was anonymised."""
    return str(msg.ANONYMISED) if order.anonymised else order.name


def place(order: OrderView) -> str:
    """Postcode and city in one line."""
    return f"{order.postcode} {order.city}".strip()


def cell(text: str, style: ParagraphStyle = CELL) -> Paragraph:
    """Plain text as a wrapping table cell: markup characters print literally."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def lines_cell(parts: Iterable[str], style: ParagraphStyle = CELL) -> Paragraph:
    """Several texts one below the other in one cell (empty ones left out)."""
    return cell("\n".join(p for p in parts if p), style)


def grid(rows: list[list[Any]], widths: Sequence[float], *, total: bool = False) -> Table:
    """A table with a bold header row that repeats on each page; tall rows may split."""
    table = Table(rows, colWidths=widths, hAlign="LEFT", repeatRows=1, splitInRow=1)
    style: list[Any] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, GREEN),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if total:
        style.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black))
    table.setStyle(TableStyle(style))
    return table


def content_width(pagesize: tuple[float, float]) -> float:
    """What a table may span on ``pagesize`` inside the margins and the frame's padding."""
    return float(pagesize[0] - 2 * (MARGIN + FRAME_PADDING))


def build_pdf(story: list[Flowable], pagesize: tuple[float, float], title: str,
              on_page: Callable[[Any, Any], None] | None = None) -> bytes:
    """The story as PDF bytes with the project's margins and document info."""
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN + 4 * mm, title=title,
                            author=str(msg.AUTHOR))
    if on_page is None:
        doc.build(story)
    else:
        doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return out.getvalue()


# --- dispatch list PDF ----------------------------------------------------------------------

def window_key(stop: DispatchStop) -> tuple[datetime, datetime, str, int]:
    """Sort key: the time window's start, then the planned time, the order and the part."""
    o = stop.order
    return o.window_start, stop.arrival or o.window_start, o.number, stop.part


def by_window(stops: Iterable[DispatchStop]) -> list[DispatchStop]:
    """Stops in the order of their time windows."""
    return sorted(stops, key=window_key)


def unassigned_by_window(dl: DispatchList) -> list[tuple[DispatchStop, str]]:
    """The stops without a trip and their reasons, in the order of their time windows."""
    return sorted(dl.unassigned, key=lambda pair: window_key(pair[0]))


def _order_cell(stop: DispatchStop) -> Paragraph:
    part = msg.PART.format(part=stop.part, parts=stop.parts) if stop.parts > 1 else ""
    return lines_cell([stop.order.number, part])


def _load(stop: DispatchStop) -> str:
    return msg.LOAD.format(weight=format_grams(stop.weight_g), volume=stop.volume_l)


def _person_cells(order: OrderView) -> list[Paragraph]:
    return [cell(shown_name(order)), lines_cell([order.street, place(order)]), cell(order.phone)]


def _header(columns: Iterable[str]) -> list[Paragraph]:
    return [cell(c, HEAD) for c in columns]


def trip_heading(trip: DispatchTrip) -> str:
    """``Schwerlast-Lastenrad 1 — Tour 1, ab 09:00, zurück 11:20, 12,4 km``."""
    parts = [msg.TRIP_HEADING.format(vehicle=trip.vehicle_name, number=trip.number)]
    if trip.departure is not None:
        parts.append(msg.TRIP_DEPARTURE.format(time=clock(trip.departure)))
    if trip.return_at is not None:
        parts.append(msg.TRIP_RETURN.format(time=clock(trip.return_at)))
    # Metres are thousandths like grams: the kg formatter gives "12,4" for 12_400.
    parts.append(msg.TRIP_DISTANCE.format(km=format_kg(trip.distance_m)))
    return ", ".join(parts)


def _trip_story(trip: DispatchTrip, width: float) -> list[Flowable]:
    story: list[Flowable] = [Spacer(1, 4 * mm), cell(trip_heading(trip), STYLES["Heading3"])]
    if not trip.stops:
        return [*story, cell(str(msg.TRIP_EMPTY))]
    rows: list[list[Any]] = [_header(msg.LIST_COLUMNS)]
    for stop in by_window(trip.stops):
        o = stop.order
        planned = clock(stop.arrival) if stop.arrival is not None else ""
        rows.append([cell(window_text(o)), cell(planned), cell(KIND_LABELS[o.kind]),
                     _order_cell(stop), *_person_cells(o), cell(_load(stop)), cell(o.notes)])
    return [*story, grid(rows, [*LIST_WIDTHS, width - sum(LIST_WIDTHS)])]


def _unassigned_story(dl: DispatchList, width: float) -> list[Flowable]:
    story: list[Flowable] = [Spacer(1, 6 * mm),
                             cell(str(msg.UNASSIGNED_HEADING), STYLES["Heading3"])]
    if not dl.unassigned:
        return [*story, cell(str(msg.UNASSIGNED_NONE))]
    rows: list[list[Any]] = [_header(msg.UNASSIGNED_COLUMNS)]
    for stop, reason in unassigned_by_window(dl):
        o = stop.order
        rows.append([cell(window_text(o)), cell(KIND_LABELS[o.kind]), _order_cell(stop),
                     *_person_cells(o), cell(_load(stop)), cell(reason)])
    return [*story, grid(rows, [*UNASSIGNED_WIDTHS, width - sum(UNASSIGNED_WIDTHS)])]


def dispatch_pdf(dl: DispatchList) -> bytes:
    """The dispatch list of ``dl.day`` as an A4 landscape PDF (see the module docstring)."""
    day = dl.day.strftime("%d.%m.%Y")
    title = msg.LIST_TITLE.format(day=day)
    width = content_width(PAGE)
    story: list[Flowable] = [cell(title, STYLES["Title"]), cell(dl.store_name, STYLES["Normal"])]
    for trip in dl.trips:
        story += _trip_story(trip, width)
    if not dl.trips:
        story += [Spacer(1, 4 * mm), cell(str(msg.NO_TRIPS))]
    story += _unassigned_story(dl, width)

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 7)
        canvas.drawString(MARGIN + FRAME_PADDING, MARGIN / 2, msg.LIST_FOOTER.format(
            day=day, store=dl.store_name, page=doc.page))
        canvas.restoreState()

    return build_pdf(story, PAGE, title, footer)


# --- dispatch list CSV ----------------------------------------------------------------------

def neutralise(text: str) -> str:
    """A cell a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@`` …) as text."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _csv_row(day: date, stop: DispatchStop, trip: DispatchTrip | None, reason: str) -> list[str]:
    o = stop.order
    part = msg.CSV_PART.format(part=stop.part, parts=stop.parts) if stop.parts > 1 else ""
    planned = clock(stop.arrival) if stop.arrival is not None else ""
    return [day.isoformat(), trip.vehicle_name if trip else "", str(trip.number) if trip else "",
            clock(o.window_start), clock(o.window_end), planned, KIND_LABELS[o.kind],
            o.number, part, shown_name(o), o.street, o.postcode, o.city, o.phone,
            kilos(stop.weight_g), str(stop.volume_l), o.notes, reason]


def dispatch_csv(dl: DispatchList) -> bytes:
    """The dispatch list as CSV, one row a stop, the unassigned ones last with their reason."""
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(list(msg.CSV_COLUMNS))
    rows = [_csv_row(dl.day, stop, trip, "") for trip in dl.trips
            for stop in by_window(trip.stops)]
    rows += [_csv_row(dl.day, stop, None, reason) for stop, reason in unassigned_by_window(dl)]
    writer.writerows([neutralise(value) for value in row] for row in rows)
    return out.getvalue().encode("utf-8")
