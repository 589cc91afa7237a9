"""The one protocol every TSE implements, and the plain data it hands back.

A TSE (technische Sicherheitseinrichtung, BSI TR-03151/TR-03153) signs each transaction
of the till: ``start_transaction`` when a sale begins, optionally ``update_transaction``,
``finish_transaction`` when it is paid, ``cancel_transaction`` for an aborted one.
Each answer carries the TSE's own transaction number, log time, signature counter and
signature. Implementations: the software TSE (``software_tse``, development and
training, not certified) and the fiskaly SIGN DE cloud adapter (``fiskaly``); a local
hardware TSE (USB/microSD) fits behind the same protocol.

Transactions are named by an id the till chooses (the ``tse_transaction.uuid``), so a
call repeated after a lost answer, or asked about after a crash, finds the same
transaction. Every method may raise ``TseError`` with a German sentence; the caller
records the failure and keeps selling.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, runtime_checkable

from app.errors import DeviceError

KASSENBELEG = "Kassenbeleg-V1"
SONSTIGER_VORGANG = "SonstigerVorgang"
SIG_ALG_P256 = "ecdsa-plain-SHA256"
UNIX_TIME = "unixTime"
SOFTWARE_CERTIFICATE = "Software-TSE"


class TseError(DeviceError):
    """The TSE could not do what was asked (unreachable, refused, broken); German text."""


@dataclass(frozen=True)
class TseInfo:
    """What the till prints and exports about its TSE (DSFinV-K ``tse.csv``)."""

    kind: str  # software | fiskaly | hardware
    serial: str  # hex, SHA-256 of the public key
    public_key: str  # base64 of the uncompressed EC point
    sig_alg: str
    time_format: str
    certificate_id: str  # BSI-K-TR-…, or "Software-TSE"
    certified: bool
    client_id: str
    brand: str = ""
    model: str = ""
    pd_encoding: str = "UTF-8"


@dataclass(frozen=True)
class Started:
    """The answer to ``start_transaction``."""

    tx_id: str
    number: int
    start_time: datetime
    signature_counter: int


@dataclass(frozen=True)
class Signed:
    """A finished (or cancelled) transaction: everything the receipt and the QR need."""

    tx_id: str
    number: int
    start_time: datetime
    log_time: datetime
    signature_counter: int
    signature: str  # base64
    process_type: str
    process_data: str
    serial: str
    client_id: str
    sig_alg: str
    time_format: str
    public_key: str  # base64


@dataclass(frozen=True)
class Lookup:
    """What the TSE knows about a transaction id (for recovery after a crash)."""

    state: str  # unknown | active | finished
    started: Started | None = None
    signed: Signed | None = None


@runtime_checkable
class Tse(Protocol):
    """A technical security device as TR-03151 describes its transaction functions."""

    def info(self) -> TseInfo:
        """Serial, public key, algorithm, time format, certificate and client id."""
        ...

    def start_transaction(self, tx_id: str, process_type: str = "",
                          process_data: str = "") -> Started:
        """Open a transaction under the till's id ``tx_id``; repeatable for the same id."""
        ...

    def update_transaction(self, tx_id: str, process_type: str, process_data: str) -> None:
        """Optional: log an intermediate state of an open transaction."""
        ...

    def finish_transaction(self, tx_id: str, process_type: str, process_data: str) -> Signed:
        """Close the transaction with its final data and return the signature."""
        ...

    def cancel_transaction(self, tx_id: str, process_data: str) -> Signed:
        """Close an aborted transaction (``AVBelegabbruch``) and return the signature."""
        ...

    def lookup(self, tx_id: str) -> Lookup:
        """The TSE's own view of a transaction, used to resolve crashes."""
        ...

    def open_transactions(self) -> list[str]:
        """Ids of transactions started and not yet finished."""
        ...

    def export(self) -> bytes:
        """All log messages (and certificates) as a TAR archive (TR-03153 naming)."""
        ...
