"""Recording repairs (Open Repair Data Standard terms) and volunteer hours.

A repair record keeps what the ORDS asks for: the item's category and brand, the year of
manufacture if known, the problem, the outcome (``repair_status``: Fixed / Repairable /
End of life) and, for End of life, the barrier to repair; beside it who repaired, how
many minutes it took and the parts used. Volunteer hours log time given outside the
recorded repairs; the hours figures add both (``summary``). Both records are
append-only and reach the central server through the outbox in the same transaction.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.db.models import Category, RepairRecord, User, VolunteerHours
from app.errors import ConflictError, ValidationError
from app.services.intake import messages as intake_msg
from app.services.intake.intake import get_item
from app.services.kernel import audit, outbox
from app.services.kernel.clock import berlin_today
from app.services.kernel.context import Ctx
from app.services.kernel.roles import Permission
from app.services.workshop import messages as msg
from app.sync_schema import limits
from app.sync_schema.enums import GONE_STATUSES, EventType, RepairBarrier, RepairStatus, values
from app.sync_schema.payloads import RepairPayload, VolunteerHoursPayload

_WHOLE = re.compile(r"^\s*(\d{1,7})\s*$")
_SIGNED = re.compile(r"^\s*-\s*\d+\s*$")


@dataclass(frozen=True)
class RepairInput:
    """What the volunteer typed; ``year`` and ``minutes`` may still be text."""

    code: str
    problem: str
    repair_status: str
    barrier: str | None = None
    brand: str = ""
    model: str = ""
    year: str | int | None = None
    minutes: str | int = 0
    parts: str = ""
    repaired_on: date | None = None


def _text(value: str, maximum: int, what: str) -> str:
    text = " ".join(value.split())
    if len(text) > maximum:
        raise ValidationError(msg.TEXT_TOO_LONG.format(what=what, maximum=maximum))
    return text


def parse_minutes(value: str | int, *, at_least: int = 0) -> int:
    """'45' -> 45; a negative, fractional or huge value is a German ``ValidationError``."""
    if isinstance(value, int) and not isinstance(value, bool):
        minutes = value
    else:
        text = str(value)
        if not text.strip():
            minutes = 0
        elif _SIGNED.match(text):
            raise ValidationError(msg.MINUTES_NEGATIVE)
        elif (match := _WHOLE.match(text)) is None:
            raise ValidationError(msg.MINUTES_INVALID.format(value=text.strip()))
        else:
            minutes = int(match.group(1))
    if minutes < 0:
        raise ValidationError(msg.MINUTES_NEGATIVE)
    if minutes > limits.MAX_WORK_MINUTES:
        raise ValidationError(msg.MINUTES_TOO_MANY.format(maximum=limits.MAX_WORK_MINUTES))
    if minutes < at_least:
        raise ValidationError(msg.MINUTES_ZERO)
    return minutes


def parse_year(value: str | int | None, today: date) -> int | None:
    """'2015' -> 2015, '' -> None (unknown); a year in the future or before 1900 is refused."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        year = value
    else:
        text = str(value).strip()
        if not re.fullmatch(r"\d{4}", text):
            raise ValidationError(msg.YEAR_INVALID.format(value=text))
        year = int(text)
    if year > today.year:
        raise ValidationError(msg.YEAR_IN_FUTURE.format(year=year))
    if year < limits.MIN_MANUFACTURE_YEAR:
        raise ValidationError(msg.YEAR_TOO_OLD.format(year=year,
                                                      first=limits.MIN_MANUFACTURE_YEAR))
    return year


def _status(value: str) -> RepairStatus:
    if value not in values(RepairStatus):
        raise ValidationError(msg.STATUS_UNKNOWN.format(
            value=value, known=msg.LIST_SEPARATOR.join(msg.STATUS_LABELS.values())))
    return RepairStatus(value)


def _barrier(status: RepairStatus, value: str | None) -> RepairBarrier | None:
    if value is not None and value.strip() and value not in values(RepairBarrier):
        raise ValidationError(msg.BARRIER_UNKNOWN.format(
            value=value, known=msg.LIST_SEPARATOR.join(msg.BARRIER_LABELS.values())))
    barrier = RepairBarrier(value) if value and value.strip() else None
    if status == RepairStatus.END_OF_LIFE and barrier is None:
        raise ValidationError(msg.BARRIER_MISSING)
    if status != RepairStatus.END_OF_LIFE and barrier is not None:
        raise ValidationError(msg.BARRIER_NOT_END_OF_LIFE)
    return barrier


def _day(today: date, day: date | None) -> date:
    if day is None:
        return today
    if day > today:
        raise ValidationError(msg.DATE_IN_FUTURE.format(day=day.strftime("%d.%m.%Y")))
    return day


@dataclass(frozen=True)
class CheckedRepair:
    """A repair's input after the checks: the values as they are stored."""

    status: RepairStatus
    barrier: RepairBarrier | None
    problem: str
    brand: str
    model: str
    year: int | None
    minutes: int
    parts: str
    day: date


def check_input(data: RepairInput, today: date) -> CheckedRepair:
    """Check a repair's input without the database (the dialog checks before saving):
    German ``ValidationError`` for an unknown outcome, a missing or needless barrier, no
    problem, a bad or future year, bad minutes, a future date, too long a text."""
    status = _status(data.repair_status)
    barrier = _barrier(status, data.barrier)
    problem = _text(data.problem, limits.PROBLEM_LENGTH, msg.PROBLEM_NAME)
    if not problem:
        raise ValidationError(msg.PROBLEM_MISSING)
    day = _day(today, data.repaired_on)
    return CheckedRepair(
        status=status, barrier=barrier, problem=problem,
        brand=_text(data.brand, limits.BRAND_LENGTH, msg.BRAND_NAME),
        model=_text(data.model, limits.MODEL_LENGTH, msg.MODEL_NAME),
        year=parse_year(data.year, day), minutes=parse_minutes(data.minutes),
        parts=_text(data.parts, limits.PARTS_LENGTH, msg.PARTS_NAME), day=day)


def record_repair(ctx: Ctx, data: RepairInput) -> RepairRecord:
    """Record one repair attempt on an item by the acting volunteer; German refusals for
    an unknown outcome, a missing barrier at End of life, negative minutes, a year of
    manufacture in the future. Writes the ``repair.recorded`` event."""
    ctx.require(Permission.INTAKE)
    item = get_item(ctx, data.code)
    if item.status in GONE_STATUSES:
        raise ConflictError(intake_msg.ITEM_GONE)
    c = check_input(data, berlin_today(ctx.clock))
    category = ctx.session.get(Category, item.category_id)
    assert category is not None
    record = RepairRecord(
        uuid=str(uuid.uuid4()), item_id=item.id, category=category.name,
        impact_key=category.impact_key, brand=c.brand, model=c.model,
        year_of_manufacture=c.year, problem=c.problem, repair_status=c.status.value,
        barrier=None if c.barrier is None else c.barrier.value,
        volunteer_id=ctx.actor.user_id, volunteer_name=ctx.actor.name, minutes=c.minutes,
        parts=c.parts, repaired_on=c.day, recorded_at=ctx.now())
    ctx.session.add(record)
    ctx.session.flush()
    audit.record(ctx, "item.repair", "item", item.code, uuid=record.uuid,
                 repair_status=record.repair_status, barrier=record.barrier,
                 minutes=record.minutes)
    outbox.emit(ctx, EventType.REPAIR_RECORDED, repair_payload(ctx, record, item.code))
    return record


def repair_payload(ctx: Ctx, record: RepairRecord, code: str) -> RepairPayload:
    """A repair record as the central server stores it."""
    return RepairPayload(
        uuid=record.uuid, item_code=code, category=record.category, brand=record.brand,
        model=record.model, year_of_manufacture=record.year_of_manufacture,
        problem=record.problem, repair_status=RepairStatus(record.repair_status),
        barrier=None if record.barrier is None else RepairBarrier(record.barrier),
        volunteer=record.volunteer_name, minutes=record.minutes, parts=record.parts,
        repaired_on=record.repaired_on.isoformat(),
        station=ctx.station.number if ctx.station else None)


def record_hours(ctx: Ctx, minutes: str | int, activity: str, worked_on: date | None = None,
                 volunteer: str | None = None) -> VolunteerHours:
    """Log time a volunteer gave on a day (the acting user unless ``volunteer`` names an
    active user); writes the ``volunteer_hours.recorded`` event."""
    ctx.require(Permission.INTAKE)
    name = (volunteer or "").strip() or ctx.actor.name
    user = ctx.session.scalar(select(User).where(User.name == name, User.active.is_(True)))
    if user is None:
        raise ValidationError(msg.VOLUNTEER_UNKNOWN.format(name=name))
    amount = parse_minutes(minutes, at_least=1)
    what = _text(activity, limits.ACTIVITY_LENGTH, msg.ACTIVITY_NAME)
    if not what:
        raise ValidationError(msg.ACTIVITY_MISSING)
    day = _day(berlin_today(ctx.clock), worked_on)
    entry = VolunteerHours(uuid=str(uuid.uuid4()), volunteer_id=user.id,
                           volunteer_name=user.name, worked_on=day, minutes=amount,
                           activity=what, recorded_by=ctx.actor.user_id,
                           recorded_at=ctx.now())
    ctx.session.add(entry)
    ctx.session.flush()
    audit.record(ctx, "volunteer.hours", "user", user.name, uuid=entry.uuid,
                 minutes=amount, activity=what, worked_on=day.isoformat())
    outbox.emit(ctx, EventType.VOLUNTEER_HOURS_RECORDED, VolunteerHoursPayload(
        uuid=entry.uuid, volunteer=user.name, worked_on=day.isoformat(), minutes=amount,
        activity=what, station=ctx.station.number if ctx.station else None))
    return entry
