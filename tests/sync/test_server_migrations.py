"""The server's Alembic head is exactly what its models declare, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

import server.central  # noqa: F401  (registers the central tables)
from server.db import open_database
from server.models import Base


def test_server_models_match_migrations(server_url_db: str) -> None:
    """No drift between server/models.py + central.py and server/migrations."""
    db = open_database(server_url_db)
    try:
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        db.dispose()
    assert diff == []


def test_migrating_twice_is_harmless(sqlite_server_db: str) -> None:
    """Opening an up-to-date server database changes nothing (the counter row stays one)."""
    open_database(sqlite_server_db).dispose()
    db = open_database(sqlite_server_db)
    try:
        with db.engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT id, value FROM change_counter").all()
    finally:
        db.dispose()
    assert [tuple(r) for r in rows] == [(1, 0)]


def test_server_and_till_share_one_alembic_config(tmp_path: Path) -> None:
    """The server builds its Alembic config with the till's helper, pointed at its own scripts."""
    from sqlalchemy import create_engine

    import server.db
    from app.db import migrate

    assert server.db.alembic_config is migrate.alembic_config  # defined once
    engine = create_engine(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    cfg = migrate.alembic_config(engine, server.db.MIGRATIONS)
    assert cfg.get_main_option("script_location") == str(server.db.MIGRATIONS)
    assert cfg.attributes["engine"] is engine
    assert migrate.alembic_config(engine).get_main_option("script_location") == str(
        migrate.MIGRATIONS)
    engine.dispose()
