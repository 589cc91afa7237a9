"""Cash sessions: opening with a float, cash movements, closing with a gapless Z."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from sqlalchemy import func, select, text

from app.config import Paths
from app.db.models import AuditEntry, CashClosing, CashMovement, CashSession, OutboxEvent
from app.errors import ConflictError, PermissionDenied, ValidationError
from app.services.cash import closing
from app.services.cash import count as cash_count
from app.services.cash import sessions as cash_sessions
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from tests.helpers.cash import FULL_DRAWER, Line, sell
from tests.helpers.clock import Clock


def _open(backend: Backend, manager: Actor, **kwargs: Any) -> cash_sessions.OpenResult:
    return backend.call(manager, cash_sessions.open_session, **kwargs)


def _count(cents: int) -> dict[int, int]:
    """A count by denomination that adds up to ``cents`` (greedy)."""
    out: dict[int, int] = {}
    for value in cash_count.DENOMINATIONS:
        out[value], cents = divmod(cents, value)
    return {k: v for k, v in out.items() if v}


def test_denominations_run_from_500_euro_to_one_cent() -> None:
    """The one denomination table holds the 15 euro notes and coins, largest first."""
    assert cash_count.DENOMINATIONS[0] == 50_000
    assert cash_count.DENOMINATIONS[-1] == 1
    assert len(cash_count.DENOMINATIONS) == 15
    assert list(cash_count.DENOMINATIONS) == sorted(cash_count.DENOMINATIONS, reverse=True)


def test_open_with_sum_records_session_audit_outbox_and_opens_drawer(
        backend: Backend, manager: Actor) -> None:
    """Opening with a sum writes the session, an audit entry and an outbox event."""
    result = _open(backend, manager, float_cents=15_000)
    assert result.open_drawer
    assert result.session.float_cents == 15_000
    assert result.session.number == 1
    with backend.read() as ctx:
        assert cash_sessions.current_session(ctx) == result.session
        actions = ctx.session.scalars(select(AuditEntry.action)).all()
        events = ctx.session.scalars(select(OutboxEvent.type)).all()
    assert "cash_session.opened" in actions
    assert "cash_session.opened" in events


def test_open_counted_by_denomination_sums_the_count(backend: Backend, manager: Actor) -> None:
    """A float counted by denomination is the sum of the pieces, stored with the count."""
    result = _open(backend, manager, counted={5000: 2, 200: 10, 1: 3})
    assert result.session.float_cents == 12_003
    assert result.session.float_denominations == {"5000": 2, "200": 10, "1": 3}


def test_only_one_open_session_per_station(backend: Backend, manager: Actor) -> None:
    """A second opening while one session is open is refused in German."""
    _open(backend, manager, float_cents=10_000)
    with pytest.raises(ConflictError, match="bereits geöffnet"):
        _open(backend, manager, float_cents=10_000)


@pytest.mark.parametrize(("kwargs", "match"), [
    ({"float_cents": -1}, "nicht negativ"),
    ({"float_cents": 500_001}, "unrealistisch hoch"),
    ({"counted": {333: 1}}, "keine Euro-Stückelung"),
    ({"counted": {100: -2}}, "ganze Zahl von 0 bis"),
    ({"counted": {100: 10_001}}, "ganze Zahl von 0 bis"),
    ({"counted": {"x": 1}}, "keine Euro-Stückelung"),
    ({"counted": {50000: 101}}, "unrealistisch hoch"),
    ({"counted": {100: True}}, "ganze Zahl von 0 bis"),
    ({"float_cents": 100, "counted": {100: 1}}, "nicht beides"),
])
def test_bad_floats_are_refused(backend: Backend, manager: Actor, kwargs: dict[str, Any],
                                match: str) -> None:
    """Negative, absurd or mistyped floats are refused and nothing is opened."""
    with pytest.raises(ValidationError, match=match):
        _open(backend, manager, **kwargs)
    with backend.read() as ctx:
        assert cash_sessions.current_session(ctx) is None


@pytest.mark.parametrize("who", ["cashier", "volunteer"])
def test_only_managers_open_the_till(backend: Backend, who: str,
                                     request: pytest.FixtureRequest) -> None:
    """Cashiers and volunteers may not open the till."""
    with pytest.raises(PermissionDenied, match="Kasse öffnen und abschließen"):
        _open(backend, request.getfixturevalue(who), float_cents=100)


def test_movements_change_expected_cash_and_open_the_drawer(
        backend: Backend, manager: Actor, cashier: Actor) -> None:
    """Einlage adds, Entnahme and Ausgabe subtract; each is audited and in the outbox."""
    _open(backend, manager, float_cents=10_000)
    sell(backend, cashier, [Line("Bücher", 250)])
    dep = backend.call(manager, cash_sessions.record_movement, "deposit", 5_000, "Wechselgeld")
    wd = backend.call(manager, cash_sessions.record_movement, "withdrawal", 8_000, "Bank")
    exp = backend.call(manager, cash_sessions.record_movement, "expense", 350, "Kaffee, Aldi")
    assert dep.open_drawer and wd.open_drawer and exp.open_drawer
    assert (dep.amount_cents, wd.amount_cents, exp.amount_cents) == (5_000, -8_000, -350)
    assert exp.expected_cash_cents == 10_000 + 250 + 5_000 - 8_000 - 350
    assert (dep.label, wd.label, exp.label) == ("Einlage", "Entnahme", "Ausgabe")
    with backend.read() as ctx:
        events = ctx.session.scalars(
            select(OutboxEvent.type).where(OutboxEvent.type == "cash_movement.recorded")).all()
        actions = set(ctx.session.scalars(select(AuditEntry.action)))
    assert len(events) == 3
    assert {"cash_movement.deposit", "cash_movement.withdrawal",
            "cash_movement.expense"} <= actions


@pytest.mark.parametrize(("kind", "amount", "reason", "match"), [
    ("deposit", 0, "x", "über 0 €"),
    ("deposit", -500, "x", "über 0 €"),
    ("deposit", 1_000_001, "x", "unrealistisch hoch"),
    ("withdrawal", 10_001, "Bank", r"nur 100,00\s€"),
    ("expense", 10_001, "Kaffee", r"nur 100,00\s€"),
    ("withdrawal", 100, "   ", "Grund angeben"),
    ("expense", 100, "", "Belegnotiz"),
    ("theft", 100, "x", "Unbekannte Bargeldbewegung"),
])
def test_bad_movements_are_refused(backend: Backend, manager: Actor, kind: str, amount: int,
                                   reason: str, match: str) -> None:
    """Zero, negative, absurd, reasonless or overdrawn movements are refused."""
    _open(backend, manager, float_cents=10_000)
    with pytest.raises(ValidationError, match=match):
        backend.call(manager, cash_sessions.record_movement, kind, amount, reason)
    with backend.read() as ctx:
        assert ctx.session.scalar(select(func.count()).select_from(CashMovement)) == 0


def test_movement_without_open_session_is_refused(backend: Backend, manager: Actor) -> None:
    """No cash moves while the till is closed."""
    with pytest.raises(ConflictError, match="nicht geöffnet"):
        backend.call(manager, cash_sessions.record_movement, "deposit", 100, "Wechselgeld")


def test_cashier_may_not_move_cash(backend: Backend, manager: Actor, cashier: Actor) -> None:
    """Only managers record cash movements."""
    _open(backend, manager, float_cents=10_000)
    with pytest.raises(PermissionDenied):
        backend.call(cashier, cash_sessions.record_movement, "withdrawal", 100, "Bank")


def test_close_balanced_needs_no_comment_and_suggests_next_float(
        backend: Backend, manager: Actor, cashier: Actor, clock: Clock) -> None:
    """A balanced count closes; the next float suggestion is counted minus banked."""
    _open(backend, manager, counted=FULL_DRAWER)
    sell(backend, cashier, [Line("Kleidung", 700)], tendered=1000)
    clock.advance(hours=8)
    expected = 30_000 + 700
    result = backend.call(manager, closing.close_session, _count(expected),
                          banked_cents=20_000)
    assert result.z_number == 1 and result.open_drawer
    assert result.report.cash.difference_cents == 0
    assert result.left_in_drawer_cents == expected - 20_000
    with backend.read() as ctx:
        assert cash_sessions.current_session(ctx) is None
        assert cash_sessions.float_suggestion(ctx) == expected - 20_000
    reopened = _open(backend, manager)
    assert reopened.session.float_cents == expected - 20_000
    assert reopened.session.number == 2


def test_difference_needs_a_comment(backend: Backend, manager: Actor) -> None:
    """Counted differs from expected: refused without a comment, accepted with one."""
    _open(backend, manager, float_cents=10_000)
    with backend.read(manager) as ctx:
        shown = closing.preview(ctx, {5000: 1, 2000: 2, 500: 1})
    assert (shown.counted_cents, shown.expected_cents, shown.difference_cents) == (
        9_500, 10_000, -500)
    assert shown.needs_comment
    with pytest.raises(ValidationError, match=r"Differenz -5,00\s€"):
        backend.call(manager, closing.close_session, {5000: 1, 2000: 2, 500: 1})
    result = backend.call(manager, closing.close_session, {5000: 1, 2000: 2, 500: 1},
                          "5 € Wechselgeld falsch herausgegeben")
    assert result.report.cash.difference_cents == -500
    assert result.report.cash.comment == "5 € Wechselgeld falsch herausgegeben"


@pytest.mark.parametrize("banked", [-1, 10_001])
def test_banked_must_be_within_the_count(backend: Backend, manager: Actor,
                                         banked: int) -> None:
    """More than counted (or a negative amount) cannot go to the bank."""
    _open(backend, manager, float_cents=10_000)
    with pytest.raises(ValidationError, match="abgeschöpft"):
        backend.call(manager, closing.close_session, {5000: 2}, banked_cents=banked)


def test_close_without_open_session_is_refused(backend: Backend, manager: Actor) -> None:
    """A closed till cannot be closed again."""
    with pytest.raises(ConflictError, match="nicht geöffnet"):
        backend.call(manager, closing.close_session, {})


def test_cashier_may_not_close(backend: Backend, manager: Actor, cashier: Actor) -> None:
    """Only managers close the day."""
    _open(backend, manager, float_cents=0)
    with pytest.raises(PermissionDenied):
        backend.call(cashier, closing.close_session, {})


def test_z_numbers_are_gapless_over_days(backend: Backend, manager: Actor,
                                         clock: Clock) -> None:
    """Each closing takes the next Z number: 1, 2, 3."""
    _open(backend, manager, float_cents=5_000)
    for day in range(3):
        if day:
            _open(backend, manager)  # the suggested float: what the last Z left
        clock.advance(hours=9)
        backend.call(manager, closing.close_session, {5000: 1})
        clock.advance(hours=15)
    with backend.read(manager) as ctx:
        numbers = [c.z_number for c in closing.list_closings(ctx)]
    assert numbers == [3, 2, 1]


def test_failed_closing_leaves_no_gap(backend: Backend, manager: Actor) -> None:
    """A refused closing does not use up a Z number."""
    _open(backend, manager, float_cents=1_000)
    with pytest.raises(ValidationError):
        backend.call(manager, closing.close_session, {500: 1})
    assert backend.call(manager, closing.close_session, {500: 2}).z_number == 1


def test_closing_rows_are_append_only(backend: Backend, manager: Actor, paths: Paths) -> None:
    """SQLite refuses to update or delete a closing, or to skip a Z number."""
    _open(backend, manager, float_cents=0)
    backend.call(manager, closing.close_session, {})
    con = sqlite3.connect(paths.db_file)
    try:
        for sql in ("UPDATE cash_closing SET counted_cents = 1",
                    "DELETE FROM cash_closing",
                    "UPDATE cash_session SET float_cents = 1"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                con.execute(sql)
        with pytest.raises(sqlite3.IntegrityError, match="next one"):
            con.execute(
                "INSERT INTO cash_closing (cash_session_id, station_id, z_number, closed_at, "
                "closed_by, counted_cents, counted_denominations, expected_cents, "
                "difference_cents, banked_cents, comment, figures) "
                "SELECT id, station_id, 5, opened_at, opened_by, 0, '{}', 0, 0, 0, '', '{}' "
                "FROM cash_session")
    finally:
        con.close()
    with backend.read() as ctx:
        assert ctx.session.scalar(select(func.count()).select_from(CashClosing)) == 1
        assert ctx.session.scalar(select(func.count()).select_from(CashSession)) == 1
        assert ctx.session.execute(text("SELECT 1")).scalar() == 1


def test_closing_writes_audit_and_outbox(backend: Backend, manager: Actor) -> None:
    """The closing is audited and queued for the central server with its figures."""
    _open(backend, manager, float_cents=2_000)
    backend.call(manager, closing.close_session, {1000: 2})
    with backend.read() as ctx:
        event = ctx.session.scalars(
            select(OutboxEvent).where(OutboxEvent.type == "cash_session.closed")).one()
        assert ctx.session.scalar(select(func.count()).select_from(AuditEntry)
                                  .where(AuditEntry.action == "cash_session.closed")) == 1
    assert event.payload["z_number"] == 1
    assert event.payload["figures"]["cash"]["counted_cents"] == 2_000


def test_require_open_session_for_checkout(backend: Backend, manager: Actor) -> None:
    """Checkout can ask for the open session and gets a German refusal when closed."""
    with backend.read() as ctx, pytest.raises(ConflictError, match="Wechselgeld öffnen"):
        cash_sessions.require_open_session(ctx)
    opened = _open(backend, manager, float_cents=0)
    with backend.read() as ctx:
        assert cash_sessions.require_open_session(ctx).id == opened.session.id


def test_outbox_payloads_fit_the_server_schemas(backend: Backend, manager: Actor) -> None:
    """Opening, movement and closing events validate against what the server applies."""
    from app.sync_schema.enums import EventType
    from app.sync_schema.events import PAYLOADS

    _open(backend, manager, float_cents=5_000)
    backend.call(manager, cash_sessions.record_movement, "withdrawal", 1_000, "Bank")
    backend.call(manager, closing.close_session, {2000: 2}, banked_cents=0)
    with backend.read() as ctx:
        events = ctx.session.scalars(
            select(OutboxEvent).where(OutboxEvent.type.like("cash_%"))
            .order_by(OutboxEvent.seq)).all()
    assert [e.type for e in events] == [
        "cash_session.opened", "cash_movement.recorded", "cash_session.closed"]
    for event in events:
        PAYLOADS[EventType(event.type)].model_validate(event.payload)


def test_till_state_for_the_abschluss_screen(backend: Backend, manager: Actor,
                                             cashier: Actor, clock: Clock) -> None:
    """Closed till: suggestion and next Z; open till: session and expected cash."""
    with backend.read(manager) as ctx:
        state = closing.till_state(ctx)
    assert state.session is None and state.expected_cash_cents is None
    assert (state.float_suggestion_cents, state.next_z_number) == (0, 1)
    assert state.denominations[0] == (50_000, "500 €") and state.denominations[-1] == (1, "1 ct")
    _open(backend, manager, float_cents=10_000)
    sell(backend, cashier, [Line("Bücher", 400)])
    with backend.read(manager) as ctx:
        state = closing.till_state(ctx)
    assert state.session is not None and state.expected_cash_cents == 10_400
    clock.advance(hours=1)
    backend.call(manager, closing.close_session, {5000: 2, 200: 2}, banked_cents=400)
    with backend.read(manager) as ctx:
        state = closing.till_state(ctx)
    assert state.last_closing is not None and state.last_closing.z_number == 1
    assert (state.float_suggestion_cents, state.next_z_number) == (10_000, 2)
    with backend.read(cashier) as ctx, pytest.raises(PermissionDenied):
        closing.till_state(ctx)
