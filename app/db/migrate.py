"""Apply the Alembic migrations that ship inside the package.

A till starts many times a day on an up-to-date database, so the common case is
answered with one SELECT against ``alembic_version`` and Alembic itself (about 60 ms of
imports) is only loaded when there is something to migrate. ``HEAD`` names the newest
revision; a test checks it against the migration scripts.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect

from app import messages
from app.errors import DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

HEAD = "0012_delivery_orders"
MIGRATIONS = Path(__file__).with_name("migrations")
log = logging.getLogger(__name__)


def alembic_config(engine: Engine, scripts: Path = MIGRATIONS) -> Config:
    """An Alembic config without an ini file: the ``scripts`` folder, run on ``engine``.

    The till's and the server's ``env.py`` both take the engine from
    ``config.attributes["engine"]``; the server passes its own migrations folder.
    """
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(scripts))
    cfg.attributes["engine"] = engine
    return cfg


def current_revision(engine: Engine) -> str | None:
    """The revision the database is stamped with (None for an empty database)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        value = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        return None if value is None else str(value)


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    assert head is not None
    return head


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema up to ``revision``; refuse a database from a newer version."""
    current = current_revision(engine)
    if revision == "head" and current == HEAD:
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS))
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:  # alembic raises several kinds for an unknown id
            raise DatabaseError(messages.SCHEMA_TOO_NEW.format(revision=current)) from exc
    log.info("migrating database from %s to %s", current, revision)
    command.upgrade(alembic_config(engine), revision)
