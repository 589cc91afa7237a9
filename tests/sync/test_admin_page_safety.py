"""The office page shows what tills send as text, never as markup, and every answer
under /admin forbids scripts, framing and content sniffing."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from fastapi.routing import APIRoute
from markupsafe import escape
from sqlalchemy import insert, text
from starlette.routing import Mount

from app.services.intake.item_codes import check_digit
from server.app import create_app
from server.central import Conflict
from tests.sync import central
from tests.sync.admin_browser import browser, logged_in
from tests.sync.live import LiveServer
from tests.sync.test_server_protocol import event, push, sale_payload, token_for

XSS_UUID = "<svg/onload=alert('uuid')>"
XSS_DESCRIPTION = '<script>alert("beschreibung")</script>'
XSS_STORE = "<img src=x onerror=alert('laden')>"
XSS_TYPE = "<b onmouseover=alert(1)>typ</b>"
XSS_EVENT_ID = "<svg onload=alert('ereignis')>"
ITEM = "200100000001" + str(check_digit("200100000001"))


def _assert_text_only(page: str, value: str) -> None:
    assert value not in page
    assert str(escape(value)) in page


def test_hostile_values_from_tills_are_escaped_on_the_page(admin_server: LiveServer) -> None:
    """A store name, an item description, a conflict's sale uuids (stored before uuids
    were checked), a quarantined event's id and type: all printed as text."""
    token = token_for(admin_server, 1, store=XSS_STORE)
    item = {"code": ITEM, "category": "Elektro", "description": XSS_DESCRIPTION,
            "price_cents": 1500, "status": "ready"}
    broken = {**event(2, kind=XSS_TYPE), "event_id": XSS_EVENT_ID}
    assert push(admin_server, [event(1, kind="item.upserted", payload=item), broken],
                token).status_code == 200
    with admin_server.db.write() as session:
        session.execute(insert(Conflict).values(
            item_code=ITEM, sale_uuid=XSS_UUID, station=1, other_sale_uuid=XSS_UUID + "2",
            other_station=2, detected_at=datetime(2026, 11, 26, 9, 0, tzinfo=UTC)))
    with logged_in(admin_server) as b:
        page = b.http.get("/admin").text
    for value in (XSS_STORE, XSS_DESCRIPTION, XSS_UUID, XSS_EVENT_ID, XSS_TYPE):
        _assert_text_only(page, value)
    assert not re.search(r"<(script|svg|img|b)\b", page)


@pytest.mark.parametrize("field, where", [("uuid", "uuid"), ("refers_to_uuid", "refers_to")])
def test_a_sale_uuid_that_is_no_uuid_is_quarantined_with_its_reason(
        admin_server: LiveServer, field: str, where: str) -> None:
    """The schema takes only canonical uuids: the sale is quarantined, not stored, and
    the office sees why."""
    token = token_for(admin_server, 1)
    sale = {**sale_payload(300, 300), field: XSS_UUID}
    bad = event(1, kind="sale.completed", payload=sale)
    answer = push(admin_server, [bad, event(2)], token).json()
    assert answer["acked_seq"] == 2 and answer["quarantined"] == [bad["event_id"]]
    [(seq, reason)] = central.quarantine(admin_server.db)
    assert seq == 1 and where in reason and "UUID" in reason
    assert central.sale_uuids(admin_server.db) == []
    with logged_in(admin_server) as b:
        assert "keine gültige UUID" in b.http.get("/admin").text


@pytest.mark.parametrize("event_id", [XSS_EVENT_ID, str(uuid.uuid4()).upper()[:35] + "x",
                                      "{" + str(uuid.uuid4())[:34] + "}"])
def test_an_event_id_that_is_no_canonical_uuid_is_quarantined(
        admin_server: LiveServer, event_id: str) -> None:
    """The envelope's event_id must be a uuid too; the event is quarantined and the
    seq moves past it."""
    token = token_for(admin_server, 1)
    answer = push(admin_server, [{**event(1), "event_id": event_id}], token).json()
    assert answer["acked_seq"] == 1 and answer["quarantined"] == [event_id]
    [(_, reason)] = central.quarantine(admin_server.db)
    assert "event_id" in reason


def _no_inline_code(page: str) -> None:
    assert not re.search(r"<script|<style|<[a-z][^>]*\s(on\w+|style)=", page, re.I), page


def test_pages_have_no_inline_script_or_style(admin_server: LiveServer) -> None:
    """The CSP forbids inline code, so no page relies on any; the style sheet is a file
    the server serves itself."""
    token_for(admin_server, 1, store=XSS_STORE)
    with browser(admin_server) as anonymous:
        _no_inline_code(anonymous.http.get("/admin/login").text)
        _no_inline_code(anonymous.login(password="falsch-falsch").text)
    with logged_in(admin_server) as b:
        overview = b.http.get("/admin").text
        assert '<link rel="stylesheet" href="/admin/static/admin.css">' in overview
        css = b.http.get("/admin/static/admin.css")
        assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
        for page in (overview,
                     b.post("/admin/stations", form={"store": "Soest", "station": "7"}).text,
                     b.post("/admin/stations", form={"store": "", "station": "7"}).text):
            _no_inline_code(page)


HEADERS = {
    "content-security-policy": ("default-src 'self'; script-src 'self'; style-src 'self'; "
                                "img-src 'self'; object-src 'none'; base-uri 'none'; "
                                "form-action 'self'; frame-ancestors 'none'"),
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
}
# (method, path, logged in, request) for every admin route, answered or refused.
CASES: list[tuple[str, str, bool, dict[str, Any]]] = [
    ("GET", "/admin", True, {}),
    ("GET", "/admin", False, {}),
    ("GET", "/admin/login", False, {}),
    ("POST", "/admin/login", False, {"data": {"user": "admin", "password": "falsch!!"}}),
    ("POST", "/admin/logout", True, {"data": {}}),
    ("POST", "/admin/stations", True, {"data": {"store": "Soest", "station": "4"}}),
    ("POST", "/admin/stations/{number}/revoke", True, {}),
    ("POST", "/admin/api/stations", True, {"json": {"store": "Soest", "station": 4}}),
    ("POST", "/admin/api/stations/{number}/revoke", False, {}),
    ("GET", "/admin/deliveries", True, {}),
    ("GET", "/admin/deliveries", False, {}),
    ("POST", "/admin/deliveries/{uuid}/status", True, {"data": {"status": "failed"}}),
    ("GET", "/admin/static/admin.css", False, {}),
    ("GET", "/admin/gibt-es-nicht", False, {}),
]


def _admin_routes() -> set[str]:
    app = create_app("sqlite://")
    paths = {r.path for r in app.routes if isinstance(r, APIRoute | Mount)}
    return {p for p in paths if p == "/admin" or p.startswith("/admin/")}


def test_the_header_cases_cover_every_admin_route() -> None:
    """A new admin route without a case below fails here."""
    tested = {path for _, path, _, _ in CASES}
    mounted = {p for p in _admin_routes() if not p.startswith("/admin/static")}
    assert mounted <= tested, mounted - tested
    assert "/admin/static" in _admin_routes()


@pytest.mark.parametrize("method, path, login, request_", CASES)
def test_every_admin_answer_carries_the_security_headers(
        sqlite_admin_server: LiveServer, method: str, path: str, login: bool,
        request_: dict[str, Any]) -> None:
    """Pages, redirects, refusals, static files and 404s alike."""
    server = sqlite_admin_server
    token_for(server, 3)
    url = path.replace("{number}", "3").replace("{uuid}", str(uuid.uuid4()))
    with browser(server) as b:
        if login:
            assert b.login().status_code == 303
        answer = b.http.request(method, url, headers={"Origin": b.origin}, **request_)
    for name, value in HEADERS.items():
        assert answer.headers.get(name) == value, (name, answer.status_code)
    assert answer.headers.get("cache-control") == "no-store"


def test_a_server_error_under_admin_carries_the_headers_and_no_traceback(
        sqlite_admin_server: LiveServer) -> None:
    """Even the generic 500 answer (here: a lost table) is sent with the headers."""
    with logged_in(sqlite_admin_server) as b:
        with sqlite_admin_server.db.engine.begin() as conn:
            conn.execute(text("DROP TABLE admin_session"))
        answer = b.http.get("/admin")
    assert answer.status_code == 500 and "Traceback" not in answer.text
    assert "Fehler" in answer.json()["message"]
    for name, value in HEADERS.items():
        assert answer.headers.get(name) == value
    api = httpx.get(f"{sqlite_admin_server.url}/api/v1/health")
    assert "content-security-policy" not in api.headers  # only the admin pages
