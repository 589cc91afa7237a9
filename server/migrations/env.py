"""Alembic environment of the server: runs on the engine handed over by ``server.db``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

import server.central  # noqa: F401  (registers the central tables)
from server.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        url = config.get_main_option("sqlalchemy.url")
        engine = create_engine(url or "sqlite://")
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata,
                          render_as_batch=connection.dialect.name == "sqlite")
        with context.begin_transaction():
            if connection.dialect.name == "postgresql":
                # Two workers starting at once must not both create the tables.
                connection.exec_driver_sql("SELECT pg_advisory_xact_lock(804201)")
            context.run_migrations()
        connection.commit()


run()
