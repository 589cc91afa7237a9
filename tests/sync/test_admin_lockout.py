"""Guessing the office password: locked out per client and per account, answered 429
before any argon2 check, the lock kept in the database for every server process."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import httpx
import pytest
from sqlalchemy import select

from server import security
from server.models import AuthThrottle
from tests.conftest import Clock
from tests.sync.admin_browser import PASSWORD, browser, logged_in, set_password
from tests.sync.live import LiveServer


@pytest.fixture
def argon2_checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records every password verification the server runs (the real check still runs)."""
    seen: list[str] = []
    real: Callable[[str, str], bool] = security.check_password

    def counting(stored: str, password: str) -> bool:
        seen.append(password)
        return real(stored, password)

    monkeypatch.setattr(security, "check_password", counting)
    return seen


def _fail(server: LiveServer, times: int, **kwargs: str) -> list[httpx.Response]:
    with browser(server, **kwargs) as b:
        return [b.login("admin", f"falsch-{n}") for n in range(times)]


def test_five_failures_lock_the_account_and_then_the_right_password_too(
        admin_server: LiveServer, argon2_checks: list[str],
        caplog: pytest.LogCaptureFixture) -> None:
    """Tries 1-5 get 401; from then on 429 with Retry-After and a German message, even
    for the right password, and no argon2 check is spent on them; it is logged."""
    caplog.set_level(logging.WARNING)
    answers = _fail(admin_server, 8)
    assert [a.status_code for a in answers] == [401] * 5 + [429] * 3
    assert len(argon2_checks) == 5
    with browser(admin_server) as b:
        right = b.login()
    assert right.status_code == 429 and "set-cookie" not in right.headers
    assert right.headers["Retry-After"] == "60"
    assert "Zu viele fehlgeschlagene Anmeldungen" in right.text and "1 Minute" in right.text
    assert len(argon2_checks) == 5
    assert any("refused" in r.getMessage() and "locked" in r.getMessage()
               for r in caplog.records)


def test_lock_expires_with_the_clock_and_grows_with_each_further_failure(
        admin_server: LiveServer, clock: Clock) -> None:
    """After the minute the next wrong try locks for 2, then 4 minutes; the right
    password works once the lock is over, and resets the count."""
    _fail(admin_server, 5)
    clock.advance(seconds=59)
    assert _fail(admin_server, 1)[0].status_code == 429
    clock.advance(seconds=1)
    [again] = _fail(admin_server, 1)
    assert again.status_code == 401
    [locked] = _fail(admin_server, 1)
    assert locked.status_code == 429 and locked.headers["Retry-After"] == "120"
    clock.advance(minutes=2)
    _fail(admin_server, 1)
    assert _fail(admin_server, 1)[0].headers["Retry-After"] == "240"
    clock.advance(minutes=4)
    with browser(admin_server) as b:
        assert b.login().status_code == 303
    assert [a.status_code for a in _fail(admin_server, 5)] == [401] * 5


def test_a_quiet_quarter_of_an_hour_forgets_old_failures(admin_server: LiveServer,
                                                         clock: Clock) -> None:
    """Four failures, then 16 quiet minutes: five more tries are needed for a lock."""
    _fail(admin_server, 4)
    clock.advance(minutes=16)
    assert [a.status_code for a in _fail(admin_server, 5)] == [401] * 5
    assert _fail(admin_server, 1)[0].status_code == 429


def test_lock_counts_per_client_address_and_per_account(admin_server: LiveServer) -> None:
    """A client guessing other names is locked by its address alone; the account lock
    holds against every address, and other clients' names are still free."""
    with browser(admin_server, forwarded_for="10.0.0.7") as scanner:
        tries = [scanner.login(f"user{n}", PASSWORD).status_code for n in range(6)]
        assert tries == [401] * 5 + [429]
        assert scanner.login().status_code == 429  # its address is locked
    with browser(admin_server, forwarded_for="10.0.0.8") as office:
        assert office.login().status_code == 303  # the account itself is not locked
    _fail(admin_server, 5)  # from 127.0.0.1: locks the account
    with browser(admin_server, forwarded_for="10.0.0.9") as other:
        assert other.login().status_code == 429
        assert other.login("bob", "x").status_code == 401  # only the admin account


def test_lock_is_shared_by_servers_on_one_database(server_url_db: str, clock: Clock) -> None:
    """Failures through one server process count at another on the same database."""
    one, two = LiveServer(server_url_db, clock=clock), LiveServer(server_url_db, clock=clock)
    for server in (one, two):
        server.start()
    try:
        set_password(one)
        _fail(one, 3)
        assert [a.status_code for a in _fail(two, 3)] == [401, 401, 429]
        assert _fail(one, 1)[0].status_code == 429
    finally:
        one.stop()
        two.stop()


def test_sixty_parallel_tries_cost_at_most_five_argon2_checks(
        admin_server: LiveServer, argon2_checks: list[str]) -> None:
    """Each try is counted before its check, so a burst cannot run past the limit."""
    statuses: list[int] = []

    def guess(n: int) -> None:
        with browser(admin_server) as b:
            statuses.append(b.login("admin", f"falsch-{n}").status_code)

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(60)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert len(statuses) == 60
    assert statuses.count(401) == len(argon2_checks) <= 5
    assert statuses.count(429) >= 55


def test_set_password_lifts_the_account_lock_and_ends_every_session(
        admin_server: LiveServer) -> None:
    """The owner of the server can always get back in: a new password unlocks the
    account and logs out whoever was logged in."""
    with logged_in(admin_server) as earlier:
        _fail(admin_server, 5)
        set_password(admin_server, "neues-passwort")
        assert earlier.http.get("/admin").status_code == 303
    with browser(admin_server, forwarded_for="10.0.0.5") as b:
        assert b.login(password="neues-passwort").status_code == 303


def test_addresses_quiet_for_a_day_are_forgotten(admin_server: LiveServer,
                                                 clock: Clock) -> None:
    """A scan from many addresses does not grow the table for ever: a day later the next
    failure removes the old rows, its own stays."""
    for n in range(3):
        _fail(admin_server, 1, forwarded_for=f"10.0.1.{n}")
    clock.advance(hours=24, seconds=1)
    _fail(admin_server, 1, forwarded_for="10.0.2.1")
    with admin_server.db.read() as session:
        keys = set(session.scalars(select(AuthThrottle.key)))
    assert keys == {"login-ip:10.0.2.1", "login-user:admin"}
