"""A station may speak only for itself: the attack of issue 13 through a real server and
two real tills, the honest changes that still travel, and the server's and the till's
refusals one by one."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from app.db.models import AuditEntry, Item, User
from app.services.intake import intake
from app.services.intake.item_codes import make_code
from app.services.kernel import outbox
from app.services.kernel.context import SYSTEM, Ctx
from app.services.sync import apply as sync_apply
from app.services.users import accounts as users
from app.sync_schema import Change
from app.sync_schema.enums import EventType, ItemStatus, Role
from app.sync_schema.payloads import ItemPayload, UserPayload
from server.models import Event
from tests.helpers.actors import actor
from tests.helpers.checkout import take_in
from tests.sync import central
from tests.sync.admin_browser import logged_in
from tests.sync.live import LiveServer, Till, make_till, register
from tests.sync.test_server_protocol import event, push, token_for

SCRIPT = '<script>alert("kessel")</script>'


def _kettle(till: Till) -> str:
    """An electrical kettle in repair (no safety test yet) at ``till``, 25 €."""
    [code] = take_in(till.backend, actor(till.backend, "vera"), category="Elektrogeräte",
                     price="25,00", description="Wasserkocher", status="in_repair")
    return code


def _item(till: Till, code: str) -> Item:
    with till.backend.read() as ctx:
        row = ctx.session.scalar(select(Item).where(Item.code == code))
        assert row is not None
        ctx.session.expunge(row)
        return row


def _user(till: Till, name: str) -> tuple[str, bool]:
    with till.backend.read() as ctx:
        row = ctx.session.scalar(select(User).where(User.name == name))
        assert row is not None
        return row.role, row.active


def _queue_attack(till: Till, kettle: str) -> list[str]:
    """What a tampered till 1 puts in its outbox: another station's item made ready at
    0,01 € with a script, the cashier made admin, the manager switched off."""
    def attack(ctx: Ctx) -> list[str]:
        return [outbox.emit(ctx, event_type, payload).event_id for event_type, payload in (
            (EventType.ITEM_UPSERTED, ItemPayload(
                code=kettle, category="Elektrogeräte", description=SCRIPT, price_cents=1,
                status=ItemStatus.READY, electrical=True)),
            (EventType.USER_UPSERTED, UserPayload(
                name="kai", display_name="Kai", role=Role.ADMIN, active=True)),
            (EventType.USER_UPSERTED, UserPayload(
                name="kai", display_name="Kai", role=Role.ADMIN, active=True, acted_by="kai")),
            (EventType.USER_UPSERTED, UserPayload(
                name="maria", display_name="Maria Leitung", role=Role.MANAGER, active=False,
                acted_by="kai")),
            (EventType.USER_UPSERTED, UserPayload(  # a manager may not make admins
                name="kai", display_name="Kai", role=Role.ADMIN, active=True,
                acted_by="maria")),
        )]
    return till.backend.call(SYSTEM, attack)


def test_a_till_cannot_rewrite_another_stations_item_or_the_users(
        tmp_path: Path, admin_server: LiveServer) -> None:
    """The attack changes nothing at station 2 and is quarantined with its reason (listed
    in the office view); an honest manager's price change at station 1 still arrives."""
    one, two = make_till(tmp_path, 1), make_till(tmp_path, 2)
    register(one, admin_server)
    register(two, admin_server)
    kettle = _kettle(two)
    [lamp] = take_in(one.backend, actor(one.backend, "vera"), price="10,00",
                     description="Stehlampe")
    for till in (two, one, two):
        with till.client() as client:
            assert client.sync().quarantined == []
    before = _item(two, kettle)

    attack = _queue_attack(one, kettle)
    one.backend.call(actor(one.backend, "maria"), intake.update_item, lamp,
                     intake.ItemChanges(price="7,50"))
    with one.client() as client:
        report = client.sync()
    assert sorted(report.quarantined) == sorted(attack)
    with two.client() as client:
        pulled = client.sync()
    assert pulled.refused == []  # the server forwarded none of it

    after = _item(two, kettle)
    assert (after.status, after.price_cents, after.description) == (
        ItemStatus.IN_REPAIR, before.price_cents, "Wasserkocher")
    assert _user(two, "kai") == (Role.CASHIER, True)
    assert _user(two, "maria") == (Role.MANAGER, True)
    outcome = two.backend.login("kai", "2222")
    assert outcome.actor is not None and outcome.actor.role is Role.CASHIER
    assert _item(two, lamp).price_cents == 750  # the honest change travelled

    reasons = {seq: reason for seq, reason in central.quarantine(admin_server.db)}
    assert len(reasons) == len(attack)
    assert all("Keine Berechtigung" in reason for reason in reasons.values())
    assert any("gehört Station 2" in reason for reason in reasons.values())
    assert any("nur die Verwaltung" in reason for reason in reasons.values())
    with admin_server.db.read() as session:
        statuses = {eid: status for eid, status in session.execute(
            select(Event.event_id, Event.status))}
    assert {statuses[eid] for eid in attack} == {"quarantined"}
    with logged_in(admin_server) as browser:
        page = browser.http.get("/admin").text
    assert "gehört Station 2" in page and "Keine Berechtigung" in page
    assert SCRIPT not in page


def test_honest_user_changes_by_a_manager_reach_the_other_till(
        tmp_path: Path, live_server: LiveServer) -> None:
    """A user created and one switched off by the manager at till 1 arrive at till 2."""
    one, two = make_till(tmp_path, 1), make_till(tmp_path, 2)
    register(one, live_server)
    register(two, live_server)
    for till in (one, two):
        with till.client() as client:
            client.sync()
    maria = actor(one.backend, "maria")
    one.backend.call(maria, users.create_user, "lea", "Lea", "cashier", "4444")
    one.backend.call(maria, users.set_active, "vera", False)
    with one.client() as client:
        assert client.sync().quarantined == []
    with two.client() as client:
        report = client.sync()
    assert report.refused == [] and report.applied.get("user") == 2
    assert _user(two, "lea") == (Role.CASHIER, True)
    assert _user(two, "vera") == (Role.VOLUNTEER, False)


def test_a_replayed_or_forged_change_is_refused_and_audited_at_the_till(
        tmp_path: Path) -> None:
    """A server that forwards what it should not cannot change this till's items or
    users: nothing is applied, each refusal is in the audit log with its reason."""
    two = make_till(tmp_path, 2)
    kettle = _kettle(two)
    stolen = {"code": kettle, "category": "Elektrogeräte", "description": SCRIPT,
              "price_cents": 1, "status": "ready", "electrical": True}
    page = [
        # this till's own item, claimed by station 1, and even "from" station 2 itself
        Change(cursor=1, kind="item", key=kettle, origin_station=1, data=stolen),
        Change(cursor=2, kind="item", key=kettle, origin_station=2, data=stolen),
        Change(cursor=3, kind="user", key="kai", origin_station=1,
               data={"name": "kai", "display_name": "Kai", "role": "admin", "active": True}),
        Change(cursor=4, kind="user", key="kai", origin_station=1,
               data={"name": "kai", "display_name": "Kai", "role": "admin", "active": True,
                     "acted_by": "maria"}),
        Change(cursor=5, kind="user", key="maria", origin_station=1,
               data={"name": "maria", "display_name": "Maria", "role": "manager",
                     "active": False, "acted_by": "kai"}),
        Change(cursor=6, kind="category", key="Elektrogeräte", origin_station=1,
               data={"name": "Elektrogeräte", "default_price_cents": 1}),
        Change(cursor=7, kind="item.deleted", key=kettle, origin_station=1, data={}),
    ]
    applied = two.backend.call(SYSTEM, sync_apply.apply_changes, page)
    assert applied.counts == {"refused": len(page)} and len(applied.refused) == len(page)
    item = _item(two, kettle)
    assert (item.status, item.price_cents, item.description) == (
        ItemStatus.IN_REPAIR, 2500, "Wasserkocher")
    assert _user(two, "kai") == (Role.CASHIER, True)
    assert _user(two, "maria") == (Role.MANAGER, True)
    with two.backend.read() as ctx:
        refusals = list(ctx.session.scalars(select(AuditEntry).where(
            AuditEntry.action == sync_apply.REFUSED_ACTION).order_by(AuditEntry.id)))
    assert [r.details["kind"] for r in refusals] == [c.kind for c in page]
    assert all(r.details["reason"] for r in refusals)


def test_another_stations_sale_only_marks_an_item_sold_at_the_till(tmp_path: Path) -> None:
    """A sale elsewhere marks this till's item sold, and nothing else of it changes."""
    two = make_till(tmp_path, 2)
    [code] = take_in(two.backend, actor(two.backend, "vera"), price="4,00",
                     description="Buch")
    sold = {"code": code, "category": "Bücher", "description": "anders", "price_cents": 1,
            "status": "sold"}
    applied = two.backend.call(SYSTEM, sync_apply.apply_changes,
                               [Change(cursor=1, kind="item", key=code, origin_station=1,
                                       data=sold)])
    assert applied.counts == {"item": 1}
    item = _item(two, code)
    assert (item.status, item.price_cents, item.description) == (ItemStatus.SOLD, 400, "Buch")


def _user_event(seq: int, station: int, **payload: Any) -> dict[str, Any]:
    return event(seq, station=station, kind="user.upserted",
                 payload={"display_name": payload["name"], "active": True, **payload})


def test_the_server_refuses_by_rule(live_server: LiveServer) -> None:
    """Unknown types, records naming another station, actor-less or under-privileged
    changes after set-up, and another store's users are quarantined with their reason;
    nothing of them reaches the other station's pull."""
    one = token_for(live_server, 1)
    two = token_for(live_server, 2)
    other_store = token_for(live_server, 3, store="Kaufhaus Soest")
    setup = push(live_server, [
        _user_event(1, 1, name="chef", role="manager"),  # the store's set-up: taken
        _user_event(2, 1, name="kasse", role="cashier", acted_by="chef"),
    ], one).json()
    assert setup["quarantined"] == []
    bad = [
        event(3, station=1, kind="item.deleted", payload={"code": "x"}),
        event(4, station=1, kind="station.initialised", payload={"number": 2, "store": "x"}),
        event(5, station=1, kind="cash_session.opened", payload={
            "session_id": 1, "number": 1, "opened_at": "2026-11-26T08:00:00+00:00",
            "float_cents": 0, "station": 2}),
        event(6, station=1, kind="category.upserted", payload={"name": "Ohne Person"}),
        event(7, station=1, kind="setting.changed", payload={
            "key": "checkout.max_quantity", "value": 1, "acted_by": "kasse"}),
        _user_event(8, 1, name="kasse", role="admin", acted_by="chef"),
        _user_event(9, 1, name="chef", role="manager", active=False, acted_by="chef"),
    ]
    body = push(live_server, bad, one).json()
    assert body["acked_seq"] == 9 and len(body["quarantined"]) == len(bad)
    reasons = dict(central.quarantine(live_server.db))
    assert "Unbekannter Ereignistyp" in reasons[3]
    assert "Station 2" in reasons[4] and "Station 2" in reasons[5]
    assert "ohne handelnde Person" in reasons[6] and "Rolle cashier" in reasons[7]
    assert "nur die Verwaltung" in reasons[8] and "eigene Rolle" in reasons[9]
    # another store: its own set-up is its business, our users are not
    theirs = push(live_server, [
        _user_event(1, 3, name="leitung-soest", role="manager"),
        _user_event(2, 3, name="kasse", role="manager", acted_by="leitung-soest"),
    ], other_store, station=3).json()
    assert len(theirs["quarantined"]) == 1
    assert "anderen Filiale" in dict(central.quarantine(live_server.db))[2]
    pulled = httpx.get(f"{live_server.url}/api/v1/pull", params={"cursor": 0},
                       headers={"Authorization": f"Bearer {two}"}).json()
    assert sorted(c["key"] for c in pulled["changes"]) == ["chef", "kasse"]
    assert all(c["data"]["role"] != "admin" for c in pulled["changes"])


def test_an_item_sold_centrally_is_frozen_but_its_first_record_still_arrives(
        live_server: LiveServer) -> None:
    """The owner's late first record of an item sold elsewhere is taken (as sold, for the
    reconciliation); a later rewrite of the sold record is refused."""
    one, two = token_for(live_server, 1), token_for(live_server, 2)
    code = make_code(1, 1)
    sale = {"uuid": str(uuid.uuid4()), "kind": "sale", "station": 2, "receipt_number": 1,
            "user": "kai", "started_at": "2026-11-26T10:00:00+00:00",
            "finished_at": "2026-11-26T10:01:00+00:00", "total_cents": 400,
            "lines": [{"position": 1, "item_code": code, "description": "Buch",
                       "quantity": 1, "unit_price_cents": 400, "total_cents": 400,
                       "vat_kind": "reduced", "vat_rate_bp": 700,
                       "needs_reconciliation": True}],
            "payments": [{"method": "cash", "amount_cents": 400}]}
    assert push(live_server, [event(1, station=2, kind="sale.completed", payload=sale)],
                two, station=2).json()["quarantined"] == []
    record = {"code": code, "category": "Bücher", "description": "Buch",
              "price_cents": 400, "status": "ready"}
    first = push(live_server, [event(1, kind="item.upserted", payload=record)], one).json()
    assert first["quarantined"] == []
    later = push(live_server, [event(2, kind="item.upserted",
                                     payload={**record, "price_cents": 1})], one).json()
    assert len(later["quarantined"]) == 1
    assert "schon verkauft" in dict(central.quarantine(live_server.db))[2]
