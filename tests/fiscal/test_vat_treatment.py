"""VAT treatments: 19 %, 7 %, exempt and the margin scheme with its own DSFinV-K key."""

from __future__ import annotations

from app.services.catalog.vat import VAT_KINDS
from app.services.checkout import receipt_text, receipts
from app.services.fiscal.dsfinvk_master import VAT_TABLE
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from tests.fiscal.dsfinvk_helpers import add_category
from tests.helpers.cash import Line, sell


def test_each_treatment_has_its_dsfinvk_key() -> None:
    """1 = 19 %, 2 = 7 %, 6 = exempt, 1000 = § 25a (own key from 1000), all in vat.csv."""
    assert {k: v.dsfinvk_key for k, v in VAT_KINDS.items()} == {
        "normal": 1, "reduced": 2, "exempt": 6, "margin": 1000}
    assert {k: v.rate_bp for k, v in VAT_KINDS.items()} == {
        "normal": 1900, "reduced": 700, "exempt": 0, "margin": 1900}
    assert set(VAT_TABLE) == {1, 2, 5, 6, 1000}
    assert "25a" in VAT_TABLE[1000][1]


def test_margin_scheme_receipt_shows_no_vat_and_the_note(
        backend: Backend, manager: Actor, cashier: Actor, open_till: None) -> None:
    """A § 25a line gets no VAT row on the receipt, only the second-hand goods note."""
    add_category(backend, "Antiquitäten", "margin")
    sale = sell(backend, cashier, [Line("Antiquitäten", 4500)])
    receipt = backend.query(cashier, receipts.build, sale.sale_id)
    text = " ".join(receipt_text.render_text(receipt, 42).split())
    assert "Gebrauchtgegenstände / Sonderregelung (§ 25a UStG)" in text
    assert "D 19%" not in text and "USt" not in text.split("SUMME")[1].split("§ 25a")[0]
