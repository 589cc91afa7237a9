"""The demo till signs with the software TSE from its first day: its weeks export with
signatures, one TSE outage, and a cash movement of every kind."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from app.cli import main
from app.config import Paths
from app.db.models import CashClosing, CashMovement, Sale, TseDevice, TseOutage, TseTransaction
from app.services.checkout import receipt_text as layout
from app.services.checkout import receipts
from app.services.fiscal import mode as fiscal_mode
from app.services.fiscal import qr
from app.services.kernel.backend import open_backend
from app.services.kernel.context import SYSTEM
from app.services.reports import figures
from app.sync_schema.enums import MovementKind
from tests.helpers.clock import Clock


def _table(archive: zipfile.ZipFile, name: str) -> list[dict[str, str]]:
    text = archive.read(name).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text), delimiter=";"))


def test_demo_weeks_are_signed_with_one_outage_and_every_movement(
        tmp_path: Path, clock: Clock) -> None:
    """demo-data: every record signed at its own time but those of one outage, which
    say "TSE ausgefallen", fill TSE_TA_FEHLER and show on that day's Z."""
    d = tmp_path / "till"
    assert main(["--data-dir", str(d), "init", "--demo", "--station", "1", "--store", "Demo"],
                clock=clock) == 0
    assert main(["--data-dir", str(d), "demo-data", "--items", "40", "--days", "8"],
                clock=clock) == 0
    backend = open_backend(Paths(d.resolve()), clock=clock)
    try:
        with backend.read() as ctx:
            device = ctx.session.scalars(select(TseDevice)).one()
            first_sale = ctx.session.scalar(select(func.min(Sale.finished_at)))
            assert first_sale is not None and device.commissioned_at <= first_sale
            states = dict(ctx.session.execute(select(
                TseTransaction.state, func.count()).group_by(TseTransaction.state)).all())
            assert {"finished", "failed"} <= set(states) <= {"finished", "cancelled", "failed"}
            signed = ctx.session.scalars(select(TseTransaction).where(
                TseTransaction.state == "finished", TseTransaction.sale_id.is_not(None))).all()
            for row in signed[:: max(1, len(signed) // 10)]:
                assert row.log_time is not None and row.start_time is not None
                assert timedelta(0) <= row.log_time - row.created_at < timedelta(hours=12)
                assert qr.verify(qr.payload_of_row(row))
            outage = ctx.session.scalars(select(TseOutage)).one()
            assert outage.ended_at is not None and outage.ended_at < clock.now
            failed = ctx.session.scalars(select(TseTransaction).where(
                TseTransaction.state == "failed")).all()
            assert failed and all(r.outage_id == outage.id and r.error for r in failed)
            failed_sale = next(r.sale_id for r in failed if r.sale_id is not None)
            kinds = set(ctx.session.scalars(select(CashMovement.kind)))
            assert kinds >= {MovementKind.DEPOSIT, MovementKind.WITHDRAWAL,
                             MovementKind.EXPENSE}
            assert fiscal_mode.is_live(ctx)
        receipt = backend.query(SYSTEM, receipts.build, failed_sale)
        assert "TSE ausgefallen" in layout.render_text(receipt)
        with backend.read(SYSTEM) as ctx:
            closings = ctx.session.scalars(select(CashClosing.id)).all()
            with_outage = [cid for cid in closings if figures.z_report(ctx, cid).tse_outages]
        assert len(with_outage) == 1  # the Z of the outage day lists it
    finally:
        backend.close()
    first = (clock.today - timedelta(days=8)).isoformat()
    last = (clock.today - timedelta(days=1)).isoformat()
    out = tmp_path / "export.zip"
    assert main(["--data-dir", str(d), "export", "dsfinvk", "--from", first, "--to", last,
                 "-o", str(out)], clock=clock) == 0
    with zipfile.ZipFile(out) as archive:
        tse_rows = _table(archive, "transactions_tse.csv")
    errors = [r for r in tse_rows if r["TSE_TA_FEHLER"]]
    assert len(errors) == len(failed) and all(not r["TSE_TA_SIG"] for r in errors)
    assert sum(1 for r in tse_rows if r["TSE_TA_SIG"]) > 50
