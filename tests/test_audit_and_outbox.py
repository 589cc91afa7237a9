"""The hash-chained audit log and the outbox written in the same transaction."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from app.cli import main
from app.config import Paths
from app.db.models import AuditEntry, Item, OutboxEvent
from app.errors import ValidationError
from app.services.intake import intake
from app.services.kernel import audit, outbox
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor


def _tamper(backend: Backend, sql: str) -> None:
    """Play an attacker with raw database access: drop the guard, then edit."""
    with backend.db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_entry_no_update")
        conn.exec_driver_sql("DROP TRIGGER audit_entry_no_delete")
        conn.exec_driver_sql(sql)


def test_chain_verifies(backend: Backend) -> None:
    """An untouched log verifies, entry by entry."""
    with backend.db.read() as session:
        result = audit.verify(session)
    assert result.ok and result.count > 5


def test_each_entry_covers_the_previous_hash(backend: Backend) -> None:
    """Every entry's prev_hash is the hash of the entry before it."""
    with backend.db.read() as session:
        rows = session.execute(select(AuditEntry.prev_hash, AuditEntry.hash)
                               .order_by(AuditEntry.id)).all()
    assert rows[0].prev_hash == audit.GENESIS
    assert all(rows[i].prev_hash == rows[i - 1].hash for i in range(1, len(rows)))


@pytest.mark.parametrize("sql", [
    "UPDATE audit_entry SET user_name = 'mallory' WHERE id = 3",
    "UPDATE audit_entry SET details = '{\"price_cents\":1}' WHERE id = 3",
    "DELETE FROM audit_entry WHERE id = 3",
])
def test_tampering_is_found_and_named(backend: Backend, paths: Paths, sql: str,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    """`kreislauf audit verify` fails on an edited or deleted row and names it."""
    _tamper(backend, sql)
    backend.close()
    code = main(["--data-dir", str(paths.data_dir), "audit", "verify"])
    err = capsys.readouterr().err
    assert code != 0
    assert "Eintrag 3 " in err or "Eintrag 4 " in err  # a deletion breaks at the next one
    assert "Protokoll verändert" in err


def test_verify_ok_exit_code(backend: Backend, paths: Paths,
                             capsys: pytest.CaptureFixture[str]) -> None:
    """An intact chain exits 0 with the count."""
    backend.close()
    assert main(["--data-dir", str(paths.data_dir), "audit", "verify"]) == 0
    assert "lückenlos" in capsys.readouterr().out


def test_outbox_sequence_is_gapless(backend: Backend, volunteer: Actor) -> None:
    """Each event gets the next sequence number of this station."""
    backend.call(volunteer, intake.take_in, intake.IntakeInput(category="Bücher", quantity=3))
    with backend.db.read() as session:
        seqs = list(session.scalars(select(OutboxEvent.seq).order_by(OutboxEvent.seq)))
    assert seqs == list(range(1, len(seqs) + 1))


def test_change_and_outbox_share_the_transaction(backend: Backend, volunteer: Actor) -> None:
    """If the transaction fails after the change, neither the item nor its event remain."""
    def take_in_then_fail(ctx, data):  # type: ignore[no-untyped-def]
        intake.take_in(ctx, data)
        raise ValidationError("abgebrochen")

    with backend.db.read() as session:
        events_before = session.scalar(select(func.count()).select_from(OutboxEvent))
    with pytest.raises(ValidationError):
        backend.call(volunteer, take_in_then_fail, intake.IntakeInput(category="Bücher"))
    with backend.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Item)) == 0
        assert session.scalar(select(func.count()).select_from(OutboxEvent)) == events_before


def test_pending_count(backend: Backend) -> None:
    """Unacknowledged events are counted for the status bar."""
    with backend.read() as ctx:
        pending = outbox.pending_count(ctx)
    with backend.db.read() as session:
        total = session.execute(text("SELECT count(*) FROM outbox_event")).scalar()
    assert pending == total > 0
