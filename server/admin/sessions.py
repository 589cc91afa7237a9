"""Server-side sessions of the office page: a random opaque id in the cookie, its hash in
the database, an absolute lifetime and an idle timeout, a CSRF token bound to each."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete
from sqlalchemy.orm import Session

from server import security
from server.models import AdminSession
from server.settings import ServerSettings

COOKIE = "kreislauf_admin"
COOKIE_PATH = "/admin"


@dataclass(frozen=True)
class Login:
    """What a request learns from a valid session cookie."""

    user: str
    csrf_token: str
    expires_at: datetime


def start(session: Session, user: str, now: datetime,
          settings: ServerSettings) -> tuple[str, Login]:
    """A new session; returns the raw id for the cookie (never stored) and the login."""
    session.execute(delete(AdminSession).where(AdminSession.expires_at <= now))
    raw = secrets.token_urlsafe(32)
    row = AdminSession(id_hash=security.digest(raw), user=user,
                       csrf_token=secrets.token_urlsafe(32), created_at=now,
                       last_seen_at=now, expires_at=now + settings.session_lifetime)
    session.add(row)
    return raw, Login(user, row.csrf_token, row.expires_at)


def find(session: Session, raw: str | None, now: datetime,
         settings: ServerSettings) -> Login | None:
    """The login behind a cookie value, or None when unknown, expired or idle too long.
    A valid one counts as activity."""
    if not raw or len(raw) > 100:
        return None
    row = session.get(AdminSession, security.digest(raw))
    if row is None:
        return None
    if row.expires_at <= now or now - row.last_seen_at >= settings.idle_timeout:
        session.delete(row)
        return None
    row.last_seen_at = now
    return Login(row.user, row.csrf_token, row.expires_at)


def end(session: Session, raw: str | None) -> None:
    """Log out: the session row is gone, so the cookie is worthless even if kept."""
    if raw:
        session.execute(delete(AdminSession).where(
            AdminSession.id_hash == security.digest(raw)))


def end_all(session: Session) -> None:
    """After a password change nobody stays logged in with the old one."""
    session.execute(delete(AdminSession))
