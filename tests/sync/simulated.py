"""Simulated stations: well-formed event streams without a till database (for load)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from app.services.intake.item_codes import make_code

T0 = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def item_event(station: int, seq: int, code: str, price: int = 400) -> dict[str, Any]:
    return _event(station, seq, "item.upserted", {
        "code": code, "category": "Bücher", "description": f"Buch {code}",
        "condition": "gut", "price_cents": price, "weight_g": 300, "status": "ready",
        "electrical": False, "received_at": T0.isoformat(), "location": ""})


def sale_event(station: int, seq: int, receipt: int, codes: list[str],
               price: int = 400) -> dict[str, Any]:
    lines = [{"position": n, "item_code": code, "description": f"Buch {code}", "quantity": 1,
              "unit_price_cents": price, "discount_cents": 0, "total_cents": price,
              "vat_kind": "reduced", "vat_rate_bp": 700, "needs_reconciliation": False}
             for n, code in enumerate(codes, 1)]
    total = price * len(codes)
    at = (T0 + timedelta(seconds=seq)).isoformat()
    return _event(station, seq, "sale.completed", {
        "uuid": str(uuid.uuid4()), "kind": "sale", "station": station,
        "receipt_number": receipt, "cash_session_id": None, "user": "kai",
        "started_at": at, "finished_at": at, "total_cents": total, "lines": lines,
        "payments": [{"method": "cash", "amount_cents": total, "tendered_cents": total,
                      "change_cents": 0, "reference": ""}]})


def _event(station: int, seq: int, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
    return {"event_id": str(uuid.uuid4()), "station_id": station, "seq": seq, "type": kind,
            "occurred_at": (T0 + timedelta(seconds=seq)).isoformat(), "payload": payload}


def station_stream(station: int, items: int, shared_code: str | None = None
                   ) -> list[dict[str, Any]]:
    """A shared category and user, ``items`` items taken in, each sold on its own
    receipt; plus one sale of
    ``shared_code`` (a unique item every station sells: a conflict per extra sale)."""
    events: list[dict[str, Any]] = [
        # every station announces the same new category and user at once: racing inserts
        _event(station, 1, "category.upserted", {"name": "Gemeinsam", "vat_kind": "normal",
                                                 "default_price_cents": 100 * station}),
        _event(station, 2, "user.upserted", {"name": "gast", "display_name": f"Gast {station}",
                                             "role": "cashier", "active": True}),
    ]
    codes = [make_code(station, n) for n in range(1, items + 1)]
    for code in codes:
        events.append(item_event(station, len(events) + 1, code))
    for receipt, code in enumerate(codes, 1):
        events.append(sale_event(station, len(events) + 1, receipt, [code]))
    if shared_code is not None:
        events.append(sale_event(station, len(events) + 1, items + 1, [shared_code]))
    return events
