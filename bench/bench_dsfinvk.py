"""DSFinV-K export of a year (200,000 receipts, 365 Z closings) into one ZIP. Goal < 30 s.

The year comes from ``bench_reports.fill_year`` (sqlite3 bulk inserts: sessions, sales,
lines, payments, movements, closings); a finished software-TSE transaction is added to
every sale the same way, so ``transactions_tse.csv`` is as large as a real one. The
floor is one raw sqlite3 pass over the same heads and lines (no formatting, no ZIP).
"""

from __future__ import annotations

import base64
import sqlite3
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _till import emit
from bench_reports import DAYS, LAST_DAY, SALES, fill_year, make_empty_till

from app.config import Paths
from app.services.fiscal import dsfinvk_export
from app.services.kernel.backend import open_backend
from app.services.kernel.context import SYSTEM

GOAL = "< 30 s for a year of 200,000 receipts"


def add_tse(paths: Paths) -> None:
    """One tse_device and a finished transaction per sale (fake 64-byte signatures)."""
    con = sqlite3.connect(paths.db_file)
    con.execute("PRAGMA synchronous=OFF")
    key = base64.b64encode(b"\x04" + bytes(64)).decode()
    with con:
        con.execute("INSERT INTO tse_device (id, station_id, kind, serial, public_key, sig_alg, "
                    "time_format, pd_encoding, certificate_id, certified, client_id, brand, "
                    "model, commissioned_at) VALUES (1, 1, 'software', ?, ?, "
                    "'ecdsa-plain-SHA256', 'unixTime', 'UTF-8', 'Software-TSE', 0, "
                    "'KREISLAUF-01', '', '', '2025-01-01 00:00:00')", ("ab" * 32, key))
        sig = base64.b64encode(bytes(64)).decode()
        con.executemany(
            "INSERT INTO tse_transaction (uuid, station_id, tse_device_id, sale_id, "
            "process_type, process_data, bon_typ, tx_number, signature_counter, start_time, "
            "log_time, signature, tse_serial, client_id, sig_alg, time_format, public_key, "
            "state, error, recovered, created_at, resolved_at) SELECT uuid, 1, 1, id, "
            "'Kassenbeleg-V1', 'Beleg^0.00_0.00_0.00_0.00_0.00^', 'Beleg', id, 2 * id, "
            "started_at, finished_at, ?, '', 'KREISLAUF-01', '', '', '', 'finished', '', 0, "
            "finished_at, finished_at FROM sale WHERE kind != 'cancelled' AND id = ?",
            ((sig, n) for n in range(1, SALES + 1)))
    con.close()


def floor(paths: Paths) -> float:
    con = sqlite3.connect(paths.db_file)
    start = time.perf_counter()
    for _row in con.execute("SELECT s.id, s.uuid, s.started_at, s.finished_at, u.display_name "
                            "FROM sale s JOIN user u ON u.id = s.user_id ORDER BY s.finished_at"):
        pass
    for _row in con.execute("SELECT l.sale_id, l.position, l.description, l.total_cents "
                            "FROM sale_line l ORDER BY l.sale_id, l.position"):
        pass
    con.close()
    return time.perf_counter() - start


def main() -> None:
    paths = make_empty_till()
    start = time.perf_counter()
    fill_year(paths)
    add_tse(paths)
    print(f"# filled {SALES} sales with TSE rows in {time.perf_counter() - start:.1f} s",
          file=sys.stderr)
    first = LAST_DAY - timedelta(days=DAYS - 1)
    raw = floor(paths)
    backend = open_backend(paths)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            target = Path(tmp) / "jahr.zip"
            start = time.perf_counter()
            result = backend.query(SYSTEM, dsfinvk_export.export, first, LAST_DAY, target)
            seconds = time.perf_counter() - start
            size = target.stat().st_size
    finally:
        backend.close()
    emit("dsfinvk_export_year", seconds, "s", raw, GOAL, met=seconds < 30,
         receipts=result.receipts, closings=result.closings, zip_mb=round(size / 1e6, 1),
         lines=result.rows["lines.csv"])


if __name__ == "__main__":
    main()
