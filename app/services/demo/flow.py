"""Realistic German demo data so a newcomer can try every screen on a fresh install.

Demo users and PINs (documented in the README):
    vera  / 1111  Annahme/Werkstatt
    kai   / 2222  Kasse
    maria / 3333  Leitung
    admin / 0000  Verwaltung (from init)
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from app.db.models import Category, MarkdownRule, User
from app.services.catalog import categories as catalog
from app.services.catalog.categories import CategoryData
from app.services.intake import intake, lifecycle
from app.services.kernel.backend import Backend
from app.services.kernel.context import SYSTEM, Actor, Ctx
from app.services.users import accounts as users

DEMO_USERS = (
    ("vera", "Vera Annahme", "volunteer", "1111"),
    ("kai", "Kai Kasse", "cashier", "2222"),
    ("maria", "Maria Leitung", "manager", "3333"),
)

# name, VAT, default price (ct), average weight (g), material stream, electrical, impact key, F-key
DEMO_CATEGORIES = (
    ("Möbel", "normal", 2500, 29810, "wood", False, "furniture", 1),
    ("Elektrogeräte", "normal", 1500, 2950, "weee", True, "small_kitchen", 2),
    ("Bücher", "normal", 100, 400, "paper", False, "books", 3),
    ("Kleidung", "normal", 300, 750, "textile", False, "clothing", 4),
    ("Geschirr", "normal", 150, 350, "residual", False, "household", 5),
    ("Fahrräder", "normal", 6000, 15100, "metal", False, "bicycle", 6),
    ("Spielzeug", "normal", 200, 930, "residual", False, "toy", 7),
    ("Lampen", "normal", 800, 2680, "weee", True, "lamp", 8),
    ("Werkzeug", "normal", 500, 930, "metal", False, "hand_tool", 9),
)

DESCRIPTIONS = {
    "Möbel": ["Kommode Eiche, 3 Schubladen", "Stuhl Buche", "Couchtisch Glas", "Bücherregal weiß",
              "Sessel mit Armlehnen", "Nachttisch Kiefer", "Esstisch ausziehbar"],
    "Elektrogeräte": ["Wasserkocher 1,7 l", "Toaster 2 Scheiben", "Kaffeemaschine Filter",
                      "Stabmixer", "Staubsauger beutellos", "Radio mit CD", "Föhn 2000 W"],
    "Bücher": ["Roman, Taschenbuch", "Kochbuch", "Kinderbuch gebunden", "Reiseführer Sauerland",
               "Bildband Ruhrgebiet", "Krimi, gebunden"],
    "Kleidung": ["Winterjacke Gr. M", "Jeans Gr. 32/32", "Pullover Wolle Gr. L",
                 "Kinderjacke Gr. 116", "Hemd Gr. 41", "Sommerkleid Gr. 38"],
    "Geschirr": ["Teller-Set 6 Stück", "Kaffeetassen 4 Stück", "Auflaufform", "Weingläser 6er",
                 "Salatschüssel Glas", "Teekanne Porzellan"],
    "Fahrräder": ["Damenrad 28 Zoll", "Kinderrad 20 Zoll", "Mountainbike 26 Zoll",
                  "Hollandrad 28 Zoll"],
    "Spielzeug": ["Holzeisenbahn", "Puzzle 1000 Teile", "Brettspiel", "Kuscheltier Bär",
                  "Bausteine-Kiste"],
    "Lampen": ["Stehlampe Messing", "Schreibtischlampe", "Deckenleuchte Glas", "Nachttischlampe"],
    "Werkzeug": ["Hammer 500 g", "Schraubendreher-Set", "Wasserwaage 60 cm", "Säge Holz",
                 "Zangen-Set"],
}

# Share of demo items ending in each state (sold items come with the checkout's demo sales).
STATE_MIX = (("ready", 70), ("received", 10), ("in_repair", 8), ("reserved", 4),
             ("recycled", 5), ("disposed", 3))
BATCH = 250


@dataclass(frozen=True)
class DemoResult:
    users: int
    categories: int
    items: int


def _ensure_users(backend: Backend) -> int:
    created = 0
    with backend.write(SYSTEM) as ctx:
        for name, display, role, pin in DEMO_USERS:
            if ctx.session.scalar(select(User.id).where(User.name == name)) is None:
                users.create_user(ctx, name, display, role, pin)
                created += 1
    return created


def _ensure_categories(backend: Backend) -> int:
    created = 0
    with backend.write(SYSTEM) as ctx:
        for name, vat, price, grams, stream, electrical, key, fkey in DEMO_CATEGORIES:
            if ctx.session.scalar(select(Category.id).where(Category.name == name)) is None:
                catalog.save_category(ctx, CategoryData(name, vat, price, grams, stream,
                                                        electrical, key, hotkey=fkey))
                created += 1
        if ctx.session.scalar(select(MarkdownRule.id).limit(1)) is None:
            ctx.session.add_all([
                MarkdownRule(category_id=None, after_days=28, percent=20, created_at=ctx.now()),
                MarkdownRule(category_id=None, after_days=56, percent=50, created_at=ctx.now()),
            ])
    return created


def _volunteer(backend: Backend) -> Actor:
    with backend.read() as ctx:
        user = ctx.session.scalar(select(User).where(User.name == "vera"))
        assert user is not None
        return users.actor_of(user)


def fill(backend: Backend, items: int = 200, seed: int = 7,
         progress: Callable[[int, int], None] | None = None) -> DemoResult:
    """Add demo users, categories and ``items`` items spread over every workshop state."""
    rng = random.Random(seed)
    n_users = _ensure_users(backend)
    n_cats = _ensure_categories(backend)
    actor = _volunteer(backend)
    now = backend.clock()
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
                    category=cat.id, description=rng.choice(DESCRIPTIONS.get(cat.name, [cat.name])),
                    condition=rng.choice(intake.CONDITIONS[:4]), price=price,
                    location=f"Regal {rng.randint(1, 30)}"))[0]
                _move_to(ctx, item.code, item.electrical, _pick_state(rng))
            ctx.clock = backend.clock
        done += size
        if progress:
            progress(done, items)
    return DemoResult(n_users, n_cats, items)


def _fixed(at: datetime) -> Callable[[], datetime]:
    return lambda: at


def _pick_state(rng: random.Random) -> str:
    roll = rng.randrange(100)
    for state, share in STATE_MIX:
        if roll < share:
            return state
        roll -= share
    return "ready"


def _move_to(ctx: Ctx, code: str, electrical: bool, state: str) -> None:
    if state == "received":
        return
    if state == "in_repair":
        lifecycle.move(ctx, code, "in_repair")
        lifecycle.add_repair_note(ctx, code, "Kabel geprüft, Schalter getauscht", "Schalter")
        return
    if state in ("recycled", "disposed"):
        stream = "weee" if electrical else "residual"
        lifecycle.recycle(ctx, code, state, stream, None)
        return
    if electrical:
        lifecycle.record_safety_test(ctx, code, True, "Vera Annahme", device_id="Benning ST 710")
    lifecycle.move(ctx, code, "ready")
    if state == "reserved":
        lifecycle.move(ctx, code, "reserved")
