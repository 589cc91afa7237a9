"""Sync throughput: 100,000 events pushed through the real HTTP path into the server's
database, against a floor of a raw bulk insert of the same event rows into the same
database in the same run. SQLite always; PostgreSQL when ``KREISLAUF_BENCH_PG_URL`` (or
``KREISLAUF_TEST_PG_URL``) reaches a server that may create a throwaway database.

The HTTP path is a real ``kreislauf-server`` process and a real client sending batches of
500 in seq order from 10 stations; each event is validated, stored once and applied to
the central tables (items, sales with lines and payments, change feed).
Goal: within 3x of the floor. Prints one JSON object per line.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from _central import running_server, station_codes
from sqlalchemy import create_engine, delete, insert, text

from app.services.intake.item_codes import make_code
from app.services.kernel.clock import utc_now
from server.db import normalise_url, open_database
from server.models import Event, Station
from server.stations import service as stations

GOAL_RATIO = 3.0
EVENTS = int(os.environ.get("KREISLAUF_BENCH_EVENTS", "100000"))
STATIONS = 10
BATCH = 500
T0 = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def stream(station: int, count: int) -> list[dict[str, Any]]:
    """Items taken in and sold: two item events per sale, the sale with one line."""
    events: list[dict[str, Any]] = []
    serial = receipt = 0
    while len(events) < count:
        at = (T0 + timedelta(seconds=len(events))).isoformat()
        if len(events) % 3 < 2:
            serial += 1
            payload: dict[str, Any] = {
                "code": make_code(station, serial), "category": "Bücher",
                "description": f"Buch {serial}", "condition": "gut", "price_cents": 400,
                "weight_g": 300, "status": "ready", "electrical": False,
                "received_at": at, "location": ""}
            kind = "item.upserted"
        else:
            receipt += 1
            code = make_code(station, serial)
            payload = {
                "uuid": str(uuid.uuid4()), "kind": "sale", "station": station,
                "receipt_number": receipt, "user": "kai", "started_at": at,
                "finished_at": at, "total_cents": 400,
                "lines": [{"position": 1, "item_code": code, "description": "Buch",
                           "quantity": 1, "unit_price_cents": 400, "discount_cents": 0,
                           "total_cents": 400, "vat_kind": "reduced", "vat_rate_bp": 700,
                           "needs_reconciliation": False}],
                "payments": [{"method": "cash", "amount_cents": 400}]}
            kind = "sale.completed"
        events.append({"event_id": str(uuid.uuid4()), "station_id": station,
                       "seq": len(events) + 1, "type": kind, "occurred_at": at,
                       "payload": payload})
    return events


def floor_insert(url: str, streams: dict[int, list[dict[str, Any]]]) -> float:
    """Raw bulk insert of the same rows into the event table, one transaction; removed
    again afterwards so the HTTP run starts from the same empty store."""
    db = open_database(url)
    with db.write() as session:
        for number in streams:
            stations.add_station(session, "Bench", number, now=utc_now())
    with db.read() as session:
        ids = {st.number: st.id for st in session.query(Station)}
    now = datetime.now(UTC)
    rows = [{"event_id": e["event_id"], "station_id": ids[n], "seq": e["seq"],
             "type": e["type"], "occurred_at": datetime.fromisoformat(e["occurred_at"]),
             "payload": e["payload"], "status": "stored", "received_at": now}
            for n, events in streams.items() for e in events]
    start = time.perf_counter()
    with db.write() as session:
        conn = session.connection()
        for first in range(0, len(rows), BATCH):
            conn.execute(insert(Event), rows[first:first + BATCH])
    took = time.perf_counter() - start
    with db.write() as session:
        session.execute(delete(Event))
    db.dispose()
    return took


def http_push(url: str, streams: dict[int, list[dict[str, Any]]]) -> float:
    codes = station_codes(url, streams)
    with running_server(url) as base, httpx.Client(timeout=120) as client:
        tokens = {n: client.post(f"{base}/api/v1/register", json={"code": c}).json()["token"]
                  for n, c in codes.items()}
        bodies = [(n, json.dumps({"station_id": n, "events": events[i:i + BATCH]}))
                  for n, events in streams.items() for i in range(0, len(events), BATCH)]
        start = time.perf_counter()
        for n, body in bodies:
            answer = client.post(f"{base}/api/v1/push", content=body, headers={
                "Authorization": f"Bearer {tokens[n]}",
                "Content-Type": "application/json"})
            answer.raise_for_status()
        took = time.perf_counter() - start
        last = answer.json()
        assert last["acked_seq"] == len(streams[n]) and not last["quarantined"], last
    return took


def measure(backend: str, url: str) -> None:
    per = EVENTS // STATIONS
    streams = {n: stream(n, per) for n in range(1, STATIONS + 1)}
    total = per * STATIONS
    floor = floor_insert(url, streams)
    value = http_push(url, streams)
    print(json.dumps({
        "name": f"sync_push_{backend}", "value": round(value, 2), "unit": "s",
        "floor": round(floor, 2), "ratio": round(value / floor, 2), "goal": GOAL_RATIO,
        "goal_on": "ratio", "events": total, "events_per_s": round(total / value),
        "floor_events_per_s": round(total / floor), "batch": BATCH,
    }), flush=True)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        measure("sqlite", f"sqlite:///{tmp}/bench.sqlite3")
    pg = os.environ.get("KREISLAUF_BENCH_PG_URL") or os.environ.get("KREISLAUF_TEST_PG_URL")
    if pg:
        name = f"bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(normalise_url(pg), isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        except Exception as exc:  # not reachable: SQLite figures only
            print(f"# PostgreSQL skipped: {exc}", file=sys.stderr)
            return 0
        try:
            measure("postgresql", normalise_url(pg).rsplit("/", 1)[0] + f"/{name}")
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
