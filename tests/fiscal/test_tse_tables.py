"""The fiscal tables: a resolved TSE transaction, an outage, a device and the till's
registration are history."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.services.fiscal import till_registration
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor

INSERT_TX = (
    "INSERT INTO tse_transaction (uuid, station_id, process_type, process_data, bon_typ, "
    "tx_number, start_time, signature, tse_serial, client_id, sig_alg, time_format, "
    "public_key, state, error, recovered, created_at) VALUES (:uuid, 1, 'Kassenbeleg-V1', "
    "'', 'Beleg', :tx, '2026-11-26 09:00:00', '', '', 'K1', '', '', '', :state, :error, 0, "
    "'2026-11-26 09:00:00')"
)


def _insert(backend: Backend, uuid: str, state: str, tx: int | None = 1,
            error: str = "") -> None:
    with backend.db.write() as session:
        session.execute(text(INSERT_TX), {"uuid": uuid, "tx": tx, "state": state,
                                          "error": error})


def test_pending_transaction_may_be_finished_once(backend: Backend) -> None:
    """pending -> finished is allowed; the finished row then refuses every change."""
    _insert(backend, "a", "pending")
    with backend.db.write() as session:
        session.execute(text("UPDATE tse_transaction SET state = 'finished', "
                             "signature = 'c2ln', signature_counter = 2 WHERE uuid = 'a'"))
    with pytest.raises(Exception, match="append-only"), backend.db.write() as session:
        session.execute(text("UPDATE tse_transaction SET signature = 'b3RoZXI=' "
                             "WHERE uuid = 'a'"))
    with pytest.raises(Exception, match="append-only"), backend.db.write() as session:
        session.execute(text("DELETE FROM tse_transaction"))


def test_failed_transaction_is_never_signed_afterwards(backend: Backend) -> None:
    """failed -> finished is refused: nothing is signed after the fact."""
    _insert(backend, "f", "failed", tx=None, error="TSE nicht erreichbar")
    with pytest.raises(Exception, match="append-only"), backend.db.write() as session:
        session.execute(text("UPDATE tse_transaction SET state = 'finished' WHERE uuid = 'f'"))


def test_pending_transaction_keeps_its_number(backend: Backend) -> None:
    """While pending, the transaction number and start time cannot be rewritten."""
    _insert(backend, "p", "pending", tx=7)
    with pytest.raises(Exception, match="immutable"), backend.db.write() as session:
        session.execute(text("UPDATE tse_transaction SET tx_number = 8 WHERE uuid = 'p'"))


def test_outage_gets_its_end_once(backend: Backend) -> None:
    """An outage's end is set once; its start and reason never change."""
    with backend.db.write() as session:
        session.execute(text(
            "INSERT INTO tse_outage (station_id, started_at, reason, reported) "
            "VALUES (1, '2026-11-26 09:00:00', 'Zeitüberschreitung', 0)"))
        session.execute(text("UPDATE tse_outage SET ended_at = '2026-11-26 10:00:00'"))
    for statement in ("UPDATE tse_outage SET ended_at = '2026-11-26 11:00:00'",
                      "UPDATE tse_outage SET reason = 'x'", "DELETE FROM tse_outage"):
        with pytest.raises(Exception, match="append-only"), backend.db.write() as session:
            session.execute(text(statement))


INSERT_DEVICE = (
    "INSERT INTO tse_device (station_id, kind, serial, public_key, sig_alg, time_format, "
    "pd_encoding, certificate_id, certified, client_id, brand, model, commissioned_at) "
    "VALUES (1, 'software', 'ab12', 'cHVi', 'ecdsa-plain-SHA256', 'unixTime', 'UTF-8', "
    "'', 0, 'K1', 'Kreislauf', 'Software-TSE', '2026-11-26 09:00:00')"
)


def test_device_is_decommissioned_once_and_never_rewritten(backend: Backend) -> None:
    """A TSE device gets its decommissioning date once; serial, key and client stay."""
    with backend.db.write() as session:
        session.execute(text(INSERT_DEVICE))
        session.execute(text("UPDATE tse_device SET decommissioned_at = "
                             "'2026-11-27 09:00:00' WHERE serial = 'ab12'"))
    for statement in ("UPDATE tse_device SET decommissioned_at = '2026-11-28 09:00:00'",
                      "UPDATE tse_device SET serial = 'cd34'",
                      "UPDATE tse_device SET public_key = 'b3RoZXI='",
                      "UPDATE tse_device SET client_id = 'K2'",
                      "UPDATE tse_device SET commissioned_at = '2026-01-01 00:00:00'",
                      "DELETE FROM tse_device"):
        with pytest.raises(Exception, match="append-only"), backend.db.write() as session:
            session.execute(text(statement))


def test_till_registration_history_cannot_be_rewritten(backend: Backend,
                                                       manager: Actor) -> None:
    """The Kassenmeldung facts of the till are kept as revisions: no UPDATE, no DELETE."""
    backend.call(manager, till_registration.update, serial="KK-01", purchased_on="2026-03-01")
    for statement in ("UPDATE till_registration SET serial = 'KK-99'",
                      "DELETE FROM till_registration"):
        with pytest.raises(Exception, match="append-only"), backend.db.write() as session:
            session.execute(text(statement))
