"""X and Z reports (and the month overview) as CSV for spreadsheets and the bookkeeping.

Format: UTF-8 with BOM (so Excel detects the encoding), ``;`` between columns, CRLF
between rows, a header row, decimal comma without thousands separators, money with two
places, weights in kg with three places, times in Berlin local time ``YYYY-MM-DD HH:MM``.

Columns of an X/Z report (one row per figure; several Z reports follow one another):

=============  ==========================================================================
bericht        ``X`` or ``Z``
z_nr           Z number (empty for an X)
station        station number
sitzung        number of the cash session
beginn, ende   the period (Berlin time)
abschnitt      the section: ``Kasse``, ``Umsatz nach Steuersatz``, ``Umsatz gesamt``,
               ``Zahlungsart``, ``Warengruppe``, ``Stornos``, ``Rabatte``,
               ``Erstattungen``, ``TSE-Ausfall``, ``Bargeldbewegung``, ``Kassenbestand``,
               ``Zählung``, ``Warenannahme``
bezeichnung    what the row is (a VAT label, ``Bar``, a category, a reason, …)
anzahl         a count (receipts, pieces, notes and coins) where it applies
betrag_eur     gross amount (signed; refunds and withdrawals negative)
netto_eur      net amount (VAT rows and ``Umsatz gesamt`` only)
ust_eur        VAT (VAT rows and ``Umsatz gesamt`` only)
gewicht_kg     weight sold (category rows only)
=============  ==========================================================================

The ``Umsatz nach Steuersatz`` rows add up to ``Umsatz gesamt``, and so do the
``Zahlungsart`` rows and the ``Warengruppe`` rows.

Columns of the month overview (one row per Berlin calendar day with records, then a
``Summe`` row): ``datum; z_nr`` (Z numbers closed that day, ``+``-joined); ``belege``;
for each VAT treatment ``brutto_<k>; netto_<k>; ust_<k>`` with ``<k>`` in ``19``, ``7``,
``0`` (exempt), ``25a`` (margin scheme); ``bar; karte; umsatz_brutto``. A month with
repairs or volunteer hours then has a blank row and the workshop section
``werkstatt; bezeichnung; anzahl; minuten`` (``reports.repair_section``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime

from app.services.cash.count import denomination_label, ordered
from app.services.kernel.clock import BERLIN
from app.services.reports import messages as msg
from app.services.reports import repair_section
from app.services.reports.model import Report
from app.services.reports.month import VAT_COLUMNS, MonthOverview
from app.services.reports.outage_text import outage_text, overdue_text

REPORT_COLUMNS = ("bericht", "z_nr", "station", "sitzung", "beginn", "ende", "abschnitt",
                  "bezeichnung", "anzahl", "betrag_eur", "netto_eur", "ust_eur", "gewicht_kg")
BOM = "\ufeff"


def euros(cents: int | None) -> str:
    """1234 -> '12,34'; -5 -> '-0,05'; None -> ''."""
    if cents is None:
        return ""
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    return f"{sign}{whole},{frac:02d}"


def kilos(grams: int) -> str:
    sign = "-" if grams < 0 else ""
    whole, frac = divmod(abs(grams), 1000)
    return f"{sign}{whole},{frac:03d}"


def berlin(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone(BERLIN).strftime("%Y-%m-%d %H:%M")


def _rows(r: Report) -> Iterable[list[str]]:
    head = [r.kind, "" if r.z_number is None else str(r.z_number), str(r.station),
            str(r.session_number), berlin(r.period_start), berlin(r.period_end)]

    def row(section: str, label: str, count: int | None = None, gross: int | None = None,
            net: int | None = None, vat: int | None = None, grams: int | None = None
            ) -> list[str]:
        return [*head, section, label, "" if count is None else str(count), euros(gross),
                euros(net), euros(vat), "" if grams is None else kilos(grams)]

    yield row(msg.CSV_TILL, msg.CSV_STORE.format(store=r.store))
    yield row(msg.CSV_TILL, msg.CSV_OPENED_BY.format(name=r.opened_by))
    if r.closed_by:
        yield row(msg.CSV_TILL, msg.CSV_CLOSED_BY.format(name=r.closed_by))
    for name in r.cashiers:
        yield row(msg.CSV_TILL, msg.CSV_CASHIER.format(name=name))
    if r.audit_count is not None:
        yield row(msg.CSV_TILL, msg.CSV_AUDIT_HEAD.format(count=r.audit_count,
                                                          hash=r.audit_hash))
    if r.receipts_before_opening:
        yield row(msg.CSV_TILL, msg.CSV_BEFORE_OPENING, r.receipts_before_opening)
    for v in r.vat:
        yield row(msg.CSV_VAT, v.label, None, v.gross_cents, v.net_cents, v.vat_cents)
    yield row(msg.CSV_TURNOVER, msg.TOTAL, r.receipts, r.gross_cents, r.net_cents,
              r.vat_cents)
    for p in r.payments:
        yield row(msg.CSV_PAYMENT, p.label, p.count, p.amount_cents)
    for c in r.categories:
        yield row(msg.CSV_CATEGORY, c.name, c.count, c.amount_cents, grams=c.weight_g)
    yield row(msg.CSV_VOIDS, msg.CSV_VOIDS_LABEL, r.voids.count, r.voids.amount_cents)
    yield row(msg.CSV_DISCOUNTS, msg.CSV_DISCOUNTS, r.discounts.count, r.discounts.amount_cents)
    yield row(msg.CSV_REFUNDS, msg.CSV_REFUNDS, r.refunds.count, -r.refunds.amount_cents)
    if r.training.receipts:
        yield row(msg.TRAINING_HEADING, msg.CSV_TRAINING_RECEIPTS, r.training.receipts,
                  r.training.gross_cents)
    if r.training.movements:
        yield row(msg.TRAINING_HEADING, msg.CSV_TRAINING_MOVEMENTS, r.training.movements,
                  r.training.movements_cents)
    for o in r.tse_outages:
        yield row(msg.CSV_OUTAGE, outage_text(o) + (f" – {overdue_text()}" if o.overdue else ""),
                  o.unsigned)
    for m in r.movements:
        yield row(msg.CSV_MOVEMENT, msg.CSV_MOVEMENT_LABEL.format(
            label=m.label, time=berlin(m.at)[11:], reason=m.reason, user=m.user),
                  None, m.amount_cents)
    cash = r.cash
    if not r.with_cash:
        yield from _intake(row, r)
        return
    yield row(msg.CSV_CASH, msg.CSV_FLOAT, None, cash.float_cents)
    yield row(msg.CSV_CASH, msg.CSV_CASH_SALES, None, cash.cash_sales_cents)
    yield row(msg.CSV_CASH, msg.CSV_MOVEMENTS, None, cash.movements_cents)
    yield row(msg.CSV_CASH, msg.CSV_EXPECTED, None, cash.expected_cents)
    if cash.counted_cents is not None:
        yield row(msg.CSV_CASH, msg.CSV_COUNTED, None, cash.counted_cents)
        yield row(msg.CSV_CASH, msg.CSV_DIFFERENCE, None, cash.difference_cents)
        yield row(msg.CSV_CASH, msg.CSV_BANKED, None, cash.banked_cents)
        yield row(msg.CSV_CASH, msg.CSV_LEFT, None, cash.left_in_drawer_cents)
        if cash.comment:
            yield row(msg.CSV_CASH, msg.CSV_COMMENT.format(comment=cash.comment))
    for cents, pieces in ordered(cash.denominations):
        yield row(msg.CSV_COUNT, denomination_label(cents), pieces, cents * pieces)
    yield from _intake(row, r)


def _intake(row: Callable[..., list[str]], r: Report) -> Iterable[list[str]]:
    yield row(msg.CSV_INTAKE, msg.CSV_ITEMS_RECEIVED, r.items_received)
    yield row(msg.CSV_INTAKE, msg.CSV_ITEMS_LABELLED, r.items_labelled)


def _encode(header: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n",
                        quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    writer.writerows(rows)
    return (BOM + buffer.getvalue()).encode("utf-8")


def reports_csv(reports: Sequence[Report]) -> bytes:
    """One or more X/Z reports as CSV bytes (columns in the module docstring)."""
    return _encode(REPORT_COLUMNS, (row for r in reports for row in _rows(r)))


def month_header() -> list[str]:
    cols = ["datum", "z_nr", "belege"]
    for _kind, suffix in VAT_COLUMNS:
        cols += [f"brutto_{suffix}", f"netto_{suffix}", f"ust_{suffix}"]
    return [*cols, "bar", "karte", "umsatz_brutto"]


def month_csv(month: MonthOverview) -> bytes:
    """The month overview as CSV bytes: one row per day, then the sum."""
    rows = []
    for day in [*month.days, month.total]:
        row = [day.label, "+".join(str(z) for z in day.z_numbers), str(day.receipts)]
        for kind, _suffix in VAT_COLUMNS:
            gross, net, vat = day.vat.get(kind, (0, 0, 0))
            row += [euros(gross), euros(net), euros(vat)]
        rows.append([*row, euros(day.cash_cents), euros(day.card_cents),
                     euros(day.gross_cents)])
    if month.repairs is not None and not month.repairs.empty:
        rows += repair_section.csv_rows(month.repairs)
    return _encode(month_header(), rows)
