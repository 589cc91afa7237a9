"""Talking to the TSE around the till's commits: begin, sign after commit, recover.

``begin`` opens a TSE transaction when a sale begins (its first line). Every record that
must be signed leaves a pending ``tse_transaction`` row in its own commit
(``tse_records``); ``Backend`` hands those rows to ``sign`` right after the commit, which
finishes (or cancels) the transaction at the TSE and records the answer. A TSE that
fails never blocks a sale: the row becomes ``failed`` with the reason (DSFinV-K
``TSE_TA_FEHLER``), an outage is opened, and it is closed by the next signature that
works. Nothing is signed afterwards for a failed row. ``recover`` runs at start and
resolves what a crash left behind (see its docstring). Nothing here raises for TSE
trouble: callers go on selling.
"""

from __future__ import annotations

import logging
import uuid as uuidlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select, update

from app.db import fast_sql
from app.db.models import ParkedCart, TseTransaction
from app.services.fiscal import messages as msg
from app.services.fiscal import tse_records
from app.services.fiscal.process_data import ProcessData
from app.services.fiscal.tse import KASSENBELEG, Signed, Tse, TseError
from app.services.kernel import audit
from app.services.kernel.backend import Backend
from app.services.kernel.context import SYSTEM, Ctx

log = logging.getLogger(__name__)
CLOCK_SLACK = timedelta(seconds=2)
ABORT = ProcessData("AVBelegabbruch").text()


@dataclass
class Recovery:
    """What ``recover`` did (also in the audit log)."""

    finished: list[str] = field(default_factory=list)
    cancelled: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    clock_backwards: bool = False


class Signer:
    """The till's TSE link; ``tse`` is the device, ``allowed_outage`` the legal limit."""

    def __init__(self, tse: Tse, allowed_outage: timedelta = timedelta(hours=48)) -> None:
        self.tse = tse
        self.allowed_outage = allowed_outage
        self._last_seen: datetime | None = None
        self._device: int | None = None  # this station's commissioned TSE (cached)
        self._outage_open: bool | None = None  # None: not known yet

    # --- set-up ----------------------------------------------------------------------
    def attach(self, backend: Backend) -> None:
        """Commission the TSE for this station and sign after every commit from now on."""
        try:
            info = self.tse.info()
        except TseError as exc:
            log.warning("TSE info unavailable, not commissioned now: %s", exc)
        else:
            self._device = backend.call(SYSTEM, tse_records.commission, info)
        backend.after_commit = self.sign

    # --- the sale --------------------------------------------------------------------
    def begin(self, backend: Backend, current: str | None) -> str | None:
        """Open the TSE transaction of a sale that just got its first line.

        Returns the transaction's id (kept with the cart), or ``current`` when one is
        open already, or None when the TSE failed (the sale goes on; the transaction is
        then started when the sale is signed, or the sale is recorded unsigned).
        """
        if current is not None:
            return current
        device = self._device
        if device is None:
            device = self._device = backend.query(SYSTEM, tse_records.active_device)
        if device is None:
            return None
        tx_id = str(uuidlib.uuid4())
        try:
            result = self.tse.start_transaction(tx_id, KASSENBELEG, "")
        except TseError as exc:
            backend.call(SYSTEM, self._note_failure, exc.message)
            self._outage_open = True
            return None
        except Exception:
            log.exception("TSE start failed unexpectedly")
            backend.call(SYSTEM, self._note_failure, msg.UNEXPECTED)
            self._outage_open = True
            return None
        # Relaxed (no fsync of its own): lost only with the sale's own commit, and then
        # ``recover`` cancels the transaction the TSE still has open.
        backend.call_relaxed(SYSTEM, tse_records.started, device, result)
        return tx_id

    def sign(self, backend: Backend, tx_ids: list[str]) -> None:
        """Resolve pending rows at the TSE (called right after their commit)."""
        for tx_id in tx_ids:
            self._sign_one(backend, tx_id)

    def _sign_one(self, backend: Backend, tx_id: str, recovered: bool = False) -> str:
        row = None if recovered else _facts(backend, tx_id)
        if row is None:
            found_row = backend.query(SYSTEM, _pending_row, tx_id)
            if found_row is None:
                return "gone"
            row = _Pending(*found_row)
        self._check_clock(backend)
        try:
            if row.tx_number is not None and recovered:
                found = self.tse.lookup(tx_id)
                if found.signed is not None:  # finished before the crash, answer lost
                    backend.call(SYSTEM, self._note_signed, tx_id, found.signed,
                                 row.bon_typ == "AVBelegabbruch", True, True)
                    return "finished"
                row_tx = None if found.state == "unknown" else row.tx_number
            else:
                row_tx = row.tx_number
            if row_tx is None:
                self.tse.start_transaction(tx_id, row.process_type, "")
            cancelled = row.bon_typ == "AVBelegabbruch"
            if cancelled:
                result = self.tse.cancel_transaction(tx_id, row.process_data or ABORT)
            else:
                result = self.tse.finish_transaction(tx_id, row.process_type, row.process_data)
        except TseError as exc:
            backend.call(SYSTEM, self._note_failed_row, tx_id, exc.message, recovered)
            self._outage_open = True
            return "failed"
        except Exception:
            log.exception("TSE signing failed unexpectedly")
            backend.call(SYSTEM, self._note_failed_row, tx_id, msg.UNEXPECTED, recovered)
            self._outage_open = True
            return "failed"
        # Relaxed: the TSE keeps the answer, so a power cut that loses this record leaves
        # the row pending and ``recover`` fetches the answer again (``lookup``).
        backend.call_relaxed(SYSTEM, self._note_signed, tx_id, result, cancelled, recovered,
                             self._outage_open is not False)
        self._outage_open = False
        return "cancelled" if cancelled else "finished"

    # --- recording (each in its own short transaction) --------------------------------
    @staticmethod
    def _note_signed(ctx: Ctx, tx_id: str, result: Signed, cancelled: bool,
                     recovered: bool, may_end_outage: bool = True) -> None:
        tse_records.signed(ctx, tx_id, result, cancelled=cancelled, recovered=recovered)
        ended = tse_records.close_outage(ctx) if may_end_outage else None
        if ended is not None:
            audit.record(ctx, "tse.outage_ended", "tse_outage", ended)
        if recovered:
            audit.record(ctx, "tse.recovered", "tse_transaction", tx_id,
                         state="cancelled" if cancelled else "finished",
                         tx_number=result.number)

    @staticmethod
    def _note_failure(ctx: Ctx, reason: str) -> int:
        outage = tse_records.open_outage(ctx, reason)
        log.warning("TSE failure: %s", reason)
        return outage

    @classmethod
    def _note_failed_row(cls, ctx: Ctx, tx_id: str, reason: str, recovered: bool) -> None:
        outage = cls._note_failure(ctx, reason)
        tse_records.failed(ctx, tx_id, reason, outage, recovered=recovered)
        audit.record(ctx, "tse.failed", "tse_transaction", tx_id, reason=reason[:200],
                     recovered=recovered)

    # --- clock -----------------------------------------------------------------------
    def _check_clock(self, backend: Backend) -> bool:
        """Log (audit) a clock that runs backwards; True when it did."""
        now = backend.clock()
        last = self._last_seen
        if last is None:
            last = backend.query(SYSTEM, _latest_time)
        self._last_seen = now if last is None or now > last else last
        if last is not None and now < last - CLOCK_SLACK:
            log.warning("clock jumped backwards: last %s, now %s", last, now)
            backend.call(SYSTEM, _audit_clock, last, now)
            return True
        return False

    # --- after a crash ---------------------------------------------------------------
    def recover(self, backend: Backend) -> Recovery:
        """Resolve what a crash (or an unclean exit) left pending, and log each case.

        * a committed record whose row is still pending (crash between commit and TSE
          finish): asked at the TSE — finished there already, the answer is recorded;
          else it is finished now (the TSE's log time is the true time of signing);
        * a transaction opened for a cart that was never paid nor parked: cancelled at
          the TSE (``AVBelegabbruch``);
        * a transaction open at the TSE that the till never recorded (crash between
          the TSE start and its row): cancelled at the TSE.
        A TSE that cannot be reached leaves the records unsigned (``failed``).
        """
        out = Recovery(clock_backwards=self._check_clock(backend))
        rows = backend.query(SYSTEM, _all_pending)
        parked = backend.query(SYSTEM, _parked_tx_ids)
        for tx_id, has_subject in rows:
            if has_subject:
                state = self._sign_one(backend, tx_id, recovered=True)
                getattr(out, state if state != "gone" else "failed").append(tx_id)
            elif tx_id not in parked:
                backend.call(SYSTEM, _abort_cart_row, tx_id)
                state = self._sign_one(backend, tx_id, recovered=True)
                (out.cancelled if state == "cancelled" else out.failed).append(tx_id)
        known = {tx for tx, _ in rows} | parked
        try:
            dangling = [tx for tx in self.tse.open_transactions() if tx not in known]
            for tx_id in dangling:
                self.tse.cancel_transaction(tx_id, ABORT)
                backend.call(SYSTEM, _audit_dangling, tx_id)
                out.cancelled.append(tx_id)
        except TseError as exc:
            log.warning("TSE open transactions not checked: %s", exc)
        return out


@dataclass(frozen=True)
class _Pending:
    tx_number: int | None
    process_type: str
    process_data: str
    bon_typ: str


def _facts(backend: Backend, tx_id: str) -> _Pending | None:
    """The pending row as its commit left it (no read back on the sale path)."""
    facts = backend.pending_facts.pop(tx_id, None)
    if facts is None:
        return None
    started, process_type, process_data, bon_typ = facts
    # Only the question "started at the TSE already?" depends on the number.
    return _Pending(0 if started else None, process_type, process_data, bon_typ)


def _pending_row(ctx: Ctx, tx_id: str) -> tuple[int | None, str, str, str] | None:
    row = fast_sql.execute(ctx, tse_records.PENDING, {"u": tx_id})
    return None if row is None else (row[0], row[1], row[2], row[3])


def _all_pending(ctx: Ctx) -> list[tuple[str, bool]]:
    rows = ctx.session.execute(select(
        TseTransaction.uuid, TseTransaction.sale_id, TseTransaction.cash_movement_id,
        TseTransaction.cash_closing_id, TseTransaction.cash_session_id).where(
        TseTransaction.station_id == ctx.station_id, TseTransaction.state == "pending")
        .order_by(TseTransaction.id)).all()
    return [(r[0], any(x is not None for x in r[1:])) for r in rows]


def _parked_tx_ids(ctx: Ctx) -> set[str]:
    out = set()
    for data in ctx.session.scalars(select(ParkedCart.payload).where(
            ParkedCart.resumed_at.is_(None))):
        tx = data.get("tse_tx") if isinstance(data, dict) else None
        if tx:
            out.add(str(tx))
    return out


def _abort_cart_row(ctx: Ctx, tx_id: str) -> None:
    ctx.session.execute(update(TseTransaction).where(
        TseTransaction.uuid == tx_id, TseTransaction.state == "pending").values(
        bon_typ="AVBelegabbruch", process_data=ABORT))


def _latest_time(ctx: Ctx) -> datetime | None:
    return ctx.session.scalar(select(func.max(TseTransaction.created_at)).where(
        TseTransaction.station_id == ctx.station_id))


def _audit_clock(ctx: Ctx, last: datetime, now: datetime) -> None:
    audit.record(ctx, "clock.backwards", "station", ctx.station_id,
                 last=last.isoformat(), now=now.isoformat())


def _audit_dangling(ctx: Ctx, tx_id: str) -> None:
    audit.record(ctx, "tse.recovered", "tse_transaction", tx_id, state="cancelled",
                 note="open at the TSE, unknown to the till")

