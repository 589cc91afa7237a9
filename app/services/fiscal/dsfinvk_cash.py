"""Receipts for cash that moves without a sale: float, deposits, withdrawals, differences.

DSFinV-K books them as receipts of their own (lines with GV_TYP ``Anfangsbestand``,
``Einzahlung``, ``Geldtransit``, ``Auszahlung`` or ``DifferenzSollIst``, VAT key 5, paid
``Bar``), so the cash of a Z adds up from its receipts: float + cash sales + movements +
difference = counted. A training movement (``AVTraining``) keeps its receipt but adds
nothing to the Z totals, as in the X/Z report. TSE transactions that belong to none of
these (a Z, a drawer opened without a sale) get a head of their own, so every signature
appears.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, or_, select

from app.db.models import CashMovement, TseTransaction, User
from app.i18n import source
from app.services.cash.sessions import DIFFERENCE_GV_TYP, FLOAT_GV_TYP, MOVEMENTS
from app.services.fiscal import dsfinvk_format as fmt
from app.services.fiscal import messages as msg
from app.services.fiscal.dsfinvk_closings import Coverage, Z
from app.services.fiscal.dsfinvk_receipts import Files, tse_row
from app.services.kernel.context import Ctx
from app.services.reports.queries import counts_for_z

NOT_TAXABLE = 5  # UST_SCHLUESSEL: nicht steuerbar
_TSE_COLUMNS = (TseTransaction.tse_device_id, TseTransaction.tx_number,
                TseTransaction.start_time, TseTransaction.log_time,
                TseTransaction.process_type, TseTransaction.process_data,
                TseTransaction.bon_typ, TseTransaction.signature_counter,
                TseTransaction.signature, TseTransaction.state.label("tse_state"),
                TseTransaction.error.label("tse_error"))


def _cash_receipt(z: Z, files: Files, terminal: str, *, bon: str, number: int,
                  at: Any, user: tuple[str, str], gv_typ: str, text: str, amount: int,
                  tse: Any) -> None:
    key = z.key
    qbon = fmt.text(bon, 40)
    bon_typ = (tse.bon_typ if tse is not None and tse.bon_typ else "Beleg")
    files["transactions.csv"].row((
        *key, qbon, str(number), fmt.text(bon_typ, 30), fmt.text(text, 60), terminal, "0",
        fmt.local_time(at), fmt.local_time(at), fmt.text(user[0], 50), fmt.text(user[1], 50),
        fmt.cents(amount), "", "", "", "", "", "", "", "", ""))
    files["transactions_vat.csv"].row((*key, qbon, str(NOT_TAXABLE), fmt.cents5(amount),
                                       fmt.cents5(amount), "0,00000"))
    files["lines.csv"].row((*key, qbon, '"1"', "", fmt.text(text, 255), terminal,
                            fmt.text(gv_typ, 30), "", "0", "0", "", "", "", "", "",
                            fmt.quantity(1), "", "", fmt.cents5(amount)))
    files["lines_vat.csv"].row((*key, qbon, '"1"', str(NOT_TAXABLE), fmt.cents5(amount),
                                fmt.cents5(amount), "0,00000"))
    files["datapayment.csv"].row((*key, qbon, '"Bar"', fmt.text(msg.PAYMENT_NAMES["Bar"], 60),
                                  "", "",
                                  fmt.cents(amount), '"1"'))
    if tse is not None:
        tse_row(key, qbon, tse, files, z.totals.tse_devices)
    z.totals.saw(bon)
    if counts_for_z(tse.bon_typ if tse is not None else None):
        z.totals.add_case(gv_typ, amount)
        z.totals.add_payment("Bar", amount)


def _tse_by(ctx: Ctx, column: Any, ids: list[int]) -> dict[int, Any]:
    found: dict[int, Any] = {}
    for n in range(0, len(ids), 500):
        for row in ctx.session.execute(select(column.label("subject"), *_TSE_COLUMNS)
                                       .where(column.in_(ids[n:n + 500]))):
            found[row.subject] = row
    return found


def write_cash(ctx: Ctx, cov: Coverage, files: Files, terminal: str) -> None:
    """Float, cash movements and the counted difference of every covered Z."""
    by_session = {z.session_id: z for z in cov.closings}
    session_tse = _tse_by(ctx, TseTransaction.cash_session_id, list(by_session))
    moves = ctx.session.execute(
        select(CashMovement.id, CashMovement.cash_session_id, CashMovement.kind,
               CashMovement.amount_cents, CashMovement.reason, CashMovement.created_at,
               CashMovement.user_id, User.display_name)
        .join(User, User.id == CashMovement.user_id)
        .where(CashMovement.cash_session_id.in_(list(by_session)))
        .order_by(CashMovement.id)).all()
    move_tse = _tse_by(ctx, TseTransaction.cash_movement_id, [m.id for m in moves])
    for z in cov.closings:
        if z.float_cents:
            _cash_receipt(z, files, terminal, bon=f"AB-{z.session_id}",
                          number=z.session_number, at=z.opened_at, user=("", ""),
                          gv_typ=FLOAT_GV_TYP, text=msg.FLOAT_TEXT, amount=z.float_cents,
                          tse=session_tse.get(z.session_id))
    for m in moves:
        z = by_session[m.cash_session_id]
        if m.created_at > z.closed_at:
            continue
        label, _sign, gv_typ = MOVEMENTS[m.kind]
        _cash_receipt(z, files, terminal, bon=f"BW-{m.id}", number=m.id, at=m.created_at,
                      user=(str(m.user_id), m.display_name), gv_typ=gv_typ,
                      text=msg.MOVEMENT_TEXT.format(label=source(label), reason=m.reason),
                      amount=m.amount_cents,
                      tse=move_tse.get(m.id))
    for z in cov.closings:
        if z.difference_cents:
            _cash_receipt(z, files, terminal, bon=f"DS-{z.closing_id}", number=z.number,
                          at=z.closed_at, user=("", ""), gv_typ=DIFFERENCE_GV_TYP,
                          text=msg.DIFFERENCE_TEXT, amount=z.difference_cents, tse=None)


def write_other_tse(ctx: Ctx, cov: Coverage, files: Files, terminal: str) -> None:
    """TSE transactions with no sale, movement or float: a head and their TSE row each."""
    by_closing = {z.closing_id: z for z in cov.closings}
    rows = ctx.session.execute(
        select(TseTransaction.uuid, TseTransaction.cash_closing_id,
               TseTransaction.created_at, *_TSE_COLUMNS)
        .where(TseTransaction.station_id == ctx.station_id,
               TseTransaction.sale_id.is_(None), TseTransaction.cash_movement_id.is_(None),
               TseTransaction.cash_session_id.is_(None),
               or_(and_(TseTransaction.created_at > cov.window_start,
                        TseTransaction.created_at <= cov.window_end),
                   TseTransaction.cash_closing_id.in_(list(by_closing))))
        .order_by(TseTransaction.id)).all()
    for r in rows:
        z = by_closing.get(r.cash_closing_id) or cov.closings[cov.index_of(r.created_at)]
        bon = f"TSE-{r.uuid}"[:40]
        qbon = fmt.text(bon, 40)
        at = r.log_time or r.start_time or r.created_at
        files["transactions.csv"].row((
            *z.key, qbon, "0", fmt.text(r.bon_typ or "AVSonstige", 30),
            fmt.text(r.process_type or "", 60), terminal, "0", fmt.local_time(at),
            fmt.local_time(at), "", "", "0,00", "", "", "", "", "", "", "", "", ""))
        tse_row(z.key, qbon, r, files, z.totals.tse_devices)
        z.totals.saw(bon)
