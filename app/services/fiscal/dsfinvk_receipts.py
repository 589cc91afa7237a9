"""The single-record files (Einzelaufzeichnungsmodul) from sales, refunds and voids.

Three ordered passes over the receipts of the covered closings, each streaming its rows:
heads with their TSE transaction (transactions, transactions_tse, references), payments
(datapayment) and lines (lines, lines_vat, itemamounts, and per receipt
transactions_vat). Refunds are receipts of type ``Beleg`` with negative amounts and a
``references.csv`` row of type ``Transaktion`` to the original; an aborted sale
(``AVBelegabbruch``) lists its cart with ``P_STORNO`` = 1 and no turnover. VAT is
computed per receipt and VAT treatment from the receipt's gross, as printed and as the
Z report sums it; the margin scheme (key 1000) shows no VAT. Training receipts
(``AVTraining``) keep all their single records but add nothing to the Z totals
(``reports.queries.counts_for_z``, as the X/Z report).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import aliased

from app.db.models import Category, Payment, Sale, SaleLine, TseTransaction, User
from app.services.catalog.vat import VAT_KINDS, vat_of_gross
from app.services.fiscal import dsfinvk_format as fmt
from app.services.fiscal import messages as msg
from app.services.fiscal.dsfinvk_closings import Coverage
from app.services.kernel.context import Ctx
from app.services.reports.queries import counts_for_z

Files = dict[str, fmt.CsvFile]
# sale id -> (index of its Z, BON_ID, kind, counts for the Z totals)
Index = dict[int, tuple[int, str, str, bool]]
Progress = Callable[[int, int], None]
PAYMENT_TYPES = {"cash": ("Bar", msg.PAYMENT_NAMES["Bar"]),
                 "card": ("Unbar", msg.PAYMENT_NAMES["Unbar"])}
SHOWN_RATE = {k: (0 if k == "margin" else vk.rate_bp) for k, vk in VAT_KINDS.items()}
UST_KEY = {k: vk.dsfinvk_key for k, vk in VAT_KINDS.items()}
CHUNK = 5_000


def tse_row(key: tuple[str, str, str], bon_id: str, t: Any, files: Files,
            device_ids: set[int]) -> None:
    """One transactions_tse.csv row from a ``tse_transaction`` row (or none at all)."""
    if t is None or t.tse_state is None:
        files["transactions_tse.csv"].row((*key, bon_id, "", "", "", "", "", "", "",
                                           fmt.text(msg.NO_TSE, 200), ""))
        return
    if t.tse_device_id is not None:
        device_ids.add(t.tse_device_id)
    # ``cancelled`` is a signed AVBelegabbruch, as good as ``finished``.
    error = t.tse_error or ("" if t.tse_state in ("finished", "cancelled") else
                            msg.TSE_NOT_FINISHED.format(state=t.tse_state))
    files["transactions_tse.csv"].row((
        *key, bon_id, "" if t.tse_device_id is None else str(t.tse_device_id),
        "" if t.tx_number is None else str(t.tx_number), fmt.utc_time(t.start_time),
        fmt.utc_time(t.log_time), fmt.text(t.process_type or "", 30),
        "" if t.signature_counter is None else str(t.signature_counter),
        fmt.text(t.signature or "", 512), fmt.text(error, 200),
        fmt.text(t.process_data or "", 1000)))


def _in_window(cov: Coverage) -> Any:
    return and_(Sale.finished_at > cov.window_start, Sale.finished_at <= cov.window_end)


def _stream(ctx: Ctx, stmt: Any) -> Iterator[Any]:
    result = ctx.session.connection().execution_options(yield_per=CHUNK).execute(stmt)
    yield from result


def write_heads(ctx: Ctx, cov: Coverage, files: Files, terminal: str,
                progress: Progress | None, total: int) -> Index:
    """transactions.csv, transactions_tse.csv, references.csv; returns the ``Index``
    the later passes use."""
    station = ctx.station_id
    stmt = (
        select(Sale.id, Sale.uuid, Sale.receipt_number, Sale.kind, Sale.started_at,
               Sale.finished_at, Sale.total_cents, Sale.refers_to_sale_id, Sale.note,
               Sale.user_id, User.display_name,
               TseTransaction.tse_device_id, TseTransaction.tx_number,
               TseTransaction.start_time, TseTransaction.log_time,
               TseTransaction.process_type, TseTransaction.process_data,
               TseTransaction.bon_typ, TseTransaction.signature_counter,
               TseTransaction.signature, TseTransaction.state.label("tse_state"),
               TseTransaction.error.label("tse_error"))
        .join(User, User.id == Sale.user_id)
        .outerjoin(TseTransaction, TseTransaction.sale_id == Sale.id)
        .where(Sale.station_id == station, _in_window(cov))
        .order_by(Sale.finished_at, Sale.id)
    )
    closings = cov.closings
    zi = 0
    index: Index = {}
    refunds: list[tuple[tuple[str, str, str], str, int]] = []
    heads, tse = files["transactions.csv"], files["transactions_tse.csv"]
    users: dict[int, tuple[str, str]] = {}
    bon_names = {k: fmt.text(v, 60) for k, v in msg.BON_NAMES.items()}
    assert tse is not None
    for done, r in enumerate(_stream(ctx, stmt), start=1):
        while r.finished_at > closings[zi].closed_at:
            zi += 1
        z = closings[zi]
        key = z.key
        bon = r.uuid
        index[r.id] = (zi, bon, r.kind, counts_for_z(r.bon_typ))
        z.totals.saw(bon)
        kind = r.kind
        amount = -abs(r.total_cents) if kind == "refund" else r.total_cents
        bon_typ = r.bon_typ or ("AVBelegabbruch" if kind == "cancelled" else "Beleg")
        who = users.get(r.user_id)
        if who is None:
            who = users[r.user_id] = (fmt.text(str(r.user_id), 50), fmt.text(r.display_name, 50))
        heads.row((
            *key, fmt.text(bon, 40), str(r.receipt_number), fmt.text(bon_typ, 30),
            bon_names[kind], terminal, "0", fmt.local_time(r.started_at),
            fmt.local_time(r.finished_at), who[0], who[1], fmt.cents(amount),
            "", "", "", "", "", "", "", "", fmt.text(r.note, 255) if r.note else ""))
        tse_row(key, fmt.text(bon, 40), r, files, z.totals.tse_devices)
        if kind == "refund" and r.refers_to_sale_id is not None:
            refunds.append((key, bon, r.refers_to_sale_id))
        if progress is not None and done % CHUNK == 0:
            progress(done, total)
    _write_references(ctx, cov, refunds, files["references.csv"])
    return index


def _write_references(ctx: Ctx, cov: Coverage,
                      refunds: list[tuple[tuple[str, str, str], str, int]],
                      out: fmt.CsvFile) -> None:
    """A refund points at the receipt it refunds (REF_TYP ``Transaktion``)."""
    originals: dict[int, tuple[str, Any]] = {}
    ids = sorted({orig for _, _, orig in refunds})
    for n in range(0, len(ids), 500):
        for sid, uuid, finished in ctx.session.execute(
                select(Sale.id, Sale.uuid, Sale.finished_at)
                .where(Sale.id.in_(ids[n:n + 500]))):
            originals[sid] = (uuid, finished)
    for key, bon, orig in refunds:
        if orig not in originals:
            continue
        uuid, finished = originals[orig]
        ref = cov.key_of_any(finished)
        ref_date, ref_kasse, ref_nr = (ref[1], ref[0], ref[2]) if ref else ("", "", "")
        out.row((*key, fmt.text(bon, 40), "", fmt.text("Transaktion", 20), "", ref_date,
                 ref_kasse, ref_nr, fmt.text(uuid, 40)))


def write_payments(ctx: Ctx, cov: Coverage, files: Files,
                   index: Index) -> None:
    """datapayment.csv (one row per receipt and payment type) and the Z payment totals."""
    stmt = (select(Payment.sale_id, Payment.method, func.sum(Payment.amount_cents))
            .join(Sale, Sale.id == Payment.sale_id)
            .where(Sale.station_id == ctx.station_id, _in_window(cov))
            .group_by(Payment.sale_id, Payment.method).order_by(Payment.sale_id))
    out = files["datapayment.csv"]
    for sale_id, method, amount in _stream(ctx, stmt):
        zi, bon, kind, counts = index[sale_id]
        if kind == "cancelled":
            continue
        value = -abs(int(amount)) if kind == "refund" else int(amount)
        typ, name = PAYMENT_TYPES.get(method, ("Unbar", method))
        z = cov.closings[zi]
        if counts:
            z.totals.add_payment(typ, value)
        out.row((*z.key, fmt.text(bon, 40), fmt.text(typ, 25), fmt.text(name, 60), "", "",
                 fmt.cents(value), fmt.text("1", 40) if typ == "Bar" else ""))


def _flush_receipt_vat(cov: Coverage, zi: int, bon: str, kind: str, counts: bool,
                       gross: dict[str, int], out: fmt.CsvFile) -> None:
    z = cov.closings[zi]
    for vat_kind, g in gross.items():
        key = UST_KEY[vat_kind]
        if kind == "cancelled":
            g = 0
        vat = vat_of_gross(g, SHOWN_RATE[vat_kind])
        out.row((*z.key, fmt.text(bon, 40), str(key), fmt.cents5(g), fmt.cents5(g - vat),
                 fmt.cents5(vat)))
        if kind != "cancelled" and counts:
            z.totals.add_vat(key, g, g - vat, vat)
            z.totals.add_case("Umsatz", g)


def write_lines(ctx: Ctx, cov: Coverage, files: Files, terminal: str,
                index: Index) -> None:
    """lines.csv, lines_vat.csv, itemamounts.csv and transactions_vat.csv."""
    cat = aliased(Category)
    stmt = (
        select(SaleLine.sale_id, SaleLine.position, SaleLine.item_code, SaleLine.category_id,
               cat.name, SaleLine.description, SaleLine.quantity, SaleLine.unit_price_cents,
               SaleLine.total_cents, SaleLine.vat_kind)
        .join(Sale, Sale.id == SaleLine.sale_id)
        .outerjoin(cat, cat.id == SaleLine.category_id)
        .where(Sale.station_id == ctx.station_id, _in_window(cov))
        .order_by(SaleLine.sale_id, SaleLine.position)
    )
    lines, lines_vat = files["lines.csv"], files["lines_vat.csv"]
    amounts, head_vat = files["itemamounts.csv"], files["transactions_vat.csv"]
    current = -1
    gross: dict[str, int] = {}
    zi, bon, kind, qbon, counts = 0, "", "", "", True
    key = cov.closings[0].key
    # Texts that repeat on every line are spelled once (a year has ~400,000 lines).
    umsatz, piece = fmt.text("Umsatz", 30), fmt.text(msg.UNIT_PIECE, 50)
    categories: dict[int | None, tuple[str, str]] = {None: ("", '""')}
    for (sale_id, pos, code, cat_id, cat_name, text, qty, unit, total,
         vat_kind) in _stream(ctx, stmt):
        if sale_id != current:
            if current != -1:
                _flush_receipt_vat(cov, zi, bon, kind, counts, gross, head_vat)
            current, gross = sale_id, {}
            zi, bon, kind, counts = index[sale_id]
            qbon = fmt.text(bon, 40)
            key = cov.closings[zi].key
        if kind == "refund":
            qty, total = -abs(qty), -abs(total)
        line = f'"{pos}"'
        ust = UST_KEY[vat_kind]
        rate = SHOWN_RATE[vat_kind]
        void = kind == "cancelled"
        cat_cells = categories.get(cat_id)
        if cat_cells is None:
            cat_cells = categories[cat_id] = (str(cat_id), fmt.text(cat_name or "", 50))
        lines.row((*key, qbon, line, "", fmt.text(text, 255), terminal, umsatz, "", "0",
                   "1" if void else "0", "", fmt.text(code or "", 50), "", cat_cells[0],
                   cat_cells[1], fmt.quantity(qty), "", piece, fmt.cents5(unit)))
        gross[vat_kind] = gross.get(vat_kind, 0) + total
        if void:
            lines_vat.row((*key, qbon, line, str(ust), "0,00000", "0,00000", "0,00000"))
            continue
        vat = vat_of_gross(total, rate)
        lines_vat.row((*key, qbon, line, str(ust), fmt.cents5(total), fmt.cents5(total - vat),
                       fmt.cents5(vat)))
        base = unit * qty
        base_vat = vat_of_gross(base, rate)
        amounts.row((*key, qbon, line, '"base_amount"', str(ust), fmt.cents5(base),
                     fmt.cents5(base - base_vat), fmt.cents5(base_vat)))
        if total != base:
            d = total - base
            d_vat = vat - base_vat
            amounts.row((*key, qbon, line, '"discount"', str(ust), fmt.cents5(d),
                         fmt.cents5(d - d_vat), fmt.cents5(d_vat)))
    if current != -1:
        _flush_receipt_vat(cov, zi, bon, kind, counts, gross, head_vat)


def receipt_count(ctx: Ctx, cov: Coverage) -> int:
    return int(ctx.session.scalar(select(func.count(Sale.id)).where(
        Sale.station_id == ctx.station_id, _in_window(cov))) or 0)
