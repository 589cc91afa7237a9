"""The demo till signs with the software TSE from its first demo day.

The demo trading days are written one day per transaction with the clock set to each
event; the TSE signs each record right after its day's commit, at the record's own
(past) moment, as if the till had signed it then: so the demo weeks export with
signatures. On one afternoon the TSE is "unreachable" for a while: those receipts say
"TSE ausgefallen", their DSFinV-K rows carry ``TSE_TA_FEHLER``, and the outage (with its
start and end) shows in Abschluss and on that day's Z.

Only a brand-new software TSE signs the past: a TSE that has signed before would
(rightly) refuse earlier log times, so then the demo signs nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select

from app.db.models import CashSession, TseTransaction
from app.services.demo import messages as msg
from app.services.fiscal import mode as fiscal_mode
from app.services.fiscal.signing_flow import Signer
from app.services.fiscal.software_tse import STORE_FILE, SoftwareTse
from app.services.fiscal.tse import Lookup, Signed, Started, TseError, TseInfo
from app.services.kernel.backend import Backend
from app.services.kernel.clock import BERLIN, berlin_today
from app.services.kernel.context import SYSTEM, Ctx

# The demo outage: the afternoon of the third-last trading day, long enough for a few
# receipts (and short of the reporting limit).
OUTAGE_FROM, OUTAGE_UNTIL = time(13, 0), time(15, 30)
SIGN_DELAY = timedelta(seconds=1)  # the TSE signs a moment after the record is written


def _at(day: date, moment: time) -> datetime:
    return datetime.combine(day, moment, BERLIN).astimezone(UTC)


def trading_days(today: date, days: int) -> list[date]:
    """The demo's trading days (``days_flow.fill_days``: ending yesterday, no Sundays)."""
    return [d for n in range(days, 0, -1) if (d := today - timedelta(days=n)).weekday() != 6]


class _PastClock:
    """A clock the demo sets to the moment of the record being signed."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


class _DemoTse:
    """The software TSE, unreachable while ``clock`` is inside the outage window."""

    def __init__(self, inner: SoftwareTse, clock: _PastClock,
                 window: tuple[datetime, datetime] | None) -> None:
        self.inner = inner
        self.clock = clock
        self.window = window

    def _check(self) -> None:
        if self.window is not None and self.window[0] <= self.clock() < self.window[1]:
            raise TseError(msg.TSE_OUTAGE_REASON)

    def info(self) -> TseInfo:
        return self.inner.info()

    def start_transaction(self, tx_id: str, process_type: str = "",
                          process_data: str = "") -> Started:
        self._check()
        return self.inner.start_transaction(tx_id, process_type, process_data)

    def update_transaction(self, tx_id: str, process_type: str, process_data: str) -> None:
        self._check()
        self.inner.update_transaction(tx_id, process_type, process_data)

    def finish_transaction(self, tx_id: str, process_type: str, process_data: str) -> Signed:
        self._check()
        return self.inner.finish_transaction(tx_id, process_type, process_data)

    def cancel_transaction(self, tx_id: str, process_data: str) -> Signed:
        self._check()
        return self.inner.cancel_transaction(tx_id, process_data)

    def lookup(self, tx_id: str) -> Lookup:
        return self.inner.lookup(tx_id)

    def open_transactions(self) -> list[str]:
        return self.inner.open_transactions()

    def export(self) -> bytes:
        return self.inner.export()


class _PastSigner(Signer):
    """Signs after each demo day's commit, every record at its own past moment.

    The clock check is off: the records of a day are signed after the whole day was
    written, so each one is "earlier" than the newest record, by design.
    """

    def _check_clock(self, backend: Backend) -> bool:
        return False


@dataclass(frozen=True)
class DemoSigning:
    """What the demo's TSE did (for the command's summary line)."""

    signed: bool
    outage_day: date | None = None


def _created_at(ctx: Ctx, tx_id: str) -> datetime | None:
    return ctx.session.scalar(select(TseTransaction.created_at)
                              .where(TseTransaction.uuid == tx_id))


def _go_live(ctx: Ctx) -> None:
    """The demo store has its master data: it signs as a live till does (not training)."""
    if not fiscal_mode.is_live(ctx):
        fiscal_mode.set_mode(ctx, fiscal_mode.Mode.LIVE.value)


@contextmanager
def signing(backend: Backend, tse_folder: Path, client_id: str,
            days: int) -> Iterator[DemoSigning]:
    """Around ``days_flow.fill_days``: sign every demo record with a new software TSE.

    Does nothing (``signed`` False) when the software TSE in ``tse_folder`` has signed
    before, when the till has traded already, or when there are no demo days.
    """
    today = berlin_today(backend.clock)
    trading = trading_days(today, days)
    with backend.read() as ctx:  # ``fill_days`` adds nothing to a till that has traded
        traded = ctx.session.scalar(select(CashSession.id).limit(1)) is not None
    if not trading or traded or (tse_folder / STORE_FILE).exists():
        yield DemoSigning(False)
        return
    outage_day = trading[-3] if len(trading) >= 3 else None
    window = None if outage_day is None else (_at(outage_day, OUTAGE_FROM),
                                              _at(outage_day, OUTAGE_UNTIL))
    first = _at(trading[0], time(8, 0))
    clock = _PastClock(first)
    software = SoftwareTse(tse_folder, client_id, clock=clock)
    signer = _PastSigner(_DemoTse(software, clock, window))
    real_clock = backend.clock
    try:
        with _clock(backend, clock):
            signer.attach(backend)  # commissioned on the first demo morning
            backend.call(SYSTEM, _go_live)
        backend.after_commit = _at_record_times(signer, clock)
        yield DemoSigning(True, outage_day)
    finally:
        backend.after_commit = None
        backend.clock = real_clock
        software.close()


@contextmanager
def _clock(backend: Backend, clock: Callable[[], datetime]) -> Iterator[None]:
    saved = backend.clock
    backend.clock = clock
    try:
        yield
    finally:
        backend.clock = saved


def _at_record_times(signer: Signer,
                     clock: _PastClock) -> Callable[[Backend, list[str]], None]:
    def sign(backend: Backend, tx_ids: list[str]) -> None:
        for tx_id in tx_ids:
            at = backend.query(SYSTEM, _created_at, tx_id)
            if at is None:
                continue
            clock.now = max(clock.now, at + SIGN_DELAY)
            with _clock(backend, clock):  # outage start/end and resolve times: then
                signer.sign(backend, [tx_id])
    return sign
