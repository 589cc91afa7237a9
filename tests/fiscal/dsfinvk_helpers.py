"""A trading day with every kind of record, closed with a Z, and readers for the ZIP."""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.db.models import Category
from app.services.cash import closing as cash_closing
from app.services.cash import sessions as cash_sessions
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from tests.conftest import Clock
from tests.helpers.cash import FULL_DRAWER, Line, refund_all, sell, void


def add_category(backend: Backend, name: str, vat_kind: str) -> None:
    with backend.db.write() as session:
        session.add(Category(name=name, vat_kind=vat_kind, default_price_cents=100,
                             avg_weight_g=500))


@dataclass(frozen=True)
class Day:
    closing_id: int
    day: date  # the Berlin business day the Z closed
    started: datetime  # when the float was counted in (UTC)


def trading_day(backend: Backend, manager: Actor, cashier: Actor, clock: Clock) -> Day:
    """Float, sales at every VAT treatment, a discount, card, a refund, a void,
    a movement of each kind and a counting difference, then the Z, all in one Berlin day
    whatever day the test clock starts on."""
    clock.make_room(hours=8)
    started = clock.now
    for name, kind in (("Lebensmittel", "reduced"), ("Bildungsprojekt", "exempt"),
                       ("Antiquitäten", "margin")):
        add_category(backend, name, kind)
    backend.call(manager, cash_sessions.open_session, float_cents=10_000)
    clock.advance(minutes=5)
    sell(backend, cashier, [Line("Bücher", 250), Line("Lebensmittel", 199, quantity=2)])
    clock.advance(minutes=5)
    first = sell(backend, cashier, [Line("Kleidung", 1290, discount_cents=190),
                                    Line("Antiquitäten", 4500)], card=2000)
    clock.advance(minutes=5)
    sell(backend, cashier, [Line("Bildungsprojekt", 800), Line("Bücher", 1, quantity=3)])
    clock.advance(minutes=5)
    void(backend, cashier, [Line("Bücher", 500)])
    clock.advance(minutes=5)
    refund_all(backend, manager, first.sale_id)
    for kind, amount in (("deposit", 5000), ("withdrawal", 2000), ("expense", 350)):
        clock.advance(minutes=1)
        backend.call(manager, cash_sessions.record_movement, kind, amount, f"Test {kind}")
    clock.advance(hours=6)
    counted = dict(FULL_DRAWER)
    result = backend.call(manager, cash_closing.close_session, counted,
                          "Differenz beim Zählen")
    return Day(result.closing_id, clock.today, started)


def read_zip(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def rows(files: dict[str, bytes], name: str) -> list[dict[str, str]]:
    text = files[name].decode("utf-8")
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))


def amount(text: str) -> int:
    """``-12,50000`` -> -1250 cents (exact)."""
    sign = -1 if text.startswith("-") else 1
    whole, _, frac = text.lstrip("-").partition(",")
    return sign * (int(whole) * 100 + int((frac + "00")[:2]))
