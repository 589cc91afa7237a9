"""The first-run set-up service: checks every answer, creates the till in one go."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from app import messages as app_msg
from app.config import LocalSettings, Paths
from app.db.models import OutboxEvent, User
from app.errors import ValidationError
from app.services.fiscal import master_data
from app.services.fiscal.master_data import MasterData
from app.services.kernel.backend import open_backend
from app.services.kernel.context import SYSTEM
from app.services.kernel.messages import ROLE_LABELS
from app.services.onboarding import first_run, setup_flow
from app.services.onboarding import messages as msg
from app.sync_schema.enums import EventType, Role
from tests.helpers.clock import Clock

STORE = MasterData("Kreislauf Kaufhaus", "Hauptstraße 5", "10115", "Berlin", "DEU",
                   "", "DE123456789")
ANSWERS = first_run.Answers(
    store=STORE, station="3", admin_name="Ruth", pin="482916", pin_repeat="482916",
    machine={"printer.kind": "escpos", "printer.url": "/dev/ttyUSB0",
             "scanner.kind": "serial", "scanner.url": "/dev/ttyACM0", "tse.kind": "fiskaly",
             "tse.fiskaly_api_key": "key", "tse.fiskaly_api_secret": "secret",
             "tse.fiskaly_tss_id": "tss", "tse.fiskaly_client_id": "client"},
    server_url="https://zentrale.example/", register_code="")


def test_created_till_has_what_was_answered(paths: Paths, clock: Clock) -> None:
    """Master data, station, admin with the PIN (no default admin), events for the
    server and the machine settings (real devices, fiskaly, server address) are stored."""
    paths.ensure()
    settings = LocalSettings()
    result = setup_flow.create_till(paths, settings, ANSWERS, clock)
    assert (result.created, result.station_number, result.admin_created) == (True, 3, True)
    backend = open_backend(paths, clock=clock)
    try:
        data = backend.query(SYSTEM, master_data.current)
        assert (data.name, data.street, data.postcode, data.city, data.vat_id) == (
            "Kreislauf Kaufhaus", "Hauptstraße 5", "10115", "Berlin", "DE123456789")
        assert backend.login("ruth", "482916").actor is not None
        with backend.read() as ctx:
            assert ctx.session.scalars(select(User.name)).all() == ["ruth"]
            kinds = ctx.session.scalars(select(OutboxEvent.type)).all()
        assert {EventType.STATION_INITIALISED, EventType.USER_UPSERTED,
                EventType.STORE_MASTER_DATA_CHANGED} <= set(kinds)
    finally:
        backend.close()
    saved = LocalSettings()
    assert [saved.get(k) for k in ("printer.kind", "printer.url", "scanner.kind",
                                   "tse.kind", "tse.fiskaly_tss_id", "sync.server_url")] == [
        "escpos", "/dev/ttyUSB0", "serial", "fiskaly", "tss", "https://zentrale.example"]
    assert not (paths.data_dir / setup_flow.STAGING).exists()


@pytest.mark.parametrize(("changes", "key", "message"), [
    ({"store": replace(STORE, name=" ")}, "name", msg.NAME_REQUIRED),
    ({"store": replace(STORE, vat_id="")}, "tax_number", msg.TAX_REQUIRED),
    ({"station": "100"}, "station", app_msg.STATION_RANGE.format(value="100")),
    ({"pin": "1234", "pin_repeat": "1234"}, "pin",
     app_msg.PIN_LEAD_LENGTH.format(role=ROLE_LABELS[Role.ADMIN], digits=6)),
    ({"pin_repeat": "482917"}, "pin_repeat", msg.PINS_DIFFER),
    ({"machine": {**ANSWERS.machine, "printer.url": ""}}, "printer.url",
     msg.PORT_REQUIRED),
    ({"machine": {**ANSWERS.machine, "tse.fiskaly_tss_id": ""}}, "tse.fiskaly_tss_id",
     msg.FISKALY_REQUIRED.format(label="TSS-ID")),
    ({"register_code": "ABCD-EFGH-JKLM", "server_url": ""}, "server_url", msg.SYNC_URL_MISSING),
])
def test_wrong_answer_is_named_and_nothing_is_created(
        paths: Paths, clock: Clock, changes: dict[str, object], key: str,
        message: str) -> None:
    """The wrong field gets its German message; no database and no settings file."""
    paths.ensure()
    answers = replace(ANSWERS, **changes)  # type: ignore[arg-type]
    assert first_run.all_errors(answers)[key] == message
    settings = LocalSettings()
    with pytest.raises(ValidationError):
        setup_flow.create_till(paths, settings, answers, clock)
    assert not paths.db_file.exists()
    assert not settings.path.exists()


def test_failed_creation_leaves_no_database(paths: Paths, clock: Clock) -> None:
    """When the staging folder cannot be made the set-up fails in German, no file left."""
    paths.ensure()
    (paths.data_dir / setup_flow.STAGING).write_text("im Weg")
    with pytest.raises(ValidationError):
        setup_flow.create_till(paths, LocalSettings(), ANSWERS, clock)
    assert list(paths.data_dir.glob("*.sqlite3*")) == []


def test_existing_till_is_not_set_up_again(paths: Paths, clock: Clock) -> None:
    """A second set-up in the same data directory is refused and changes nothing."""
    paths.ensure()
    setup_flow.create_till(paths, LocalSettings(), ANSWERS, clock)
    before = paths.db_file.read_bytes()
    with pytest.raises(ValidationError) as refused:
        setup_flow.create_till(paths, LocalSettings(), replace(ANSWERS, station="4"), clock)
    assert str(refused.value) == msg.ALREADY_SET_UP.format(path=paths.data_dir)
    assert paths.db_file.read_bytes() == before
