"""The receipt QR code of the DSFinV-K (version V0) and its verification.

Twelve fields joined by ``;``: ``V0``, client id, processType, processData, transaction
number, signature counter, start time, log time, signature algorithm, log time format,
signature (base64), public key (base64). ``verify`` rebuilds the signed TR-03151 log
message from those fields alone and checks the signature with the key the QR carries,
as an auditor's verifier does.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from app.db.models import TseTransaction
from app.services.fiscal import log_message
from app.services.fiscal.tse import Signed

HASHES: dict[str, hashes.HashAlgorithm] = {
    "ecdsa-plain-SHA256": hashes.SHA256(), "ecdsa-plain-SHA384": hashes.SHA384(),
    "ecdsa-plain-SHA512": hashes.SHA512()}
# Curves whose uncompressed points have this many bytes (tried in turn).
CURVES: dict[int, tuple[type[ec.EllipticCurve], ...]] = {
    65: (ec.SECP256R1, ec.BrainpoolP256R1),
    97: (ec.BrainpoolP384R1, ec.SECP384R1),
    129: (ec.BrainpoolP512R1,),
}


def qr_time(when: datetime) -> str:
    """``2026-11-26T09:00:00.000Z`` (UTC, milliseconds)."""
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + (
        f"{when.astimezone(UTC).microsecond // 1000:03d}Z")


def parse_time(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


@dataclass(frozen=True)
class QrFields:
    client_id: str
    process_type: str
    process_data: str
    transaction_number: int
    signature_counter: int
    start_time: str
    log_time: str
    sig_alg: str
    time_format: str
    signature: str
    public_key: str


def payload(signed: Signed) -> str:
    """The QR code text of a signed transaction."""
    return ";".join(("V0", signed.client_id, signed.process_type, signed.process_data,
                     str(signed.number), str(signed.signature_counter),
                     qr_time(signed.start_time), qr_time(signed.log_time), signed.sig_alg,
                     signed.time_format, signed.signature, signed.public_key))


def parse(text: str) -> QrFields:
    """The twelve fields; processData never contains ``;`` (only ``^ _ : .``)."""
    parts = text.split(";")
    if len(parts) != 12 or parts[0] != "V0":
        raise ValueError("not a DSFinV-K V0 QR code")
    return QrFields(parts[1], parts[2], parts[3], int(parts[4]), int(parts[5]), parts[6],
                    parts[7], parts[8], parts[9], parts[10], parts[11])


def _public_key(point: bytes) -> ec.EllipticCurvePublicKey:
    for curve in CURVES.get(len(point), ()):
        try:
            return ec.EllipticCurvePublicKey.from_encoded_point(curve(), point)
        except ValueError:
            continue
    raise ValueError("public key is not a point on a supported curve")


def verify(text: str) -> bool:
    """True when the QR's signature is valid for the log message its fields describe."""
    fields = parse(text)
    if fields.time_format != "unixTime":
        raise ValueError(f"log time format {fields.time_format} is not supported here")
    point = base64.b64decode(fields.public_key)
    message = log_message.to_be_signed(log_message.LogFields(
        operation="FinishTransaction", client_id=fields.client_id,
        process_data=fields.process_data.encode(), process_type=fields.process_type,
        transaction_number=fields.transaction_number, serial=log_message.serial_of(point),
        sig_alg=fields.sig_alg, signature_counter=fields.signature_counter,
        log_time=log_message.unix_seconds(parse_time(fields.log_time))))
    raw = base64.b64decode(fields.signature)
    half = len(raw) // 2
    der = encode_dss_signature(int.from_bytes(raw[:half], "big"),
                               int.from_bytes(raw[half:], "big"))
    try:
        _public_key(point).verify(der, message, ec.ECDSA(HASHES[fields.sig_alg]))
    except InvalidSignature:
        return False
    return True



def payload_of_row(row: TseTransaction) -> str:
    """The QR text of a signed ``tse_transaction`` row (reprints, exports, tests)."""
    if row.tx_number is None or row.signature_counter is None or row.start_time is None \
            or row.log_time is None:
        raise ValueError("transaction not signed")
    return payload(Signed(row.uuid, row.tx_number, row.start_time, row.log_time,
                          row.signature_counter, row.signature, row.process_type,
                          row.process_data, row.tse_serial, row.client_id, row.sig_alg,
                          row.time_format, row.public_key))
