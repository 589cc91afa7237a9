"""The facade the UI and the CLI hold: one database, the local station, a clock.

``Backend.call(actor, fn, ...)`` runs a service function in one write transaction and
commits once; ``Backend.query`` does the same read-only. Nothing here is global: the app
builds one ``Backend`` at start-up and hands it to whoever needs it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Concatenate, ParamSpec, Protocol, TypeVar

from sqlalchemy import select

from app import messages, private_files
from app.config import Paths, permission_warnings
from app.config import backup_folder as configured_backup_folder
from app.db import migrate
from app.db.engine import Database
from app.db.models import Station, Store, SyncState
from app.errors import AuthError, DatabaseError
from app.services.impact import factors as impact_factors
from app.services.kernel.clock import Clock, utc_now
from app.services.kernel.context import SYSTEM, Actor, Ctx, StationInfo
from app.services.maintenance import backups, integrity
from app.services.sync.token_store import (
    MemoryTokenStore,
    TokenStore,
    move_out_of_database,
    token_store,
)
from app.services.users import accounts as users

log = logging.getLogger(__name__)
P = ParamSpec("P")
T = TypeVar("T")


class AfterCommit(Protocol):
    """Work that may only happen once a transaction is on disk (signing at the TSE)."""

    def __call__(self, backend: Backend, tse_pending: list[str], /) -> None: ...


class Backend:
    """Entry point to all services for one till database."""

    def __init__(self, db: Database, clock: Clock = utc_now,
                 tokens: TokenStore | None = None) -> None:
        self.db = db
        self.clock = clock
        # The station's sync token: keyring or a 0600 file, never the database.
        self.tokens: TokenStore = tokens if tokens is not None else MemoryTokenStore()
        self._station: StationInfo | None = None
        # Set by the wiring when the till signs (``fiscal.signing_flow.Signer``): the TSE
        # transactions a committed write left pending are signed right after the commit.
        self.after_commit: AfterCommit | None = None
        # Facts of committed pending TSE rows (``Ctx.tse_facts``), taken by the signer.
        self.pending_facts: dict[str, tuple[bool, str, str, str]] = {}
        # German warnings found at start (files open to other users); shown by the edges.
        self.start_warnings: list[str] = []

    @property
    def station(self) -> StationInfo | None:
        if self._station is None:
            with self.db.read() as session:
                row = session.execute(
                    select(Station.id, Station.number, Station.store_id, Store.name,
                           Station.demo)
                    .join(Store, Store.id == Station.store_id)
                    .where(Station.is_local.is_(True))
                ).first()
            if row is not None:
                self._station = StationInfo(row[0], row[1], row[2], row[3], bool(row[4]))
        return self._station

    def forget_station(self) -> None:
        self._station = None

    @contextmanager
    def write(self, actor: Actor = SYSTEM, *, relaxed: bool = False) -> Iterator[Ctx]:
        with self.db.write(relaxed=relaxed) as session:
            ctx = Ctx(session, actor, self.station, self.clock)
            yield ctx
            # Signing needs its record on disk first, so a relaxed write may leave none.
            if relaxed and ctx.tse_pending:
                raise RuntimeError("a relaxed write may not leave records to sign")
        # Committed (and fsync'd, unless relaxed) by now: only then may the TSE sign what
        # was recorded.
        if ctx.tse_pending and self.after_commit is not None:
            self.pending_facts.update(ctx.tse_facts)  # only what was committed
            try:
                self.after_commit(self, ctx.tse_pending)
            finally:  # a hook that signed nothing leaves nothing behind
                for tx_id in ctx.tse_pending:
                    self.pending_facts.pop(tx_id, None)

    @contextmanager
    def read(self, actor: Actor = SYSTEM) -> Iterator[Ctx]:
        with self.db.read() as session:
            yield Ctx(session, actor, self.station, self.clock)

    def call(self, actor: Actor, fn: Callable[Concatenate[Ctx, P], T],
             *args: P.args, **kwargs: P.kwargs) -> T:
        """Run ``fn(ctx, ...)`` in one write transaction, committed when it returns."""
        with self.write(actor) as ctx:
            return fn(ctx, *args, **kwargs)

    def call_relaxed(self, actor: Actor, fn: Callable[Concatenate[Ctx, P], T],
                     *args: P.args, **kwargs: P.kwargs) -> T:
        """Like ``call``, but committed without an fsync of its own (``Database.write``).

        Only for records that start-up recovery rebuilds when a power cut loses them;
        the next ordinary commit makes them durable.
        """
        with self.write(actor, relaxed=True) as ctx:
            return fn(ctx, *args, **kwargs)

    def query(self, actor: Actor, fn: Callable[Concatenate[Ctx, P], T],
              *args: P.args, **kwargs: P.kwargs) -> T:
        """Run ``fn(ctx, ...)`` read-only."""
        with self.read(actor) as ctx:
            return fn(ctx, *args, **kwargs)

    def login(self, name: str, pin: str) -> users.LoginOutcome:
        """Check a PIN; the failed-attempt counter is committed even when login fails."""
        outcome = self.call(SYSTEM, users.login, name, pin)
        if outcome.actor is None:
            raise AuthError(outcome.message)
        return outcome

    def close(self) -> None:
        self.db.dispose()


def open_backend(paths: Paths, *, must_exist: bool = True,
                 clock: Clock = utc_now, backup_folder: Path | None = None,
                 full_check: bool = False) -> Backend:
    """Open (and migrate) the till database in ``paths``, after SQLite's quick_check (or
    the full integrity_check with ``full_check``, for commands that read the record); a
    damaged database is refused with the backup to restore (from ``backup_folder``, else
    the configured one). The file is read through once, not once per check."""
    if must_exist and not paths.db_file.exists():
        raise DatabaseError(messages.NOT_INITIALISED.format(path=paths.data_dir))
    paths.ensure()
    check_database(paths, backup_folder, full=full_check)
    # SQLite would create the file with the umask's mode (usually 0644); its -wal and -shm
    # copy the database file's mode, so creating it 0600 here keeps all three private.
    private_files.create_file(paths.db_file)
    db = Database(paths.db_url)
    try:
        migrate.upgrade(db.engine)
    except DatabaseError:
        db.dispose()
        raise
    except Exception as exc:
        db.dispose()
        raise DatabaseError(
            messages.DATABASE_BROKEN.format(path=paths.db_file, reason=type(exc).__name__)
        ) from exc
    backend = Backend(db, clock, tokens=token_store(paths.data_dir))
    if must_exist and backend.station is None:
        backend.close()
        raise DatabaseError(messages.NOT_INITIALISED.format(path=paths.data_dir))
    # A new version of the shipped climate factors becomes the current set (issue #16).
    with db.write() as session:
        impact_factors.ensure_shipped(session, clock())
    with db.read() as session:
        legacy_token = bool(session.scalar(select(SyncState.token).where(SyncState.id == 1)))
    if legacy_token:
        with db.write() as session:
            move_out_of_database(session, backend.tokens)
    backend.start_warnings = permission_warnings(paths)
    for warning in backend.start_warnings:
        log.warning("%s", warning)
    return backend


def check_database(paths: Paths, backup_folder: Path | None = None, *, full: bool) -> None:
    """SQLite's quick_check (``full``: integrity_check) on the till database, when there
    is one; a German ``DatabaseError`` naming the newest backup when it fails."""
    if not paths.db_file.exists() or paths.db_file.stat().st_size == 0:
        return
    findings = integrity.check_file(paths.db_file, full=full)
    if not findings:
        return
    folder = backup_folder or configured_backup_folder(paths)
    integrity.ensure_intact(paths.db_file, folder, lambda: _newest_for(paths, folder),
                            full=full, findings=findings)


def _newest_for(paths: Paths, folder: Path) -> Path | None:
    """The newest backup of this station (read best-effort from the damaged file), or
    the newest in the folder when the station row cannot be read any more."""
    try:
        identity, _ = backups.read_identity(paths.db_file)
    except Exception:  # a damaged file may fail in any way; the folder still answers
        identity = None
    number = identity.number if identity is not None else None
    return backups.newest_backup(folder, number) or backups.newest_backup(folder)
