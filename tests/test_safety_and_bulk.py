"""Safety tests with their measured values (integer units), and workshop moves of several
items at once (one call, one transaction, all or nothing)."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select

from app.db.models import OutboxEvent, SafetyTest
from app.errors import ConflictError, ValidationError
from app.services.intake import intake, lifecycle, safety
from app.services.intake.intake import IntakeInput
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.sync_schema.events import parse
from app.sync_schema.payloads import ItemPayload

GOOD = safety.Measurements(visual_ok=True, pe_resistance_mohm=120, insulation_kohm=250_000,
                           leakage_ua=250)


def _electrical(backend: Backend, actor: Actor, n: int = 1) -> list[str]:
    items = backend.call(actor, intake.take_in, IntakeInput(
        category="Elektrogeräte", description="Toaster", quantity=n))
    return [i.code for i in items]


def _books(backend: Backend, actor: Actor, n: int) -> list[str]:
    items = backend.call(actor, intake.take_in, IntakeInput(category="Bücher", quantity=n))
    return [i.code for i in items]


def _last_item_event(backend: Backend, code: str) -> ItemPayload:
    with backend.db.read() as s:
        rows = s.scalars(select(OutboxEvent).where(OutboxEvent.type == "item.upserted")
                         .order_by(OutboxEvent.seq.desc()))
        raw = next(e.payload for e in rows if e.payload["code"] == code)
    parsed = parse("item.upserted", raw)
    assert isinstance(parsed, ItemPayload)
    return parsed


@pytest.mark.parametrize(("typed", "thousandths"), [
    ("0,12", 120), ("0.12", 120), ("1", 1000), ("250", 250_000), (" 0,005 ", 5), ("", None),
])
def test_typed_values_become_thousandths(typed: str, thousandths: int | None) -> None:
    """'0,12' Ω is 120 mΩ, '250' MΩ is 250000 kΩ; an empty field is 'not measured'."""
    assert safety.parse_thousandths(typed, "Wert") == thousandths
    if thousandths is not None:
        assert safety.parse_thousandths(safety.format_thousandths(thousandths), "x") == \
            thousandths


@pytest.mark.parametrize("typed", ["0,1234", "abc", "-1", "1,2,3"])
def test_nonsense_value_is_refused(typed: str) -> None:
    """A value that is no number names the field in German."""
    with pytest.raises(ValidationError, match="Ableitstrom"):
        safety.parse_thousandths(typed, "Ableitstrom")


def test_measurements_stored_as_integers_and_in_the_event(backend: Backend,
                                                          volunteer: Actor) -> None:
    """The values land in integer columns and travel in the item's event to the server."""
    [code] = _electrical(backend, volunteer)
    backend.call(volunteer, lifecycle.record_safety_test, code, True, "Vera",
                 device_id="Benning ST 710", measurements=GOOD)
    with backend.read() as ctx:
        test = lifecycle.last_safety_test(ctx, intake.get_item(ctx, code))
        assert test is not None
        assert (test.visual_ok, test.pe_resistance_mohm, test.insulation_kohm,
                test.leakage_ua) == (True, 120, 250_000, 250)
    with backend.db.read() as s:
        types = s.execute(select(func.typeof(SafetyTest.pe_resistance_mohm),
                                 func.typeof(SafetyTest.insulation_kohm),
                                 func.typeof(SafetyTest.leakage_ua))).one()
    assert tuple(types) == ("integer", "integer", "integer")
    sent = _last_item_event(backend, code).safety_test
    assert sent is not None and sent.passed and sent.tester == "Vera"
    assert (sent.pe_resistance_mohm, sent.insulation_kohm, sent.leakage_ua,
            sent.visual_ok, sent.device_id) == (120, 250_000, 250, True, "Benning ST 710")


def test_later_item_events_keep_the_test(backend: Backend, volunteer: Actor) -> None:
    """A status change after the test still carries it, so the central record keeps it."""
    [code] = _electrical(backend, volunteer)
    backend.call(volunteer, lifecycle.record_safety_test, code, True, "Vera",
                 measurements=GOOD)
    backend.call(volunteer, lifecycle.move, code, "ready")
    sent = _last_item_event(backend, code)
    assert sent.status == "ready"
    assert sent.safety_test is not None and sent.safety_test.insulation_kohm == 250_000


def test_untested_item_event_has_no_test_field(backend: Backend, volunteer: Actor) -> None:
    """Items without a test send the payload as before (older servers see no change)."""
    [code] = _books(backend, volunteer, 1)
    with backend.db.read() as s:
        raw = s.scalars(select(OutboxEvent.payload).order_by(OutboxEvent.seq.desc())).first()
    assert raw is not None and raw["code"] == code and "safety_test" not in raw


@pytest.mark.parametrize(("values", "match"), [
    (safety.Measurements(visual_ok=False), "Sichtprüfung"),
    (safety.Measurements(visual_ok=True, pe_resistance_mohm=1_500), "Schutzleiterwiderstand"),
    (safety.Measurements(visual_ok=True, insulation_kohm=200), "Isolationswiderstand"),
    (safety.Measurements(visual_ok=True, leakage_ua=12_000), "Ableitstrom"),
    (safety.Measurements(visual_ok=True, leakage_ua=200_000), "Messbereich"),
])
def test_pass_the_values_contradict_is_refused(backend: Backend, volunteer: Actor,
                                               values: safety.Measurements,
                                               match: str) -> None:
    """'bestanden' with a failed visual check or a value beyond the VDE limit is refused,
    and nothing is written."""
    [code] = _electrical(backend, volunteer)
    with backend.db.read() as s:
        events = s.scalar(select(func.count()).select_from(OutboxEvent))
    with pytest.raises(ValidationError, match=match):
        backend.call(volunteer, lifecycle.record_safety_test, code, True, "Vera",
                     measurements=values)
    with backend.db.read() as s:
        assert s.scalar(select(func.count()).select_from(SafetyTest)) == 0
        assert s.scalar(select(func.count()).select_from(OutboxEvent)) == events


def test_failed_test_with_bad_values_is_recorded(backend: Backend, volunteer: Actor) -> None:
    """Out-of-limit values are what a failed test looks like: recorded, item to repair."""
    [code] = _electrical(backend, volunteer)
    backend.call(volunteer, lifecycle.record_safety_test, code, False, "Vera",
                 measurements=safety.Measurements(visual_ok=True, insulation_kohm=100))
    with backend.read() as ctx:
        item = intake.get_item(ctx, code)
        assert item.status == "in_repair"
        test = lifecycle.last_safety_test(ctx, item)
        assert test is not None and test.insulation_kohm == 100 and not test.passed


def test_safety_test_rows_stay_append_only(backend: Backend, volunteer: Actor) -> None:
    """The 0008 columns did not cost the append-only trigger of the table."""
    [code] = _electrical(backend, volunteer)
    backend.call(volunteer, lifecycle.record_safety_test, code, True, "Vera",
                 measurements=GOOD)
    con = sqlite3.connect(backend.db.engine.url.database or "")
    try:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            con.execute("UPDATE safety_test SET leakage_ua = 1")
    finally:
        con.close()


# --- several items at once ------------------------------------------------------------------

def test_move_many_moves_all_in_one_call(backend: Backend, volunteer: Actor) -> None:
    """Three books become ready in one call; one already ready is counted as unchanged."""
    codes = _books(backend, volunteer, 4)
    backend.call(volunteer, lifecycle.move, codes[3], "ready")
    result = backend.call(volunteer, lifecycle.move_many, codes, "ready")
    assert sorted(result.moved) == sorted(codes[:3]) and result.unchanged == [codes[3]]
    with backend.read() as ctx:
        assert {intake.get_item(ctx, c).status for c in codes} == {"ready"}


def test_move_many_is_all_or_nothing(backend: Backend, volunteer: Actor) -> None:
    """One untested electrical item among books: nothing moves, the refusal names it."""
    books = _books(backend, volunteer, 2)
    [toaster] = _electrical(backend, volunteer)
    with backend.db.read() as s:
        events = s.scalar(select(func.count()).select_from(OutboxEvent))
    with pytest.raises(ConflictError, match=f"1 der 3 Artikel.*{toaster}.*Sicherheitsprüfung"):
        backend.call(volunteer, lifecycle.move_many, [*books, toaster], "ready")
    with backend.read() as ctx:
        assert {intake.get_item(ctx, c).status for c in [*books, toaster]} == {"received"}
    with backend.db.read() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEvent)) == events


def test_move_many_needs_a_selection(backend: Backend, volunteer: Actor) -> None:
    """No codes: a German request to select items first."""
    with pytest.raises(ValidationError, match="auswählen"):
        backend.call(volunteer, lifecycle.move_many, [], "ready")
