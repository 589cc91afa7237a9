"""Where the station's sync token lives: the platform keyring, else a 0600 file.

The token lets anyone who holds it speak for this station at the central server, so it
stays out of the database (which is copied into backups and exports). Where the platform
offers a usable keyring (Secret Service, macOS Keychain, Windows Credential Locker;
``keyring``, MIT licence) it goes there, keyed by the data directory so two tills on one
machine keep theirs apart. Otherwise — a till without a desktop session, or a keyring that
refuses — it is a file ``sync-token`` in the data directory, mode 0600.

``move_out_of_database`` takes a token an older version kept in ``sync_state.token`` and
stores it here first; only once it reads back equal is the column cleared, so the token
is never lost on the way.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import Protocol

from sqlalchemy.orm import Session

from app import private_files
from app.db.models import SyncState

log = logging.getLogger(__name__)
SERVICE = "kreislauf-kasse"
FILE_NAME = private_files.SECRET_FILE_NAME


class TokenStore(Protocol):
    """Keeps one secret: this station's sync token ("" when there is none)."""

    @property
    def where(self) -> str: ...

    def get(self) -> str: ...

    def put(self, token: str) -> None: ...


class MemoryTokenStore:
    """A token held only in this process (a ``Backend`` built without a data directory)."""

    where = "memory"

    def __init__(self) -> None:
        self._token = ""

    def get(self) -> str:
        return self._token

    def put(self, token: str) -> None:
        self._token = token


class FileTokenStore:
    """The token in a file only the till's user may read (0600), written atomically."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / FILE_NAME

    @property
    def where(self) -> str:
        return str(self.path)

    def get(self) -> str:
        try:
            return self.path.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return ""

    def put(self, token: str) -> None:
        if not token:
            self.path.unlink(missing_ok=True)
            return
        private_files.write_file(self.path, token.encode("utf-8"))


class KeyringTokenStore:
    """The token in the platform keyring; a keyring that fails falls back to the file."""

    def __init__(self, data_dir: Path, fallback: FileTokenStore) -> None:
        self.user = f"sync-token:{data_dir}"
        self.fallback = fallback

    @property
    def where(self) -> str:
        return "keyring"

    def get(self) -> str:
        import keyring
        from keyring.errors import KeyringError

        try:
            value = keyring.get_password(SERVICE, self.user)
        except KeyringError as exc:
            log.warning("keyring unreadable (%s); using the token file", type(exc).__name__)
            return self.fallback.get()
        return value or self.fallback.get()

    def put(self, token: str) -> None:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            if token:
                keyring.set_password(SERVICE, self.user, token)
            else:
                with contextlib.suppress(PasswordDeleteError):
                    keyring.delete_password(SERVICE, self.user)
        except KeyringError as exc:
            log.warning("keyring refused the token (%s); using the token file",
                        type(exc).__name__)
            self.fallback.put(token)
            return
        self.fallback.put("")  # one place only: no stale copy in a file


def keyring_usable() -> bool:
    """True when ``keyring`` has a real backend here (not its fail or null backend)."""
    try:
        import keyring
        from keyring.backends import chainer, fail
    except ImportError:
        return False
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend configuration must not stop the till
        log.warning("keyring backend unavailable", exc_info=True)
        return False
    if isinstance(backend, fail.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return False
    return float(getattr(backend, "priority", 0) or 0) > 0


def token_store(data_dir: Path) -> TokenStore:
    """The keyring where it works, otherwise the 0600 file in ``data_dir``."""
    fallback = FileTokenStore(data_dir)
    if keyring_usable():
        return KeyringTokenStore(data_dir, fallback)
    return fallback


def move_out_of_database(session: Session, store: TokenStore) -> bool:
    """Move a token kept in ``sync_state.token`` (older versions) into ``store``.

    The column is cleared only after the store reads the token back unchanged; when the
    store fails, the token stays where it was (and this is tried again at the next start).
    Returns True when a token was moved. Part of the caller's transaction.
    """
    state = session.get(SyncState, 1)
    if state is None or not state.token:
        return False
    token = state.token
    try:
        store.put(token)
        stored = store.get()
    except OSError:
        log.warning("sync token could not be stored outside the database", exc_info=True)
        return False
    if stored != token:
        log.warning("sync token store did not keep the token; it stays in the database")
        return False
    state.token = ""
    log.info("sync token moved out of the database to %s", store.where)
    return True
