"""Report files: Z as PDF (text and raster checked) and CSV (totals equal the database),
the month overview, and ``kreislauf report`` with German one-line errors."""

from __future__ import annotations

import csv
import io
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from babel.dates import format_date
from pypdf import PdfReader
from sqlalchemy import func, select

from app.cli import main
from app.config import Paths
from app.db.models import Sale
from app.services.cash import closing
from app.services.cash import sessions as cash_sessions
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.services.reports import csv_export as report_csv
from app.services.reports import figures as reports
from app.services.reports import month as month_report
from app.services.reports import pdf as report_pdf
from app.services.reports.model import Report
from tests.helpers.cash import Line, sell
from tests.helpers.clock import Clock
from tests.test_reports import day_of_business

DRAWER = {5000: 1, 1000: 1, 200: 1, 10: 1, 2: 2}  # 62,14 €


def _closed_day(backend: Backend, manager: Actor, cashier: Actor, clock: Clock) -> Report:
    day_of_business(backend, manager, cashier, clock)
    return backend.call(manager, closing.close_session, DRAWER, banked_cents=5_000).report


def _db_turnover(backend: Backend) -> int:
    """Sales plus refunds (negative) straight from the sale table."""
    with backend.read() as ctx:
        sales = ctx.session.scalar(select(func.sum(Sale.total_cents))
                                   .where(Sale.kind == "sale")) or 0
        refunds = ctx.session.scalar(select(func.sum(func.abs(Sale.total_cents)))
                                     .where(Sale.kind == "refund")) or 0
    return int(sales) - int(refunds)


def _pdf_text(data: bytes) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return text.replace("\xa0", " ")


def _rasterise(data: bytes, tmp_path: Path) -> list[Path]:
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(data)
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(tmp_path / "page")],
                   check=True, timeout=60)
    return sorted(tmp_path.glob("page*.png"))


def _cents(text: str) -> int:
    euros, cents = text.split(",")
    sign = -1 if euros.startswith("-") else 1
    return sign * (abs(int(euros)) * 100 + int(cents))


def test_z_pdf_shows_key_figures_and_renders(backend: Backend, manager: Actor,
                                             cashier: Actor, clock: Clock,
                                             tmp_path: Path) -> None:
    """The Z PDF carries title, turnover, VAT, cash figures and categories, and rasterises."""
    z = _closed_day(backend, manager, cashier, clock)
    data = report_pdf.reports_pdf([z])
    text = _pdf_text(data)
    for expected in ("Z-Bericht Nr. 1", "Upcycling-Kaufhaus Arnsberg", "27,14 €", "3,99 €",
                     "7 % USt.", "Soll-Bestand", "62,14 €", "Möbel", "Kai Kasse",
                     "Entnahme", "Bank", "Erstattungen", "Verbleibt in der Kasse", "12,14 €"):
        assert expected in text, expected
    pages = _rasterise(data, tmp_path)
    assert pages and all(p.stat().st_size > 2_000 for p in pages)
    from PIL import Image
    with Image.open(pages[0]) as image:
        assert image.size[0] in range(400, 430)  # A4 at 50 dpi: 413 px wide
        assert image.convert("L").getextrema()[0] < 100  # something dark was drawn


def test_z_csv_parses_back_and_adds_up_to_the_sales(backend: Backend, manager: Actor,
                                                    cashier: Actor, clock: Clock) -> None:
    """BOM, ';' and decimal comma; VAT rows, payments and categories sum to the DB."""
    z = _closed_day(backend, manager, cashier, clock)
    data = report_csv.reports_csv([z])
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert list(rows[0]) == list(report_csv.REPORT_COLUMNS)
    assert {r["bericht"] for r in rows} == {"Z"} and {r["z_nr"] for r in rows} == {"1"}
    db_total = _db_turnover(backend)
    assert db_total == 2714

    def total(section: str, column: str = "betrag_eur") -> int:
        return sum(_cents(r[column]) for r in rows if r["abschnitt"] == section)
    assert total("Umsatz nach Steuersatz") == db_total
    assert total("Umsatz gesamt") == db_total
    assert total("Zahlungsart") == db_total
    assert total("Warengruppe") == db_total
    assert total("Umsatz nach Steuersatz", "ust_eur") == 413
    assert total("Zählung") == 6_214
    soll = next(r for r in rows if r["bezeichnung"] == "Soll-Bestand")
    assert soll["betrag_eur"] == "62,14"
    moebel = next(r for r in rows if r["bezeichnung"] == "Möbel")
    assert moebel["gewicht_kg"] == "29,810"


def test_month_overview_adds_up_per_day(backend: Backend, manager: Actor, cashier: Actor,
                                        clock: Clock, tmp_path: Path) -> None:
    """Two days with a Z each: one row per day, the sum row equals the database."""
    clock.make_room(1, same_month_days=1)
    first = clock.today
    _closed_day(backend, manager, cashier, clock)
    clock.advance(days=1)
    backend.call(manager, cash_sessions.open_session)
    sell(backend, cashier, [Line("Fahrräder", 6000)], card=6000)
    backend.call(manager, closing.close_session, {1000: 1, 200: 1, 10: 1, 2: 2})
    month = backend.query(manager, month_report.month_overview, first.year, first.month)
    assert [d.label for d in month.days] == [f"{first}", f"{first + timedelta(days=1)}"]
    assert [d.z_numbers for d in month.days] == [[1], [2]]
    assert month.total.gross_cents == _db_turnover(backend) == 8714
    assert (month.total.cash_cents, month.total.card_cents) == (214, 8500)
    rows = list(csv.reader(io.StringIO(report_csv.month_csv(month).decode("utf-8-sig")),
                           delimiter=";"))
    assert rows[0][:3] == ["datum", "z_nr", "belege"]
    assert rows[-1][0] == "Summe" and rows[-1][-1] == "87,14"
    text = _pdf_text(report_pdf.month_pdf(month))
    assert f"Monatsübersicht {format_date(first, 'MMMM y', locale='de_DE')}" in text
    assert "87,14 €" in text
    assert _rasterise(report_pdf.month_pdf(month), tmp_path)


def test_same_figures_from_reprint_as_at_closing(backend: Backend, manager: Actor,
                                                 cashier: Actor, clock: Clock) -> None:
    """The CSV of a reprinted Z is byte-identical to the one from the closing."""
    z = _closed_day(backend, manager, cashier, clock)
    with backend.read(manager) as ctx:
        (closing_id,) = reports.closings_on(ctx, clock.today)
        reprint = reports.z_report(ctx, closing_id)
    assert report_csv.reports_csv([reprint]).decode() == report_csv.reports_csv([z]).decode()


def _cli(paths: Paths, clock: Clock, *args: str) -> int:
    return main(["--data-dir", str(paths.data_dir), "report", *args], clock=clock)


def test_cli_writes_z_pdf_and_csv(backend: Backend, manager: Actor, cashier: Actor,
                                  clock: Clock, paths: Paths, tmp_path: Path) -> None:
    """`kreislauf report z --date` writes the day's Z as PDF or CSV."""
    _closed_day(backend, manager, cashier, clock)
    pdf, csv_file = tmp_path / "z.pdf", tmp_path / "z.csv"
    assert _cli(paths, clock, "z", "--date", f"{clock.today}", "-o", str(pdf)) == 0
    assert "Z-Bericht Nr. 1" in _pdf_text(pdf.read_bytes())
    assert _cli(paths, clock, "z", "--date", f"{clock.today}", "-o", str(csv_file)) == 0
    assert csv_file.read_bytes().startswith(b"\xef\xbb\xbf")
    month = tmp_path / "m.csv"
    assert _cli(paths, clock, "month", "--month", f"{clock.today:%Y-%m}", "-o", str(month)) == 0
    assert "27,14" in month.read_text("utf-8-sig")
    assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.parametrize(("args", "expected"), [
    (["z", "--date", "{yesterday}"], "keinen Z-Bericht"),
    (["z", "--date", "2999-01-01"], "in der Zukunft"),
    (["z", "--date", "26.11.2026"], "kein gültiges Datum"),
    (["month", "--month", "11/2026"], "kein gültiger Monat"),
    (["x"], "nicht geöffnet"),
    (["x", "--date", "2026-11-20"], "X-Bericht zeigt immer"),
])
def test_cli_errors_are_one_german_line_and_leave_no_file(
        backend: Backend, paths: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        clock: Clock, args: list[str], expected: str) -> None:
    """Bad dates, no Z, or no open session: exit non-zero, one German line, no file."""
    out = tmp_path / "out"
    out.mkdir()
    args = [a.format(yesterday=clock.today - timedelta(days=1)) for a in args]
    assert _cli(paths, clock, *args, "-o", str(out / "bericht.pdf")) != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and expected in err[0], err
    assert list(out.iterdir()) == []


def test_cli_refuses_unknown_output_format(backend: Backend, paths: Paths, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str],
                                           clock: Clock) -> None:
    """Only .pdf and .csv are written."""
    assert _cli(paths, clock, "z", "-o", str(tmp_path / "z.xlsx")) != 0
    assert ".pdf oder .csv" in capsys.readouterr().err


@pytest.mark.parametrize("clock", [datetime(2028, 2, 29, 23, 30, tzinfo=UTC)], indirect=True)
def test_cli_report_uses_the_injected_clock_and_berlin_days(
        backend: Backend, manager: Actor, cashier: Actor, clock: Clock, paths: Paths,
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`report z` on a till closed at 00:45 Berlin on 1 March 2028 finds that day's Z;
    29 Feb (the UTC day) has none, 2 March is in the future of the till's clock."""
    _closed_day(backend, manager, cashier, clock)
    pdf = tmp_path / "z.pdf"
    assert _cli(paths, clock, "z", "--date", "2028-03-01", "-o", str(pdf)) == 0
    assert "Z-Bericht Nr. 1" in _pdf_text(pdf.read_bytes())
    assert _cli(paths, clock, "z", "--date", "2028-02-29", "-o", str(pdf)) == 1
    assert _cli(paths, clock, "z", "--date", "2028-03-02", "-o", str(pdf)) == 1
    err = capsys.readouterr().err
    assert "29.02.2028 gibt es keinen Z-Bericht" in err and "in der Zukunft" in err


@pytest.mark.parametrize("width", [32, 42, 48])
def test_short_report_for_the_receipt_printer(backend: Backend, manager: Actor,
                                              cashier: Actor, clock: Clock,
                                              width: int) -> None:
    """The short Z fits the paper width and carries the key figures in ESC/POS CP858."""
    from app.services.reports import receipt as report_receipt

    z = _closed_day(backend, manager, cashier, clock)
    printed = report_receipt.job(z, width)
    text_lines = printed.text.splitlines()
    assert all(len(line) <= width for line in text_lines)
    assert "Z-BERICHT Nr. 1" in printed.text
    assert any(line.startswith("SUMME") and line.endswith("27,14") for line in text_lines)
    assert any(line.startswith("SOLL-BESTAND") and line.endswith("62,14") for line in text_lines)
    assert "Möbel".encode("cp858") in printed.escpos
    assert printed.escpos.startswith(b"\x1b@\x1bt\x13")


def test_cashier_x_files_leave_out_the_cash_figures(backend: Backend, manager: Actor,
                                                    cashier: Actor, clock: Clock) -> None:
    """A cashier's X shows turnover but neither float, movements nor expected cash."""
    day_of_business(backend, manager, cashier, clock)
    x = backend.query(cashier, reports.x_report)
    text = _pdf_text(report_pdf.reports_pdf([x]))
    assert "X-Bericht" in text and "27,14 €" in text
    assert "Soll-Bestand" not in text and "Bargeldbewegungen" not in text
    data = report_csv.reports_csv([x]).decode("utf-8-sig")
    assert "Kassenbestand" not in data and "Bargeldbewegung" not in data
    assert "Kassenbestand" in report_csv.reports_csv(
        [backend.query(manager, reports.x_report)]).decode("utf-8-sig")


def test_two_closings_on_one_day_both_go_into_the_file(
        backend: Backend, manager: Actor, paths: Paths, tmp_path: Path, clock: Clock) -> None:
    """A day with two Z closings gives one page per Z and CSV rows of both."""
    clock.make_room(5)
    for _ in range(2):
        backend.call(manager, cash_sessions.open_session, float_cents=1_000)
        clock.advance(hours=2)
        backend.call(manager, closing.close_session, {1000: 1})
    pdf, table = tmp_path / "z.pdf", tmp_path / "z.csv"
    assert _cli(paths, clock, "z", "--date", f"{clock.today}", "-o", str(pdf)) == 0
    assert _cli(paths, clock, "z", "--date", f"{clock.today}", "-o", str(table)) == 0
    pages = [p.extract_text() for p in PdfReader(pdf).pages]
    assert pages[0].startswith("Z-Bericht Nr. 1")
    assert any(p.startswith("Z-Bericht Nr. 2") for p in pages[1:])  # on a new page
    rows = list(csv.DictReader(io.StringIO(table.read_text("utf-8-sig")), delimiter=";"))
    assert {r["z_nr"] for r in rows} == {"1", "2"}


def test_unwritable_target_is_a_german_error(tmp_path: Path) -> None:
    """A missing directory gives a German sentence and leaves nothing behind."""
    from app.errors import KasseError
    from app.services.reports.files import write_atomic

    with pytest.raises(KasseError, match="kann nicht geschrieben werden"):
        write_atomic(tmp_path / "fehlt" / "z.pdf", b"%PDF")
    assert list(tmp_path.iterdir()) == []
