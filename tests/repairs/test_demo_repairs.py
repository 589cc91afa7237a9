"""Demo repairs: outcomes and barriers over the demo weeks, and volunteer hours."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main
from app.db.models import Item, RepairRecord, VolunteerHours
from app.services.demo import repairs_flow
from app.services.intake import intake
from app.services.intake.intake import IntakeInput
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from tests.helpers.clock import Clock


def test_demo_repairs_spread_over_the_weeks(backend: Backend, volunteer: Actor,
                                            clock: Clock) -> None:
    """Twenty-one demo days give repairs of every outcome (barriers only at end of life),
    dated before today on received items, hours entries, and nothing the second time."""
    backend.call(volunteer, intake.take_in, IntakeInput(category="Elektrogeräte", quantity=30))
    with backend.db.write() as s:  # items arrived before the demo weeks
        for item in s.scalars(select(Item)):
            s.execute(Item.__table__.update().where(Item.id == item.id).values(
                received_at=clock.now - timedelta(days=40)))
    done = repairs_flow.fill_repairs(backend, 21)
    assert done.repairs > 10 and done.hours_entries > 3
    with backend.db.read() as s:
        rows = list(s.scalars(select(RepairRecord)))
        hours = list(s.scalars(select(VolunteerHours)))
    assert len(rows) == done.repairs and len(hours) == done.hours_entries
    assert {r.repair_status for r in rows} == {"Fixed", "Repairable", "End of life"}
    assert all((r.barrier is not None) == (r.repair_status == "End of life") for r in rows)
    assert all(clock.today - timedelta(days=21) <= r.repaired_on < clock.today for r in rows)
    assert repairs_flow.fill_repairs(backend, 21).repairs == 0


def test_demo_data_command_fills_the_workshop(tmp_path: Path, clock: Clock,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """`demo-data` reports the workshop's repairs and hours, and `export ords` then has rows."""
    d = str(tmp_path / "till")
    assert main(["--data-dir", d, "init", "--demo", "--station", "2", "--store", "Demo"],
                clock=clock) == 0
    assert main(["--data-dir", d, "demo-data", "--items", "60", "--days", "10"],
                clock=clock) == 0
    out = capsys.readouterr().out
    assert "Demo-Werkstatt:" in out and "Reparaturen" in out
    target = tmp_path / "ords.csv"
    start = (clock.today - timedelta(days=12)).isoformat()
    assert main(["--data-dir", d, "export", "ords", "--from", start, "--to",
                 clock.today.isoformat(), "-o", str(target)], clock=clock) == 0
    assert target.read_bytes().count(b"\r\n") > 2
