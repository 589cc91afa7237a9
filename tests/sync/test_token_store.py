"""The station token stays out of the database: keyring where usable, else a 0600 file."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from app.services.kernel.backend import open_backend
from app.services.sync import token_store
from app.services.sync.token_store import FileTokenStore, KeyringTokenStore
from tests.sync.live import LiveServer, make_till, register
from tests.sync.selling import sell


def db_token(db_file: Path) -> str:
    with sqlite3.connect(db_file) as conn:
        row = conn.execute("SELECT token FROM sync_state WHERE id = 1").fetchone()
    return "" if row is None else str(row[0])


def test_registered_token_lives_in_a_0600_file_not_in_the_database(
        tmp_path: Path, sqlite_live_server: LiveServer) -> None:
    """After registering (no keyring here): the token is in ``sync-token`` (0600), the
    database file holds no copy of it, and sync still authenticates with it."""
    till = make_till(tmp_path, 1)
    register(till, sqlite_live_server)
    token_file = till.paths.data_dir / "sync-token"
    token = token_file.read_text(encoding="utf-8")
    assert len(token) >= 20
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    assert db_token(till.paths.db_file) == ""
    sell(till.backend, [], category_books=1)
    with till.client() as client:
        report = client.sync()
    assert report.acked >= 1
    till.backend.close()
    for name in ("kreislauf.sqlite3", "kreislauf.sqlite3-wal"):
        path = till.paths.data_dir / name
        if path.exists():
            assert token.encode() not in path.read_bytes()


def test_token_of_an_older_version_moves_out_at_start(tmp_path: Path,
                                                      sqlite_live_server: LiveServer) -> None:
    """A token an older version kept in ``sync_state.token`` is moved to the file at the
    next start, the column is cleared, and the till still syncs with it."""
    till = make_till(tmp_path, 1)
    register(till, sqlite_live_server)
    token_file = till.paths.data_dir / "sync-token"
    token = token_file.read_text(encoding="utf-8")
    till.backend.close()
    token_file.unlink()  # as an older version left it: token in the database only
    with sqlite3.connect(till.paths.db_file) as conn:
        conn.execute("UPDATE sync_state SET token = ? WHERE id = 1", (token,))
    reopened = open_backend(till.paths)
    try:
        assert token_file.read_text(encoding="utf-8") == token
        assert db_token(till.paths.db_file) == ""
        sell(reopened, [], category_books=1)
        with type(till)(1, reopened, till.paths).client() as client:
            assert client.sync().acked >= 1
    finally:
        reopened.close()


def test_token_stays_in_the_database_when_it_cannot_be_stored(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When the token file cannot be written, the token is kept where it was (never lost)."""
    till = make_till(tmp_path, 1)
    till.backend.close()
    with sqlite3.connect(till.paths.db_file) as conn:
        conn.execute("INSERT OR REPLACE INTO sync_state (id, server_url, token, pull_cursor, "
                     "last_error) VALUES (1, 'http://x', 'secret-token', 0, '')")

    def refuse(self: FileTokenStore, token: str) -> None:
        raise PermissionError("read-only")

    monkeypatch.setattr(FileTokenStore, "put", refuse)
    reopened = open_backend(till.paths)
    reopened.close()
    assert db_token(till.paths.db_file) == "secret-token"
    assert not (till.paths.data_dir / "sync-token").exists()


class MemoryKeyring(KeyringBackend):
    """A keyring backend in this process, standing in for the platform's."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop((service, username), None)


def test_a_usable_keyring_keeps_the_token_and_no_file_is_left(tmp_path: Path) -> None:
    """With a working keyring the token goes there (per data directory), not to a file."""
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    try:
        assert token_store.keyring_usable()
        store = token_store.token_store(tmp_path)
        assert isinstance(store, KeyringTokenStore)
        (tmp_path / "sync-token").write_text("stale")
        store.put("abc123")
        assert store.get() == "abc123"
        assert ring.values == {(token_store.SERVICE, f"sync-token:{tmp_path}"): "abc123"}
        assert not (tmp_path / "sync-token").exists()
    finally:
        keyring.set_keyring(previous)
    assert not token_store.keyring_usable()  # the tests' fail backend again
    assert isinstance(token_store.token_store(tmp_path), FileTokenStore)
