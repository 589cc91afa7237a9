"""Store master data: validated, kept as dated revisions, and required for live signing."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.errors import PermissionDenied, ValidationError
from app.services.fiscal import master_data, mode
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from tests.conftest import Clock

FULL = {"name": "Upcycling-Kaufhaus Arnsberg gGmbH", "street": "Lange Wende 16",
        "postcode": "59755", "city": "Arnsberg", "country": "DE",
        "tax_number": "332/5751/0001"}


@pytest.mark.parametrize(("field", "value", "words"), [
    ("postcode", "5975", "5 Ziffern"),
    ("postcode", "59755a", "5 Ziffern"),
    ("vat_id", "DE12345678", "DE und 9 Ziffern"),
    ("vat_id", "DE1234567890", "DE und 9 Ziffern"),
    ("tax_number", "123/456", "10 bis 13 Ziffern"),
    ("tax_number", "12345678901234", "10 bis 13 Ziffern"),
    ("tax_number", "332-5751-0001", "10 bis 13 Ziffern"),
    ("country", "Narnia", "Ländercode"),
])
def test_bad_values_are_refused_in_german(backend: Backend, manager: Actor, field: str,
                                         value: str, words: str) -> None:
    """Each malformed field gets one German sentence naming the rule; nothing is stored."""
    with pytest.raises(ValidationError, match=words):
        backend.call(manager, master_data.update, **{field: value})
    with backend.read() as ctx:
        assert len(master_data.history(ctx)) == 1


@pytest.mark.parametrize(("field", "value", "stored"), [
    ("vat_id", "de 123 456 789", "DE123456789"),
    ("tax_number", "33257510001", "33257510001"),
    ("tax_number", "5133081508159", "5133081508159"),
    ("country", "at", "AUT"),
])
def test_good_values_are_normalised(backend: Backend, manager: Actor, field: str,
                                    value: str, stored: str) -> None:
    """Spaces and case are tidied; the country becomes its ISO alpha-3 code."""
    data = backend.call(manager, master_data.update, **{field: value})
    assert getattr(data, field) == stored


def test_a_change_is_a_new_revision_and_old_moments_keep_old_data(
        backend: Backend, manager: Actor, clock: Clock) -> None:
    """An export of last month uses what was valid then, not today's address."""
    backend.call(manager, master_data.update, **FULL)
    before = clock.now
    clock.advance(days=30)
    backend.call(manager, master_data.update, street="Neue Straße 1")
    with backend.read() as ctx:
        assert master_data.valid_at(ctx, before).street == "Lange Wende 16"
        assert master_data.valid_at(ctx, clock.now).street == "Neue Straße 1"
        assert master_data.current(ctx).street == "Neue Straße 1"
        assert [d.street for d in master_data.history(ctx)] == ["", "Lange Wende 16",
                                                                 "Neue Straße 1"]
    backend.forget_station()  # the backend caches the head; the settings page does this too
    assert backend.station is not None
    assert backend.station.store_name == FULL["name"]


def test_revisions_cannot_be_rewritten(backend: Backend, manager: Actor) -> None:
    """The database refuses UPDATE and DELETE on the master-data history."""
    backend.call(manager, master_data.update, **FULL)
    for sql in ("UPDATE store_master_data SET street = 'x'", "DELETE FROM store_master_data"):
        with pytest.raises(Exception, match="append-only"), backend.db.write() as session:
            session.execute(text(sql))


def test_cashier_may_not_change_master_data(backend: Backend, cashier: Actor) -> None:
    with pytest.raises(PermissionDenied):
        backend.call(cashier, master_data.update, street="Irgendwo 1")


def test_missing_fields_names_each_gap(backend: Backend, manager: Actor) -> None:
    """A fresh till lacks address and tax number; one of tax number or VAT id suffices."""
    with backend.read() as ctx:
        assert master_data.missing_fields(ctx) == [
            "Straße und Hausnummer", "Postleitzahl", "Ort", "Steuernummer oder USt-IdNr."]
    backend.call(manager, master_data.update, **{**FULL, "tax_number": ""},
                 vat_id="DE123456789")
    with backend.read() as ctx:
        assert master_data.missing_fields(ctx) == []


def test_live_signing_is_refused_until_master_data_is_complete(
        backend: Backend, manager: Actor) -> None:
    """The switch to live names the missing fields; with them filled in it goes through."""
    with backend.read() as ctx:
        assert mode.current_mode(ctx) == "training"
    with pytest.raises(ValidationError, match="Postleitzahl, Ort, Steuernummer oder USt-IdNr"):
        backend.call(manager, mode.set_mode, "live")
    with backend.read() as ctx:
        assert mode.current_mode(ctx) == "training"
    backend.call(manager, master_data.update, **FULL)
    assert backend.call(manager, mode.set_mode, "live") == "live"
    with backend.read() as ctx:
        assert mode.is_live(ctx)
    backend.call(manager, mode.set_mode, "training")
    with backend.read() as ctx:
        assert mode.current_mode(ctx) == "training"


def test_changes_travel_through_the_outbox(backend: Backend, manager: Actor) -> None:
    """A master-data revision and the live switch are outbox events for the server."""
    backend.call(manager, master_data.update, **FULL)
    backend.call(manager, mode.set_mode, "live")
    with backend.read() as ctx:
        events = ctx.session.execute(text(
            "SELECT type, payload FROM outbox_event ORDER BY seq")).all()
    types = [t for t, _ in events]
    assert "store.master_data_changed" in types
    assert events[-1][0] == "setting.changed"
    assert '"fiscal.mode"' in events[-1][1] and '"live"' in events[-1][1]
