"""The TSE tables: a resolved TSE transaction, an outage and a device are history."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.services.kernel.backend import Backend

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
