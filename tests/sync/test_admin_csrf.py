"""Changes through /admin need the session's CSRF token and a request from this site."""

from __future__ import annotations

from typing import Any

import pytest

from server.admin import service
from tests.sync import central
from tests.sync.admin_browser import EVIL, PASSWORD, Browser, browser, logged_in
from tests.sync.live import LiveServer
from tests.sync.test_server_protocol import event, push, token_for

# Every state-changing admin request, as the page or a script would send it.
CHANGES: list[tuple[str, dict[str, Any]]] = [
    ("/admin/api/stations/2/revoke", {"json": {}}),
    ("/admin/stations/2/revoke", {"form": {}}),
    ("/admin/api/stations", {"json": {"store": "Soest", "station": 9}}),
    ("/admin/stations", {"form": {"store": "Soest", "station": "9"}}),
    ("/admin/logout", {"form": {}}),
]


def _state(server: LiveServer) -> list[tuple[int, str]]:
    """What a refused request must not have changed: each station and its state."""
    with server.db.read() as session:
        return [(r.number, r.state) for r in service.station_rows(session, server.clock())]


def _still_logged_in(b: Browser) -> bool:
    return b.http.get("/admin").status_code == 200


@pytest.fixture
def station_two(sqlite_admin_server: LiveServer) -> LiveServer:
    """Station 2 registered; SQLite only: the origin and token checks read no table that
    differs between the backends (the sessions are tested on both)."""
    token_for(sqlite_admin_server, 2)
    return sqlite_admin_server


FOREIGN = [
    (EVIL, None),                       # another site's page
    ("null", None),                     # a sandboxed frame or a file: page
    (None, None),                       # no origin information at all
    (None, f"{EVIL}/seite"),            # a browser that only sent the Referer
    ("http://127.0.0.1:1", None),       # this host, another port: another origin
]


@pytest.mark.parametrize("path, body", CHANGES)
def test_foreign_origin_is_refused_even_with_the_right_token(
        station_two: LiveServer, path: str, body: dict[str, Any]) -> None:
    """A POST that does not come from a page of this server is refused with 403 and a
    German message, and changes nothing (the cookie alone would not do either)."""
    with logged_in(station_two) as b:
        before = _state(station_two)
        for origin, referer in FOREIGN:
            answer = b.post(path, origin=origin, referer=referer, **body)
            assert answer.status_code == 403, (origin, referer)
            assert "nicht von dieser Seite" in answer.text
        assert _state(station_two) == before
        assert _still_logged_in(b)


@pytest.mark.parametrize("path, body", CHANGES)
def test_missing_or_wrong_csrf_token_is_refused(station_two: LiveServer, path: str,
                                               body: dict[str, Any]) -> None:
    """Same origin but no token, an empty or wrong one, or another session's: 403 with
    a German message, nothing changed."""
    with logged_in(station_two) as b, logged_in(station_two) as other:
        before = _state(station_two)
        for token in (None, "", "x" * 43, other.csrf_token()):
            answer = b.post(path, token=token, **body)
            assert answer.status_code == 403, token
            assert "Sicherheitstoken" in answer.text
        assert _state(station_two) == before
        assert _still_logged_in(b)


def test_the_page_forms_and_the_api_work_with_origin_and_token(
        admin_server: LiveServer) -> None:
    """From the page (form field) and from a script (header), with the Referer where a
    browser leaves out the Origin: stations are added and revoked."""
    station_two = admin_server
    token_for(station_two, 2)
    with logged_in(station_two) as b:
        added = b.post("/admin/stations", form={"store": "Soest", "station": "9"})
        assert added.status_code == 200 and "Anmeldecode" in added.text
        assert "gültig bis" in added.text.lower()
        api = b.post("/admin/api/stations", json={"store": "Soest", "station": 8})
        assert api.status_code == 200 and len(api.json()["code"]) == 14
        revoked = b.post("/admin/stations/2/revoke", origin=None,
                         referer=f"{b.origin}/admin")
        assert revoked.status_code == 303 and revoked.headers["location"] == "/admin"
        assert b.post("/admin/api/stations/8/revoke", json={}).json() == {
            "station": 8, "revoked": True}
        missing = b.post("/admin/api/stations/42/revoke", json={})
        assert missing.status_code == 404 and "gibt es" in missing.json()["message"]
        bad = b.post("/admin/stations", form={"store": "Soest", "station": "neun"})
        assert bad.status_code == 400 and "Stationsnummer" in bad.text
    states = dict(_state(station_two))
    assert states[2] == states[8] == "gesperrt" and states[9] == "Code offen"


def test_revoked_station_is_locked_out(station_two: LiveServer) -> None:
    """The form's revoke really shuts the till out (its push gets 403)."""
    token = token_for(station_two, 3)
    with logged_in(station_two) as b:
        assert b.post("/admin/stations/3/revoke").status_code == 303
    assert push(station_two, [event(1, station=3)], token, station=3).status_code == 403
    assert central.count_events(station_two.db) == 0


def test_login_form_posted_from_another_site_is_refused(admin_server: LiveServer) -> None:
    """A foreign page cannot log the browser in to an account of its choosing."""
    with browser(admin_server) as b:
        answer = b.login(password=PASSWORD, origin=EVIL)
        assert answer.status_code == 403 and "set-cookie" not in answer.headers
        assert b.login().status_code == 303
