"""One exception hierarchy whose messages are ready to show to the person at the till.

Every ``KasseError`` carries a German sentence that says what happened and what to do
next. The UI and the CLI show ``str(error)`` as it is; anything that is not a
``KasseError`` is a bug: it is logged with its traceback and the user sees a generic
message.
"""

from __future__ import annotations


class KasseError(Exception):
    """Base of all errors whose message may be shown to the user unchanged."""

    def __init__(self, message: str) -> None:
        # str(): a message constant (app.i18n.T) reads in the till's language of the moment.
        message = str(message)
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(KasseError):
    """Input that cannot be accepted; nothing was saved."""


class NotFoundError(KasseError):
    """A record the user referred to does not exist."""


class PermissionDenied(KasseError):
    """The logged-in user's role does not allow this action."""


class AuthError(KasseError):
    """Login failed (wrong PIN, unknown or locked user)."""


class ConflictError(KasseError):
    """The action does not fit the current state (illegal transition, closed session)."""


class DeviceError(KasseError):
    """A printer, scanner, drawer or TSE failed; committed records are unaffected."""


class SyncError(KasseError):
    """Talking to the central server failed; the records stay in the outbox."""


class DatabaseError(KasseError):
    """The database cannot be opened or migrated."""
