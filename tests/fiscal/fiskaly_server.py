"""A small stand-in for fiskaly SIGN DE v2 on loopback, following the documented shapes.

``POST /api/v2/auth`` gives a bearer token that expires after ``token_seconds``;
``PUT /api/v2/tss/{tss}/tx/{tx}?tx_revision=N`` starts (ACTIVE), finishes (FINISHED,
``schema.standard_v1.receipt``) or cancels (CANCELLED) a transaction and signs a real
TR-03151 log message (ECDSA P-256), so its ``qr_code_data`` verifies; ``GET`` returns a
transaction; exports are created, polled and downloaded. Knobs: ``delay_s`` (to provoke
timeouts), ``fail_status`` (to answer every transaction call with that HTTP error).
"""

from __future__ import annotations

import base64
import io
import tarfile
import threading
import time
import uuid
from typing import Any

import uvicorn
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from fastapi import FastAPI, Header, Request
from fastapi.responses import JSONResponse, Response

from app.services.fiscal import log_message, qr
from app.services.fiscal.log_message import from_unix
from tests.sync.live import free_socket

VAT_ORDER = ("NORMAL", "REDUCED_1", "SPECIAL_RATE_1", "SPECIAL_RATE_2", "NULL")
TYPES = {"RECEIPT": "Beleg", "TRAINING": "AVTraining", "TRANSFER": "AVTransfer",
         "ABORT": "AVBelegabbruch", "CANCELLATION": "AVBelegstorno"}


class FakeFiskaly:
    def __init__(self, tss_id: str, client_serial: str = "KREISLAUF-S01") -> None:
        self.tss_id = tss_id
        self.client_serial = client_serial
        self.key = ec.generate_private_key(ec.SECP256R1())
        self.point = self.key.public_key().public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)
        self.serial = log_message.serial_of(self.point)
        self.tokens: dict[str, float] = {}
        self.token_seconds = 3600
        self.auth_calls = 0
        self.delay_s = 0.0
        self.fail_status = 0
        self.counter = 0
        self.number = 0
        self.txs: dict[str, dict[str, Any]] = {}
        self.exports: dict[str, int] = {}
        self.app = self._routes()

    def _err(self, status: int, message: str) -> JSONResponse:
        return JSONResponse({"status_code": status, "error": "Error", "code": "E_TEST",
                             "message": message}, status_code=status)

    def _authorised(self, header: str | None) -> bool:
        token = (header or "").removeprefix("Bearer ")
        return self.tokens.get(token, 0) > time.time()

    def _sign(self, operation: str, number: int, process_type: str, data: str) -> tuple:
        self.counter += 1
        now = int(time.time())
        fields = log_message.LogFields(operation, self.client_serial, data.encode(),
                                       process_type, number, self.serial,
                                       "ecdsa-plain-SHA256", self.counter, now)
        der = self.key.sign(log_message.to_be_signed(fields), ec.ECDSA(hashes.SHA256()))
        r, s = decode_dss_signature(der)
        return self.counter, now, base64.b64encode(r.to_bytes(32, "big")
                                                   + s.to_bytes(32, "big")).decode()

    def _routes(self) -> FastAPI:
        app = FastAPI()

        @app.post("/api/v2/auth")
        async def auth(request: Request) -> Any:
            self.auth_calls += 1
            body = await request.json()
            if body.get("api_secret") != "secret":
                return self._err(401, "invalid credentials")
            token = uuid.uuid4().hex
            expires = time.time() + self.token_seconds
            self.tokens[token] = expires
            return {"access_token": token, "access_token_expires_in": self.token_seconds,
                    "access_token_expires_at": int(expires), "refresh_token": "r"}

        @app.get("/api/v2/tss/{tss}")
        async def tss(tss: str, authorization: str | None = Header(None)) -> Any:
            if not self._authorised(authorization):
                return self._err(401, "token expired")
            return {"_id": tss, "serial_number": self.serial.hex(),
                    "public_key": base64.b64encode(self.point).decode(),
                    "signature_algorithm": "ecdsa-plain-SHA256",
                    "signature_timestamp_format": "unixTime",
                    "bsi_certification_id": "BSI-K-TR-0000-2020", "state": "INITIALIZED"}

        @app.put("/api/v2/tss/{tss}/tx/{tx}")
        async def put_tx(tss: str, tx: str, request: Request, tx_revision: int,
                         authorization: str | None = Header(None)) -> Any:
            if not self._authorised(authorization):
                return self._err(401, "token expired")
            if self.delay_s:
                time.sleep(self.delay_s)
            if self.fail_status:
                return self._err(self.fail_status, "TSS is not available")
            body = await request.json()
            known = self.txs.get(tx)
            if known is not None and tx_revision <= known["revision"]:
                return self._err(409, "tx_revision must increase")
            if body["state"] == "ACTIVE" and known is None:
                self.number += 1
                counter, now, _sig = self._sign("StartTransaction", self.number, "", "")
                known = self.txs[tx] = {"_id": tx, "number": self.number, "time_start": now,
                                        "state": "ACTIVE", "revision": tx_revision,
                                        "latest_revision": tx_revision,
                                        "client_id": body["client_id"]}
                return known
            assert known is not None
            if body["state"] == "FINISHED":
                receipt = body["schema"]["standard_v1"]["receipt"]
                data = self._process_data(receipt)
            else:
                data = "AVBelegabbruch^0.00_0.00_0.00_0.00_0.00^"
            counter, now, sig = self._sign("FinishTransaction", known["number"],
                                           "Kassenbeleg-V1", data)
            known.update(state=body["state"], revision=tx_revision, latest_revision=tx_revision,
                         time_end=now, tss_serial_number=self.serial.hex(),
                         client_serial_number=self.client_serial,
                         signature={"value": sig, "counter": counter,
                                    "algorithm": "ecdsa-plain-SHA256",
                                    "public_key": base64.b64encode(self.point).decode()},
                         log={"operation": "FinishTransaction", "timestamp": now,
                              "timestamp_format": "unixTime"})
            known["qr_code_data"] = ";".join((
                "V0", self.client_serial, "Kassenbeleg-V1", data, str(known["number"]),
                str(counter), qr.qr_time(from_unix(known["time_start"])),
                qr.qr_time(from_unix(now)), "ecdsa-plain-SHA256", "unixTime", sig,
                base64.b64encode(self.point).decode()))
            return known

        @app.get("/api/v2/tss/{tss}/tx/{tx}")
        async def get_tx(tss: str, tx: str, authorization: str | None = Header(None)) -> Any:
            if not self._authorised(authorization):
                return self._err(401, "token expired")
            if tx not in self.txs:
                return self._err(404, "transaction not found")
            return self.txs[tx]

        @app.get("/api/v2/tss/{tss}/tx")
        async def list_tx(tss: str, states: str = "",
                          authorization: str | None = Header(None)) -> Any:
            if not self._authorised(authorization):
                return self._err(401, "token expired")
            data = [t for t in self.txs.values() if not states or t["state"] == states]
            return {"data": data, "count": len(data)}

        @app.put("/api/v2/tss/{tss}/export/{export_id}")
        async def export(tss: str, export_id: str,
                         authorization: str | None = Header(None)) -> Any:
            if not self._authorised(authorization):
                return self._err(401, "token expired")
            self.exports[export_id] = 0
            return {"_id": export_id, "state": "PENDING"}

        @app.get("/api/v2/tss/{tss}/export/{export_id}")
        async def export_state(tss: str, export_id: str,
                               authorization: str | None = Header(None)) -> Any:
            if not self._authorised(authorization):
                return self._err(401, "token expired")
            self.exports[export_id] += 1
            state = "COMPLETED" if self.exports[export_id] > 1 else "WORKING"
            return {"_id": export_id, "state": state}

        @app.get("/api/v2/tss/{tss}/export/{export_id}/file")
        async def export_file(tss: str, export_id: str,
                              authorization: str | None = Header(None)) -> Any:
            if not self._authorised(authorization):
                return self._err(401, "token expired")
            out = io.BytesIO()
            with tarfile.open(fileobj=out, mode="w") as tar:
                info = tarfile.TarInfo("info.csv")
                info.size = 4
                tar.addfile(info, io.BytesIO(b"test"))
            return Response(out.getvalue(), media_type="application/x-tar")

        return app

    @staticmethod
    def _process_data(receipt: dict[str, Any]) -> str:
        amounts = {a["vat_rate"]: a["amount"] for a in receipt["amounts_per_vat_rate"]}
        gross = "_".join(amounts.get(rate, "0.00") for rate in VAT_ORDER)
        kinds = {"CASH": "Bar", "NON_CASH": "Unbar"}
        paid = "_".join(f"{p['amount']}:{kinds[p['payment_type']]}"
                        for p in receipt["amounts_per_payment_type"])
        return f"{TYPES[receipt['receipt_type']]}^{gross}^{paid}"


class FiskalyServer:
    """uvicorn serving a ``FakeFiskaly`` in a thread on a free loopback port."""

    def __init__(self, fake: FakeFiskaly) -> None:
        self.fake = fake
        self._sock = free_socket()
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}/api/v2"
        config = uvicorn.Config(fake.app, log_level="error", lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run,
                                        kwargs={"sockets": [self._sock]}, daemon=True)

    def start(self) -> None:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("fake fiskaly did not start")
            time.sleep(0.01)

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(10)
        self._sock.close()
