"""Realistic German demo data so a newcomer can try every screen on a fresh install.

Demo users and PINs (documented in the README):
    vera  / 1111  Annahme/Werkstatt
    kai   / 2222  Kasse
    maria / 333333  Leitung (managers and admins: 6 digits by default)
    admin / 000000  Verwaltung (from init)
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from app import messages
from app.db.models import Category, MarkdownRule, User
from app.errors import ValidationError
from app.services.catalog import categories as catalog
from app.services.catalog.categories import CategoryData
from app.services.demo.catalogue import catalogue
from app.services.intake import intake, lifecycle
from app.services.kernel.backend import Backend
from app.services.kernel.context import SYSTEM, Actor, Ctx, StationInfo
from app.services.users import accounts as users
from app.sync_schema.enums import DISPOSAL_KINDS, Condition, ItemStatus, MaterialStream

S = ItemStatus

# Share of demo items ending in each state (sold items come with the checkout's demo sales).
STATE_MIX = ((S.READY, 70), (S.RECEIVED, 10), (S.IN_REPAIR, 8), (S.RESERVED, 4),
             (S.RECYCLED, 5), (S.DISPOSED, 3))
# The conditions demo items come in with ("defekt" ones would only be recycled).
DEMO_CONDITIONS = (Condition.NEW, Condition.VERY_GOOD, Condition.GOOD, Condition.USED)
VOLUNTEER = "vera"
BATCH = 250


@dataclass(frozen=True)
class DemoResult:
    users: int
    categories: int
    items: int


def _ensure_users(backend: Backend) -> int:
    created = 0
    with backend.write(SYSTEM) as ctx:
        for user in catalogue().users:
            if ctx.session.scalar(select(User.id).where(User.name == user.name)) is None:
                users.create_user(ctx, user.name, user.display_name, user.role, user.pin)
                created += 1
    return created


def _ensure_categories(backend: Backend) -> int:
    created = 0
    with backend.write(SYSTEM) as ctx:
        for c in catalogue().categories:
            if ctx.session.scalar(select(Category.id).where(Category.name == c.name)) is None:
                catalog.save_category(ctx, CategoryData(
                    c.name, c.vat, c.price_cents, c.weight_g, c.stream, c.electrical,
                    c.impact_key, hotkey=c.hotkey))
                created += 1
        if ctx.session.scalar(select(MarkdownRule.id).limit(1)) is None:
            ctx.session.add_all([
                MarkdownRule(category_id=None, after_days=28, percent=20, created_at=ctx.now()),
                MarkdownRule(category_id=None, after_days=56, percent=50, created_at=ctx.now()),
            ])
    return created


def _volunteer(backend: Backend) -> Actor:
    with backend.read() as ctx:
        user = ctx.session.scalar(select(User).where(User.name == VOLUNTEER))
        assert user is not None
        return users.actor_of(user)


def require_demo(station: StationInfo | None) -> None:
    """Refuse (in German, before anything is written) unless this is a demo till."""
    if station is None or not station.demo:
        raise ValidationError(messages.DEMO_ONLY)


def fill(backend: Backend, items: int = 200, seed: int = 7,
         progress: Callable[[int, int], None] | None = None) -> DemoResult:
    """Add demo users, categories and ``items`` items spread over every workshop state.

    Only into a database created by ``init --demo``: the demo users have documented PINs.
    """
    require_demo(backend.station)
    rng = random.Random(seed)
    n_users = _ensure_users(backend)
    n_cats = _ensure_categories(backend)
    actor = _volunteer(backend)
    now = backend.clock()
    texts = catalogue()
    done = 0
    while done < items:
        size = min(BATCH, items - done)
        with backend.write(actor) as ctx:
            cats = catalog.list_categories(ctx)
            for _ in range(size):
                cat = rng.choice(cats)
                base = cat.default_price_cents
                price = max(50, round(base * rng.uniform(0.5, 2.0) / 50) * 50)
                # Items arrived over the last ten weeks, so markdowns have something to do.
                received = now - timedelta(days=rng.randint(0, 70), minutes=rng.randint(0, 600))
                ctx.clock = _fixed(received)
                item = intake.take_in(ctx, intake.IntakeInput(
                    category=cat.id, description=rng.choice(texts.descriptions(cat.name)),
                    condition=rng.choice(DEMO_CONDITIONS), price=price,
                    location=texts.texts.location.format(number=rng.randint(1, 30))))[0]
                _move_to(ctx, item.code, item.electrical, _pick_state(rng))
            ctx.clock = backend.clock
        done += size
        if progress:
            progress(done, items)
    return DemoResult(n_users, n_cats, items)


def _fixed(at: datetime) -> Callable[[], datetime]:
    return lambda: at


def _pick_state(rng: random.Random) -> ItemStatus:
    roll = rng.randrange(100)
    for state, share in STATE_MIX:
        if roll < share:
            return state
        roll -= share
    return S.READY


def _move_to(ctx: Ctx, code: str, electrical: bool, state: ItemStatus) -> None:
    texts = catalogue().texts
    if state == S.RECEIVED:
        return
    if state == S.IN_REPAIR:
        lifecycle.move(ctx, code, S.IN_REPAIR)
        lifecycle.add_repair_note(ctx, code, texts.repair_note, texts.repair_parts)
        return
    if state in DISPOSAL_KINDS:
        stream = MaterialStream.WEEE if electrical else MaterialStream.RESIDUAL
        lifecycle.recycle(ctx, code, state, stream, None)
        return
    if electrical:
        lifecycle.record_safety_test(ctx, code, True, texts.tester,
                                     device_id=texts.tester_device)
    lifecycle.move(ctx, code, S.READY)
    if state == S.RESERVED:
        lifecycle.move(ctx, code, S.RESERVED)
