"""What applying a batch collects, and how an event is turned away."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


class Reject(Exception):
    """The event is stored but quarantined with this (German) reason. ``retry``: it only
    waits for a record that may still arrive (an unknown reference), so later pushes
    try it again."""

    def __init__(self, reason: str, *, retry: bool = False) -> None:
        super().__init__(reason)
        self.retry = retry


@dataclass
class Pending:
    """Change-feed rows still to be numbered and inserted at the end of the push."""

    station: int
    store_id: int
    now: datetime
    # The store has no manager or admin yet (``authority.setting_up``, once per push).
    setting_up: bool = False
    changes: list[dict[str, Any]] = field(default_factory=list)
    # Deliveries whose customer data is gone: every stored copy of their events is
    # blanked once the push has stored this batch (``deliveries.service.scrub_copies``).
    anonymised: set[str] = field(default_factory=set)

    def change(self, kind: str, key: str, data: dict[str, Any], origin: int | None) -> None:
        self.changes.append({"kind": kind, "key": key, "data": data, "origin": origin,
                             "created_at": self.now})

    def feed(self) -> list[dict[str, Any]]:
        """The changes to publish: per record only its last state in this push (an item
        taken in and sold in one batch is one change), in the order of that last state."""
        last = {(c["kind"], c["key"]): n for n, c in enumerate(self.changes)}
        return [c for n, c in enumerate(self.changes) if last[(c["kind"], c["key"])] == n]
