"""The till's side of sync: register, push the outbox in batches, pull central changes.

Every database step runs in its own short transaction through the ``Backend`` (the edge
commits), so an event is marked acknowledged only after the server has committed it,
and a restart resumes from the outbox without resending acknowledged events. Network,
TLS, auth and version problems become a ``SyncError`` with a German message.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx
import pydantic

from app.errors import SyncError
from app.services.kernel import outbox
from app.services.kernel.backend import Backend
from app.services.kernel.context import SYSTEM, Ctx
from app.services.sync import apply as sync_apply
from app.services.sync import messages as msg
from app.services.sync import state as sync_state
from app.sync_schema import (
    API_PREFIX,
    DEFAULT_BATCH,
    SCHEMA_HEADER,
    SCHEMA_VERSION,
    AnchorEntry,
    AuditAnchors,
    ErrorBody,
    ErrorCode,
    PullResult,
    PushBatch,
    PushResult,
    RegisterRequest,
    RegisterResult,
    limits,
)

M = TypeVar("M", bound=pydantic.BaseModel)
Progress = Callable[[str, int, int], None]  # (phase, done, total)


@dataclass
class SyncReport:
    """What one sync round did."""

    pushed: int = 0
    acked: int = 0
    duplicates: int = 0
    quarantined: list[str] = field(default_factory=list)
    pulled: int = 0
    applied: dict[str, int] = field(default_factory=dict)
    reconciled: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # pulled changes refused here
    pending: int = 0


# The central office's one-time codes: ``XXXX-XXXX-XXXX`` (server/security.py), read
# aloud or typed, so dashes, spaces and case do not matter.


def check_url(url: str) -> str:
    """``url`` without trailing slashes, or a German ``SyncError`` saying what is wrong."""
    url = url.strip().rstrip("/")
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises ValueError for a port that is not a number
    except ValueError as exc:  # "http://[::1" and the like
        raise SyncError(msg.BAD_URL.format(url=url)) from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise SyncError(msg.BAD_URL_SCHEME.format(url=url))
    if not parts.hostname:
        raise SyncError(msg.BAD_URL.format(url=url))
    return url


def check_code(code: str) -> str:
    """The registration code as ``XXXX-XXXX-XXXX``, or a German ``SyncError`` when it
    cannot be one of the central office's codes, so the server is not asked in vain."""
    raw = "".join(ch for ch in code if ch not in "- \t").upper()
    if len(raw) != limits.REGISTER_CODE_LENGTH or not (raw.isascii() and raw.isalnum()):
        raise SyncError(msg.BAD_CODE.format(code=code.strip()[:40],
                                            length=limits.REGISTER_CODE_LENGTH))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


class SyncClient:
    """One till's connection to the central server (not thread-safe; one per worker)."""

    def __init__(self, backend: Backend, server_url: str | None = None, *,
                 ca_file: str | None = None, verify: bool = True,
                 batch_size: int = DEFAULT_BATCH, timeout: float = 30.0,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.backend = backend
        self._url_override = check_url(server_url) if server_url else None
        self.batch_size = batch_size
        verify_arg: ssl.SSLContext | bool = verify
        if ca_file:
            try:
                verify_arg = ssl.create_default_context(cafile=ca_file)
            except (OSError, ssl.SSLError) as exc:
                raise SyncError(msg.CA_FILE.format(path=ca_file)) from exc
        self._http = httpx.Client(verify=verify_arg, timeout=timeout, transport=transport,
                                  headers={SCHEMA_HEADER: str(SCHEMA_VERSION)})

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- state ---------------------------------------------------------------------
    def _credentials(self) -> tuple[str, str]:
        with self.backend.read() as ctx:
            state = sync_state.peek(ctx)
            url = state.server_url if state else ""
        token = self.backend.tokens.get()
        url = self._url_override or url
        if not url:
            raise SyncError(msg.NO_SERVER)
        if not token:
            raise SyncError(msg.NOT_REGISTERED)
        return url, token

    # --- HTTP ----------------------------------------------------------------------
    def _request(self, method: str, url: str, model: type[M], *, token: str | None = None,
                 json: Any = None, body: pydantic.BaseModel | None = None,
                 params: dict[str, int] | None = None) -> M:
        base = url
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        content = None
        if body is not None:
            # One pass in pydantic-core instead of model_dump + json.dumps: less time with
            # the GIL held, so the till's screen stays quick while a big batch goes out.
            content = body.model_dump_json().encode()
            headers["Content-Type"] = "application/json"
        try:
            response = self._http.request(method, f"{base}{API_PREFIX}{_path(model)}",
                                          json=json, content=content, params=params,
                                          headers=headers)
        except httpx.ConnectError as exc:
            cert = _certificate_problem(exc)
            if cert is not None:
                raise SyncError(msg.CERTIFICATE.format(url=base, reason=cert)) from exc
            raise SyncError(msg.REFUSED.format(url=base, reason=_short(exc))) from exc
        except httpx.TimeoutException as exc:
            raise SyncError(msg.TIMEOUT.format(url=base)) from exc
        except httpx.TransportError as exc:
            raise SyncError(msg.REFUSED.format(url=base, reason=_short(exc))) from exc
        if response.status_code >= 400:
            raise _http_error(response)
        try:
            return model.model_validate_json(response.content)
        except pydantic.ValidationError as exc:
            raise SyncError(msg.BAD_ANSWER) from exc

    # --- operations ----------------------------------------------------------------
    def register(self, code: str, server_url: str) -> RegisterResult:
        """Exchange the central office's one-time code for this station's token."""
        code = check_code(code)
        url = check_url(server_url)
        station = self.backend.station
        if station is None:
            raise SyncError(msg.NOT_REGISTERED)
        body = RegisterRequest(code=code, station_id=station.number)
        result = self._request("POST", url, RegisterResult, json=body.model_dump())
        if result.station_id != station.number:
            raise SyncError(msg.STATION_MISMATCH.format(server=result.station_id,
                                                        local=station.number))

        def save(ctx: Ctx) -> None:
            state = sync_state.get(ctx)
            state.server_url, state.token = url, ""
            state.registered_at, state.last_error = ctx.now(), ""

        # The token first (keyring or 0600 file, never the database), then the address:
        # a crash in between leaves a token without an address, which --server supplies.
        self.backend.tokens.put(result.token)
        self.backend.call(SYSTEM, save)
        return result

    def push(self, report: SyncReport, progress: Progress | None = None) -> None:
        """Send unacknowledged events in seq order until none is left.

        Every batch carries the audit chain's head; a round with no events still sends
        one empty batch, so the server's anchor follows the chain (logins, settings).
        """
        url, token = self._credentials()
        total = self.pending()
        done = 0
        stalled = 0
        sent = False
        while True:
            with self.backend.read() as ctx:
                events = sync_state.pending_events(ctx, self.batch_size)
                newest = sync_state.last_seq(ctx)
                head = sync_state.audit_head(ctx)
            if not events and sent:
                return
            if progress and events:  # a safe point: a stop asked for sends nothing more
                progress(msg.PHASE_PUSH, min(done, total), total)
            station = self.backend.station
            assert station is not None
            batch = PushBatch.of(station.number, events, last_seq=newest, audit_head=head)
            try:
                result = self._request("POST", url, PushResult, token=token, body=batch)
            except SyncError as exc:
                if events:
                    self.backend.call(SYSTEM, sync_state.note_failure, events[0].seq,
                                      events[-1].seq, str(exc))
                raise
            sent = True
            if result.audit_anchor is not None:
                self.backend.call(SYSTEM, sync_state.note_audit_anchor, result.audit_anchor)
            if not events:
                return
            acked = self.backend.call(SYSTEM, sync_state.mark_acked, result.acked_seq,
                                      self.backend.clock())
            report.pushed += len(events)
            report.acked += acked
            report.duplicates += result.duplicates
            report.quarantined += result.quarantined
            done += acked
            if progress:
                progress(msg.PHASE_PUSH, min(done, total), total)
            stalled = 0 if acked else stalled + 1
            if stalled >= 3:  # the server keeps a hole we cannot fill
                raise SyncError(msg.STUCK.format(seq=result.acked_seq + 1))

    def audit_anchors(self) -> list[AnchorEntry]:
        """The heads of this station's audit chain the server has stored (for
        ``audit verify``); a ``SyncError`` when the server cannot be asked."""
        url, token = self._credentials()
        return self._request("GET", url, AuditAnchors, token=token).anchors

    def pull(self, report: SyncReport, progress: Progress | None = None) -> None:
        """Fetch and apply central changes after the stored cursor, page by page."""
        url, token = self._credentials()
        while True:
            with self.backend.read() as ctx:
                state = sync_state.peek(ctx)
                cursor = state.pull_cursor if state else 0
            page = self._request("GET", url, PullResult, token=token,
                                 params={"cursor": cursor})

            def apply(ctx: Ctx, page: PullResult = page) -> sync_apply.Applied:
                applied = sync_apply.apply_changes(ctx, page.changes)
                sync_state.get(ctx).pull_cursor = page.cursor
                return applied

            applied = self.backend.call(SYSTEM, apply)
            report.pulled += len(page.changes)
            for kind, n in applied.counts.items():
                report.applied[kind] = report.applied.get(kind, 0) + n
            report.reconciled += applied.reconciled
            report.conflicts += applied.conflicts
            report.refused += applied.refused
            if progress:
                progress(msg.PHASE_PULL, report.pulled, report.pulled)
            if not page.more:
                return

    def sync(self, progress: Progress | None = None) -> SyncReport:
        """One round: push everything, then pull; the outcome is stored for the status."""
        report = SyncReport()
        try:
            self.push(report, progress)
            self.pull(report, progress)
        except SyncError as exc:
            self._remember(str(exc))
            raise
        self._remember("")
        report.pending = self.pending()
        return report

    def pending(self) -> int:
        with self.backend.read() as ctx:
            return outbox.pending_count(ctx)

    def _remember(self, error: str) -> None:
        def save(ctx: Ctx) -> None:
            state = sync_state.get(ctx)
            state.last_attempt_at = ctx.now()
            state.last_error = error[:500]
            if not error:
                state.last_sync_at = ctx.now()

        self.backend.call(SYSTEM, save)


_PATHS: dict[type[pydantic.BaseModel], str] = {
    RegisterResult: "/register", PushResult: "/push", PullResult: "/pull",
    AuditAnchors: "/audit/anchors",
}


def _path(model: type[pydantic.BaseModel]) -> str:
    return _PATHS[model]


def _short(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    if "refused" in text.lower():
        return msg.REASON_REFUSED
    return text[:120]


def _certificate_problem(exc: BaseException) -> str | None:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return seen.verify_message or msg.REASON_CERTIFICATE
        if isinstance(seen, ssl.SSLError):
            return seen.reason or msg.REASON_TLS
        seen = seen.__cause__ or seen.__context__
    text = str(exc)
    if "CERTIFICATE_VERIFY_FAILED" in text or "certificate" in text.lower():
        return msg.REASON_CERTIFICATE
    return None


def _http_error(response: httpx.Response) -> SyncError:
    try:
        body = ErrorBody.model_validate_json(response.content)
    except pydantic.ValidationError:
        body = None
    if response.status_code in (401, 403):
        detail = body.message if body else f"HTTP {response.status_code}."
        return SyncError(msg.AUTH.format(detail=detail))
    if body is not None and body.code == ErrorCode.SCHEMA_VERSION:
        return SyncError(msg.VERSION.format(client=SCHEMA_VERSION, server=body.schema_version))
    if body is not None and response.status_code < 500:
        return SyncError(body.message)
    return SyncError(msg.SERVER_ERROR.format(status=response.status_code))
