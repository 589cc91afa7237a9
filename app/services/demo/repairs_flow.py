"""Demo repair records and volunteer hours over the demo weeks.

Every record goes through the workshop services (``workshop.repairs``), so the ORDS
export, the month report's workshop part and the sync have something to show. Texts
come from ``resources/demo/repairs.toml``. Nothing is added to a till that already has
repair records.
"""

from __future__ import annotations

import random
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any

from sqlalchemy import func, select

from app.db.models import Item, RepairRecord, User
from app.resource_files import resource_path
from app.services.demo.flow import require_demo
from app.services.kernel.backend import Backend
from app.services.kernel.clock import BERLIN, berlin_today
from app.services.users import accounts as users
from app.services.workshop import repairs
from app.services.workshop.repairs import RepairInput
from app.sync_schema.enums import GONE_STATUSES, RepairBarrier, RepairStatus

# Outcomes of the demo's repairs in percent (a repair café's usual mix) and the barriers'
# weights for the end-of-life ones.
OUTCOMES = ((RepairStatus.FIXED, 60), (RepairStatus.REPAIRABLE, 15),
            (RepairStatus.END_OF_LIFE, 25))
BARRIERS = ((RepairBarrier.PARTS_NOT_AVAILABLE, 4), (RepairBarrier.PARTS_TOO_EXPENSIVE, 3),
            (RepairBarrier.NO_WAY_TO_OPEN, 2), (RepairBarrier.TOO_WORN_OUT, 3),
            (RepairBarrier.NO_REPAIR_INFORMATION, 1), (RepairBarrier.LACK_OF_EQUIPMENT, 1))


@dataclass(frozen=True)
class DemoRepairs:
    repairs: int = 0
    hours_entries: int = 0


@cache
def _texts() -> dict[str, Any]:
    return tomllib.loads(resource_path("demo", "repairs.toml").read_text(encoding="utf-8"))


def _fixed(at: datetime) -> Callable[[], datetime]:
    return lambda: at


def fill_repairs(backend: Backend, days: int = 21, seed: int = 7) -> DemoRepairs:
    """On each working day of the ``days`` before today: up to three repairs of electrical
    items received by then (the texts are a repair café's), and an hour or two of sorting
    or intake by a volunteer."""
    require_demo(backend.station)
    with backend.read() as ctx:
        if ctx.session.scalar(select(func.count()).select_from(RepairRecord)):
            return DemoRepairs()
        items = list(ctx.session.execute(
            select(Item.code, Item.received_at)
            .where(Item.status.not_in(GONE_STATUSES), Item.electrical.is_(True))
            .order_by(Item.id)))
        people = {u.name: users.actor_of(u) for u in ctx.session.scalars(
            select(User).where(User.name.in_(_texts()["volunteers"]), User.active.is_(True)))}
    if not people or days <= 0:
        return DemoRepairs()
    rng = random.Random(seed)
    texts = _texts()
    today = berlin_today(backend.clock)
    made = [0, 0]
    for n in range(days, 0, -1):
        day = today - timedelta(days=n)
        if day.weekday() == 6:
            continue
        moment = datetime.combine(day, time(15), BERLIN)
        ready = [code for code, received in items if received <= moment]
        for code in rng.sample(ready, min(len(ready), rng.randint(0, 3))):
            who = people[rng.choice(sorted(people))]
            with backend.write(who) as ctx:
                ctx.clock = _fixed(moment)
                repairs.record_repair(ctx, _repair_input(rng, texts, code, day))
            made[0] += 1
        if rng.random() < 0.6:
            who = people[rng.choice(sorted(people))]
            with backend.write(who) as ctx:
                ctx.clock = _fixed(moment)
                repairs.record_hours(ctx, rng.choice((60, 90, 120, 180)),
                                     rng.choice(texts["activities"]), day)
            made[1] += 1
    return DemoRepairs(*made)


def _pick(rng: random.Random, weighted: tuple[tuple[Any, int], ...]) -> Any:
    return rng.choices([v for v, _w in weighted], [w for _v, w in weighted])[0]


def _repair_input(rng: random.Random, texts: dict[str, Any], code: str,
                  day: date) -> RepairInput:
    status: RepairStatus = _pick(rng, OUTCOMES)
    barrier = _pick(rng, BARRIERS) if status == RepairStatus.END_OF_LIFE else None
    year = rng.choice((None, day.year - rng.randint(2, 25)))
    return RepairInput(
        code=code, problem=rng.choice(texts["problems"][status.value]),
        repair_status=status.value, barrier=None if barrier is None else barrier.value,
        brand=rng.choice(texts["brands"]), year=year, minutes=rng.randint(10, 90),
        parts=rng.choice(texts["parts"].get(status.value, [""])), repaired_on=day)
