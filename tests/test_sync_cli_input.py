"""``kreislauf sync`` refuses a malformed registration code or server address in one
German line, before it asks any server, instead of ending in "unerwarteter Fehler"."""

from __future__ import annotations

import pytest

from app.cli import main
from app.config import Paths
from app.errors import SyncError
from app.services.kernel.backend import Backend
from app.services.sync import state as sync_state
from app.services.sync.flow import SyncClient, check_code, check_url
from tests.conftest import Clock

# No server listens here, so a request that goes out would fail differently (REFUSED).
NOWHERE = "http://127.0.0.1:9"


@pytest.mark.parametrize(("args", "words"), [
    (("--register", "x", "--server", NOWHERE), "„x“ ist kein Anmeldecode der Zentrale"),
    (("--register", "x"), "„x“ ist kein Anmeldecode der Zentrale"),
    (("--register", "ABCD-EFGH-JKLM-NPQR", "--server", NOWHERE), "12 Buchstaben und Ziffern"),
    (("--register", "ABCD-EFGH-JKL!", "--server", NOWHERE), "kein Anmeldecode"),
    (("--register", "ABCD-EFGH-JKLM", "--server", "http://[::1"),
     "„http://[::1“ ist keine gültige Serveradresse"),
    (("--once", "--server", "http://[::1"), "„http://[::1“ ist keine gültige Serveradresse"),
    (("--server", "http://[::1"), "ist keine gültige Serveradresse"),
    (("--once", "--server", "http://zentrale:port"), "ist keine gültige Serveradresse"),
    (("--once", "--server", "http://"), "ist keine gültige Serveradresse"),
    (("--once", "--server", "zentrale.example.de"), "muss mit https://"),
    (("--once", "--server", "ftp://zentrale.example.de"), "muss mit https://"),
    (("--register", "ABCD-EFGH-JKLM", "--server", "zentrale.example.de:8000"),
     "muss mit https://"),
])
def test_bad_code_or_address_is_one_german_line(
        backend: Backend, paths: Paths, clock: Clock,
        capsys: pytest.CaptureFixture[str], args: tuple[str, ...], words: str) -> None:
    """Exit 1 with the reason; no traceback, no generic message, nothing saved."""
    backend.close()
    assert main(["--data-dir", str(paths.data_dir), "sync", *args], clock=clock) == 1
    err = capsys.readouterr().err
    assert words in err, err
    assert err.count("\n") == 1 and "unerwartet" not in err and "Traceback" not in err
    assert "nicht erreichbar" not in err  # refused before any request went out


def test_nothing_is_saved_for_a_refused_registration(
        backend: Backend, paths: Paths, clock: Clock) -> None:
    """A refused code leaves the till unregistered and without a server address."""
    backend.close()
    main(["--data-dir", str(paths.data_dir), "sync", "--register", "x", "--server",
          NOWHERE], clock=clock)
    from app.services.kernel.backend import open_backend

    reopened = open_backend(paths, clock=clock)
    try:
        with reopened.read() as ctx:
            state = sync_state.peek(ctx)
        assert state is None or (not state.server_url and state.registered_at is None)
        assert not reopened.tokens.get()
    finally:
        reopened.close()


@pytest.mark.parametrize(("typed", "sent"), [
    ("abcd-efgh-jklm", "ABCD-EFGH-JKLM"),
    ("  ABCD EFGH JKLM ", "ABCD-EFGH-JKLM"),
    ("ABCDEFGHJKLM", "ABCD-EFGH-JKLM"),
])
def test_a_code_as_typed_or_read_aloud_is_accepted(typed: str, sent: str) -> None:
    """Case, spaces and dashes do not matter: the code goes out in the printed form."""
    assert check_code(typed) == sent


@pytest.mark.parametrize("url", ["https://zentrale.example.de/", "http://[::1]:8000",
                                 "HTTPS://Zentrale.example.de"])
def test_good_addresses_pass(url: str) -> None:
    assert check_url(url) == url.rstrip("/")


def test_the_gui_path_through_the_client_says_the_same(backend: Backend) -> None:
    """``SyncClient.register`` (the settings page's path) refuses the code itself too."""
    with SyncClient(backend) as client, pytest.raises(SyncError, match="kein Anmeldecode"):
        client.register("x", NOWHERE)
    with pytest.raises(SyncError, match="keine gültige Serveradresse"):
        SyncClient(backend, "http://[::1")
