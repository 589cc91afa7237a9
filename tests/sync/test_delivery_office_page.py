"""The office's "Lieferungen" page: only after login, everything from a till printed as
text, every status button behind the same-origin check and the session's CSRF token."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from markupsafe import escape
from sqlalchemy import select

from server.central import Delivery, DeliveryStatusRecord
from server.models import Change
from tests.helpers.clock import Clock
from tests.sync.admin_browser import EVIL, browser, logged_in
from tests.sync.live import LiveServer
from tests.sync.test_server_protocol import event, push, token_for

SCRIPT = '<script>alert("name")</script>'
DAY = "2026-11-27"


def _order(**changed: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "uuid": str(uuid.uuid4()), "number": "L01-000001", "kind": "delivery",
        "window_start": "2026-11-27T13:00:00+00:00", "window_end": "2026-11-27T15:00:00+00:00",
        "service_minutes": 10, "name": "Erika Muster", "street": "Hauptstraße 5",
        "postcode": "59821", "city": "Arnsberg", "phone": "02931 12345",
        "notes": "3. Stock", "lat_e6": 51_405_000, "lon_e6": 8_060_000,
        "lines": [{"description": "Sofa", "quantity": 1, "weight_g": 35_000,
                   "volume_l": 900},
                  {"description": "Stehlampe", "quantity": 2, "weight_g": 2_680,
                   "volume_l": 40}],
        "trips": 1, "fee_cents": 900, "station": 1}
    payload.update(changed)
    return payload


def _booked(server: LiveServer, *orders: dict[str, Any]) -> None:
    token = token_for(server, 1)
    answer = push(server, [event(n, kind="delivery.booked", payload=o)
                           for n, o in enumerate(orders, start=1)], token)
    assert answer.status_code == 200 and answer.json()["quarantined"] == [], answer.text


def _status(server: LiveServer, order_uuid: str) -> str:
    with server.db.read() as session:
        row = session.get(Delivery, order_uuid)
        assert row is not None
        return row.status


def test_the_page_needs_a_login(admin_server: LiveServer) -> None:
    """Anonymous: the page sends to the login, a button press is refused."""
    order = _order()
    _booked(admin_server, order)
    with browser(admin_server) as anonymous:
        page = anonymous.http.get("/admin/deliveries", params={"day": DAY})
        assert page.status_code == 303 and page.headers["location"] == "/admin/login"
        press = anonymous.post(f"/admin/deliveries/{order['uuid']}/status",
                               token=None, form={"status": "delivered"})
        assert press.status_code == 401 and "anmelden" in press.text
    assert _status(admin_server, order["uuid"]) == "planned"


def test_the_day_list_shows_what_the_rider_needs_and_escapes_it(
        admin_server: LiveServer) -> None:
    """Window in Berlin time, kind, number, name, address, phone, load and status; a
    name like ``<script>`` is text."""
    hostile = _order(name=SCRIPT, notes="<img src=x onerror=alert(1)>",
                     street="Am Markt 1 & 2")
    pickup = _order(number="L01-000002", kind="pickup", name="Bernd Spender",
                    window_start="2026-11-27T08:00:00+00:00",
                    window_end="2026-11-27T09:00:00+00:00", fee_cents=0)
    _booked(admin_server, hostile, pickup, _order(
        number="L01-000003", window_start="2026-11-28T08:00:00+00:00",
        window_end="2026-11-28T09:00:00+00:00", name="Morgen Kunde"))
    with logged_in(admin_server) as b:
        page = b.http.get("/admin/deliveries", params={"day": DAY}).text
        overview = b.http.get("/admin").text
    assert str(escape(SCRIPT)) in page and SCRIPT not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page and "Am Markt 1 &amp; 2" in page
    assert not re.search(r"<(script|img)\b", page)
    assert "14:00–16:00" in page and "09:00–10:00" in page  # Berlin, winter
    assert page.index("Bernd Spender") < page.index("L01-000001")  # by window
    assert "Abholung" in page and "Lieferung" in page
    for text in ("59821 Arnsberg", "02931 12345", "1× Sofa, 2× Stehlampe", "40,4 kg",
                 "980 l", "geplant", "Station 1"):
        assert text in page, text
    assert "Morgen Kunde" not in page  # another day
    assert page.count('name="csrf_token"') >= 2 * 3  # three buttons per open order
    assert 'href="/admin/deliveries"' in overview


def test_a_button_without_the_token_or_from_elsewhere_is_refused(
        admin_server: LiveServer) -> None:
    """No CSRF token, a wrong one, or a foreign origin: 403, the status stays."""
    order = _order()
    _booked(admin_server, order)
    path = f"/admin/deliveries/{order['uuid']}/status"
    with logged_in(admin_server) as b:
        for answer in (b.post(path, token=None, form={"status": "delivered"}),
                       b.post(path, token="falsch", form={"status": "delivered"}),
                       b.post(path, origin=EVIL, form={"status": "delivered"}),
                       b.post(path, origin=None, form={"status": "delivered"})):
            assert answer.status_code == 403, answer.text
            assert "Abgelehnt" in answer.text
    assert _status(admin_server, order["uuid"]) == "planned"


def test_the_buttons_set_the_status_and_a_final_one_stays(admin_server: LiveServer) -> None:
    """"nicht angetroffen", then "erledigt": the page shows it and offers no more
    buttons; a third press, a status the office cannot set and an unknown order are
    refused in German."""
    order = _order()
    _booked(admin_server, order)
    path = f"/admin/deliveries/{order['uuid']}/status"
    with logged_in(admin_server) as b:
        failed = b.post(path, form={"status": "failed", "day": DAY})
        assert failed.status_code == 303
        assert _status(admin_server, order["uuid"]) == "failed"
        page = b.http.get("/admin/deliveries", params={"day": DAY}).text
        assert "nicht angetroffen" in page and "Zentrale: admin" in page
        assert b.post(path, form={"status": "delivered", "day": DAY}).status_code == 303
        page = b.http.get("/admin/deliveries", params={"day": DAY}).text
        assert "erledigt" in page and f'action="{path}"' not in page
        again = b.post(path, form={"status": "cancelled"})
        assert again.status_code == 409 and "schon „erledigt“ und bleibt so" in again.text
        planned = b.post(f"/admin/deliveries/{uuid.uuid4()}/status",
                         form={"status": "failed"})
        assert planned.status_code == 409 and "gibt es in der Zentrale nicht" in planned.text
        planned_again = b.post(path, form={"status": "planned"})
        assert planned_again.status_code == 409
        assert "kann hier nicht gesetzt werden" in planned_again.text
        moved = b.post(path, form={"status": "rescheduled", "new_day": DAY,
                                   "window_from": "10:00", "window_to": "12:00"})
        assert moved.status_code == 409 and "bleibt so" in moved.text
        bad_day = b.http.get("/admin/deliveries", params={"day": "morgen"})
        assert bad_day.status_code == 400 and "kein Tag" in bad_day.text
    assert _status(admin_server, order["uuid"]) == "delivered"


def test_the_page_shows_today_in_berlin_by_default(admin_server: LiveServer,
                                                   clock: Clock) -> None:
    """Without a day the page lists the orders of the server's Berlin today (23:30 UTC
    on the 26th is already the 27th in Berlin)."""
    clock.now = datetime(2026, 11, 26, 23, 30, tzinfo=UTC)
    _booked(admin_server, _order())
    with logged_in(admin_server) as b:
        page = b.http.get("/admin/deliveries").text
    assert "27.11.2026" in page and "Erika Muster" in page


def test_a_move_without_a_usable_window_is_refused_in_german(admin_server: LiveServer,
                                                             clock: Clock) -> None:
    """"verschieben" without a day or a time, with a time that is none, a window that
    ends before it starts or one that is over already: 409 in German, the order keeps
    its status, day and window, and no change is queued for the till."""
    order = _order()
    _booked(admin_server, order)
    path = f"/admin/deliveries/{order['uuid']}/status"
    tomorrow = (clock.today + timedelta(days=1)).isoformat()
    yesterday = (clock.today - timedelta(days=1)).isoformat()
    cases = [
        ({"new_day": tomorrow, "window_from": "10:00"}, "bitte die Uhrzeiten"),
        ({"window_from": "10:00", "window_to": "12:00"}, "bitte den neuen Tag"),
        ({"new_day": tomorrow, "window_from": "10 Uhr", "window_to": "12:00"},
         "„10 Uhr“ ist keine Uhrzeit"),
        ({"new_day": "morgen", "window_from": "10:00", "window_to": "12:00"},
         "„morgen“ ist kein Tag"),
        ({"new_day": tomorrow, "window_from": "12:00", "window_to": "10:00"},
         "12:00–10:00 Uhr endet nicht nach seinem Beginn"),
        ({"new_day": yesterday, "window_from": "10:00", "window_to": "12:00"},
         "ist schon vorbei"),
    ]
    with logged_in(admin_server) as b:
        page = b.http.get("/admin/deliveries", params={"day": DAY}).text
        assert 'type="date"' in page and page.count('type="time"') == 2
        assert 'value="rescheduled"' in page and "verschieben" in page
        for form, reason in cases:
            answer = b.post(path, form={"status": "rescheduled", "day": DAY, **form})
            assert answer.status_code == 409, (form, answer.text)
            assert reason in answer.text, (form, answer.text)
    with admin_server.db.read() as session:
        row = session.get(Delivery, order["uuid"])
        assert row is not None
        assert (row.status, row.day.isoformat()) == ("planned", DAY)
        assert row.window_start == datetime(2026, 11, 27, 13, tzinfo=UTC)
        assert row.window_end == datetime(2026, 11, 27, 15, tzinfo=UTC)
        assert list(session.scalars(select(DeliveryStatusRecord.status).where(
            DeliveryStatusRecord.delivery_uuid == order["uuid"]))) == ["planned"]
        assert list(session.scalars(select(Change.cursor).where(
            Change.kind == "delivery_status"))) == []
