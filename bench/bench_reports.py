"""Z report and month overview on a year of data (200,000 sales) against one raw SQL
aggregation over the same rows in the same run. Goal: under 10 s and within 3x of the
floor (medians).

The year is bulk-inserted with sqlite3 ``executemany`` into a temp till: one cash
session and one Z closing per day, 1-3 lines per sale at 19 % or 7 %, cash or card,
about 1 % refunds and 0.5 % cancelled sales, a cash movement per day, and one audit
entry per sale.
"""

from __future__ import annotations

import atexit
import contextlib
import io
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _till import emit, median

from app.cli import main as cli_main
from app.config import Paths
from app.db.models import CashClosing
from app.services.kernel.backend import open_backend
from app.services.kernel.context import SYSTEM
from app.services.reports import csv_export as report_csv
from app.services.reports import figures as reports
from app.services.reports import month as month_report
from app.services.reports import pdf as report_pdf

SALES = 200_000
DAYS = 365
LAST_DAY = date(2026, 10, 31)
ROUNDS = 5
GOAL = "< 10 s and <= 3x the raw SQL floor"


def _ts(at: datetime) -> str:
    return at.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def fill_year(paths: Paths, seed: int = 11) -> None:
    """A year of sessions, sales, lines, payments, movements and closings."""
    rng = random.Random(seed)
    con = sqlite3.connect(paths.db_file)
    con.execute("PRAGMA synchronous=OFF")
    cats = [(cid, "reduced" if name == "Bücher" else "normal")
            for cid, name in con.execute("SELECT id, name FROM category ORDER BY id")]
    users = [uid for (uid,) in con.execute("SELECT id FROM user WHERE role != 'volunteer'")]
    manager = con.execute("SELECT id FROM user WHERE role = 'manager'").fetchone()[0]
    per_day = SALES // DAYS + 1
    sale_id = line_id = 0
    sales: list[tuple[object, ...]] = []
    lines: list[tuple[object, ...]] = []
    pays: list[tuple[object, ...]] = []
    first_day = LAST_DAY - timedelta(days=DAYS - 1)
    with con:
        for n in range(DAYS):
            day = first_day + timedelta(days=n)
            opened = datetime(day.year, day.month, day.day, 8, 0, tzinfo=UTC)
            session = n + 1
            con.execute("INSERT INTO cash_session (id, station_id, number, opened_at, "
                        "opened_by, float_cents) VALUES (?,1,?,?,?,15000)",
                        (session, session, _ts(opened), manager))
            con.execute("INSERT INTO cash_movement (cash_session_id, kind, amount_cents, "
                        "reason, user_id, created_at) VALUES (?,'withdrawal',-5000,'Bank',?,?)",
                        (session, manager, _ts(opened + timedelta(hours=5))))
            for k in range(min(per_day, SALES - sale_id)):
                sale_id += 1
                at = opened + timedelta(seconds=30 + k * 55)
                roll = rng.random()
                kind = "refund" if roll < 0.01 else "cancelled" if roll < 0.015 else "sale"
                sign = -1 if kind == "refund" else 1
                total = 0
                for pos in range(1, rng.randint(1, 3) + 1):
                    line_id += 1
                    cid, vat = cats[rng.randrange(len(cats))]
                    price = rng.choice((100, 250, 500, 800, 1500, 2500))
                    qty = rng.choice((1, 1, 1, 2))
                    amount = price * qty
                    total += amount
                    lines.append((line_id, sale_id, pos, cid, "Ware", sign * qty, price, 0,
                                  sign * amount, vat, 1900 if vat == "normal" else 700))
                head_total = 0 if kind == "cancelled" else sign * total
                sales.append((sale_id, str(uuid.UUID(int=rng.getrandbits(128))), sale_id, kind,
                              session, users[k % len(users)], _ts(at), _ts(at), head_total))
                if kind != "cancelled":
                    method = "cash" if rng.random() < 0.7 else "card"
                    pays.append((sale_id, method, head_total))
            closed = opened + timedelta(hours=10)
            _flush(con, sales, lines, pays)
            con.execute(
                "INSERT INTO cash_closing (cash_session_id, station_id, z_number, closed_at, "
                "closed_by, counted_cents, counted_denominations, expected_cents, "
                "difference_cents, banked_cents, comment, figures) "
                "VALUES (?,1,?,?,?,0,'{}',0,0,0,'','{}')",
                (session, session, _ts(closed), manager))
    con.execute("ANALYZE")
    con.close()


def _flush(con: sqlite3.Connection, sales: list[tuple[object, ...]],
           lines: list[tuple[object, ...]], pays: list[tuple[object, ...]]) -> None:
    con.executemany("INSERT INTO sale (id, uuid, station_id, receipt_number, kind, "
                    "cash_session_id, user_id, started_at, finished_at, total_cents, note) "
                    "VALUES (?,?,1,?,?,?,?,?,?,?,'')", sales)
    con.executemany("INSERT INTO sale_line (id, sale_id, position, category_id, description, "
                    "quantity, unit_price_cents, discount_cents, total_cents, vat_kind, "
                    "vat_rate_bp, needs_reconciliation) VALUES (?,?,?,?,?,?,?,?,?,?,?,0)", lines)
    con.executemany("INSERT INTO payment (sale_id, method, amount_cents, tendered_cents, "
                    "change_cents, reference) VALUES (?,?,?,0,0,'')", pays)
    # One audit entry per sale, as a real till has (the report bisects the log by time).
    con.executemany("INSERT INTO audit_entry (at, station_id, user_id, user_name, action, "
                    "object_type, object_id, details, prev_hash, hash) "
                    "VALUES (?,1,?,'kai','sale.completed','sale',?,'{}','','')",
                    [(s[7], s[5], s[1]) for s in sales])
    sales.clear()
    lines.clear()
    pays.clear()


def timed(fn: Callable[[], object]) -> float:
    samples = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return median(samples)


def make_empty_till() -> Paths:
    """A till with demo users and categories but no demo trading days."""
    root = Path(tempfile.mkdtemp(prefix="kreislauf-bench-reports-"))
    atexit.register(shutil.rmtree, root, True)  # a year of sales takes ~100 MB
    data = root / "data"
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert cli_main(["--data-dir", str(data), "init", "--demo", "--station", "1",
                         "--store", "Bench-Kaufhaus"]) == 0
        assert cli_main(["--data-dir", str(data), "demo-data", "--items", "0",
                         "--days", "0"]) == 0
    return Paths(data)


def main() -> None:
    paths = make_empty_till()
    start = time.perf_counter()
    fill_year(paths)
    print(f"# filled {SALES} sales in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    backend = open_backend(paths)
    raw = sqlite3.connect(paths.db_file)
    try:
        with backend.read() as ctx:
            closing_id = reports.closings_on(ctx, LAST_DAY)[0]
            session_id = ctx.session.get(CashClosing, closing_id).cash_session_id  # type: ignore[union-attr]
        z_floor = timed(lambda: raw.execute(
            "SELECT l.vat_kind, p.method, SUM(l.total_cents) FROM sale s "
            "JOIN sale_line l ON l.sale_id = s.id LEFT JOIN payment p ON p.sale_id = s.id "
            "WHERE s.cash_session_id = ? GROUP BY l.vat_kind, p.method", (session_id,)
        ).fetchall())

        def z_figures() -> object:
            return backend.query(SYSTEM, reports.recompute_z, closing_id)

        z = z_figures()
        assert z.receipts > 0  # type: ignore[attr-defined]
        z_value = timed(z_figures)
        emit("z_report_figures", z_value * 1000, "ms", z_floor * 1000, GOAL,
             met=z_value < 10 and z_value <= 3 * z_floor, sales=SALES)
        z_files = timed(lambda: (report_pdf.reports_pdf([z_figures()]),  # type: ignore[list-item]
                                 report_csv.reports_csv([z_figures()])))  # type: ignore[list-item]
        emit("z_report_pdf_csv", z_files * 1000, "ms", z_floor * 1000, GOAL,
             met=z_files < 10, sales=SALES)

        lo, hi = month_report.month_range(LAST_DAY.year, LAST_DAY.month)
        m_floor = timed(lambda: raw.execute(
            "SELECT substr(s.finished_at, 1, 10), l.vat_kind, SUM(l.total_cents) FROM sale s "
            "JOIN sale_line l ON l.sale_id = s.id WHERE s.station_id = 1 "
            "AND s.finished_at >= ? AND s.finished_at < ? AND s.kind IN ('sale', 'refund') "
            "GROUP BY 1, 2", (_ts(lo), _ts(hi))).fetchall())

        def month() -> object:
            return backend.query(SYSTEM, month_report.month_overview, LAST_DAY.year,
                                 LAST_DAY.month)

        m_value = timed(month)
        emit("month_overview", m_value * 1000, "ms", m_floor * 1000, GOAL,
             met=m_value < 10 and m_value <= 3 * m_floor, sales=SALES,
             days=len(month().days))  # type: ignore[attr-defined]
    finally:
        raw.close()
        backend.close()


if __name__ == "__main__":
    main()
