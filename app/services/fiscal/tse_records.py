"""The till's side of every TSE transaction, inside the caller's database transaction.

A record that must be signed (a sale, refund, aborted sale, cash movement, float or Z)
writes a ``pending`` ``tse_transaction`` row in the same transaction as the record
itself, with the processData built from that record. Only after the commit does the
``Signer`` (signing_flow) talk to the TSE and resolve the row (``finished``, ``cancelled`` or
``failed``). So a crash can only ever leave a committed record with a pending row,
which the next start finds and resolves; it can never leave a signature for a record
that does not exist. Nothing is pending when the station has no commissioned TSE.
"""

from __future__ import annotations

import json
import uuid as uuidlib
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, insert, select, update

from app.db import fast_sql
from app.db.models import Setting, TseDevice, TseOutage, TseTransaction
from app.services.fiscal.mode import KEY as MODE_KEY
from app.services.fiscal.mode import Mode
from app.services.fiscal.process_data import ProcessData, for_receipt, transfer
from app.services.fiscal.tse import KASSENBELEG, Signed, Started, TseInfo
from app.services.kernel.context import Ctx

ERROR_MAX = 200  # DSFinV-K TSE_TA_FEHLER
_DEVICE = fast_sql.Prepared(
    select(TseDevice.id).where(TseDevice.station_id == bindparam("sid"),
                               TseDevice.decommissioned_at.is_(None))
    .order_by(TseDevice.id.desc()).limit(1))
# The device and the store's signing mode in one statement (the sale hot path).
_DEVICE_AND_MODE = fast_sql.Prepared(
    select(TseDevice.id,
           select(Setting.value).where(Setting.key == MODE_KEY).scalar_subquery())
    .where(TseDevice.station_id == bindparam("sid"), TseDevice.decommissioned_at.is_(None))
    .order_by(TseDevice.id.desc()).limit(1))
_ROW_KEYS = ("uuid", "station_id", "tse_device_id", "sale_id", "cash_movement_id",
             "cash_closing_id", "cash_session_id", "process_type", "process_data", "bon_typ",
             "tx_number", "signature_counter", "start_time", "signature", "tse_serial",
             "client_id", "sig_alg", "time_format", "public_key", "state", "error",
             "recovered", "created_at")
_INSERT = fast_sql.Prepared(insert(TseTransaction), _ROW_KEYS)
_ATTACH = fast_sql.Prepared(
    update(TseTransaction)
    .where(TseTransaction.uuid == bindparam("u"), TseTransaction.state == "pending",
           TseTransaction.sale_id.is_(None))
    .values(sale_id=bindparam("sale_id"), process_data=bindparam("process_data"),
            bon_typ=bindparam("bon_typ")))


def active_device(ctx: Ctx) -> int | None:
    """The id of this station's commissioned TSE, or None (nothing is signed then)."""
    row = fast_sql.execute(ctx, _DEVICE, {"sid": ctx.station_id})
    return None if row is None else int(row[0])


def commission(ctx: Ctx, info: TseInfo) -> int:
    """The ``tse_device`` row for ``info`` (created on first use of this TSE)."""
    found = ctx.session.scalar(select(TseDevice.id).where(
        TseDevice.serial == info.serial, TseDevice.client_id == info.client_id,
        TseDevice.station_id == ctx.station_id))
    if found is not None:
        return int(found)
    now = ctx.now()
    for old in ctx.session.scalars(select(TseDevice).where(
            TseDevice.station_id == ctx.station_id, TseDevice.decommissioned_at.is_(None))):
        old.decommissioned_at = now
    device = TseDevice(station_id=ctx.station_id, kind=info.kind, serial=info.serial,
                       public_key=info.public_key, sig_alg=info.sig_alg,
                       time_format=info.time_format, pd_encoding=info.pd_encoding,
                       certificate_id=info.certificate_id, certified=info.certified,
                       client_id=info.client_id, brand=info.brand, model=info.model,
                       commissioned_at=now)
    ctx.session.add(device)
    ctx.session.flush()
    return device.id


def _row(ctx: Ctx, device_id: int, *, process_type: str, data: ProcessData | str,
         bon_typ: str = "", **subject: Any) -> dict[str, Any]:
    text = data if isinstance(data, str) else data.text()
    row: dict[str, Any] = dict.fromkeys(_ROW_KEYS)
    row.update({"uuid": str(uuidlib.uuid4()), "station_id": ctx.station_id,
                "tse_device_id": device_id, "process_type": process_type,
                "process_data": text, "signature": "", "tse_serial": "", "client_id": "",
                "sig_alg": "", "time_format": "", "public_key": "", "state": "pending",
                "error": "", "recovered": False, "created_at": ctx.now(),
                "bon_typ": bon_typ or (data.bon_typ if isinstance(data, ProcessData) else "")})
    row.update(subject)
    return row


def _is_live(value: Any) -> bool:
    """The stored ``fiscal.mode`` (JSON text from the driver, or already decoded)."""
    if isinstance(value, str) and value.startswith('"'):
        value = json.loads(value)
    return bool(value == Mode.LIVE.value)


def pending_receipt(ctx: Ctx, sale_id: int, kind: str, lines: Iterable[tuple[str, int]],
                    payments: Iterable[tuple[str, int]], tx_uuid: str | None = None,
                    training: bool | None = None) -> str | None:
    """The pending row of a sale, refund or aborted sale (None without a TSE).

    ``tx_uuid`` names the transaction started at the TSE when the sale began (first
    line); without one the transaction is started when it is signed. ``training``
    (``AVTraining``) follows the store's signing mode (``fiscal.mode``) unless given.
    """
    found = fast_sql.execute(ctx, _DEVICE_AND_MODE, {"sid": ctx.station_id})
    if found is None:
        return None
    device = int(found[0])
    if training is None:
        training = not _is_live(found[1])
    data = for_receipt(kind, lines, payments, training=training)
    if tx_uuid is not None:
        changed = fast_sql.execute_many(ctx, _ATTACH, [{
            "u": tx_uuid, "sale_id": sale_id, "process_data": data.text(),
            "bon_typ": data.bon_typ}])
        if changed == 1:  # the row ``started`` wrote: the TSE has it open
            _pending(ctx, tx_uuid, True, KASSENBELEG, data.text(), data.bon_typ)
            return tx_uuid
    row = _row(ctx, device, process_type=KASSENBELEG, data=data, sale_id=sale_id)
    fast_sql.execute(ctx, _INSERT, row)
    return _pending_row_of(ctx, row)


def _pending(ctx: Ctx, tx_uuid: str, started: bool, process_type: str, process_data: str,
             bon_typ: str) -> None:
    """Note a pending row for signing after the commit, with what the signer needs."""
    ctx.tse_pending.append(tx_uuid)
    ctx.tse_facts[tx_uuid] = (started, process_type, process_data, bon_typ)


def _pending_row_of(ctx: Ctx, row: dict[str, Any]) -> str:
    tx_uuid = str(row["uuid"])
    _pending(ctx, tx_uuid, row["tx_number"] is not None, str(row["process_type"]),
             str(row["process_data"]), str(row["bon_typ"]))
    return tx_uuid


def pending_event(ctx: Ctx, data: ProcessData | str, *, process_type: str = KASSENBELEG,
                  **subject: int) -> str | None:
    """The pending row of a cash movement, the float or a Z (None without a TSE)."""
    device = active_device(ctx)
    if device is None:
        return None
    keys: dict[str, Any] = dict(subject)
    row = _row(ctx, device, process_type=process_type, data=data, **keys)
    fast_sql.execute(ctx, _INSERT, row)
    return _pending_row_of(ctx, row)


def pending_movement(ctx: Ctx, cents: int, movement_id: int) -> str | None:
    """The pending row of a cash movement (None without a TSE).

    In training mode (``fiscal.mode``) the movement is signed as ``AVTraining``, like
    every receipt made in training; otherwise as ``AVTransfer``.
    """
    found = fast_sql.execute(ctx, _DEVICE_AND_MODE, {"sid": ctx.station_id})
    if found is None:
        return None
    data = transfer(cents, training=not _is_live(found[1]))
    row = _row(ctx, int(found[0]), process_type=KASSENBELEG, data=data,
               cash_movement_id=movement_id)
    fast_sql.execute(ctx, _INSERT, row)
    return _pending_row_of(ctx, row)


def started(ctx: Ctx, device_id: int, result: Started) -> None:
    """A transaction the TSE opened for a cart (sale begun, first line)."""
    row = _row(ctx, device_id, process_type=KASSENBELEG, data="", uuid=result.tx_id,
               tx_number=result.number, start_time=result.start_time,
               signature_counter=result.signature_counter)
    fast_sql.execute(ctx, _INSERT, row)


def set_started(ctx: Ctx, tx_uuid: str, result: Started) -> None:
    ctx.session.execute(update(TseTransaction).where(
        TseTransaction.uuid == tx_uuid, TseTransaction.state == "pending",
        TseTransaction.tx_number.is_(None)).values(
        tx_number=result.number, start_time=result.start_time,
        signature_counter=result.signature_counter))


_SIGNED_KEYS = ("state", "tx_number", "start_time", "log_time", "signature_counter",
                "signature", "tse_serial", "client_id", "sig_alg", "time_format",
                "public_key", "process_type", "process_data", "recovered", "resolved_at")
_SIGNED = fast_sql.Prepared(
    update(TseTransaction).where(TseTransaction.uuid == bindparam("u"),
                                 TseTransaction.state == "pending")
    .values({k: bindparam(k) for k in _SIGNED_KEYS}))
PENDING = fast_sql.Prepared(
    select(TseTransaction.tx_number, TseTransaction.process_type,
           TseTransaction.process_data, TseTransaction.bon_typ)
    .where(TseTransaction.uuid == bindparam("u"), TseTransaction.state == "pending"))


def signed(ctx: Ctx, tx_uuid: str, result: Signed, *, cancelled: bool = False,
           recovered: bool = False) -> None:
    """Resolve a pending row with the TSE's answer (hot path: compiled once)."""
    fast_sql.execute(ctx, _SIGNED, {
        "u": tx_uuid, "state": "cancelled" if cancelled else "finished",
        "tx_number": result.number, "start_time": result.start_time,
        "log_time": result.log_time, "signature_counter": result.signature_counter,
        "signature": result.signature, "tse_serial": result.serial,
        "client_id": result.client_id, "sig_alg": result.sig_alg,
        "time_format": result.time_format, "public_key": result.public_key,
        "process_type": result.process_type, "process_data": result.process_data,
        "recovered": recovered, "resolved_at": ctx.now()})


def failed(ctx: Ctx, tx_uuid: str, error: str, outage_id: int | None, *,
           recovered: bool = False) -> None:
    """Resolve a pending row as not signed; it stays unsigned for good."""
    ctx.session.execute(update(TseTransaction).where(
        TseTransaction.uuid == tx_uuid, TseTransaction.state == "pending").values(
        state="failed", error=" ".join(error.split())[:ERROR_MAX], outage_id=outage_id,
        recovered=recovered, resolved_at=ctx.now()))


def open_outage(ctx: Ctx, reason: str) -> int:
    """The station's open outage, or a new one starting now."""
    found = ctx.session.scalar(select(TseOutage.id).where(
        TseOutage.station_id == ctx.station_id, TseOutage.ended_at.is_(None)))
    if found is not None:
        return int(found)
    outage = TseOutage(station_id=ctx.station_id, tse_device_id=active_device(ctx),
                       started_at=ctx.now(), reason=" ".join(reason.split())[:ERROR_MAX])
    ctx.session.add(outage)
    ctx.session.flush()
    return outage.id


def close_outage(ctx: Ctx, at: datetime | None = None) -> int | None:
    """End the station's open outage (the TSE signs again); returns its id."""
    found = ctx.session.scalar(select(TseOutage).where(
        TseOutage.station_id == ctx.station_id, TseOutage.ended_at.is_(None)))
    if found is None:
        return None
    found.ended_at = at or ctx.now()
    return found.id
