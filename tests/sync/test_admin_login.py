"""/admin login: a form and a server-side session cookie instead of HTTP Basic."""

from __future__ import annotations

import hashlib
import ssl
from collections.abc import Iterator
from http.cookies import SimpleCookie
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from server.models import AdminSession
from server.settings import ServerSettings
from tests.conftest import Clock
from tests.sync.admin_browser import PASSWORD, browser, logged_in, set_password
from tests.sync.live import LiveServer
from tests.sync.test_tls import certificate  # noqa: F401  (fixture)


def _cookie(answer: httpx.Response) -> tuple[str, dict[str, str | bool]]:
    [header] = answer.headers.get_list("set-cookie")
    jar: SimpleCookie = SimpleCookie()
    jar.load(header)
    [(name, morsel)] = jar.items()
    flags: dict[str, str | bool] = {k: v for k, v in morsel.items() if v}
    return morsel.value, {"name": name, **flags}


def _session_rows(server: LiveServer) -> list[AdminSession]:
    with server.db.read() as session:
        return list(session.scalars(select(AdminSession)))


def test_login_sets_an_httponly_samesite_strict_cookie_with_a_hashed_opaque_id(
        admin_server: LiveServer) -> None:
    """The right password answers 303 with a cookie that scripts cannot read and other
    sites cannot send; the database holds only the id's hash; the page then opens."""
    with browser(admin_server) as b:
        answer = b.login()
        assert answer.status_code == 303 and answer.headers["location"] == "/admin"
        value, flags = _cookie(answer)
        assert flags["name"] == "kreislauf_admin"
        assert flags["httponly"] is True and flags["samesite"] == "strict"
        assert flags["path"] == "/admin" and flags["max-age"] == str(8 * 3600)
        assert "secure" not in flags  # plain http on loopback, no proxy said https
        assert len(value) >= 40
        [row] = _session_rows(admin_server)
        assert row.id_hash == hashlib.sha256(value.encode()).hexdigest() != value
        page = b.http.get("/admin")
        assert page.status_code == 200 and "Stationen" in page.text
        assert "angemeldet als admin" in page.text


def test_without_a_session_pages_redirect_to_the_login_and_the_api_says_401(
        admin_server: LiveServer) -> None:
    """No cookie, or a made-up one: the page sends the browser to the login form, the
    API refuses in German; HTTP Basic no longer opens anything."""
    for cookies in ({}, {"kreislauf_admin": "ausgedacht"}):
        with browser(admin_server, cookies=cookies) as b:
            page = b.http.get("/admin")
            assert page.status_code == 303 and page.headers["location"] == "/admin/login"
            api = b.http.post("/admin/api/stations", json={"store": "Soest", "station": 9},
                              headers={"Origin": b.origin})
            assert api.status_code == 401 and "anmelden" in api.json()["message"]
    basic = httpx.get(f"{admin_server.url}/admin", auth=("admin", PASSWORD))
    assert basic.status_code == 303
    form = httpx.get(f"{admin_server.url}/admin/login")
    assert form.status_code == 200 and 'name="password"' in form.text


@pytest.mark.parametrize("user, password", [("admin", "falsch-falsch"), ("root", PASSWORD),
                                            ("", "")])
def test_wrong_login_is_refused_in_german_without_a_cookie(
        admin_server: LiveServer, user: str, password: str) -> None:
    """A wrong name or password gets 401, the form again with a German message, and
    no session."""
    with browser(admin_server) as b:
        answer = b.login(user, password)
        assert answer.status_code == 401
        assert "Benutzer oder Passwort falsch" in answer.text and 'name="password"' in answer.text
        assert "set-cookie" not in answer.headers
    assert _session_rows(admin_server) == []


def test_logout_ends_the_session_on_the_server(admin_server: LiveServer) -> None:
    """After "Abmelden" the cookie is cleared and its old value opens nothing."""
    with logged_in(admin_server) as b:
        value = b.http.cookies["kreislauf_admin"]
        answer = b.post("/admin/logout")
        assert answer.status_code == 303
        assert answer.headers["location"].startswith("/admin/login")
        assert 'kreislauf_admin=""' in answer.headers["set-cookie"]
        assert "abgemeldet" in b.http.get(answer.headers["location"]).text
    assert _session_rows(admin_server) == []
    with browser(admin_server, cookies={"kreislauf_admin": value}) as again:
        assert again.http.get("/admin").status_code == 303


def test_session_expires_when_idle_and_after_its_lifetime(admin_server: LiveServer,
                                                          clock: Clock) -> None:
    """30 idle minutes log out; activity keeps a session alive, but never past 8 hours."""
    with logged_in(admin_server) as b:
        clock.advance(minutes=29)
        assert b.http.get("/admin").status_code == 200
        clock.advance(minutes=30)
        assert b.http.get("/admin").status_code == 303
    with logged_in(admin_server) as b:
        for _ in range(16):  # a busy office: a request every 29 minutes for 7 h 44 min
            clock.advance(minutes=29)
            assert b.http.get("/admin").status_code == 200
        clock.advance(minutes=17)  # 8 h 01 min after the login
        assert b.http.get("/admin").status_code == 303
    assert _session_rows(admin_server) == []


@pytest.fixture
def tls_server(sqlite_server_db: str, certificate: tuple[str, str]  # noqa: F811
               ) -> Iterator[LiveServer]:
    cert, key = certificate
    server = LiveServer(sqlite_server_db, certfile=cert, keyfile=key)
    server.start()
    set_password(server)
    yield server
    server.stop()


def test_cookie_is_secure_over_tls(tls_server: LiveServer,
                                   certificate: tuple[str, str]) -> None:  # noqa: F811
    """Served over TLS, the session cookie carries Secure and the browser gets in."""
    trust = ssl.create_default_context(cafile=certificate[0])
    with browser(tls_server, verify=trust) as b:
        answer = b.login()
        assert answer.status_code == 303
        assert _cookie(answer)[1]["secure"] is True
        assert b.http.get("/admin").status_code == 200


def _login_via_proxy(server: LiveServer) -> httpx.Response:
    with browser(server) as b:
        return b.http.post("/admin/login", data={"user": "admin", "password": PASSWORD},
                           headers={"X-Forwarded-Proto": "https",
                                    "Origin": "https://" + server.url.split("://")[1]})


def test_cookie_is_secure_behind_a_trusted_proxy_that_says_https(
        admin_server: LiveServer) -> None:
    """A TLS proxy on the same machine (trusted by default) sends X-Forwarded-Proto:
    https: the cookie is Secure."""
    answer = _login_via_proxy(admin_server)
    assert answer.status_code == 303 and _cookie(answer)[1]["secure"] is True


def test_forwarded_proto_from_an_untrusted_address_is_not_believed(tmp_path: Path) -> None:
    """When only another proxy address is trusted, a client's own X-Forwarded-Proto
    changes nothing: the cookie is not marked Secure."""
    server = LiveServer(f"sqlite:///{tmp_path / 'server.sqlite3'}",
                        forwarded_allow_ips="10.9.9.9")
    server.start()
    try:
        set_password(server)
        answer = _login_via_proxy(server)
        assert answer.status_code == 303 and "secure" not in _cookie(answer)[1]
    finally:
        server.stop()


@pytest.mark.parametrize("setting, secure", [("always", True), ("never", False)])
def test_cookie_secure_setting_overrides_the_guess(tmp_path: Path, setting: str,
                                                   secure: bool) -> None:
    """``--cookie-secure always`` (TLS proxy elsewhere) and ``never`` are obeyed."""
    config = ServerSettings.from_env({"KREISLAUF_ADMIN_COOKIE_SECURE": setting})
    server = LiveServer(f"sqlite:///{tmp_path / 'server.sqlite3'}", settings=config)
    server.start()
    try:
        set_password(server)
        with browser(server) as b:
            answer = b.login()
            assert answer.status_code == 303
            assert ("secure" in _cookie(answer)[1]) is secure
    finally:
        server.stop()
