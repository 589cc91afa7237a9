"""Only the login service issues actors: forged actors and forged approvals are refused."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import messages
from app.db.models import AuditEntry, User
from app.errors import PermissionDenied
from app.services.checkout import cart as carts
from app.services.kernel.backend import Backend
from app.services.kernel.context import SYSTEM, Actor
from app.services.users import accounts as users
from app.sync_schema.enums import Role
from tests.helpers.checkout import cart_with

ROOT = Path(__file__).resolve().parents[1]


def _rows(backend: Backend) -> tuple[int, int]:
    with backend.db.read() as s:
        return (s.scalar(select(func.count()).select_from(User)) or 0,
                s.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def test_a_hand_built_manager_is_refused(backend: Backend, manager: Actor) -> None:
    """``Actor(role=MANAGER)`` built in code, even with a real manager's id and name, runs
    no service: German refusal, nothing written."""
    before = _rows(backend)
    forged = Actor(manager.user_id, manager.name, Role.MANAGER, manager.display_name)
    with pytest.raises(PermissionDenied, match="nicht vom Anmeldedienst"):
        backend.call(forged, users.create_user, "eve", "Eve", "cashier", "1234")
    assert _rows(backend) == before


def test_a_promoted_copy_of_a_real_actor_is_refused(backend: Backend, cashier: Actor) -> None:
    """A cashier's issued actor with its role changed to admin is refused (the seal covers
    the role); the unchanged actor still works."""
    promoted = dataclasses.replace(cashier, role=Role.ADMIN)
    with pytest.raises(PermissionDenied, match=messages.ACTOR_NOT_ISSUED[:30]):
        backend.call(promoted, users.unlock, "vera")
    with pytest.raises(PermissionDenied):
        backend.query(dataclasses.replace(cashier, name="maria"), users.list_users)
    assert backend.query(cashier, users.list_users)


def test_a_forged_approval_is_refused(backend: Backend, cashier: Actor,
                                      manager: Actor) -> None:
    """A discount above the limit approved by a forged manager (or by the system) is
    refused; the logged-in manager's approval goes through."""
    cart = cart_with(backend, cashier, [], (("Fahrräder", "60,00", 1),))
    key = cart.lines[0].key
    forged = Actor(manager.user_id, "maria", Role.MANAGER, manager.display_name,
                   seal=b"\0" * 32)
    with pytest.raises(PermissionDenied, match="nicht vom Anmeldedienst"):
        carts.set_line_discount(cart, key, percent=50, approver=forged)
    with pytest.raises(PermissionDenied, match="nicht vom Anmeldedienst"):
        carts.set_sale_discount(cart, percent=50, approver=forged)
    with pytest.raises(PermissionDenied, match="Freigabe durch die Leitung"):
        carts.set_line_discount(cart, key, percent=50, approver=SYSTEM)
    assert cart.total_cents == 6000 and cart.lines[0].discount_approved_by is None
    carts.set_line_discount(cart, key, percent=50, approver=manager)
    assert cart.lines[0].discount_approved_by == "maria"


def test_login_issues_a_working_actor(backend: Backend) -> None:
    """The actor the PIN login returns runs services with its role."""
    outcome = backend.login("maria", "333333")
    assert outcome.actor is not None and outcome.actor.issued
    backend.call(outcome.actor, users.unlock, "kai")


def test_only_the_login_service_issues_actors() -> None:
    """``issue_actor`` is called only in kernel/context.py (SYSTEM) and users/accounts.py."""
    allowed = {ROOT / "app/services/kernel/context.py", ROOT / "app/services/users/accounts.py"}
    callers = set()
    for top in ("app", "server"):
        for path in (ROOT / top).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.Name | ast.Attribute) and \
                        getattr(node, "id", getattr(node, "attr", "")) == "issue_actor":
                    callers.add(path)
    assert callers - allowed == set()
