"""The TR-03151 transaction log message, DER-encoded with asn1crypto.

::

    TransactionLogMessage ::= SEQUENCE {
        version                 INTEGER (2),
        certifiedDataType       OBJECT IDENTIFIER (bsi-de-log-ts-transaction),
        operationType           [0] IMPLICIT PrintableString,
        clientId                [1] IMPLICIT PrintableString,
        processData             [2] IMPLICIT OCTET STRING,
        processType             [3] IMPLICIT PrintableString,
        additionalExternalData  [4] IMPLICIT OCTET STRING OPTIONAL,
        transactionNumber       [5] IMPLICIT INTEGER,
        additionalInternalData  [6] IMPLICIT OCTET STRING OPTIONAL,
        serialNumber            OCTET STRING,       -- SHA-256 of the public key
        signatureAlgorithm      SEQUENCE { algorithm OID, parameters ANY OPTIONAL },
        seAuditData             OCTET STRING OPTIONAL,
        signatureCounter        INTEGER,
        logTime                 CHOICE { utcTime, generalizedTime, unixTime INTEGER },
        signatureValue          OCTET STRING }

The signature is computed over the concatenation of the DER encodings of every field
from ``version`` to ``logTime`` (the sequence's content without ``signatureValue``),
which is what a verifier rebuilds from a receipt's QR code. Facts checked against the
BSI TSE simulator and the konfidas TTC verifier (public code), see the README.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ClassVar

from asn1crypto import core

TRANSACTION_LOG_OID = "0.4.0.127.0.7.3.7.1.1"  # bsi-de-log-ts-transaction
SIG_ALG_OIDS = {
    "ecdsa-plain-SHA256": "0.4.0.127.0.7.1.1.4.1.3",
    "ecdsa-plain-SHA384": "0.4.0.127.0.7.1.1.4.1.4",
    "ecdsa-plain-SHA512": "0.4.0.127.0.7.1.1.4.1.5",
}
VERSION = 2


class _AlgorithmIdentifier(core.Sequence):
    _fields: ClassVar[list[Any]] = [("algorithm", core.ObjectIdentifier),
               ("parameters", core.Any, {"optional": True})]


class _LogTime(core.Choice):
    _alternatives: ClassVar[list[Any]] = [
        ("utc_time", core.UTCTime), ("generalized_time", core.GeneralizedTime),
        ("unix_time", core.Integer)]


class TransactionLogMessage(core.Sequence):
    """The ASN.1 structure above (asn1crypto definition)."""

    _fields: ClassVar[list[Any]] = [
        ("version", core.Integer),
        ("certified_data_type", core.ObjectIdentifier),
        ("operation_type", core.PrintableString, {"implicit": 0}),
        ("client_id", core.PrintableString, {"implicit": 1}),
        ("process_data", core.OctetString, {"implicit": 2}),
        ("process_type", core.PrintableString, {"implicit": 3}),
        ("additional_external_data", core.OctetString, {"implicit": 4, "optional": True}),
        ("transaction_number", core.Integer, {"implicit": 5}),
        ("additional_internal_data", core.OctetString, {"implicit": 6, "optional": True}),
        ("serial_number", core.OctetString),
        ("signature_algorithm", _AlgorithmIdentifier),
        ("se_audit_data", core.OctetString, {"optional": True}),
        ("signature_counter", core.Integer),
        ("log_time", _LogTime),
        ("signature_value", core.OctetString, {"optional": True}),
    ]


@dataclass(frozen=True)
class LogFields:
    """The values of one transaction log message (``operation``: Start/Update/Finish)."""

    operation: str  # StartTransaction | UpdateTransaction | FinishTransaction
    client_id: str
    process_data: bytes
    process_type: str
    transaction_number: int
    serial: bytes  # 32 bytes
    sig_alg: str
    signature_counter: int
    log_time: int  # unixTime (seconds)


def serial_of(public_point: bytes) -> bytes:
    """TSE serial number: SHA-256 of the public key (uncompressed EC point)."""
    return hashlib.sha256(public_point).digest()


def asn1_message(fields: LogFields, signature: bytes | None) -> TransactionLogMessage:
    """The message as the asn1crypto model: for reading, and the reference the direct
    encoder below is tested against."""
    values: dict[str, object] = {
        "version": VERSION,
        "certified_data_type": TRANSACTION_LOG_OID,
        "operation_type": fields.operation,
        "client_id": fields.client_id,
        "process_data": fields.process_data,
        "process_type": fields.process_type,
        "transaction_number": fields.transaction_number,
        "serial_number": fields.serial,
        "signature_algorithm": {"algorithm": SIG_ALG_OIDS[fields.sig_alg]},
        "signature_counter": fields.signature_counter,
        "log_time": _LogTime(name="unix_time", value=fields.log_time),
    }
    if signature is not None:
        values["signature_value"] = signature
    return TransactionLogMessage(values)


# DER written directly (every sale signs twice; building the asn1crypto model took
# most of the signing time). The constant parts come from asn1crypto once.
_HEAD = (core.Integer(VERSION).dump()
         + core.ObjectIdentifier(TRANSACTION_LOG_OID).dump())
_ALG = {name: _AlgorithmIdentifier({"algorithm": oid}).dump()
        for name, oid in SIG_ALG_OIDS.items()}


def _der_length(n: int) -> bytes:
    if n < 0x80:
        return bytes((n,))
    body = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes((0x80 | len(body),)) + body


def _tlv(tag: int, value: bytes) -> bytes:
    return bytes((tag,)) + _der_length(len(value)) + value


def _int(n: int) -> bytes:
    if n < 0:
        raise ValueError("negative numbers have no place in a log message")
    return n.to_bytes(n.bit_length() // 8 + 1, "big")


def to_be_signed(fields: LogFields) -> bytes:
    """The bytes the TSE signs: the message's DER content without ``signatureValue``."""
    return b"".join((
        _HEAD,
        _tlv(0x80, fields.operation.encode("latin1")),      # [0] IMPLICIT PrintableString
        _tlv(0x81, fields.client_id.encode("latin1")),      # [1]
        _tlv(0x82, fields.process_data),                    # [2] IMPLICIT OCTET STRING
        _tlv(0x83, fields.process_type.encode("latin1")),   # [3]
        _tlv(0x85, _int(fields.transaction_number)),        # [5] IMPLICIT INTEGER
        _tlv(0x04, fields.serial),
        _ALG[fields.sig_alg],
        _tlv(0x02, _int(fields.signature_counter)),
        _tlv(0x02, _int(fields.log_time)),                  # logTime: unixTime INTEGER
    ))


def wrap(signed_part: bytes, signature: bytes) -> bytes:
    """The whole log message from ``to_be_signed``'s bytes and the signature."""
    return _tlv(0x30, signed_part + _tlv(0x04, signature))


def encode(fields: LogFields, signature: bytes) -> bytes:
    """The whole log message as stored in the TSE's TAR export."""
    return wrap(to_be_signed(fields), signature)


def decode(der: bytes) -> tuple[LogFields, bytes]:
    """Fields and signature of a stored log message (unixTime messages only)."""
    msg = TransactionLogMessage.load(der)
    oid = msg["signature_algorithm"]["algorithm"].dotted
    alg = next(name for name, value in SIG_ALG_OIDS.items() if value == oid)
    log_time = msg["log_time"]
    if log_time.name != "unix_time":
        raise ValueError("only unixTime log messages are read here")
    fields = LogFields(
        operation=msg["operation_type"].native, client_id=msg["client_id"].native,
        process_data=msg["process_data"].native, process_type=msg["process_type"].native,
        transaction_number=msg["transaction_number"].native,
        serial=msg["serial_number"].native, sig_alg=alg,
        signature_counter=msg["signature_counter"].native, log_time=log_time.native)
    return fields, msg["signature_value"].native


def unix_seconds(when: datetime) -> int:
    return int(when.astimezone(UTC).timestamp())


def from_unix(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)
