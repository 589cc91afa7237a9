"""Long work stopped by the user leaves nothing behind: no file, no half-marked batch."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.fiscal import dsfinvk_export, dsfinvk_receipts, master_data
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.services.kernel.messages import CANCELLED
from app.services.kernel.progress import CancelFlag, Cancelled
from app.services.labels import labels
from tests.conftest import Clock
from tests.fiscal.dsfinvk_helpers import read_zip, trading_day
from tests.test_labels import take_in


def stop_after(steps: int) -> tuple[CancelFlag, list[tuple[int, int]]]:
    """A flag whose user presses Abbrechen once ``steps`` steps were reported."""
    seen: list[tuple[int, int]] = []

    def report(done: int, total: int) -> None:
        seen.append((done, total))
        if len(seen) == steps:
            flag.cancel()

    flag = CancelFlag(report)
    return flag, seen


def test_flag_lets_the_last_step_through() -> None:
    """A stop asked for after the work is complete does not undo the finished work."""
    flag = CancelFlag()
    flag(1, 3)
    flag.cancel()
    flag(3, 3)  # complete: nothing to roll back any more
    with pytest.raises(Cancelled, match="nichts davon wurde gespeichert"):
        flag(2, 3)


def test_cancelled_label_batch_writes_no_file_and_marks_nothing(
        backend: Backend, volunteer: Actor, tmp_path: Path) -> None:
    codes = take_in(backend, volunteer, 8)
    backend.call(volunteer, labels.mark_printed, codes[:1])  # the untested electrical one
    queued = backend.query(volunteer, labels.unprinted_codes)
    out = tmp_path / "out"
    out.mkdir()
    flag, seen = stop_after(3)
    with pytest.raises(Cancelled) as error:
        backend.call(volunteer, labels.write_labels, queued, "a4-3x8", out / "e.pdf",
                     progress=flag)
    assert str(error.value) == str(CANCELLED)
    assert seen == [(1, 7), (2, 7), (3, 7)]  # stopped at the next label, not at the end
    assert list(out.iterdir()) == []  # neither the PDF nor its temporary file
    assert backend.query(volunteer, labels.unprinted_codes) == queued
    again, seen = stop_after(0)  # never pressed: the whole batch, every step reported
    written = backend.call(volunteer, labels.write_labels, queued, "a4-3x8", out / "e.pdf",
                           progress=again)
    assert written.codes == tuple(queued) and seen[-1] == (7, 7) and len(seen) == 7
    assert backend.query(volunteer, labels.unprinted_codes) == []


def test_cancelled_dsfinvk_export_leaves_no_zip(
        backend: Backend, manager: Actor, cashier: Actor, clock: Clock, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    backend.call(manager, master_data.update, street="Lange Wende 16", postcode="59755",
                 city="Arnsberg", tax_number="332/5751/0001")
    day = trading_day(backend, manager, cashier, clock)
    monkeypatch.setattr(dsfinvk_receipts, "CHUNK", 2)  # a report every second receipt
    out = tmp_path / "out"
    out.mkdir()
    flag, seen = stop_after(1)
    with pytest.raises(Cancelled):
        backend.query(manager, dsfinvk_export.export, day.day, day.day, out / "z.zip", flag)
    receipts = seen[0][1]
    assert seen == [(2, receipts)] and receipts > 2  # counted in receipts, not in cents
    assert list(out.iterdir()) == []
    flag, seen = stop_after(0)
    result = backend.query(manager, dsfinvk_export.export, day.day, day.day, out / "z.zip",
                           flag)
    assert seen[-1] == (receipts, receipts) == (result.receipts, result.receipts)
    assert "transactions.csv" in read_zip(out / "z.zip")
