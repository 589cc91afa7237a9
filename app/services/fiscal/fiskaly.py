"""A thin client for the fiskaly SIGN DE v2 cloud TSE over httpx (fiskaly ships no
Python SDK).

Shapes follow fiskaly's published API: ``POST /auth`` trades key and secret for a bearer
token (``access_token``, ``access_token_expires_at``), renewed shortly before it runs
out and once more after a 401; a transaction is ``PUT /tss/{tss}/tx/{tx}?tx_revision=N``
with ``state`` ACTIVE (start), FINISHED (with ``schema.standard_v1.receipt``) or
CANCELLED; the answer carries number, start/end time, signature (value, counter,
algorithm, public key), serials and ``qr_code_data``; an error is
``{status_code, error, message}``. Export: ``PUT /tss/{tss}/export/{id}``, poll until
COMPLETED, ``GET …/file`` (TAR). The ids are the till's own UUIDs, so every call can be
repeated after a lost answer.

A cloud TSE needs the network at the moment of sale: a timeout or a refused call is a
``TseError``; the till then records a TSE failure and keeps selling.
"""

from __future__ import annotations

import base64
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx

from app.db.types import utcnow
from app.services.fiscal import messages as msg
from app.services.fiscal.tse import (
    KASSENBELEG,
    Lookup,
    Signed,
    Started,
    TseError,
    TseInfo,
)

log = logging.getLogger(__name__)
DEFAULT_URL = "https://kassensichv-middleware.fiskaly.com/api/v2"
TOKEN_MARGIN_S = 60  # renew the token this long before it expires
RECEIPT_TYPES = {"Beleg": "RECEIPT", "AVTraining": "TRAINING", "AVTransfer": "TRANSFER",
                 "AVBestellung": "ORDER", "AVBelegstorno": "CANCELLATION",
                 "AVBelegabbruch": "ABORT", "AVSachbezug": "BENEFIT_IN_KIND",
                 "AVRechnung": "INVOICE", "AVSonstige": "OTHER"}
VAT_RATES = ("NORMAL", "REDUCED_1", "SPECIAL_RATE_1", "SPECIAL_RATE_2", "NULL")
PAYMENT_TYPES = {"Bar": "CASH", "Unbar": "NON_CASH"}


@dataclass(frozen=True)
class FiskalyConfig:
    api_key: str
    api_secret: str
    tss_id: str
    client_id: str
    base_url: str = DEFAULT_URL
    timeout_s: float = 5.0
    export_wait_s: float = 120.0

    def missing(self) -> list[str]:
        return [label for key, label in msg.CONFIG_LABELS.items() if not getattr(self, key)]


def receipt_schema(process_data: str) -> dict[str, Any]:
    """``Beleg^10.00_5.00_0.00_0.00_0.00^12.00:Bar_3.00:Unbar`` as ``standard_v1.receipt``."""
    bon_typ, gross, payments = process_data.split("^")
    amounts = gross.split("_")
    per_vat = [{"vat_rate": rate, "amount": value} for rate, value in zip(
        VAT_RATES, amounts, strict=True) if value not in ("0.00", "-0.00")]
    per_payment = []
    for part in filter(None, payments.split("_")):
        value, kind = part.split(":")[:2]
        per_payment.append({"payment_type": PAYMENT_TYPES[kind], "amount": value})
    return {"standard_v1": {"receipt": {"receipt_type": RECEIPT_TYPES[bon_typ],
                                        "amounts_per_vat_rate": per_vat,
                                        "amounts_per_payment_type": per_payment}}}


def _schema(process_type: str, process_data: str) -> dict[str, Any]:
    if process_type == KASSENBELEG:
        return receipt_schema(process_data)
    return {"raw": {"process_type": process_type,
                    "process_data": base64.b64encode(process_data.encode()).decode()}}


def _time(seconds: int | float) -> datetime:
    return datetime.fromtimestamp(int(seconds), UTC)


class FiskalyTse:
    """The ``Tse`` protocol over fiskaly SIGN DE v2."""

    def __init__(self, config: FiskalyConfig, clock: Callable[[], datetime] = utcnow,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        missing = config.missing()
        if missing:
            raise TseError(msg.NOT_CONFIGURED.format(missing=", ".join(missing)))
        self.config = config
        self.clock = clock
        self.sleep = sleep
        self._http = httpx.Client(base_url=config.base_url.rstrip("/"),
                                  timeout=httpx.Timeout(config.timeout_s))
        self._token: str | None = None
        self._expires_at = 0.0
        self._revisions: dict[str, int] = {}
        self._info: TseInfo | None = None

    # --- transport -------------------------------------------------------------------
    def _authenticate(self) -> None:
        body = {"api_key": self.config.api_key, "api_secret": self.config.api_secret}
        answer = self._send("POST", "/auth", json=body, auth=False)
        token = answer.get("access_token")
        if not isinstance(token, str):
            raise TseError(msg.AUTH_FAILED.format(reason=msg.NO_TOKEN))
        self._token = token
        now = self.clock().timestamp()
        expires = answer.get("access_token_expires_at")
        if not isinstance(expires, int | float):
            expires = now + float(answer.get("access_token_expires_in", 0))
        self._expires_at = float(expires)

    def _bearer(self) -> str:
        if self._token is None or self.clock().timestamp() >= self._expires_at - TOKEN_MARGIN_S:
            self._authenticate()
        assert self._token is not None
        return self._token

    def _send(self, method: str, path: str, *, auth: bool = True, raw: bool = False,
              **kwargs: Any) -> Any:
        for attempt in (1, 2):
            headers = {"Authorization": f"Bearer {self._bearer()}"} if auth else {}
            try:
                response = self._http.request(method, path, headers=headers, **kwargs)
            except httpx.TimeoutException as exc:
                raise TseError(msg.TIMEOUT) from exc
            except httpx.HTTPError as exc:
                raise TseError(msg.UNREACHABLE.format(reason=type(exc).__name__)) from exc
            if response.status_code == 401 and auth and attempt == 1:
                self._token = None  # expired early or revoked: sign in again once
                continue
            if response.status_code >= 400:
                raise TseError(self._refusal(response, auth))
            return response.content if raw else response.json()
        raise TseError(msg.AUTH_FAILED.format(reason="401"))  # pragma: no cover - loop ends

    @staticmethod
    def _refusal(response: httpx.Response, auth: bool) -> str:
        try:
            data = response.json()
            reason = str(data.get("message") or data.get("error") or response.status_code)
        except ValueError:
            reason = f"HTTP {response.status_code}"
        reason = f"{reason} (HTTP {response.status_code})"[:150]
        return (msg.REFUSED if auth else msg.AUTH_FAILED).format(reason=reason)

    def _tx_path(self, tx_id: str) -> str:
        return f"/tss/{self.config.tss_id}/tx/{tx_id}"

    def _put_tx(self, tx_id: str, body: dict[str, Any]) -> dict[str, Any]:
        revision = self._revisions.get(tx_id)
        if revision is None:
            revision = self._latest_revision(tx_id)
        revision += 1
        answer: dict[str, Any] = self._send("PUT", self._tx_path(tx_id), json=body,
                                            params={"tx_revision": revision})
        self._revisions[tx_id] = int(answer.get("revision", revision))
        return answer

    def _latest_revision(self, tx_id: str) -> int:
        try:
            data = self._send("GET", self._tx_path(tx_id))
        except TseError:
            return 0  # not known yet: this is the first revision
        return int(data.get("latest_revision", data.get("revision", 0)))

    # --- the protocol ----------------------------------------------------------------
    def info(self) -> TseInfo:
        if self._info is None:
            tss = self._send("GET", f"/tss/{self.config.tss_id}")
            self._info = TseInfo(
                kind="fiskaly", serial=str(tss.get("serial_number", "")),
                public_key=str(tss.get("public_key", "")),
                sig_alg=str(tss.get("signature_algorithm", "ecdsa-plain-SHA384")),
                time_format=str(tss.get("signature_timestamp_format", "unixTime")),
                certificate_id=str(tss.get("bsi_certification_id", "")), certified=True,
                client_id=self.config.client_id, brand="fiskaly", model="SIGN DE Cloud-TSE")
        return self._info

    def start_transaction(self, tx_id: str, process_type: str = "",
                          process_data: str = "") -> Started:
        answer = self._put_tx(tx_id, {"state": "ACTIVE", "client_id": self.config.client_id})
        return Started(tx_id, int(answer["number"]), _time(answer["time_start"]),
                       int(answer.get("signature", {}).get("counter", 0) or 0))

    def update_transaction(self, tx_id: str, process_type: str, process_data: str) -> None:
        self._put_tx(tx_id, {"state": "ACTIVE", "client_id": self.config.client_id,
                             "schema": _schema(process_type, process_data)})

    def finish_transaction(self, tx_id: str, process_type: str, process_data: str) -> Signed:
        answer = self._put_tx(tx_id, {"state": "FINISHED", "client_id": self.config.client_id,
                                      "schema": _schema(process_type, process_data)})
        return self._signed(tx_id, answer, process_type, process_data)

    def cancel_transaction(self, tx_id: str, process_data: str) -> Signed:
        answer = self._put_tx(tx_id, {"state": "CANCELLED",
                                      "client_id": self.config.client_id})
        return self._signed(tx_id, answer, KASSENBELEG, process_data)

    def lookup(self, tx_id: str) -> Lookup:
        try:
            data = self._send("GET", self._tx_path(tx_id))
        except TseError as exc:
            if "HTTP 404" in exc.message:
                return Lookup("unknown")
            raise
        started = Started(tx_id, int(data["number"]), _time(data["time_start"]), 0)
        if data.get("state") == "ACTIVE":
            return Lookup("active", started)
        return Lookup("finished", started, self._signed(tx_id, data, KASSENBELEG, ""))

    def open_transactions(self) -> list[str]:
        data = self._send("GET", f"/tss/{self.config.tss_id}/tx",
                          params={"states": "ACTIVE", "client_id": self.config.client_id})
        return [str(tx["_id"]) for tx in data.get("data", [])]

    def export(self) -> bytes:
        export_id = str(uuid.uuid4())
        path = f"/tss/{self.config.tss_id}/export/{export_id}"
        self._send("PUT", path, json={})
        deadline = time.monotonic() + self.config.export_wait_s
        while True:
            state = self._send("GET", path).get("state")
            if state == "COMPLETED":
                data: bytes = self._send("GET", f"{path}/file", raw=True)
                return data
            if state in ("ERROR", "CANCELLED", "EXPIRED", "DELETED"):
                raise TseError(msg.EXPORT_FAILED.format(reason=state))
            if time.monotonic() > deadline:
                raise TseError(msg.EXPORT_FAILED.format(reason=msg.EXPORT_TIMEOUT))
            self.sleep(0.5)

    def close(self) -> None:
        self._http.close()

    # --- answers ---------------------------------------------------------------------
    def _signed(self, tx_id: str, data: dict[str, Any], process_type: str,
                process_data: str) -> Signed:
        signature = data.get("signature") or {}
        qr = str(data.get("qr_code_data", ""))
        parts = qr.split(";")
        if len(parts) == 12:  # what the TSE signed is what the QR says
            process_type, process_data = parts[2], parts[3]
        log_info = data.get("log") or {}
        return Signed(
            tx_id=tx_id, number=int(data["number"]), start_time=_time(data["time_start"]),
            log_time=_time(data.get("time_end", log_info.get("timestamp", 0))),
            signature_counter=int(signature.get("counter", 0)),
            signature=str(signature.get("value", "")), process_type=process_type,
            process_data=process_data, serial=str(data.get("tss_serial_number", "")),
            client_id=str(data.get("client_serial_number", self.config.client_id)),
            sig_alg=str(signature.get("algorithm", "")),
            time_format=str(log_info.get("timestamp_format", "unixTime")),
            public_key=str(signature.get("public_key", "")))
