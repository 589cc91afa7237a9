"""``kreislauf export ords``: the Open Repair Data Standard's columns and codelist values."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from app.cli import main
from app.config import Paths
from app.services.intake import intake
from app.services.intake.intake import IntakeInput
from app.services.kernel.backend import Backend
from app.services.kernel.clock import berlin_today
from app.services.kernel.context import Actor
from app.services.workshop import ords, repairs
from app.services.workshop.repairs import RepairInput
from tests.conftest import Clock

# The ORA's published v0.3 data (OpenRepairData_v0.3_aggregate tableschema), in order.
ORDS_HEADER = ["id", "data_provider", "country", "partner_product_category",
               "product_category", "product_category_id", "brand", "year_of_manufacture",
               "product_age", "repair_status", "repair_barrier_if_end_of_life",
               "group_identifier", "event_date", "problem"]
Cli = Callable[..., int]


@pytest.fixture
def cli(clock: Clock) -> Cli:
    def run(paths: Paths, *args: str) -> int:
        return main(["--data-dir", str(paths.data_dir), *args], clock=clock)
    return run


def _repair(backend: Backend, who: Actor, category: str, data: dict[str, object]) -> str:
    code = backend.call(who, intake.take_in, IntakeInput(category=category))[0].code
    backend.call(who, repairs.record_repair, RepairInput(code=code, **data))  # type: ignore[arg-type]
    return code


def test_ords_csv_has_the_standard_columns_and_values(
        backend: Backend, volunteer: Actor, paths: Paths, cli: Cli, clock: Clock,
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Three repairs of the range come out with the ORDS header, DEU, the ORDS category of
    powered items (none for furniture), the product age and the codelist texts; a repair
    outside the range is left out."""
    today = berlin_today(clock)
    _repair(backend, volunteer, "Elektrogeräte", {
        "problem": "Heizdraht lose", "repair_status": "Fixed", "brand": "Severin",
        "year": str(today.year - 10), "repaired_on": today - timedelta(days=3)})
    _repair(backend, volunteer, "Lampen", {
        "problem": "Fassung gebrochen", "repair_status": "End of life",
        "barrier": "No way to open product", "repaired_on": today - timedelta(days=2)})
    _repair(backend, volunteer, "Möbel", {
        "problem": "Schublade klemmt", "repair_status": "Repairable", "repaired_on": today})
    _repair(backend, volunteer, "Möbel", {
        "problem": "alt", "repair_status": "Fixed", "repaired_on": today - timedelta(days=30)})
    target = tmp_path / "ords.csv"
    start = (today - timedelta(days=7)).isoformat()
    assert cli(paths, "export", "ords", "--from", start, "--to", today.isoformat(),
               "-o", str(target)) == 0
    assert "3 Reparaturen" in capsys.readouterr().out
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert rows[0] == ORDS_HEADER
    records = [dict(zip(ORDS_HEADER, r, strict=True)) for r in rows[1:]]
    assert [r["repair_status"] for r in records] == ["Fixed", "End of life", "Repairable"]
    kettle, lamp, chest = records
    assert all(r["country"] == "DEU" for r in records)
    assert (kettle["partner_product_category"], kettle["product_category"],
            kettle["product_category_id"]) == ("Elektrogeräte", "Small kitchen item", "29")
    assert (kettle["brand"], kettle["year_of_manufacture"], kettle["product_age"]) == (
        "Severin", str(today.year - 10), "10")
    assert kettle["event_date"] == (today - timedelta(days=3)).isoformat()
    assert kettle["repair_barrier_if_end_of_life"] == ""
    assert (lamp["product_category"], lamp["product_category_id"]) == ("Lamp", "15")
    assert lamp["repair_barrier_if_end_of_life"] == "No way to open product"
    assert (chest["product_category"], chest["product_category_id"]) == ("", "")
    assert chest["year_of_manufacture"] == chest["product_age"] == ""
    assert len({r["id"] for r in records}) == 3


def test_every_mapped_category_is_an_ords_category() -> None:
    """The data table maps impact keys only to the 40 ORDS v0.3 categories; Misc is 18."""
    table = ords.ords_categories()
    assert len(table.names) == 40 and table.names[18] == "Misc"
    assert table.for_item("nonexistent_key", True) == ("Misc", "18")
    assert table.for_item("kettle", True) == ("Kettle", "14")
    assert table.for_item("furniture", False) == ("", "")


@pytest.mark.parametrize(("args", "words"), [
    (("--from", "2026-11-01", "--to", "2026-11-30", "-o", "{dir}/ords.txt"), "auf .csv enden"),
    (("--from", "2026-11-30", "--to", "2026-11-01", "-o", "{dir}/ords.csv"), "vor seinem Beginn"),
    (("--from", "2026-13-01", "--to", "2026-11-30", "-o", "{dir}/ords.csv"), "2026-13-01"),
    (("--from", "1990-01-01", "--to", "1990-01-31", "-o", "{dir}/ords.csv"),
     "keine Reparatur erfasst"),
])
def test_bad_input_is_one_german_line_and_no_file(
        backend: Backend, paths: Paths, cli: Cli, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], args: tuple[str, ...], words: str) -> None:
    """A wrong suffix, a reversed or bad range, or no repairs: one German line, no file."""
    out = tmp_path / "out"
    out.mkdir()
    assert cli(paths, "export", "ords", *(a.format(dir=out) for a in args)) == 1
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1 and "Traceback" not in err
    assert list(out.iterdir()) == []
