"""The month report's workshop part: repairs by outcome, top barriers, volunteer hours."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pypdfium2

from app.services.intake import intake
from app.services.intake.intake import IntakeInput
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.services.reports import csv_export as report_csv
from app.services.reports import month as month_report
from app.services.reports import pdf as report_pdf
from app.services.workshop import repairs
from app.services.workshop.repairs import RepairInput
from app.services.workshop.summary import format_minutes
from tests.conftest import Clock


def _fill(backend: Backend, volunteer: Actor, manager: Actor, clock: Clock) -> None:
    """Five repairs (two fixed, one repairable, two end of life) and logged hours this month,
    one repair last month that must not count."""
    clock.make_room(1, same_month_days=0)
    today = clock.today
    code = backend.call(volunteer, intake.take_in, IntakeInput(
        category="Elektrogeräte", quantity=6))
    plan = [("Fixed", None, 40), ("Fixed", None, 20), ("Repairable", None, 15),
            ("End of life", "Spare parts not available", 30),
            ("End of life", "Spare parts not available", 25)]
    for item, (status, barrier, minutes) in zip(code, plan, strict=False):
        backend.call(volunteer, repairs.record_repair, RepairInput(
            code=item.code, problem="defekt", repair_status=status, barrier=barrier,
            minutes=minutes, repaired_on=today))
    backend.call(volunteer, repairs.record_repair, RepairInput(
        code=code[5].code, problem="alt", repair_status="Fixed", minutes=500,
        repaired_on=today.replace(day=1) - timedelta(days=1)))
    backend.call(volunteer, repairs.record_hours, 90, "Sortieren", today)
    backend.call(manager, repairs.record_hours, 60, "Annahme", today)


def test_month_counts_outcomes_barriers_and_hours(backend: Backend, volunteer: Actor,
                                                  manager: Actor, clock: Clock) -> None:
    """Outcomes and barriers of this month only; vera's hours add repair time and logged
    time (130 + 90 min), maria's are her logged hour."""
    _fill(backend, volunteer, manager, clock)
    month = backend.query(manager, month_report.month_overview, clock.today.year,
                          clock.today.month)
    summary = month.repairs
    assert summary is not None
    assert summary.outcomes == [("Fixed", 2), ("Repairable", 1), ("End of life", 2)]
    assert summary.barriers == [("Spare parts not available", 2)]
    [vera, maria] = summary.volunteers
    assert (vera.name, vera.repair_minutes, vera.other_minutes) == ("vera", 130, 90)
    assert (maria.name, maria.minutes) == ("maria", 60)
    assert summary.minutes == 280 and format_minutes(280) == "4:40 h"


def test_month_csv_and_pdf_show_the_workshop(backend: Backend, volunteer: Actor,
                                             manager: Actor, clock: Clock) -> None:
    """The CSV has the workshop section after the days; the PDF, rasterised and read,
    shows the outcome counts, the top barrier and the hours."""
    _fill(backend, volunteer, manager, clock)
    month = backend.query(manager, month_report.month_overview, clock.today.year,
                          clock.today.month)
    rows = list(csv.reader(io.StringIO(report_csv.month_csv(month).decode("utf-8-sig")),
                           delimiter=";"))
    start = rows.index(["werkstatt", "bezeichnung", "anzahl", "minuten"])
    assert rows[start - 1] == [] and rows[start - 2][0] == "Summe"
    section = rows[start + 1:]
    assert ["ergebnis", "repariert", "2", ""] in section
    assert ["ergebnis", "nicht reparierbar", "2", ""] in section
    assert ["hindernis", "Ersatzteile nicht erhältlich", "2", ""] in section
    assert ["stunden", "vera", "", "220"] in section
    assert section[-1] == ["stunden", "Summe", "", "280"]
    doc = pypdfium2.PdfDocument(report_pdf.month_pdf(month))
    try:
        pages = [doc[i] for i in range(len(doc))]
        text = "\n".join(p.get_textpage().get_text_range() for p in pages)
        image = pages[-1].render(scale=1).to_pil()
    finally:
        doc.close()
    assert "Werkstatt: Reparaturen und ehrenamtliche Stunden" in text
    assert "Ersatzteile nicht erhältlich" in text
    assert "3:40 h" in text and "4:40 h" in text
    assert image.width > 500 and image.convert("L").getextrema()[0] < 100  # ink on the page


def test_month_without_workshop_work_has_no_section(backend: Backend, manager: Actor,
                                                    clock: Clock) -> None:
    """No repairs and no hours: the month CSV ends with its sum row as before."""
    month = backend.query(manager, month_report.month_overview, clock.today.year,
                          clock.today.month)
    assert month.repairs is not None and month.repairs.empty
    rows = list(csv.reader(io.StringIO(report_csv.month_csv(month).decode("utf-8-sig")),
                           delimiter=";"))
    assert rows[-1][0] == "Summe"
