"""The TSE block of a receipt, read from the sale's ``tse_transaction`` row.

Every KassenSichV § 6 field a TSE provides: transaction number, start and end time,
signature counter, signature, TSE serial, the till's serial (client id), signature
algorithm, time format; plus the DSFinV-K QR payload. A receipt whose transaction
failed says "TSE ausgefallen" and carries no transaction number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, select

from app.db.models import TseDevice, TseTransaction
from app.services.fiscal import qr
from app.services.fiscal.tse import Signed
from app.services.kernel.context import Ctx

TRAINING = "AVTraining"


@dataclass(frozen=True)
class TseData:
    """What the receipt shows of its TSE transaction."""

    state: str  # finished | cancelled | failed | pending
    serial: str = ""
    transaction_number: int | None = None
    signature_counter: int | None = None
    start: datetime | None = None
    end: datetime | None = None
    algorithm: str = ""
    time_format: str = ""
    signature: str = ""
    client_id: str = ""
    public_key: str = ""
    qr_payload: str = ""
    certified: bool = False
    error: str = ""
    training: bool = False  # signed as ``AVTraining``: a training receipt, not a Beleg

    @property
    def failed(self) -> bool:
        return self.state == "failed"

    @property
    def signed(self) -> bool:
        return self.state in ("finished", "cancelled")


_ROW = (
    select(TseTransaction.state, TseTransaction.tse_serial, TseTransaction.tx_number,
           TseTransaction.signature_counter, TseTransaction.start_time,
           TseTransaction.log_time, TseTransaction.sig_alg, TseTransaction.time_format,
           TseTransaction.signature, TseTransaction.client_id, TseTransaction.public_key,
           TseTransaction.process_type, TseTransaction.process_data, TseTransaction.error,
           TseDevice.certified, TseTransaction.uuid, TseTransaction.bon_typ)
    .outerjoin(TseDevice, TseDevice.id == TseTransaction.tse_device_id)
    .where(TseTransaction.sale_id == bindparam("sid"))
)


def for_sale(ctx: Ctx, sale_id: int) -> TseData | None:
    """The TSE data of a receipt; None when the till signs nothing (no TSE)."""
    conn = ctx.session.connection()
    row = conn.execute(_ROW, {"sid": sale_id}).first()
    if row is None:
        return None
    (state, serial, number, counter, start, end, alg, fmt, signature, client, key,
     process_type, process_data, error, certified, tx_id, bon_typ) = row
    training = bon_typ == TRAINING
    if (state not in ("finished", "cancelled") or number is None or counter is None
            or start is None or end is None):
        return TseData(state, error=error or "", training=training)
    payload = qr.payload(Signed(tx_id, number, start, end, counter, signature,
                                process_type, process_data, serial, client, alg, fmt, key))
    return TseData(state, serial, number, counter, start, end, alg, fmt, signature, client,
                   key, payload, bool(certified), error or "", training)
