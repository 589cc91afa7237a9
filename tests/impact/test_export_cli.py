"""``kreislauf export impact``: CSV per day and category, the event PDF, German errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pypdfium2
import pytest
from pypdf import PdfReader

from app.cli import main
from app.config import Paths
from app.services.intake import lifecycle
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from tests.conftest import Clock
from tests.helpers.checkout import take_in
from tests.impact.helpers import sell, unknown_category

Cli = Callable[..., int]
pytestmark = pytest.mark.usefixtures("open_till")


@pytest.fixture
def cli(clock: Clock) -> Cli:
    def run(paths: Paths, *args: str) -> int:
        return main(["--data-dir", str(paths.data_dir), *args], clock=clock)
    return run


@pytest.fixture
def traded(backend: Backend, manager: Actor, cashier: Actor, volunteer: Actor,
           clock: Clock) -> str:
    """Today: a chest, two books, one unknown thing sold; 2,5 kg of metal recycled."""
    unknown_category(backend, manager)
    sell(backend, cashier, ("Möbel", "25,00", 1), ("Bücher", "1,00", 2),
         ("Krimskrams", "1,00", 1))
    [code] = take_in(backend, volunteer, category="Elektrogeräte", status="received")
    backend.call(volunteer, lifecycle.recycle, code, "recycled", "metal", 2500)
    return clock.today.isoformat()


def test_csv_has_a_row_per_day_and_category_and_unknown_says_so(
        backend: Backend, paths: Paths, cli: Cli, traded: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "klima.csv"
    assert cli(paths, "export", "impact", "--from", traded, "--to", traded,
               "-o", str(target)) == 0
    assert "Klima-Bilanz geschrieben" in capsys.readouterr().out
    raw = target.read_bytes().decode("utf-8")
    assert raw.startswith("\ufeff") and "\r\n" in raw
    rows = [r.split(";") for r in raw.lstrip("\ufeff").split("\r\n")]
    assert rows[0] == ["tag", "warengruppe", "klima_kategorie", "artikel",
                       "kg_wiederverwendet", "kg_co2e_vermieden", "positionen_ohne_faktor"]
    assert [traded, "Möbel", "furniture", "1", "29,810", "33,565", "0"] in rows
    assert [traded, "Bücher", "books", "2", "0,800", "4,800", "0"] in rows
    assert [traded, "Krimskrams", "", "1", "0,300", "unbekannt", "1"] in rows
    assert ["tag", "stoffstrom", "kg_recycelt", "kg_co2e_recycling"] in rows
    assert [traded, "metal", "2,500", "unbekannt"] in rows


def test_the_event_pdf_has_summary_charts_and_sources(
        backend: Backend, paths: Paths, cli: Cli, traded: str, tmp_path: Path) -> None:
    target = tmp_path / "klima.pdf"
    assert cli(paths, "export", "impact", "--from", traded, "--to", traded,
               "-o", str(target)) == 0
    reader = PdfReader(target)
    assert len(reader.pages) == 3  # summary, categories and recycling, method and sources
    summary = reader.pages[0].extract_text()
    assert "Klima-Bilanz" in summary and "Zeitraum: " in summary
    for figure, label in (("4", "Artikel wiederverwendet"), ("30,9", "kg wiederverwendet"),
                          ("2,5", "kg recycelt"), ("38,4", "kg CO2e vermieden")):
        assert f"{figure}\n{label}" in summary
    assert "kg CO2e vermieden je Monat" in summary
    assert "1 Positionen ohne Klima-Faktor" in summary
    assert "Möbel" in reader.pages[1].extract_text()
    method = " ".join(reader.pages[2].extract_text().split())
    assert "Fixometer" in method and "Verdrängungsfaktor 0,50" in method
    assert "RepaNet" in method and "(Schätzwert)" in method
    assert "keine zitierfähige Zahl" in method  # the metal stream: unknown, said so
    doc = pypdfium2.PdfDocument(target)
    try:
        image = doc[0].render(scale=1).to_pil().convert("RGB")
    finally:
        doc.close()
    small = image.resize((image.width // 2, image.height // 2))
    greens = sum(1 for x in range(small.width) for y in range(small.height)
                 if (p := small.getpixel((x, y))) is not None and isinstance(p, tuple)
                 and p[1] > p[0] + 40 and p[1] > p[2] + 40)
    assert greens > 200  # the bar chart and the big figures are drawn in green


@pytest.mark.parametrize(("args", "words"), [
    (("--from", "2026-12-05", "--to", "2026-12-01", "-o", "k.csv"), "endet vor seinem Beginn"),
    (("--from", "2026-13-01", "--to", "2026-12-31", "-o", "k.csv"), "2026-13-01"),
    (("--from", "2026-12-01", "--to", "2026-12-31", "-o", "k.xlsx"), ".csv oder .pdf"),
])
def test_bad_input_is_one_german_line_and_no_file(
        backend: Backend, paths: Paths, cli: Cli, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], args: tuple[str, ...], words: str) -> None:
    args = tuple(str(tmp_path / a) if a.startswith("k.") else a for a in args)
    assert cli(paths, "export", "impact", *args) == 1
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1 and "Traceback" not in err
    assert list(tmp_path.glob("k.*")) == []


def test_a_period_without_sales_still_exports(backend: Backend, paths: Paths, cli: Cli,
                                              tmp_path: Path) -> None:
    target = tmp_path / "leer.pdf"
    assert cli(paths, "export", "impact", "--from", "2020-01-01", "--to", "2020-01-31",
               "-o", str(target)) == 0
    text = PdfReader(target).pages[0].extract_text()
    assert "Keine Verkäufe im Zeitraum" in text and "unbekannt" in text
