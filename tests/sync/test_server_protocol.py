"""The push protocol on a real server: auth, quarantine, duplicates, gaps, versions."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from app.errors import SyncError
from app.services.sync import flow as sync_client
from app.sync_schema import SCHEMA_HEADER
from server import cli as server_cli
from server.models import Event, Quarantine, Station
from tests.helpers.clock import Clock
from tests.sync import central
from tests.sync.live import STORE, LiveServer, make_till, register
from tests.sync.selling import sell, stock


def event(seq: int, station: int = 1, kind: str = "category.upserted",
          payload: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"event_id": str(uuid.uuid4()), "station_id": station, "seq": seq, "type": kind,
            "occurred_at": "2026-11-26T10:00:00+00:00",
            "payload": payload if payload is not None else {"name": f"Kategorie {seq}"}}


def sale_payload(total: int, lines_total: int) -> dict[str, Any]:
    return {"uuid": str(uuid.uuid4()), "kind": "sale", "station": 1, "receipt_number": 1,
            "user": "kai", "started_at": "2026-11-26T10:00:00+00:00",
            "finished_at": "2026-11-26T10:01:00+00:00", "total_cents": total,
            "lines": [{"position": 1, "description": "Buch", "quantity": 1,
                       "unit_price_cents": lines_total, "total_cents": lines_total,
                       "vat_kind": "reduced", "vat_rate_bp": 700}],
            "payments": [{"method": "cash", "amount_cents": total}]}


def token_for(server: LiveServer, number: int, store: str = STORE) -> str:
    code = server.add_station(number, store)
    answer = httpx.post(f"{server.url}/api/v1/register", json={"code": code})
    assert answer.status_code == 200, answer.text
    token: str = answer.json()["token"]
    return token


def push(server: LiveServer, events: list[dict[str, Any]], token: str | None,
         station: int = 1) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.post(f"{server.url}/api/v1/push", headers=headers,
                      json={"station_id": station, "events": events})


def test_refused_without_token_wrong_token_other_station_revoked(
        live_server: LiveServer) -> None:
    """No token, a wrong token, another station's events, a revoked station: refused,
    nothing stored."""
    token = token_for(live_server, 1)
    token_for(live_server, 2)
    batch = [event(1)]
    assert push(live_server, batch, None).status_code == 401
    assert push(live_server, batch, "falsch").status_code == 401
    assert push(live_server, batch, token, station=2).status_code == 403
    mixed = push(live_server, [event(1), event(2, station=2)], token)
    assert mixed.status_code == 403 and "eigenen Vorgänge" in mixed.json()["message"]
    live_server.revoke(1)
    revoked = push(live_server, batch, token)
    assert revoked.status_code == 403 and "gesperrt" in revoked.json()["message"]
    assert httpx.get(f"{live_server.url}/api/v1/pull",
                     headers={"Authorization": f"Bearer {token}"}).status_code == 403
    assert central.count_events(live_server.db) == 0
    assert central.quarantine(live_server.db) == []


def test_registration_code_is_one_time(live_server: LiveServer) -> None:
    """A used code is refused with a German message."""
    code = live_server.add_station(3)
    assert httpx.post(f"{live_server.url}/api/v1/register", json={"code": code}).is_success
    again = httpx.post(f"{live_server.url}/api/v1/register", json={"code": code})
    assert again.status_code == 400 and "Anmeldecode" in again.json()["message"]


def test_malformed_event_is_quarantined_without_blocking_the_next(
        live_server: LiveServer) -> None:
    """A sale whose lines do not add up is stored in quarantine; the seq moves past it."""
    token = token_for(live_server, 1)
    bad_sale = event(2, kind="sale.completed", payload=sale_payload(500, 400))
    broken_envelope = {**event(3), "occurred_at": "gestern"}
    batch = [event(1), bad_sale, broken_envelope, event(4)]
    answer = push(live_server, batch, token)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["acked_seq"] == 4 and body["gaps"] == []
    assert set(body["quarantined"]) == {bad_sale["event_id"], broken_envelope["event_id"]}
    reasons = dict(central.quarantine(live_server.db))
    assert "Summe der Positionen" in reasons[2] and "occurred_at" in reasons[3]
    assert central.count_events(live_server.db) == 4
    assert central.sale_uuids(live_server.db) == []


def test_duplicate_batch_changes_nothing_and_gap_is_reported(live_server: LiveServer) -> None:
    """The same batch twice stores nothing new; a hole in the seqs is reported."""
    token = token_for(live_server, 1)
    batch = [event(1), event(2, kind="sale.completed", payload=sale_payload(300, 300))]
    first = push(live_server, batch, token).json()
    second = push(live_server, batch, token).json()
    assert (first["stored"], first["acked_seq"]) == (2, 2)
    assert (second["stored"], second["duplicates"], second["acked_seq"]) == (0, 2, 2)
    assert central.count_events(live_server.db) == 2
    assert len(central.sale_uuids(live_server.db)) == 1
    gap = push(live_server, [event(5)], token).json()
    assert gap["acked_seq"] == 2 and gap["gaps"] == [{"first": 3, "last": 4}]
    filled = push(live_server, [event(3), event(4)], token).json()
    assert filled["acked_seq"] == 5 and filled["gaps"] == []


def test_schema_version_mismatch_is_a_german_error(tmp_path: Path, live_server: LiveServer,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A client speaking another protocol version gets a clear German message."""
    answer = httpx.post(f"{live_server.url}/api/v1/push", headers={SCHEMA_HEADER: "99"},
                        json={})
    assert answer.status_code == 409 and "Versionen" in answer.json()["message"]
    till = make_till(tmp_path, 1)
    register(till, live_server)
    monkeypatch.setattr(sync_client, "SCHEMA_VERSION", 99)
    with till.client() as client, pytest.raises(SyncError, match="Protokollversion"):
        client.sync()


def test_revoked_till_keeps_its_events_and_says_so(tmp_path: Path,
                                                   live_server: LiveServer) -> None:
    """A revoked till gets a German auth message; its events stay pending."""
    till = make_till(tmp_path, 1)
    register(till, live_server)
    sell(till.backend, stock(till.backend, 1))
    live_server.revoke(1)
    with till.client() as client, pytest.raises(SyncError, match="gesperrt"):
        client.sync()
    assert central.count_events(live_server.db) == 0


def test_pull_pages_and_skips_own_changes(live_server: LiveServer) -> None:
    """Pull pages by cursor, reports more, and never returns the puller's own changes."""
    one, two = token_for(live_server, 1), token_for(live_server, 2)
    push(live_server, [event(n) for n in range(1, 6)], one)
    push(live_server, [event(1, station=2, payload={"name": "Eigene"})], two, station=2)

    def page(token: str, cursor: int) -> dict[str, Any]:
        answer = httpx.get(f"{live_server.url}/api/v1/pull", params={"cursor": cursor,
                           "limit": 2}, headers={"Authorization": f"Bearer {token}"})
        assert answer.status_code == 200, answer.text
        body: dict[str, Any] = answer.json()
        return body

    seen, cursor, more = [], 0, True
    while more:
        body = page(two, cursor)
        seen += [c["key"] for c in body["changes"]]
        cursor, more = body["cursor"], body["more"]
    assert seen == [f"Kategorie {n}" for n in range(1, 6)]
    assert [c["key"] for c in page(one, 0)["changes"]] == []  # both its own
    assert [c["key"] for c in page(one, 4)["changes"]] == ["Eigene"]
    assert page(one, 6) == {"schema_version": 1, "changes": [], "cursor": 6, "more": False}


def test_unreadable_event_is_listed_once_however_often_it_comes(
        live_server: LiveServer) -> None:
    """An event without a usable id or seq is quarantined once; the batch still counts."""
    token = token_for(live_server, 1)
    broken = {"station_id": 1, "seq": "eins", "type": "item.upserted", "payload": {}}
    good = event(1)
    for _ in range(3):
        body = push(live_server, [good, broken], token).json()
        assert body["acked_seq"] == 1 and body["quarantined"] == ["seq eins"]
    assert len(central.quarantine(live_server.db)) == 1


def test_refund_waiting_for_its_sale_is_applied_when_the_sale_arrives(
        live_server: LiveServer) -> None:
    """An unknown reference is quarantined, then applied (and resolved) once it arrives."""
    one, two = token_for(live_server, 1), token_for(live_server, 2)
    sale = sale_payload(400, 400)
    refund = {**sale_payload(-400, -400), "kind": "refund", "station": 2,
              "refers_to_uuid": sale["uuid"]}
    refund["lines"][0]["quantity"] = -1
    waiting = push(live_server, [event(1, station=2, kind="refund.completed",
                                       payload=refund)], two, station=2).json()
    assert waiting["acked_seq"] == 1 and len(waiting["quarantined"]) == 1
    assert "Unbekannter Bezug" in central.quarantine(live_server.db)[0][1]
    push(live_server, [event(1, kind="sale.completed", payload=sale)], one)
    assert sorted(central.sale_uuids(live_server.db)) == sorted([sale["uuid"], refund["uuid"]])
    with live_server.db.read() as session:
        assert set(session.scalars(select(Event.status))) == {"applied"}
        assert None not in set(session.scalars(select(Quarantine.resolved_at)))
    assert server_cli.main(["--db", live_server.db_url, "quarantine", "retry"]) == 0


def test_server_times_come_from_its_injected_clock(sqlite_server_db: str) -> None:
    """Registration, contact, receipt and the status answer carry the server's clock."""
    clock = Clock(datetime(2028, 2, 29, 23, 30, tzinfo=UTC))
    server = LiveServer(sqlite_server_db, clock=clock)
    server.start()
    try:
        token = token_for(server, 1)
        with server.db.read() as session:
            registered = session.scalars(select(Station.registered_at)).one()
        assert registered == clock.now
        clock.advance(minutes=7)
        assert push(server, [event(1)], token).json()["acked_seq"] == 1
        status = httpx.get(f"{server.url}/api/v1/status",
                           headers={"Authorization": f"Bearer {token}"}).json()
        assert datetime.fromisoformat(status["server_time"]) == clock.now
        with server.db.read() as session:
            assert session.scalars(select(Event.received_at)).one() == clock.now
            assert session.scalars(select(Station.last_contact_at)).one() == clock.now
    finally:
        server.stop()
