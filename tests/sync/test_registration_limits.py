"""Registration codes expire, /register is rate-limited per client address, and the
office password never travels on the command line."""

from __future__ import annotations

import os
import select
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import httpx
import pytest
from alembic import command
from sqlalchemy import create_engine, insert
from sqlalchemy import select as sql_select

from app.db.migrate import alembic_config
from app.errors import SyncError
from server import cli as server_cli
from server.admin import service
from server.db import MIGRATIONS, open_database
from server.models import Station, Store
from server.settings import ServerSettings
from tests.conftest import Clock
from tests.sync.admin_browser import logged_in
from tests.sync.live import LiveServer, make_till

ROOT = Path(__file__).resolve().parents[2]


def _register(server: LiveServer, code: str, forwarded_for: str | None = None
              ) -> httpx.Response:
    headers = {"X-Forwarded-For": forwarded_for} if forwarded_for else {}
    return httpx.post(f"{server.url}/api/v1/register", json={"code": code}, headers=headers)


def _station_states(server: LiveServer) -> dict[int, str]:
    with server.db.read() as session:
        return {r.number: r.state for r in service.station_rows(session, server.clock())}


def test_a_code_is_valid_for_72_hours_then_refused_in_german(admin_server: LiveServer,
                                                             clock: Clock) -> None:
    """Just before 72 hours a code still registers; at 72 hours it is refused, and the
    office page says which code has expired."""
    early, late = admin_server.add_station(1), admin_server.add_station(2)
    clock.advance(hours=71, minutes=59, seconds=59)
    assert _register(admin_server, early).status_code == 200
    clock.advance(seconds=1)
    refused = _register(admin_server, late)
    assert refused.status_code == 400
    body = refused.json()
    assert body["code"] == "code_expired" and "abgelaufen" in body["message"]
    assert _station_states(admin_server) == {1: "angemeldet", 2: "Code abgelaufen"}
    with logged_in(admin_server) as b:
        assert "Code abgelaufen" in b.http.get("/admin").text
    fresh = admin_server.add_station(2)  # a new code for the same station works
    assert _register(admin_server, fresh).status_code == 200


def test_the_till_shows_the_expired_code_message(tmp_path: Path, admin_server: LiveServer,
                                                 clock: Clock) -> None:
    """kreislauf sync --register with an old code: the German reason, not a 400."""
    code = admin_server.add_station(4)
    clock.advance(hours=73)
    till = make_till(tmp_path, 4)
    with till.client() as client, pytest.raises(SyncError, match="abgelaufen"):
        client.register(code, admin_server.url)


def _code_expiries(url: str) -> dict[int, datetime | None]:
    db = open_database(url)
    try:
        with db.read() as session:
            return {n: e for n, e in session.execute(
                sql_select(Station.number, Station.code_expires_at))}
    finally:
        db.dispose()


def test_code_validity_is_a_setting_of_the_server(tmp_path: Path, clock: Clock) -> None:
    """KREISLAUF_CODE_TTL_HOURS=2: a code from the office page lives two hours."""
    settings = ServerSettings.from_env({"KREISLAUF_CODE_TTL_HOURS": "2"})
    server = LiveServer(f"sqlite:///{tmp_path / 's.sqlite3'}", settings=settings, clock=clock)
    server.start()
    try:
        with server.db.write() as session:
            service.set_password(session, "zentrale-123")
        with logged_in(server) as b:
            made = b.post("/admin/api/stations", json={"store": "Soest", "station": 5}).json()
        assert made["expires_at"] == (clock() + timedelta(hours=2)).isoformat()
        clock.advance(hours=2)
        assert _register(server, made["code"]).json()["code"] == "code_expired"
    finally:
        server.stop()
    with pytest.raises(Exception, match="KREISLAUF_CODE_TTL_HOURS"):
        ServerSettings.from_env({"KREISLAUF_CODE_TTL_HOURS": "bald"})


def test_stations_add_takes_the_validity_in_hours(sqlite_server_db: str,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """--valid-hours 1 gives a code 71 hours shorter than the default; a bad value is
    one German line."""
    for number, extra in ((1, []), (2, ["--valid-hours", "1"])):
        assert server_cli.main(["--db", sqlite_server_db, "stations", "add", "--store",
                                "Soest", "--station", str(number), *extra]) == 0
        assert "gültig bis" in capsys.readouterr().out
    expiry = _code_expiries(sqlite_server_db)
    assert abs(expiry[1] - expiry[2] - timedelta(hours=71)) < timedelta(minutes=1)
    assert server_cli.main(["--db", sqlite_server_db, "stations", "add", "--store", "Soest",
                            "--station", "3", "--valid-hours", "null"]) == 1
    assert "ganze Zahl" in capsys.readouterr().err


def test_register_is_rate_limited_per_client_address(admin_server: LiveServer,
                                                     clock: Clock) -> None:
    """Ten wrong codes from one address: then 429 with Retry-After, even for a good code;
    another address registers; a minute later the first one may try again."""
    good, other = admin_server.add_station(1), admin_server.add_station(2)
    tries = [_register(admin_server, f"FALS-CHER-COD{n % 10}").status_code for n in range(10)]
    assert tries == [400] * 10
    limited = _register(admin_server, good)
    assert limited.status_code == 429 and limited.headers["Retry-After"] == "60"
    assert "Zu viele" in limited.json()["message"]
    assert _register(admin_server, other, forwarded_for="10.2.3.4").status_code == 200
    clock.advance(seconds=60)
    assert _register(admin_server, good).status_code == 200


def test_successful_registrations_do_not_count_against_the_limit(
        admin_server: LiveServer) -> None:
    """One office setting up a dozen tills from one address is never limited."""
    codes = [admin_server.add_station(n) for n in range(1, 13)]
    assert [_register(admin_server, c).status_code for c in codes] == [200] * 12


def _server(*args: str) -> list[str]:
    return [sys.executable, "-m", "server", *args]


def _password_works(url: str, password: str) -> bool:
    db = open_database(url)
    try:
        with db.read() as session:
            return service.check_login(session, "admin", password)
    finally:
        db.dispose()


def test_set_password_reads_stdin_and_refuses_the_command_line_option(
        sqlite_server_db: str) -> None:
    """--password-stdin takes the first line; --password is refused with a German hint
    and stores nothing; without a terminal or the flag it says what to do."""
    refused = subprocess.run(_server("--db", sqlite_server_db, "admin", "set-password",
                                     "--password", "geheim-123"),
                             capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert refused.returncode == 1 and "--password-stdin" in refused.stderr
    assert "Prozessliste" in refused.stderr
    assert not _password_works(sqlite_server_db, "geheim-123")
    no_tty = subprocess.run(_server("--db", sqlite_server_db, "admin", "set-password"),
                            stdin=subprocess.DEVNULL, capture_output=True, text=True,
                            cwd=ROOT, timeout=60)
    assert no_tty.returncode == 1 and "--password-stdin" in no_tty.stderr
    done = subprocess.run(_server("--db", sqlite_server_db, "admin", "set-password",
                                  "--password-stdin"), input="geheim mit Leerzeichen \n",
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Passwort gesetzt" in done.stdout and "geheim" not in done.stdout
    assert _password_works(sqlite_server_db, "geheim mit Leerzeichen ")


class _Terminal:
    """``kreislauf-server`` on a real pseudo-terminal, as a person at a shell runs it."""

    def __init__(self, argv: list[str]) -> None:
        self.pid, self.fd = os.forkpty()
        if self.pid == 0:  # the child: exec at once
            os.chdir(ROOT)
            os.execv(argv[0], argv)
        self.seen = b""

    def _read(self, timeout: float = 60) -> bytes:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        assert ready, f"the program said nothing more after {self.seen!r}"
        try:
            chunk = os.read(self.fd, 1024)
        except OSError:  # EIO: the child closed the terminal
            chunk = b""
        self.seen += chunk
        return chunk

    def expect(self, text: str) -> None:
        while text.encode() not in self.seen:
            assert self._read(), f"no {text!r} in {self.seen!r}"

    def type(self, line: str) -> None:
        os.write(self.fd, line.encode() + b"\n")

    def wait(self) -> int:
        """Everything up to the end, then the exit code."""
        while self._read():
            pass
        os.close(self.fd)
        return os.waitstatus_to_exitcode(os.waitpid(self.pid, 0)[1])


def _set_on_terminal(url: str, first: str, second: str) -> tuple[int, bytes]:
    """Type ``first`` and ``second`` at the two prompts; the exit code and the screen."""
    term = _Terminal(_server("--db", url, "admin", "set-password"))
    term.expect("Neues Passwort")
    term.type(first)
    term.expect("wiederholen")
    term.type(second)
    return term.wait(), term.seen


def test_set_password_asks_twice_on_a_terminal_and_never_echoes(
        sqlite_server_db: str) -> None:
    """Two different entries change nothing; two equal ones set it; the typed password
    never appears on the screen."""
    code, screen = _set_on_terminal(sqlite_server_db, "erstes-passwort", "zweites-passwort")
    assert code == 1 and b"stimmen nicht" in screen and b"erstes-passwort" not in screen
    assert not _password_works(sqlite_server_db, "erstes-passwort")
    code, screen = _set_on_terminal(sqlite_server_db, "gleiches-passwort", "gleiches-passwort")
    assert code == 0 and b"Passwort gesetzt" in screen and b"gleiches-passwort" not in screen
    assert _password_works(sqlite_server_db, "gleiches-passwort")


def test_codes_open_before_the_upgrade_get_the_default_validity(tmp_path: Path) -> None:
    """A database from before code expiry: its open codes expire 72 h after the upgrade,
    none stays valid forever."""
    url = f"sqlite:///{tmp_path / 'alt.sqlite3'}"
    engine = create_engine(url)
    command.upgrade(alembic_config(engine, MIGRATIONS), "0002")
    with engine.begin() as conn:
        conn.execute(insert(Store.__table__).values(id=1, name="Soest"))
        conn.execute(insert(Station.__table__).values(number=1, store_id=1, code_hash="a" * 64,
                                                      acked_seq=0, reported_seq=0,
                                                      pull_cursor=0))
        conn.execute(insert(Station.__table__).values(number=2, store_id=1, acked_seq=0,
                                                      reported_seq=0, pull_cursor=0))
    engine.dispose()
    rows = _code_expiries(url)  # opening the database upgrades it
    assert rows[1] is not None and rows[2] is None
