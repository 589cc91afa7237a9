"""The workshop's month in figures: repairs by outcome, the most frequent barriers, and the
volunteers' hours (time on recorded repairs plus the logged hours)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from app.db.models import RepairRecord, VolunteerHours
from app.services.kernel.context import Ctx
from app.sync_schema.enums import RepairStatus

TOP_BARRIERS = 3


@dataclass(frozen=True)
class VolunteerTime:
    """One volunteer's minutes in the period: on repairs and otherwise."""

    name: str
    repair_minutes: int
    other_minutes: int

    @property
    def minutes(self) -> int:
        return self.repair_minutes + self.other_minutes


@dataclass(frozen=True)
class RepairSummary:
    """Counts per ORDS outcome (every outcome, zero included), the top barriers (ORDS
    text, count; most frequent first), and minutes per volunteer (most first)."""

    outcomes: list[tuple[str, int]]
    barriers: list[tuple[str, int]]
    volunteers: list[VolunteerTime]

    @property
    def repairs(self) -> int:
        return sum(n for _s, n in self.outcomes)

    @property
    def minutes(self) -> int:
        return sum(v.minutes for v in self.volunteers)

    @property
    def empty(self) -> bool:
        return self.repairs == 0 and not self.volunteers


def format_minutes(minutes: int) -> str:
    """125 -> '2:05 h' (hours and minutes; no float ever holds the time)."""
    hours, rest = divmod(minutes, 60)
    return f"{hours}:{rest:02d} h"


def repair_summary(ctx: Ctx, start: date, end: date) -> RepairSummary:
    """The workshop figures of the days ``start``…``end`` (inclusive). Hours count the
    recorded repair time of each volunteer and the hours they logged, never twice: the
    hours log holds time outside the recorded repairs."""
    in_range = (RepairRecord.repaired_on >= start, RepairRecord.repaired_on <= end)
    counts = {str(s): int(n) for s, n in ctx.session.execute(
        select(RepairRecord.repair_status, func.count()).where(*in_range)
        .group_by(RepairRecord.repair_status))}
    outcomes = [(s.value, counts.get(s.value, 0)) for s in RepairStatus]
    barriers = [(str(b), int(n)) for b, n in ctx.session.execute(
        select(RepairRecord.barrier, func.count().label("n"))
        .where(*in_range, RepairRecord.barrier.is_not(None))
        .group_by(RepairRecord.barrier)
        .order_by(func.count().desc(), RepairRecord.barrier).limit(TOP_BARRIERS))]
    repair_time: dict[str, int] = {}
    for name, minutes in ctx.session.execute(
            select(RepairRecord.volunteer_name, func.sum(RepairRecord.minutes))
            .where(*in_range).group_by(RepairRecord.volunteer_name)):
        if minutes:
            repair_time[name] = int(minutes)
    other: dict[str, int] = {}
    for name, minutes in ctx.session.execute(
            select(VolunteerHours.volunteer_name, func.sum(VolunteerHours.minutes))
            .where(VolunteerHours.worked_on >= start, VolunteerHours.worked_on <= end)
            .group_by(VolunteerHours.volunteer_name)):
        other[name] = int(minutes)
    people = [VolunteerTime(n, repair_time.get(n, 0), other.get(n, 0))
              for n in set(repair_time) | set(other)]
    people.sort(key=lambda v: (-v.minutes, v.name))
    return RepairSummary(outcomes, barriers, people)
