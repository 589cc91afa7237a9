"""A software TSE for development, training and tests — NOT certified, not for live use.

It behaves like a TR-03151 TSE towards the till: an ECDSA P-256 key in the data dir
(file mode 0600), serial = SHA-256 of the public key, a transaction number and a
signature counter that only ever go up, log times as unixTime, and a signed TR-03151
log message for every start, update and finish, exported as a TAR with TR-03153 names.

Durability: the TSE keeps its counters and log messages in its own SQLite file
(``tse/software-tse.sqlite3``, WAL, ``synchronous=FULL``), each operation one atomic,
fsync'd transaction. Not in the till database on purpose: a TSE is a separate device,
and its counters must never roll back with a till transaction that fails after the
signature was made (a real TSE never hands out a signature counter twice). A crash
before the commit leaves no trace (the signature was never returned); after it, the
till asks ``lookup`` and gets the stored answer.

The clock never runs backwards here: a jump of up to ``MAX_WAIT_S`` seconds is waited
out, a larger one makes the TSE refuse to sign (a failure the till records), because
signing with an invented time would be signing under a false time.
"""

from __future__ import annotations

import base64
import io
import os
import sqlite3
import tarfile
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from cryptography.x509.oid import NameOID

from app.db.types import utcnow
from app.services.fiscal import log_message
from app.services.fiscal import messages as msg
from app.services.fiscal.log_message import LogFields, from_unix, unix_seconds
from app.services.fiscal.tse import (
    KASSENBELEG,
    SIG_ALG_P256,
    SOFTWARE_CERTIFICATE,
    UNIX_TIME,
    Lookup,
    Signed,
    Started,
    TseError,
    TseInfo,
)

KEY_FILE = "software-tse-key.pem"
CERT_FILE = "software-tse-cert.der"
STORE_FILE = "software-tse.sqlite3"
MAX_WAIT_S = 2
_ECDSA_SHA256 = ec.ECDSA(hashes.SHA256())
_SCHEMA = """
CREATE TABLE IF NOT EXISTS counters (id INTEGER PRIMARY KEY CHECK (id = 1),
    tx_number INTEGER NOT NULL, signature_counter INTEGER NOT NULL,
    last_log_time INTEGER NOT NULL);
INSERT OR IGNORE INTO counters VALUES (1, 0, 0, 0);
CREATE TABLE IF NOT EXISTS tx (tx_id TEXT PRIMARY KEY, number INTEGER NOT NULL UNIQUE,
    client_id TEXT NOT NULL, start_time INTEGER NOT NULL, start_counter INTEGER NOT NULL,
    state TEXT NOT NULL, process_type TEXT NOT NULL DEFAULT '',
    process_data TEXT NOT NULL DEFAULT '', log_time INTEGER, signature_counter INTEGER,
    signature TEXT);
CREATE TABLE IF NOT EXISTS log (signature_counter INTEGER PRIMARY KEY,
    operation TEXT NOT NULL, tx_number INTEGER NOT NULL, client_id TEXT NOT NULL,
    log_time INTEGER NOT NULL, message BLOB NOT NULL);
"""
_SHORT_OP = {"StartTransaction": "Start", "UpdateTransaction": "Update",
             "FinishTransaction": "Finish"}


def _load_or_create_key(folder: Path, now: datetime) -> ec.EllipticCurvePrivateKey:
    path = folder / KEY_FILE
    if path.exists():
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        if not isinstance(key, ec.EllipticCurvePrivateKey):
            raise TseError(msg.KEY_BROKEN.format(path=path))
        return key
    key = ec.generate_private_key(ec.SECP256R1())
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
        fh.flush()
        os.fsync(fh.fileno())
    _write_certificate(folder, key, now)
    return key


def _write_certificate(folder: Path, key: ec.EllipticCurvePrivateKey, now: datetime) -> None:
    """A self-signed certificate whose CN is the serial, as TR-03153 exports name it."""
    serial_hex = log_message.serial_of(_point(key)).hex().upper()
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, serial_hex),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME,
                                         "Kreislauf-Kasse Software-TSE (nicht zertifiziert)")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=3650 * 3))
            .sign(key, hashes.SHA256()))
    (folder / CERT_FILE).write_bytes(cert.public_bytes(serialization.Encoding.DER))


def _point(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.X962,
                                         serialization.PublicFormat.UncompressedPoint)


class SoftwareTse:
    """The ``Tse`` protocol in software; ``folder`` is ``<data dir>/tse``."""

    def __init__(self, folder: Path, client_id: str,
                 clock: Callable[[], datetime] = utcnow,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.folder = folder
        self.client_id = client_id
        self.clock = clock
        self.sleep = sleep
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._key = _load_or_create_key(folder, clock())
        self._point = _point(self._key)
        self._serial = log_message.serial_of(self._point)
        self._serial_hex = self._serial.hex()
        self._public_b64 = base64.b64encode(self._point).decode()
        self._lock = threading.Lock()
        self._db = sqlite3.connect(folder / STORE_FILE, isolation_level=None,
                                   check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)

    # --- the protocol ----------------------------------------------------------------
    def info(self) -> TseInfo:
        return TseInfo(kind="software", serial=self._serial_hex,
                       public_key=self._public_b64,
                       sig_alg=SIG_ALG_P256, time_format=UNIX_TIME,
                       certificate_id=SOFTWARE_CERTIFICATE, certified=False,
                       client_id=self.client_id, brand="Kreislauf-Kasse",
                       model="Software-TSE (nicht zertifiziert)")

    def start_transaction(self, tx_id: str, process_type: str = "",
                          process_data: str = "") -> Started:
        with self._lock, self._transaction():
            row = self._db.execute("SELECT number, start_time, start_counter FROM tx "
                                   "WHERE tx_id = ?", (tx_id,)).fetchone()
            if row is not None:  # repeated call after a lost answer
                return Started(tx_id, row[0], from_unix(row[1]), row[2])
            number, counter, now = self._next(new_transaction=True)
            self._log("StartTransaction", number, process_type, process_data, counter, now)
            self._db.execute("INSERT INTO tx (tx_id, number, client_id, start_time, "
                             "start_counter, state) VALUES (?, ?, ?, ?, ?, 'active')",
                             (tx_id, number, self.client_id, now, counter))
        return Started(tx_id, number, from_unix(now), counter)

    def update_transaction(self, tx_id: str, process_type: str, process_data: str) -> None:
        with self._lock, self._transaction():
            number = self._active(tx_id)[0]
            _, counter, now = self._next(new_transaction=False)
            self._log("UpdateTransaction", number, process_type, process_data, counter, now)

    def finish_transaction(self, tx_id: str, process_type: str, process_data: str) -> Signed:
        with self._lock, self._transaction():
            done = self._finished(tx_id)
            if done is not None:
                return done
            number, start = self._active(tx_id)
            _, counter, now = self._next(new_transaction=False)
            signature = self._log("FinishTransaction", number, process_type, process_data,
                                  counter, now)
            self._db.execute("UPDATE tx SET state = 'finished', process_type = ?, "
                             "process_data = ?, log_time = ?, signature_counter = ?, "
                             "signature = ? WHERE tx_id = ?",
                             (process_type, process_data, now, counter, signature, tx_id))
        return self._signed(tx_id, number, start, now, counter, signature, process_type,
                            process_data)

    def cancel_transaction(self, tx_id: str, process_data: str) -> Signed:
        # TR-03151 has no cancel: an aborted receipt is finished with AVBelegabbruch.
        return self.finish_transaction(tx_id, KASSENBELEG, process_data)

    def lookup(self, tx_id: str) -> Lookup:
        with self._lock:
            row = self._db.execute("SELECT number, start_time, start_counter, state FROM tx "
                                   "WHERE tx_id = ?", (tx_id,)).fetchone()
            if row is None:
                return Lookup("unknown")
            started = Started(tx_id, row[0], from_unix(row[1]), row[2])
            if row[3] == "active":
                return Lookup("active", started)
            return Lookup("finished", started, self._finished(tx_id))

    def open_transactions(self) -> list[str]:
        with self._lock:
            return [r[0] for r in self._db.execute(
                "SELECT tx_id FROM tx WHERE state = 'active' ORDER BY number")]

    def export(self) -> bytes:
        """TAR: every log message (TR-03153 file names), the certificate, info.csv."""
        with self._lock:
            rows = self._db.execute("SELECT signature_counter, operation, tx_number, "
                                    "client_id, log_time, message FROM log "
                                    "ORDER BY signature_counter").fetchall()
        out = io.BytesIO()
        with tarfile.open(fileobj=out, mode="w", format=tarfile.USTAR_FORMAT) as tar:
            for counter, operation, number, client, log_time, message in rows:
                name = (f"Unixt_{log_time}_Sig-{counter}_Log-Tra_No-{number}_"
                        f"{_SHORT_OP[operation]}_Client-{client}.log")
                _add(tar, name, message, log_time)
            cert = (self.folder / CERT_FILE).read_bytes()
            _add(tar, f"{self._serial.hex().upper()}_X509.cer", cert, 0)
            info = ("description;manufacturer;version\r\n"
                    "Software-TSE (nicht zertifiziert);Kreislauf-Kasse;1\r\n").encode("ascii")
            _add(tar, "info.csv", info, 0)
        return out.getvalue()

    def close(self) -> None:
        self._db.close()

    # --- inside ----------------------------------------------------------------------
    def _transaction(self) -> _Immediate:
        return _Immediate(self._db)

    def _now(self, last: int) -> int:
        now = unix_seconds(self.clock())
        if now < last:
            if last - now > MAX_WAIT_S:
                raise TseError(msg.CLOCK_BACKWARDS.format(
                    last=from_unix(last).isoformat(), now=from_unix(now).isoformat()))
            self.sleep(last - now)
            now = max(unix_seconds(self.clock()), last)
        return now

    def _next(self, *, new_transaction: bool) -> tuple[int, int, int]:
        tx_number, counter, last = self._db.execute(
            "SELECT tx_number, signature_counter, last_log_time FROM counters").fetchone()
        now = self._now(last)
        tx_number += 1 if new_transaction else 0
        counter += 1
        self._db.execute("UPDATE counters SET tx_number = ?, signature_counter = ?, "
                         "last_log_time = ?", (tx_number, counter, now))
        return tx_number, counter, now

    def _log(self, operation: str, number: int, process_type: str, process_data: str,
             counter: int, now: int) -> str:
        fields = LogFields(operation, self.client_id, process_data.encode(), process_type,
                           number, self._serial, SIG_ALG_P256, counter, now)
        signed_part = log_message.to_be_signed(fields)
        der = self._key.sign(signed_part, _ECDSA_SHA256)
        r, s = decode_dss_signature(der)
        raw = r.to_bytes(32, "big") + s.to_bytes(32, "big")
        self._db.execute("INSERT INTO log VALUES (?, ?, ?, ?, ?, ?)",
                         (counter, operation, number, self.client_id, now,
                          log_message.wrap(signed_part, raw)))
        return base64.b64encode(raw).decode()

    def _active(self, tx_id: str) -> tuple[int, int]:
        row = self._db.execute("SELECT number, start_time FROM tx WHERE tx_id = ? "
                               "AND state = 'active'", (tx_id,)).fetchone()
        if row is None:
            raise TseError(msg.TX_UNKNOWN.format(tx=tx_id))
        return row[0], row[1]

    def _finished(self, tx_id: str) -> Signed | None:
        row = self._db.execute("SELECT number, start_time, log_time, signature_counter, "
                               "signature, process_type, process_data FROM tx "
                               "WHERE tx_id = ? AND state = 'finished'", (tx_id,)).fetchone()
        if row is None:
            return None
        return self._signed(tx_id, *row)

    def _signed(self, tx_id: str, number: int, start: int, log_time: int, counter: int,
                signature: str, process_type: str, process_data: str) -> Signed:
        return Signed(tx_id, number, from_unix(start), from_unix(log_time), counter,
                      signature, process_type, process_data, self._serial_hex,
                      self.client_id, SIG_ALG_P256, UNIX_TIME, self._public_b64)


class _Immediate:
    """``BEGIN IMMEDIATE`` … ``COMMIT`` (rolled back on any error)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.db.execute("COMMIT" if exc_type is None else "ROLLBACK")


def _add(tar: tarfile.TarFile, name: str, data: bytes, mtime: int) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = mtime
    info.mode = 0o444
    tar.addfile(info, io.BytesIO(data))
