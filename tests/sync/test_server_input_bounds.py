"""Hostile values on a real server: never a 500; a bad event is quarantined with its
reason while the rest of its batch arrives; a bad envelope or body gets a German 4xx."""

from __future__ import annotations

import copy
import re
import socket
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from app.services.intake.item_codes import make_code
from app.sync_schema import MAX_BATCH, limits
from app.sync_schema.enums import ErrorCode
from server.settings import ServerSettings
from tests.sync import central
from tests.sync.admin_browser import logged_in, set_password
from tests.sync.live import STORE, LiveServer
from tests.sync.test_server_protocol import event, push, token_for

AT = "2026-11-26T10:00:00+00:00"
# Beyond a BIGINT, beyond an unsigned one, below a BIGINT, a bool, a float, a string.
NEVER_AN_INT: list[Any] = [2**63, 2**64, -2**63 - 1, True, False, 1.5, "7"]
HOSTILE_INTS: list[Any] = [*NEVER_AN_INT, 2**62]
NOT_UUIDS = ["<svg/onload=alert(1)>", "1234", "g" * 36, "x" * 5000, 17, None]
LONG = "Ä" * 5000


def _sale(seq: int) -> dict[str, Any]:
    return {"uuid": str(uuid.uuid4()), "kind": "sale", "station": 1, "receipt_number": seq,
            "user": "kai", "started_at": AT, "finished_at": AT, "total_cents": 400,
            "cash_session_id": 1, "refers_to_receipt": 1, "sale_discount_cents": 0,
            "markdowns": {make_code(1, 1): 10},
            "lines": [{"position": 1, "item_code": make_code(1, seq), "description": "Buch",
                       "quantity": 1, "unit_price_cents": 400, "discount_cents": 0,
                       "total_cents": 400, "vat_kind": "reduced", "vat_rate_bp": 700,
                       "item_id": 1, "category_id": 1, "refers_to_line_id": 1}],
            "payments": [{"method": "cash", "amount_cents": 400, "tendered_cents": 500,
                          "change_cents": 100}]}


# A valid payload of every event type that carries integers, with every optional int set.
PAYLOADS: dict[str, Any] = {
    "station.initialised": lambda seq: {"number": 1, "store": STORE},
    "item.upserted": lambda seq: {
        "code": make_code(1, seq), "category": "Bücher", "description": "Buch",
        "price_cents": 400, "status": "ready", "weight_g": 300, "electrical": True,
        "safety_test": {"tested_at": AT, "passed": True, "tester": "kai",
                        "pe_resistance_mohm": 100, "insulation_kohm": 2000,
                        "leakage_ua": 50}},
    "category.upserted": lambda seq: {"name": f"Kategorie {seq}", "default_price_cents": 100,
                                      "avg_weight_g": 200, "hotkey": 3},
    "markdown.changed": lambda seq: {"id": seq, "after_days": 30, "percent": 10,
                                     "category_id": 2},
    "sale.completed": _sale,
    "cash_session.opened": lambda seq: {
        "session_id": seq, "number": seq, "opened_at": AT, "float_cents": 0, "station": 1,
        "suggested_float_cents": 0, "denominations": {"200": 1}},
    "cash_movement.recorded": lambda seq: {
        "movement_id": seq, "session_id": 1, "kind": "einlage", "amount_cents": 100,
        "reason": "Wechselgeld", "created_at": AT, "station": 1},
    "cash_session.closed": lambda seq: {
        "session_id": 1, "z_number": seq, "closed_at": AT, "counted_cents": 100,
        "expected_cents": 100, "difference_cents": 0, "closing_id": seq, "station": 1,
        "denominations": {"100": 1}, "banked_cents": 0},
}


def _int_paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Where ``value`` holds an integer (a bool is not one)."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _int_paths(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _int_paths(inner, (*path, index))
    elif isinstance(value, int) and not isinstance(value, bool):
        yield path


def _with(payload: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(payload)
    target: Any = changed
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return changed


def _german_error(answer: httpx.Response, status: int | None = None) -> dict[str, Any]:
    """A 4xx with the ErrorBody (code and a German message)."""
    assert 400 <= answer.status_code < 500, (answer.status_code, answer.text)
    if status is not None:
        assert answer.status_code == status, (answer.status_code, answer.text)
    body: dict[str, Any] = answer.json()
    assert set(body) == {"code", "message", "schema_version"}, body
    assert body["message"] and "Traceback" not in body["message"]
    return body


class Station:
    """The registered station 1 pushing one case per batch, each with fresh seqs."""

    def __init__(self, server: LiveServer) -> None:
        self.server, self.token, self.seq = server, token_for(server, 1), 0
        self.post(self.good())  # the cash session the movements and closings refer to
        self.post(event(self.next(), kind="cash_session.opened",
                        payload=PAYLOADS["cash_session.opened"](1)))

    def next(self) -> int:
        self.seq += 1
        return self.seq

    def good(self) -> dict[str, Any]:
        return event(self.next(), payload={"name": f"Gut {uuid.uuid4().hex[:8]}"})

    def post(self, *events: dict[str, Any], **batch: Any) -> httpx.Response:
        body = {"station_id": 1, "events": list(events), **batch}
        return httpx.post(f"{self.server.url}/api/v1/push", json=body, timeout=30,
                          headers={"Authorization": f"Bearer {self.token}"})

    def quarantines(self, bad: dict[str, Any], *, must: bool) -> str | None:
        """Push ``bad`` between two good events; the good ones arrive, ``bad`` is
        quarantined (when ``must``); returns a problem or None."""
        before, after = self.good(), None
        bad["seq"] = self.next() if bad.get("seq") == "next" else bad["seq"]
        after = self.good()
        answer = self.post(before, bad, after)
        if answer.status_code != 200:
            return f"HTTP {answer.status_code}: {answer.text[:200]}"
        stored = set(central.event_ids(self.server.db))
        quarantined = answer.json()["quarantined"]
        if not {before["event_id"], after["event_id"]} <= stored:
            return "the good events of the batch were lost"
        if any(before["event_id"] == q or after["event_id"] == q for q in quarantined):
            return "a good event was quarantined"
        if must and len(quarantined) != 1:
            return f"not quarantined: {answer.json()}"
        return None


@pytest.fixture
def station(live_server: LiveServer) -> Station:
    return Station(live_server)


def _payload_cases() -> list[tuple[str, tuple[Any, ...]]]:
    return [(kind, path) for kind, build in PAYLOADS.items() for path in _int_paths(build(1))]


@pytest.mark.parametrize("kind", list(PAYLOADS))
def test_every_integer_of_every_payload_out_of_range_is_quarantined(
        station: Station, kind: str) -> None:
    """Each integer of a payload as 2^63, 2^64, -2^63-1, 2^62, bool, float or string:
    HTTP 200, the event quarantined (2^62 may be a valid id), its neighbours arrive."""
    problems = []
    for path in _int_paths(PAYLOADS[kind](1)):
        for value in HOSTILE_INTS:
            seq = station.seq + 2
            bad = event("next", kind=kind, payload=_with(PAYLOADS[kind](seq), path, value))
            problem = station.quarantines(bad, must=value in NEVER_AN_INT)
            if problem:
                problems.append(f"{kind} {path}={value!r}: {problem}")
    assert problems == []


@pytest.mark.parametrize("value", [2**62, 2**50, limits.MAX_PRICE_CENTS
                                   * limits.MAX_LINE_QUANTITY + 1])
def test_a_sale_beyond_what_the_till_allows_is_quarantined(station: Station,
                                                           value: int) -> None:
    """A sale whose price, line total, receipt total and payment agree on an absurd
    amount is not a sale: quarantined, nothing of it in the central tables."""
    sale = _sale(station.seq + 2)
    sale["total_cents"] = value
    sale["lines"][0].update(unit_price_cents=value, total_cents=value)
    sale["payments"][0].update(amount_cents=value, tendered_cents=value, change_cents=0)
    bad = event("next", kind="sale.completed", payload=sale)
    assert station.quarantines(bad, must=True) is None
    assert sale["uuid"] not in central.sale_uuids(station.server.db)


@pytest.mark.parametrize("field", ["seq", "station_id"])
def test_hostile_envelope_integers_are_quarantined(station: Station, field: str) -> None:
    """Event.seq and Event.station_id out of range or of the wrong type: quarantined."""
    problems = []
    for value in NEVER_AN_INT:
        bad = {**event(0), "seq": "next", field: value}
        problem = station.quarantines(bad, must=True)
        if problem:
            problems.append(f"{field}={value!r}: {problem}")
    assert problems == []


@pytest.mark.parametrize("kind", ["event_id", "uuid", "refers_to_uuid"])
def test_non_uuid_ids_are_quarantined_and_not_stored_as_ids(station: Station,
                                                            kind: str) -> None:
    """An event_id or sale uuid that is not a canonical UUID never becomes an id."""
    problems = []
    for value in NOT_UUIDS:
        if value is None and kind == "refers_to_uuid":
            continue  # no reference at all is a plain sale
        bad = event("next", kind="sale.completed", payload=_sale(station.seq + 2))
        if kind == "event_id":
            bad["event_id"] = value
        else:
            bad["payload"][kind] = value
        problem = station.quarantines(bad, must=True)
        if problem:
            problems.append(f"{kind}={value!r}: {problem}")
    stored = central.event_ids(station.server.db)
    assert problems == []
    assert all(str(uuid.UUID(eid)) == eid for eid in stored)
    assert not set(central.sale_uuids(station.server.db)) & {str(v) for v in NOT_UUIDS}


@pytest.mark.parametrize("value", ["2026-11-26T10:00:00", "0001-01-01T00:00:00+14:00",
                                   "9999-12-31T23:59:59-14:00", "gestern", 1.5, True])
@pytest.mark.parametrize("where", ["occurred_at", "finished_at", "opened_at"])
def test_impossible_times_are_quarantined(station: Station, where: str, value: Any) -> None:
    """A time without offset, one with no UTC (year 1 at +14:00) or no time at all."""
    kind = {"occurred_at": "category.upserted", "finished_at": "sale.completed",
            "opened_at": "cash_session.opened"}[where]
    bad = event("next", kind=kind, payload=PAYLOADS[kind](station.seq + 2))
    if where == "occurred_at":
        bad["occurred_at"] = value
    else:
        bad["payload"][where] = value
    assert station.quarantines(bad, must=True) is None


@pytest.mark.parametrize(("kind", "field"), [
    ("sale.completed", "note"), ("sale.completed", "user"),
    ("item.upserted", "description"), ("item.upserted", "category"),
    ("category.upserted", "name"), ("category.upserted", "parent"),
    ("category.upserted", "impact_key"), ("cash_movement.recorded", "reason"),
    ("cash_session.opened", "opened_by"), ("station.initialised", "store"),
])
def test_over_long_texts_are_quarantined(station: Station, kind: str, field: str) -> None:
    """A note, description or name longer than its column: quarantined, not cut or 500."""
    bad = event("next", kind=kind, payload={**PAYLOADS[kind](station.seq + 2), field: LONG})
    assert station.quarantines(bad, must=True) is None


def test_over_long_lists_are_quarantined(station: Station) -> None:
    """A receipt with more lines, payments or approvals than any till makes: quarantined."""
    sale = _sale(station.seq + 2)
    for field, value in [("lines", sale["lines"] * (limits.MAX_RECEIPT_LINES + 1)),
                         ("payments", sale["payments"] * (limits.MAX_PAYMENTS + 1)),
                         ("discount_approved_by", ["kai"] * (limits.MAX_RECEIPT_LINES + 1)),
                         ("restocked", [make_code(1, 1)] * (limits.MAX_RECEIPT_LINES + 1))]:
        bad = event("next", kind="sale.completed", payload={**sale, field: value})
        assert station.quarantines(bad, must=True) is None, field


@pytest.mark.parametrize(("field", "value"), [
    ("station_id", True), ("station_id", 2**63), ("station_id", "1"), ("station_id", 1.0),
    ("last_seq", 2**63), ("last_seq", -2**63 - 1), ("last_seq", True), ("last_seq", "9"),
    ("schema_version", 2**64), ("schema_version", True),
    ("audit_head", {"count": 2**63, "hash": "a" * 64}),
    ("audit_head", {"count": True, "hash": "a" * 64}),
    ("audit_head", {"count": 1, "hash": "a" * 64, "anchor_count": 2**64,
                    "anchor_hash": "b" * 64}),
    ("events", [{"x": 1}] * (MAX_BATCH + 1)),
])
def test_hostile_batch_envelope_is_a_german_4xx(station: Station, field: str,
                                                value: Any) -> None:
    """Out-of-range or mistyped batch fields, or more than MAX_BATCH events: a German
    4xx; nothing of the batch is stored."""
    before = central.count_events(station.server.db)
    _german_error(station.post(station.good(), **{field: value}))
    assert central.count_events(station.server.db) == before


def test_a_full_batch_is_taken(station: Station) -> None:
    """MAX_BATCH well-formed events in one push fit under the body cap."""
    events = [event(station.seq + n) for n in range(1, MAX_BATCH + 1)]
    answer = station.post(*events)
    assert answer.status_code == 200, answer.text
    assert answer.json()["stored"] == MAX_BATCH


@pytest.mark.parametrize("cursor", [2**63, 2**64, -1, -2**63 - 1, "eins", "1.5", "true"])
def test_hostile_pull_cursor_is_a_german_4xx(live_server: LiveServer, cursor: Any) -> None:
    """A pull cursor beyond the database, negative or not a number: 422, German."""
    token = token_for(live_server, 1)
    answer = httpx.get(f"{live_server.url}/api/v1/pull", params={"cursor": cursor},
                       headers={"Authorization": f"Bearer {token}"})
    assert _german_error(answer, 422)["code"] == ErrorCode.BAD_REQUEST


@pytest.mark.parametrize("limit", [2**63, 0, -1, "viele"])
def test_hostile_pull_limit_is_a_german_4xx(live_server: LiveServer, limit: Any) -> None:
    token = token_for(live_server, 1)
    answer = httpx.get(f"{live_server.url}/api/v1/pull", params={"limit": limit},
                       headers={"Authorization": f"Bearer {token}"})
    _german_error(answer, 422)


@pytest.mark.parametrize("number", ["99999999999999999999", str(2**63), "-1", "0", "100",
                                    "eins"])
def test_hostile_revoke_path_is_refused(admin_server: LiveServer, number: str) -> None:
    """A station number beyond any station in the revoke path: a 4xx, nothing revoked."""
    admin_server.add_station(1)
    with logged_in(admin_server) as b:
        answer = b.post(f"/admin/api/stations/{number}/revoke", json={})
        page = b.post(f"/admin/stations/{number}/revoke", form={})
    assert 400 <= answer.status_code < 500, answer.text
    assert 400 <= page.status_code < 500, page.text


def _raw_request(server: LiveServer, head: str, body: bytes = b"") -> tuple[int, bytes]:
    """Send ``head`` and only ``body`` (less than announced) and read the answer: a
    server that waits for the rest of the body would time out here."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(head.encode() + b"\r\n" + body)
        data = b""
        while b"\r\n\r\n" not in data:
            data += sock.recv(65536)
        header, rest = data.split(b"\r\n\r\n", 1)
        length = int(re.search(rb"content-length: (\d+)", header.lower()).group(1))  # type: ignore[union-attr]
        while len(rest) < length:
            rest += sock.recv(65536)
    return int(header.split(b" ", 2)[1]), rest


def _push_head(server: LiveServer, length: int, token: str | None) -> str:
    auth = f"Authorization: Bearer {token}\r\n" if token else ""
    return (f"POST /api/v1/push HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n{auth}"
            f"Content-Type: application/json\r\nContent-Length: {length}\r\n")


@pytest.mark.parametrize("token", [None, "falsch"])
def test_unauthenticated_huge_push_is_refused_before_its_body_is_read(
        live_server: LiveServer, token: str | None) -> None:
    """No or a wrong token with a 1 GB body announced: 401 at once, the body unread."""
    status, body = _raw_request(live_server, _push_head(live_server, 10**9, token),
                                b'{"station_id": 1, "events": [')
    assert status == 401 and b"Stationsschl" in body


def test_oversized_push_is_refused_before_its_body_is_read(live_server: LiveServer) -> None:
    """A station announcing a body above the cap: 413 with a German message, unread."""
    token = token_for(live_server, 1)
    cap = ServerSettings().max_push_bytes
    status, body = _raw_request(live_server, _push_head(live_server, cap + 1, token),
                                b'{"station_id": 1, "events": [')
    assert status == 413 and b"zu gro" in body


@pytest.fixture
def small_cap_server(server_url_db: str) -> Iterator[LiveServer]:
    server = LiveServer(server_url_db, settings=ServerSettings(max_push_bytes=20_000))
    server.start()
    yield server
    server.stop()


def test_streamed_push_over_the_cap_is_cut_off(small_cap_server: LiveServer) -> None:
    """A chunked body without Content-Length is counted as it comes: 413 past the cap."""
    token = token_for(small_cap_server, 1)
    events = [event(n) for n in range(1, 200)]

    def chunks() -> Iterator[bytes]:
        yield httpx.Request("POST", "/", json={"station_id": 1, "events": events}).read()

    answer = httpx.post(f"{small_cap_server.url}/api/v1/push", content=chunks(),
                        headers={"Authorization": f"Bearer {token}",
                                 "Content-Type": "application/json"})
    assert _german_error(answer, 413)["code"] == ErrorCode.TOO_LARGE
    assert central.count_events(small_cap_server.db) == 0


def test_push_under_the_cap_still_works(small_cap_server: LiveServer) -> None:
    token = token_for(small_cap_server, 1)
    answer = push(small_cap_server, [event(1)], token)
    assert answer.status_code == 200 and answer.json()["acked_seq"] == 1


@pytest.mark.parametrize("path", ["/api/v1/register", "/admin/login"])
def test_oversized_other_bodies_are_refused(live_server: LiveServer, path: str) -> None:
    """Registration and the login form are small: a body above their cap is a 413."""
    set_password(live_server)
    kind = "application/json" if path.startswith("/api/") else \
        "application/x-www-form-urlencoded"
    head = (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{live_server.port}\r\n"
            f"Origin: {live_server.url}\r\n"
            f"Content-Type: {kind}\r\nContent-Length: {10**8}\r\n")
    status, body = _raw_request(live_server, head, b'{"code": "')
    assert status == 413 and "zu groß" in body.decode()


def test_register_with_hostile_station_id_is_a_german_4xx(live_server: LiveServer) -> None:
    code = live_server.add_station(1)
    for value in [True, 2**63, "1", 1.0]:
        answer = httpx.post(f"{live_server.url}/api/v1/register",
                            json={"code": code, "station_id": value})
        _german_error(answer)
