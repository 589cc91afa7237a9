"""The master-data (Stammdaten) and closing (Kassenabschluss) files of each Z.

Seller data and till data are those valid at the moment of the closing (dated
revisions); the VAT table lists every key the till uses, including our own key 1000
for the margin scheme (§ 25a UStG).
"""

from __future__ import annotations

from sqlalchemy import select

from app import __version__
from app.db.models import TseDevice
from app.i18n import source
from app.services.catalog.vat import VAT_KINDS
from app.services.fiscal import dsfinvk_format as fmt
from app.services.fiscal import master_data, till_registration
from app.services.fiscal import messages as msg
from app.services.fiscal.dsfinvk_closings import Coverage
from app.services.fiscal.dsfinvk_receipts import Files
from app.services.fiscal.dsfinvk_schema import TAXONOMY_VERSION
from app.services.kernel.clock import BERLIN
from app.services.kernel.context import Ctx

SOFTWARE = "Kreislauf-Kasse"
# UST_SCHLUESSEL -> (rate in basis points, description) for vat.csv.
VAT_TABLE: dict[int, tuple[int, str]] = {
    vk.dsfinvk_key: (vk.rate_bp, source(vk.label)) for vk in VAT_KINDS.values()
} | {5: (0, msg.VAT_NOT_TAXABLE)}
VAT_TABLE[1000] = (VAT_KINDS["margin"].rate_bp, msg.VAT_MARGIN)
CERT_PARTS = ("I", "II", "III", "IV", "V", "VI", "VII")


def write_master(ctx: Ctx, cov: Coverage, files: Files) -> None:
    """cashpointclosing, location, cashregister, vat and tse.csv; slaves and pa stay
    empty (one till, no agency sales)."""
    devices = {d.id: d for d in ctx.session.scalars(
        select(TseDevice).where(TseDevice.station_id == ctx.station_id))}
    for z in cov.closings:
        key = z.key
        md = master_data.valid_at(ctx, z.closed_at)
        till = till_registration.valid_at(ctx, z.closed_at)
        pay = z.totals.payments
        files["cashpointclosing.csv"].row((
            *key, fmt.text(z.closed_at.astimezone(BERLIN).date().isoformat(), 25),
            fmt.text(TAXONOMY_VERSION, 10), fmt.text(z.totals.first_bon, 40),
            fmt.text(z.totals.last_bon, 40), fmt.text(md.name, 60), fmt.text(md.street, 60),
            fmt.text(md.postcode, 10), fmt.text(md.city, 62), fmt.text(md.country, 3),
            fmt.text(md.tax_number, 20), fmt.text(md.vat_id, 15),
            fmt.cents(sum(pay.values())), fmt.cents(pay.get("Bar", 0))))
        files["location.csv"].row((*key, fmt.text(md.name, 60), fmt.text(md.street, 60),
                                   fmt.text(md.postcode, 10), fmt.text(md.city, 62),
                                   fmt.text(md.country, 3), fmt.text(md.vat_id, 15)))
        files["cashregister.csv"].row((
            *key, fmt.text(till.brand or SOFTWARE, 50),
            fmt.text(till.model or msg.DEFAULT_TILL_MODEL, 50),
            fmt.text(till.serial or cov.kasse_id, 70), fmt.text(SOFTWARE, 50),
            fmt.text(__version__, 50), '"EUR"', "0"))
        for ust, (rate, label) in sorted(VAT_TABLE.items()):
            files["vat.csv"].row((*key, str(ust), fmt.percent_bp(rate), fmt.text(label, 55)))
        for dev_id in sorted(z.totals.tse_devices):
            d = devices.get(dev_id)
            if d is None:
                continue
            files["tse.csv"].row((
                *key, str(d.id), fmt.text(d.serial, 68), fmt.text(d.sig_alg, 30),
                fmt.text(d.time_format, 31), fmt.text(d.pd_encoding, 5),
                fmt.text(d.public_key, 512), *("" for _ in CERT_PARTS)))
        for gv_typ, amount in sorted(z.totals.cases.items()):
            if gv_typ == "Umsatz":
                continue
            files["businesscases.csv"].row((*key, fmt.text(gv_typ, 30), "", "", "5",
                                            fmt.cents5(amount), fmt.cents5(amount),
                                            "0,00000"))
        for ust, (gross, net, vat) in sorted(z.totals.vat.items()):
            files["businesscases.csv"].row((*key, '"Umsatz"', "", "", str(ust),
                                            fmt.cents5(gross), fmt.cents5(net),
                                            fmt.cents5(vat)))
        for typ, name in msg.PAYMENT_NAMES.items():
            if typ in pay:
                files["payment.csv"].row((*key, fmt.text(typ, 25), fmt.text(name, 60),
                                          fmt.cents(pay[typ])))
        files["cash_per_currency.csv"].row((*key, '"EUR"', fmt.cents(pay.get("Bar", 0))))
