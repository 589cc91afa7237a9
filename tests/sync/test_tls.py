"""TLS: verification is on by default; a CA file makes the central office's cert trusted."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.errors import SyncError
from app.services.kernel.context import SYSTEM
from app.services.sync import state as sync_state
from tests.sync.live import LiveServer, make_till, register


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[str, str]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    return str(cert), str(key)


def test_untrusted_certificate_is_refused_and_ca_file_trusts_it(
        tmp_path: Path, sqlite_server_db: str, certificate: tuple[str, str]) -> None:
    """An unknown certificate gives a German message; with the CA file the till registers."""
    cert, key = certificate
    server = LiveServer(sqlite_server_db, certfile=cert, keyfile=key)
    server.start()
    try:
        till = make_till(tmp_path, 1)
        code = server.add_station(1)
        with till.client() as client, pytest.raises(SyncError, match="Zertifikat"):
            client.register(code, server.url)
        with till.client(ca_file=cert) as client:
            assert client.register(code, server.url).station_id == 1
            assert client.sync().pending == 0
        with pytest.raises(SyncError, match="CA-Datei"):
            till.client(ca_file=str(tmp_path / "fehlt.pem"))
    finally:
        server.stop()


def test_overview_for_the_status_bar(tmp_path: Path, sqlite_server_db: str) -> None:
    """Before registration: offline with pending events; after a sync: online, none left."""
    till = make_till(tmp_path, 2)
    before = till.backend.query(SYSTEM, sync_state.overview)
    assert not before.registered and not before.online and before.pending > 0
    server = LiveServer(sqlite_server_db)
    server.start()
    try:
        register(till, server)
        with till.client() as client:
            client.sync()
    finally:
        server.stop()
    after = till.backend.query(SYSTEM, sync_state.overview)
    assert after.online and after.pending == 0 and after.last_sync_at is not None
