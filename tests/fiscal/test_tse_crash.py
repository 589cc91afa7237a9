"""A till killed between the sale's commit and the TSE finish: the next start resolves it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from app.config import LocalSettings, Paths
from app.db.models import AuditEntry, Sale, TseTransaction
from app.fiscal_setup import start_signing
from app.services.checkout import receipts
from app.services.fiscal import qr
from app.services.fiscal.signing_flow import Signer
from app.services.fiscal.software_tse import SoftwareTse
from app.services.kernel.backend import Backend, open_backend
from app.services.kernel.context import SYSTEM

pytestmark = pytest.mark.usefixtures("open_till")
ROOT = Path(__file__).resolve().parents[2]


def _crash(paths: Paths, mode: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-m", "tests.fiscal.tse_crash_child",
                              str(paths.data_dir), mode], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    if line != "between":
        child.kill()
        pytest.fail(f"child did not reach the crash point:\n{child.communicate()[1]}")
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL


@pytest.mark.parametrize("mode", ["commit", "finish"])
def test_crash_between_commit_and_finish_is_resolved(backend: Backend, paths: Paths,
                                                     tmp_path: Path, mode: str) -> None:
    """Killed after the commit (or after the TSE answered): the sale is kept, and at the
    next start its transaction is finished at the TSE (or its answer taken), logged."""
    tse = SoftwareTse(paths.data_dir / "tse", "KREISLAUF-S01")
    Signer(tse).attach(backend)  # commissioned, as the till does at start
    tse.close()
    backend.close()
    _crash(paths, mode)
    again = open_backend(paths)
    try:
        with again.read() as ctx:
            sale = ctx.session.scalars(select(Sale)).one()
            row = ctx.session.scalar(select(TseTransaction).where(
                TseTransaction.sale_id == sale.id))
        assert row is not None and row.state == "pending"
        settings = LocalSettings(tmp_path / "settings.toml")
        signer = start_signing(settings, paths, again)
        assert signer is not None
        with again.read() as ctx:
            row = ctx.session.scalar(select(TseTransaction).where(
                TseTransaction.sale_id == sale.id))
            logged = ctx.session.scalar(select(AuditEntry).where(
                AuditEntry.action == "tse.recovered", AuditEntry.object_id == row.uuid))
        assert row is not None and row.state == "finished" and row.recovered
        assert logged is not None
        assert signer.tse.open_transactions() == []
        receipt = again.query(SYSTEM, receipts.build, sale.id)
        assert receipt.tse is not None and qr.verify(receipt.tse.qr_payload)
        close = getattr(signer.tse, "close", None)
        if close is not None:
            close()
    finally:
        again.close()
