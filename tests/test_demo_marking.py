"""Demo data only in a database created as a demo; a demo till says DEMO everywhere."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from app.cli import main
from app.services.checkout import receipt_text, receipts
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from tests.helpers.checkout import cart_with
from tests.helpers.clock import Clock

TABLES = ("user", "category", "item", "sale", "audit_entry", "outbox_event",
          "store_master_data")


def counts(db_file: Path) -> dict[str, int]:
    with sqlite3.connect(db_file) as conn:
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES}


def test_demo_data_is_refused_on_a_real_till(tmp_path: Path, clock: Clock,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """`demo-data` on a till made without --demo: one German line, exit 1, nothing written."""
    d = tmp_path / "till"
    assert main(["--data-dir", str(d), "init", "--station", "2", "--store", "X"],
                clock=clock) == 0
    before = counts(d / "kreislauf.sqlite3")
    capsys.readouterr()
    assert main(["--data-dir", str(d), "demo-data", "--items", "5", "--days", "2"],
                clock=clock) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "init --demo" in err[0] and "nichts wurde geschrieben" in err[0]
    assert counts(d / "kreislauf.sqlite3") == before


def test_demo_till_takes_demo_data(tmp_path: Path, clock: Clock) -> None:
    """`init --demo` then `demo-data` fills the till; a later plain init keeps the mark."""
    d = tmp_path / "till"
    assert main(["--data-dir", str(d), "init", "--demo", "--station", "2", "--store", "X"],
                clock=clock) == 0
    assert main(["--data-dir", str(d), "demo-data", "--items", "5", "--days", "1"],
                clock=clock) == 0
    assert counts(d / "kreislauf.sqlite3")["item"] >= 5
    assert main(["--data-dir", str(d), "init", "--station", "2", "--store", "X"],
                clock=clock) == 0
    with sqlite3.connect(d / "kreislauf.sqlite3") as conn:
        assert conn.execute("SELECT demo FROM station WHERE is_local").fetchone()[0] == 1


def test_a_real_till_never_becomes_a_demo(tmp_path: Path, clock: Clock,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """`init --demo` on an existing real till is refused in German and changes nothing."""
    d = tmp_path / "till"
    assert main(["--data-dir", str(d), "init", "--station", "2", "--store", "X"],
                clock=clock) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(d), "init", "--demo", "--station", "2", "--store", "X"],
                clock=clock) == 1
    assert "keine Demo-Kasse" in capsys.readouterr().err
    with sqlite3.connect(d / "kreislauf.sqlite3") as conn:
        assert conn.execute("SELECT demo FROM station WHERE is_local").fetchone()[0] == 0


@pytest.mark.usefixtures("open_till")
def test_every_receipt_of_a_demo_till_says_demo(backend: Backend, cashier: Actor) -> None:
    """The receipt of a demo till starts and ends with DEMO; a real till's has none."""
    from app.services.checkout import checkout

    cart = cart_with(backend, cashier, [], (("Bücher", "2,00", 1),))
    result = backend.call(cashier, checkout.finish_sale, cart, [checkout.cash(200)])
    receipt = backend.query(cashier, receipts.build, result.sale_id)
    assert receipt.demo
    for width in receipt_text.WIDTHS:
        lines = [ln.strip() for ln in receipt_text.render_text(receipt, width).splitlines()]
        assert "DEMO" in lines[0] and "DEMO" in lines[-1]
    copy = backend.query(cashier, receipts.build, result.sale_id, copy=True)
    assert receipt_text.render_text(copy).count("DEMO") == 2
    assert "DEMO" not in receipt_text.render_text(replace(receipt, demo=False))
