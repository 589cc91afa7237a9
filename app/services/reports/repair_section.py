"""The workshop part of the month report (PDF and CSV): repairs by outcome, the most
frequent barriers to repair, and the volunteers' hours (``workshop.summary``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from app.services.workshop import messages as wmsg
from app.services.workshop.summary import RepairSummary, format_minutes
from app.sync_schema.enums import RepairBarrier, RepairStatus

Table = Callable[..., Flowable]
# Machine-read keys of the CSV section (like the month columns ``datum``, ``belege``).
CSV_HEADER = ("werkstatt", "bezeichnung", "anzahl", "minuten")
OUTCOME, BARRIER, HOURS = "ergebnis", "hindernis", "stunden"


def _status(value: str) -> str:
    return wmsg.STATUS_LABELS[RepairStatus(value)]


def _barrier(value: str) -> str:
    return wmsg.BARRIER_LABELS[RepairBarrier(value)]


def pdf_story(summary: RepairSummary, table: Table,
              heading: Callable[[str], list[Flowable]], body: Any) -> list[Flowable]:
    """The section's flowables, drawn with the report's own table and heading style."""
    story = heading(str(wmsg.SUMMARY_HEADING))
    rows: list[list[Any]] = [list(wmsg.SUMMARY_OUTCOME_COLUMNS)]
    rows += [[_status(s), str(n)] for s, n in summary.outcomes]
    rows.append([str(wmsg.SUMMARY_TOTAL), str(summary.repairs)])
    story.append(table(rows, [70 * mm, 25 * mm], total=True))
    if summary.barriers:
        rows = [list(wmsg.SUMMARY_BARRIER_COLUMNS)]
        rows += [[_barrier(b), str(n)] for b, n in summary.barriers]
        story.append(table(rows, [70 * mm, 25 * mm]))
    else:
        story.append(Paragraph(str(wmsg.SUMMARY_NO_BARRIERS), body))
    if summary.volunteers:
        rows = [list(wmsg.SUMMARY_HOURS_COLUMNS)]
        rows += [[v.name, format_minutes(v.repair_minutes), format_minutes(v.other_minutes),
                  format_minutes(v.minutes)] for v in summary.volunteers]
        rows.append([str(wmsg.SUMMARY_TOTAL), format_minutes(sum(v.repair_minutes
                                                            for v in summary.volunteers)),
                     format_minutes(sum(v.other_minutes for v in summary.volunteers)),
                     format_minutes(summary.minutes)])
        story.append(table(rows, [45 * mm, 25 * mm, 25 * mm, 25 * mm], total=True))
    return story


def csv_rows(summary: RepairSummary) -> list[list[str]]:
    """A blank row, the section's header, then one row per outcome, top barrier and
    volunteer (minutes as whole numbers), and the hours' sum."""
    rows: list[list[str]] = [[], list(CSV_HEADER)]
    rows += [[OUTCOME, _status(s), str(n), ""] for s, n in summary.outcomes]
    rows += [[BARRIER, _barrier(b), str(n), ""] for b, n in summary.barriers]
    rows += [[HOURS, v.name, "", str(v.minutes)] for v in summary.volunteers]
    rows.append([HOURS, str(wmsg.SUMMARY_TOTAL), "", str(summary.minutes)])
    return rows
