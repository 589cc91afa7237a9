"""Server settings that protect the office page and the registration: declared once, with
type, default and a German description, read from the environment (so every uvicorn
worker process reads the same values; ``kreislauf-server`` options set them)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import timedelta
from typing import Literal

from app.sync_schema import MAX_PUSH_BYTES, limits
from server.errors import AdminError

CookieSecure = Literal["auto", "always", "never"]
COOKIE_SECURE_CHOICES: tuple[CookieSecure, ...] = ("auto", "always", "never")


@dataclass(frozen=True)
class Setting:
    env: str
    description: str


SETTINGS: dict[str, Setting] = {
    "cookie_secure": Setting(
        "KREISLAUF_ADMIN_COOKIE_SECURE",
        "Anmelde-Cookie nur über HTTPS senden: auto (wenn die Anfrage über TLS kam oder ein "
        "vertrauter Proxy X-Forwarded-Proto: https meldet), always oder never"),
    "session_hours": Setting(
        "KREISLAUF_ADMIN_SESSION_HOURS", "Anmeldung an /admin gilt höchstens so viele Stunden"),
    "idle_minutes": Setting(
        "KREISLAUF_ADMIN_IDLE_MINUTES", "Abmeldung nach so vielen Minuten ohne Anfrage"),
    "code_ttl_hours": Setting(
        "KREISLAUF_CODE_TTL_HOURS", "Anmeldecodes für Kassen gelten so viele Stunden"),
}


@dataclass(frozen=True)
class Throttle:
    """After ``max_failures`` failures within ``window`` a key is locked for ``base_lock``,
    doubling with each further failure up to ``max_lock``."""

    max_failures: int
    window: timedelta
    base_lock: timedelta
    max_lock: timedelta


LOGIN_THROTTLE = Throttle(5, timedelta(minutes=15), timedelta(minutes=1), timedelta(hours=1))
# Registration codes have 60 random bits; the limit is against scanning, not guessing, and
# leaves room for a dozen tills set up from one office address at once.
REGISTER_THROTTLE = Throttle(10, timedelta(minutes=15), timedelta(minutes=1),
                             timedelta(hours=1))


@dataclass(frozen=True)
class ServerSettings:
    cookie_secure: CookieSecure = "auto"
    session_hours: int = 8
    idle_minutes: int = 30
    code_ttl_hours: int = 72
    login: Throttle = LOGIN_THROTTLE
    register: Throttle = REGISTER_THROTTLE
    # Request bodies above these are refused unread (``server.body_limit``).
    max_push_bytes: int = MAX_PUSH_BYTES
    max_request_bytes: int = limits.MAX_REQUEST_BYTES

    @property
    def session_lifetime(self) -> timedelta:
        return timedelta(hours=self.session_hours)

    @property
    def idle_timeout(self) -> timedelta:
        return timedelta(minutes=self.idle_minutes)

    @property
    def code_ttl(self) -> timedelta:
        return timedelta(hours=self.code_ttl_hours)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> ServerSettings:
        """The settings from ``KREISLAUF_…`` variables; a bad value is a German error."""
        env = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for field in fields(cls):
            setting = SETTINGS.get(field.name)
            raw = env.get(setting.env, "").strip() if setting else ""
            if not setting or not raw:
                continue
            if field.name == "cookie_secure":
                if raw not in COOKIE_SECURE_CHOICES:
                    raise AdminError(f"{setting.env}={raw!r} ist ungültig: erlaubt sind "
                                     f"{', '.join(COOKIE_SECURE_CHOICES)}.")
                values[field.name] = raw
            else:
                values[field.name] = positive_int(raw, setting)
        return cls(**values)  # type: ignore[arg-type]


def positive_int(raw: str, setting: Setting) -> int:
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if not 1 <= value <= 100_000:
        raise AdminError(f"{setting.env}={raw!r} ist ungültig: bitte eine ganze Zahl ab 1 "
                         f"({setting.description}).")
    return value
