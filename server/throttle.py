"""Locking out a client or an account after repeated failures, before any costly check.

Each try is charged *before* the password (a 64 MiB argon2 check) or the code is looked
at, in its own committed transaction, and refunded on success. So sixty tries sent at
once cost at most ``max_failures`` argon2 checks: the rest find the key locked. The
state lives in the database with row locks, so it holds across server processes.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from server.models import AuthThrottle
from server.settings import Throttle

log = logging.getLogger(__name__)
_FORGET_AFTER = timedelta(days=1)


class Locked(Exception):
    """A key is locked; ``retry_after`` is whole seconds until it opens."""

    def __init__(self, key: str, until: datetime, now: datetime) -> None:
        self.key = key
        self.until = until
        self.retry_after = max(1, math.ceil((until - now).total_seconds()))
        super().__init__(f"{key} locked for {self.retry_after} s")

    @property
    def minutes(self) -> int:
        """The wait in whole minutes, rounded up, for the German message."""
        return -(-self.retry_after // 60)


def charge(session: Session, keys: Iterable[str], policy: Throttle, now: datetime) -> None:
    """Count one try against every key, or raise ``Locked`` (counting nothing) when any
    of them is locked now."""
    wanted = sorted(set(keys))
    _ensure_rows(session, wanted)
    rows = list(session.scalars(select(AuthThrottle).where(AuthThrottle.key.in_(wanted))
                                .order_by(AuthThrottle.key).with_for_update()))
    for row in rows:
        if row.locked_until is not None and row.locked_until > now:
            log.warning("refused while locked: %s until %s", row.key, row.locked_until)
            raise Locked(row.key, row.locked_until, now)
    for row in rows:
        quiet_since = max(d for d in (row.last_failure_at, row.locked_until, now - _FORGET_AFTER)
                          if d is not None)
        if now - quiet_since > policy.window:
            row.failures = 0
        row.failures += 1
        row.last_failure_at = now
        if row.failures >= policy.max_failures:
            steps = min(row.failures - policy.max_failures, 20)
            row.locked_until = now + min(policy.base_lock * 2 ** steps, policy.max_lock)
            log.warning("locked %s after %d failures until %s", row.key, row.failures,
                        row.locked_until)
    _forget_old(session, wanted, now)


def clear(session: Session, keys: Iterable[str]) -> None:
    """The try succeeded: forget the failures of these keys."""
    session.execute(delete(AuthThrottle).where(AuthThrottle.key.in_(sorted(set(keys)))))


def _forget_old(session: Session, keep: list[str], now: datetime) -> None:
    """Drop keys quiet for a day, so scanning from many addresses does not grow the
    table; rows another request holds are skipped (two requests pruning each other's
    rows would deadlock on PostgreSQL)."""
    old = (select(AuthThrottle.key)
           .where(AuthThrottle.last_failure_at < now - _FORGET_AFTER,
                  AuthThrottle.key.not_in(keep))
           .with_for_update(skip_locked=True))
    session.execute(delete(AuthThrottle).where(AuthThrottle.key.in_(old)))


def _ensure_rows(session: Session, keys: list[str]) -> None:
    """Insert the missing rows without racing another process that inserts them too."""
    if not keys:
        return
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(insert(AuthThrottle).values([{"key": k, "failures": 0} for k in keys])
                    .on_conflict_do_nothing(index_elements=["key"]))
