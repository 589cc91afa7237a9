"""Repair records and volunteer hours: validation in German, append-only rows, outbox events."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import select

from app.db.models import OutboxEvent, RepairRecord, VolunteerHours
from app.errors import PermissionDenied, ValidationError
from app.services.intake import intake
from app.services.intake.intake import IntakeInput
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.services.workshop import repairs
from app.services.workshop.repairs import RepairInput
from app.sync_schema.events import parse
from app.sync_schema.payloads import RepairPayload, VolunteerHoursPayload


def _toaster(backend: Backend, who: Actor) -> str:
    return backend.call(who, intake.take_in, IntakeInput(
        category="Elektrogeräte", description="Toaster"))[0].code


def _events(backend: Backend, kind: str) -> list[dict[str, object]]:
    with backend.db.read() as s:
        return [e.payload for e in s.scalars(select(OutboxEvent).where(
            OutboxEvent.type == kind).order_by(OutboxEvent.seq))]


def test_repair_is_stored_with_its_event(backend: Backend, volunteer: Actor) -> None:
    """A fixed toaster keeps category, brand, year, minutes and parts, and its
    repair.recorded event validates against the sync schema."""
    code = _toaster(backend, volunteer)
    backend.call(volunteer, repairs.record_repair, RepairInput(
        code=code, problem="Heizdraht lose", repair_status="Fixed", brand=" Severin ",
        model="AT 2515", year="2015", minutes="45", parts="Schraube M3"))
    with backend.db.read() as s:
        [row] = s.scalars(select(RepairRecord))
        assert (row.category, row.brand, row.year_of_manufacture, row.minutes) == (
            "Elektrogeräte", "Severin", 2015, 45)
        assert row.repair_status == "Fixed" and row.barrier is None
        assert row.volunteer_name == "vera" and row.parts == "Schraube M3"
    [raw] = _events(backend, "repair.recorded")
    payload = parse("repair.recorded", raw)
    assert isinstance(payload, RepairPayload)
    assert payload.item_code == code and payload.minutes == 45 and payload.station == 1


def test_end_of_life_keeps_its_barrier(backend: Backend, volunteer: Actor) -> None:
    """End of life with the barrier 'Spare parts not available' is stored as the ORDS text."""
    code = _toaster(backend, volunteer)
    backend.call(volunteer, repairs.record_repair, RepairInput(
        code=code, problem="Thermostat defekt", repair_status="End of life",
        barrier="Spare parts not available", minutes=30))
    with backend.db.read() as s:
        [row] = s.scalars(select(RepairRecord))
    assert (row.repair_status, row.barrier) == ("End of life", "Spare parts not available")


@pytest.mark.parametrize(("changes", "message"), [
    ({"repair_status": "Kaputt"}, "Unbekanntes Reparaturergebnis „Kaputt“"),
    ({"repair_status": "End of life"}, "woran die Reparatur gescheitert ist"),
    ({"barrier": "Lack of equipment"}, "nur bei „nicht reparierbar“"),
    ({"repair_status": "End of life", "barrier": "Zu alt"}, "Unbekanntes Reparaturhindernis"),
    ({"minutes": "-5"}, "nicht negativ"),
    ({"minutes": "viel"}, "keine ganze Zahl"),
    ({"minutes": "2000"}, "unrealistisch"),
    ({"year": "2099"}, "Baujahr 2099 liegt in der Zukunft"),
    ({"year": "15"}, "keine Jahreszahl"),
    ({"year": "1850"}, "unrealistisch"),
    ({"problem": "   "}, "was an dem Gerät defekt war"),
    ({"brand": "x" * 61}, "Die Marke ist zu lang"),
    ({"repaired_on": date(2099, 1, 1)}, "liegt in der Zukunft"),
])
def test_bad_repair_input_is_refused_in_german(backend: Backend, volunteer: Actor,
                                               changes: dict[str, object],
                                               message: str) -> None:
    """Each kind of bad input gets its German message and writes nothing."""
    code = _toaster(backend, volunteer)
    fields: dict[str, object] = {"code": code, "problem": "Defekt", "repair_status": "Fixed"}
    fields.update(changes)
    with pytest.raises(ValidationError, match=message):
        backend.call(volunteer, repairs.record_repair, RepairInput(**fields))  # type: ignore[arg-type]
    with backend.db.read() as s:
        assert s.scalars(select(RepairRecord)).first() is None
    assert _events(backend, "repair.recorded") == []


def test_cashier_may_not_record_repairs(backend: Backend, volunteer: Actor,
                                        cashier: Actor) -> None:
    """Recording a repair needs the intake permission, like the other workshop actions."""
    code = _toaster(backend, volunteer)
    with pytest.raises(PermissionDenied):
        backend.call(cashier, repairs.record_repair, RepairInput(
            code=code, problem="Defekt", repair_status="Fixed"))
    with pytest.raises(PermissionDenied):
        backend.call(cashier, repairs.record_hours, 60, "Sortieren")


def test_hours_are_logged_with_their_event(backend: Backend, volunteer: Actor) -> None:
    """Two hours of sorting by vera are one row and one volunteer_hours.recorded event."""
    backend.call(volunteer, repairs.record_hours, "120", " Sortieren ")
    with backend.db.read() as s:
        [row] = s.scalars(select(VolunteerHours))
    assert (row.volunteer_name, row.minutes, row.activity) == ("vera", 120, "Sortieren")
    [raw] = _events(backend, "volunteer_hours.recorded")
    payload = parse("volunteer_hours.recorded", raw)
    assert isinstance(payload, VolunteerHoursPayload) and payload.minutes == 120


@pytest.mark.parametrize(("minutes", "activity", "volunteer_name", "message"), [
    ("0", "Sortieren", None, "mindestens 1"),
    ("-3", "Sortieren", None, "nicht negativ"),
    ("60", "  ", None, "was gemacht wurde"),
    ("60", "Sortieren", "niemand", "Unbekannte Person „niemand“"),
])
def test_bad_hours_are_refused(backend: Backend, volunteer: Actor, minutes: str,
                               activity: str, volunteer_name: str | None,
                               message: str) -> None:
    """Zero or negative minutes, no activity or an unknown person: German refusal."""
    with pytest.raises(ValidationError, match=message):
        backend.call(volunteer, repairs.record_hours, minutes, activity,
                     volunteer=volunteer_name)
    with backend.db.read() as s:
        assert s.scalars(select(VolunteerHours)).first() is None


def test_records_are_append_only(backend: Backend, volunteer: Actor) -> None:
    """The database refuses to change or delete a stored repair or hours entry."""
    code = _toaster(backend, volunteer)
    backend.call(volunteer, repairs.record_repair, RepairInput(
        code=code, problem="Defekt", repair_status="Repairable"))
    backend.call(volunteer, repairs.record_hours, 30, "Annahme")
    con = sqlite3.connect(backend.db.engine.url.database or "")
    try:
        for sql in ("UPDATE repair_record SET minutes = 1", "DELETE FROM repair_record",
                    "UPDATE volunteer_hours SET minutes = 1", "DELETE FROM volunteer_hours"):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                con.execute(sql)
    finally:
        con.close()


def test_refusal_reads_in_english(backend: Backend, volunteer: Actor) -> None:
    """With English chosen, the missing-barrier refusal is English."""
    from app import i18n

    code = _toaster(backend, volunteer)
    i18n.set_language("en")
    try:
        with pytest.raises(ValidationError, match="please say what prevented the repair"):
            backend.call(volunteer, repairs.record_repair, RepairInput(
                code=code, problem="Defekt", repair_status="End of life"))
    finally:
        i18n.set_language("de")
