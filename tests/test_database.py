"""The database: pragmas, migrations, upgrade keeps data, append-only guards."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from app.config import Paths
from app.db import migrate
from app.db.engine import Database
from app.db.models import Base
from app.errors import DatabaseError
from app.services.kernel.backend import Backend, open_backend
from app.services.kernel.context import SYSTEM, Ctx


def test_pragmas_on_a_real_file(backend: Backend) -> None:
    """WAL, synchronous=FULL, foreign keys and a busy timeout are set on every connection."""
    with backend.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def _synchronous(ctx: Ctx) -> int:
    return int(ctx.session.execute(text("PRAGMA synchronous")).scalar_one())


def _leave_pending(ctx: Ctx) -> None:
    ctx.session.execute(text("INSERT INTO setting (key, value, updated_at) "
                             "VALUES ('relaxed-test', '1', '2026-01-01')"))
    ctx.tse_pending.append("some-uuid")


def test_relaxed_write_skips_its_own_fsync_and_the_next_write_is_full(
        backend: Backend) -> None:
    """A relaxed write commits with synchronous=NORMAL; every ordinary write after it on
    the same pooled connection is FULL again (and makes the relaxed one durable)."""
    assert backend.call(SYSTEM, _synchronous) == 2
    assert backend.call_relaxed(SYSTEM, _synchronous) == 1  # NORMAL
    assert backend.call(SYSTEM, _synchronous) == 2  # FULL
    assert backend.query(SYSTEM, _synchronous) == 2


def test_a_relaxed_write_may_leave_nothing_to_sign(backend: Backend) -> None:
    """Signing must follow a durable commit, so a relaxed write that would leave a TSE
    record to sign is refused and rolled back."""
    with pytest.raises(RuntimeError, match="relaxed"):
        backend.call_relaxed(SYSTEM, _leave_pending)
    assert backend.query(SYSTEM, lambda ctx: ctx.session.execute(
        text("SELECT count(*) FROM setting WHERE key = 'relaxed-test'")).scalar_one()) == 0


def test_foreign_keys_are_enforced(backend: Backend) -> None:
    """An item pointing at a missing category is refused by SQLite itself."""
    with pytest.raises(Exception, match="FOREIGN KEY"), backend.db.write() as session:
        session.execute(text(
            "INSERT INTO item (code, category_id, station_id, description, condition, "
            "price_cents, weight_g, status, electrical, donor_note, location, received_at, "
            "status_changed_at) VALUES ('2001000000017', 999, 1, 'x', 'gut', 100, 0, "
            "'received', 0, '', '', '2026-01-01', '2026-01-01')"))


def test_models_match_migrations(tmp_path: Path) -> None:
    """Alembic's head schema is exactly what the models declare (no drift)."""
    db = Database(f"sqlite:///{tmp_path}/m.sqlite3")
    migrate.upgrade(db.engine)
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    db.dispose()
    assert diff == []


def test_upgrade_from_previous_revision_keeps_rows(tmp_path: Path) -> None:
    """A database at revision N-1 with rows is upgraded in place and keeps every row."""
    db = Database(f"sqlite:///{tmp_path}/old.sqlite3")
    script_heads = migrate.head_revision()
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(migrate.MIGRATIONS))
    previous = script.get_revision(script_heads).down_revision
    assert isinstance(previous, str)
    migrate.upgrade(db.engine, previous)
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO store (name, street, postcode, city, tax_number, vat_id, "
                          "created_at) VALUES ('Alt', '', '', '', '', '', '2026-01-01')"))
        conn.execute(text("INSERT INTO station (store_id, number, name, is_local, "
                          "last_item_serial, created_at) VALUES (1, 7, 'S7', 1, 41, '2026-01-01')"))
    migrate.upgrade(db.engine)
    assert migrate.current_revision(db.engine) == script_heads
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM store")).scalar() == "Alt"
        assert conn.execute(text("SELECT last_item_serial FROM station")).scalar() == 41
    db.dispose()


def test_database_from_newer_version_is_refused(paths: Paths, backend: Backend) -> None:
    """A schema revision this version does not know gives a German error, data untouched."""
    with backend.db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    backend.close()
    with pytest.raises(DatabaseError, match="neueren Version"):
        open_backend(paths)
    con = sqlite3.connect(paths.db_file)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9999_future"
    assert con.execute("SELECT count(*) FROM user").fetchone()[0] == 4
    con.close()


@pytest.mark.parametrize("statement", [
    "UPDATE audit_entry SET action = 'x'",
    "DELETE FROM audit_entry",
    "UPDATE outbox_event SET payload = '{}'",
    "DELETE FROM outbox_event",
])
def test_append_only_tables_refuse_changes(backend: Backend, statement: str) -> None:
    """History cannot be rewritten through SQL: the triggers abort the statement."""
    with pytest.raises(Exception, match=r"append-only|immutable"), backend.db.write() as session:
        session.execute(text(statement))


def test_outbox_delivery_columns_may_change(backend: Backend) -> None:
    """Marking an event acknowledged is allowed (only the delivery columns)."""
    with backend.db.write() as session:
        session.execute(text("UPDATE outbox_event SET acked_at = '2026-11-26', attempts = 1"))
    with backend.db.read() as session:
        assert session.execute(text(
            "SELECT count(*) FROM outbox_event WHERE acked_at IS NULL")).scalar() == 0


def test_head_constant_matches_migrations() -> None:
    """migrate.HEAD (the fast start-up check) names the newest migration script."""
    assert migrate.head_revision() == migrate.HEAD


def test_up_to_date_start_does_not_load_alembic(paths: Paths, backend: Backend) -> None:
    """Opening a current database needs no Alembic import (start-up time)."""
    import subprocess
    import sys
    backend.close()
    code = ("import sys\nfrom pathlib import Path\nfrom app.config import Paths\n"
            "from app.services.kernel.backend import open_backend\n"
            f"b = open_backend(Paths(Path({str(paths.data_dir)!r})))\n"
            "print('alembic' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
