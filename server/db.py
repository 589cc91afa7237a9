"""Opening the server database and applying the server's own Alembic migrations."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import platformdirs
from alembic import command
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from app.db.engine import Database
from app.db.migrate import alembic_config

ENV_DB = "KREISLAUF_SERVER_DB"
MIGRATIONS = Path(__file__).with_name("migrations")


def default_url() -> str:
    """``KREISLAUF_SERVER_DB`` or a SQLite file in the platform's user data directory."""
    env = os.environ.get(ENV_DB)
    if env:
        return env
    folder = Path(platformdirs.user_data_dir("kreislauf-server"))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'server.sqlite3'}"


def normalise_url(url: str) -> str:
    """Accept plain ``postgresql://`` URLs and use psycopg 3 for them."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def open_database(url: str, *, migrate: bool = True) -> Database:
    """The engine and session factories; the schema brought to the newest revision."""
    url = normalise_url(url)
    kwargs: dict[str, Any] = {}
    if not url.startswith("sqlite"):
        # psycopg prepares a statement after five runs; PostgreSQL's generic plan for
        # "seq IN (...)" was made when the tables were empty and turns into a full scan
        # as they grow (pushes got 3x slower within a minute). Always plan for the
        # actual values instead.
        kwargs = {"pool_size": 8, "pool_pre_ping": True,
                  "connect_args": {"options": "-c plan_cache_mode=force_custom_plan"}}
    db = Database(url, **kwargs)
    if migrate:
        upgrade(db.engine)
    return db


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> None:
    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    if current_revision(engine) != head:
        command.upgrade(alembic_config(engine, MIGRATIONS), "head")
