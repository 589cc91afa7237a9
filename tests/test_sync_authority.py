"""The authority table till and server share: one rule per event type, each rule checked."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from app.services.intake.item_codes import make_code
from app.sync_schema import authority as auth
from app.sync_schema.enums import EventType, Role
from app.sync_schema.events import PAYLOADS


@dataclass
class Users:
    """A store's users as a directory: name -> role of the active ones."""

    roles: dict[str, Role] = field(default_factory=dict)
    setting_up: bool = False

    def role_of(self, name: str) -> Role | None:
        return self.roles.get(name)


STORE = Users({"maria": Role.MANAGER, "admin": Role.ADMIN, "kai": Role.CASHIER,
               "vera": Role.VOLUNTEER})
KETTLE = make_code(2, 17)  # minted by station 2


def test_every_event_type_has_exactly_one_rule() -> None:
    """No event type is left without an authority; the change kinds map onto them."""
    assert set(auth.RULES) == set(EventType) == set(PAYLOADS)
    assert set(auth.CHANGE_RULES.values()) <= set(auth.RULES)


@pytest.mark.parametrize("kind", ["item.deleted", "user.promoted", "", "<script>"])
def test_an_unknown_event_type_is_refused(kind: str) -> None:
    """Fail closed: a type not in the table is refused with its name in the reason."""
    with pytest.raises(auth.Refused, match="Unbekannter Ereignistyp"):
        auth.rule_for(kind)


def test_manager_events_carry_the_acting_user() -> None:
    """Every MANAGER event's payload has the acting-user field the rules read."""
    manager_types = {t for t, rule in auth.RULES.items() if rule is auth.Authority.MANAGER}
    assert manager_types == {EventType.USER_UPSERTED, EventType.USER_PIN_RESET,
                             EventType.CATEGORY_UPSERTED, EventType.MARKDOWN_CHANGED,
                             EventType.SETTING_CHANGED}
    for event_type in manager_types:
        assert auth.ACTOR_FIELD in PAYLOADS[event_type].model_fields


@pytest.mark.parametrize("sender, facts, refused", [
    (2, auth.ItemFacts(None, False), None),  # the minting station takes it in
    (2, auth.ItemFacts(2, False), None),  # and changes it later
    (1, auth.ItemFacts(2, False), "gehört Station 2"),  # another station may not
    (1, auth.ItemFacts(None, False), "gehört Station 2"),  # not even as the first record
    (2, auth.ItemFacts(2, True), "schon verkauft"),  # once sold, not even the owner
])
def test_item_belongs_to_its_minting_station_until_sold(
        sender: int, facts: auth.ItemFacts, refused: str | None) -> None:
    """Owner by the code's station digits; a sold record is frozen."""
    if refused is None:
        auth.check_item(KETTLE, sender, facts)
    else:
        with pytest.raises(auth.Refused, match=refused):
            auth.check_item(KETTLE, sender, facts)


def test_a_code_of_no_station_belongs_to_whoever_announced_it_first() -> None:
    """Outside the in-store range (or station 00) the first announcer owns the item."""
    foreign = "4006381333931"
    assert auth.minted_by(foreign) is None and auth.minted_by("2000000000011") is None
    auth.check_item(foreign, 3, auth.ItemFacts(None, False))
    with pytest.raises(auth.Refused, match="gehört Station 3"):
        auth.check_item(foreign, 4, auth.ItemFacts(3, False))


@pytest.mark.parametrize("sender, named, refused", [
    (1, 1, False), (1, None, False), (1, 2, True)])
def test_own_station_records_name_only_the_sender(sender: int, named: int | None,
                                                  refused: bool) -> None:
    """Receipts, cash and set-up records may only speak for the sending station."""
    if refused:
        with pytest.raises(auth.Refused, match="Station 2"):
            auth.check_station(sender, named)
    else:
        auth.check_station(sender, named)


@pytest.mark.parametrize("acted_by, directory, refused", [
    ("maria", STORE, None),
    ("admin", STORE, None),
    ("kai", STORE, "Rolle cashier"),
    ("vera", STORE, "Rolle volunteer"),
    ("mallory", STORE, "keine aktive Leitung"),
    (None, STORE, "ohne handelnde Person"),
    (None, Users(setting_up=True), None),  # the store's first till sets it up
    ("admin", Users(setting_up=True), None),
])
def test_store_data_needs_an_acting_manager(acted_by: str | None, directory: Users,
                                            refused: str | None) -> None:
    """Categories, markdown rules and settings: an active manager or admin of the store."""
    payload = {"key": "checkout.discount_approval_percent", "value": 1, "acted_by": acted_by}
    if refused is None:
        auth.check_manager(payload, directory)
    else:
        with pytest.raises(auth.Refused, match=refused):
            auth.check_manager(payload, directory)


NEW = auth.UserFacts(None, None)
CASHIER = auth.UserFacts(Role.CASHIER, True)
MANAGER = auth.UserFacts(Role.MANAGER, True)
ADMIN = auth.UserFacts(Role.ADMIN, True)


@pytest.mark.parametrize("name, role, active, acted_by, before, refused", [
    ("lea", "cashier", True, "maria", NEW, None),  # a manager creates a cashier
    ("kai", "manager", True, "maria", CASHIER, None),  # and promotes one
    ("kai", "admin", True, "maria", CASHIER, "nur die Verwaltung"),  # not to admin
    ("kai", "admin", True, "admin", CASHIER, None),  # an admin may
    ("admin", "admin", False, "maria", ADMIN, "nur die Verwaltung"),  # no manager on admins
    ("kai", "admin", True, "kai", CASHIER, "Rolle cashier"),  # no self-service
    ("maria", "manager", False, "kai", MANAGER, "Rolle cashier"),  # the attack
    ("maria", "manager", False, None, MANAGER, "ohne handelnde Person"),
    ("maria", "manager", False, "maria", MANAGER, "eigene Rolle"),  # not oneself
    ("admin", "cashier", True, "admin", ADMIN, "eigene Rolle"),
    ("maria", "Maria L.", True, "maria", MANAGER, None),  # own display name is fine
    ("kai", "cashier", False, "maria", auth.UserFacts(Role.CASHIER, True, other_store=True),
     "anderen Filiale"),
])
def test_user_changes_follow_the_role_rules(name: str, role: str, active: bool,
                                            acted_by: str | None, before: auth.UserFacts,
                                            refused: str | None) -> None:
    """Managers manage users, admins manage admins, nobody changes their own standing."""
    if role not in {r.value for r in Role}:  # a display-name change, role kept
        payload = {"name": name, "display_name": role, "role": before.role, "active": active,
                   "acted_by": acted_by}
    else:
        payload = {"name": name, "display_name": name, "role": role, "active": active,
                   "acted_by": acted_by}
    if refused is None:
        auth.check_user(payload, before, STORE)
    else:
        with pytest.raises(auth.Refused, match=refused):
            auth.check_user(payload, before, STORE)
