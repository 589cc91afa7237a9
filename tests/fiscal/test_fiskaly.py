"""The fiskaly SIGN DE v2 adapter against a local server with the documented shapes."""

from __future__ import annotations

import io
import tarfile
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.db.models import TseTransaction
from app.services.checkout import checkout
from app.services.fiscal import qr
from app.services.fiscal.fiskaly import FiskalyConfig, FiskalyTse, receipt_schema
from app.services.fiscal.signing_flow import Signer
from app.services.fiscal.tse import TseError
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from tests.fiscal.fiskaly_server import FakeFiskaly, FiskalyServer
from tests.helpers.checkout import cart_with, take_in

DATA = "Beleg^10.00_5.00_0.00_0.00_0.00^12.00:Bar_3.00:Unbar"
TSS = str(uuid.uuid4())


@pytest.fixture
def fake() -> Iterator[FakeFiskaly]:
    fake = FakeFiskaly(TSS)
    server = FiskalyServer(fake)
    server.start()
    fake.url = server.url  # type: ignore[attr-defined]
    yield fake
    server.stop()


def _client(fake: FakeFiskaly, secret: str = "secret", timeout: float = 2.0,
            clock: object = None) -> FiskalyTse:
    config = FiskalyConfig("key", secret, TSS, str(uuid.uuid4()),
                           base_url=fake.url, timeout_s=timeout)  # type: ignore[attr-defined]
    if clock is None:
        return FiskalyTse(config, sleep=lambda s: None)
    return FiskalyTse(config, clock=clock, sleep=lambda s: None)  # type: ignore[arg-type]


def test_receipt_schema_from_process_data() -> None:
    """processData maps onto standard_v1.receipt (non-zero VAT buckets only)."""
    assert receipt_schema(DATA) == {"standard_v1": {"receipt": {
        "receipt_type": "RECEIPT",
        "amounts_per_vat_rate": [{"vat_rate": "NORMAL", "amount": "10.00"},
                                 {"vat_rate": "REDUCED_1", "amount": "5.00"}],
        "amounts_per_payment_type": [{"payment_type": "CASH", "amount": "12.00"},
                                     {"payment_type": "NON_CASH", "amount": "3.00"}]}}}


def test_start_finish_and_qr(fake: FakeFiskaly) -> None:
    """ACTIVE at revision 1, FINISHED at revision 2; the answer's QR verifies."""
    tse = _client(fake)
    try:
        started = tse.start_transaction("tx-1")
        signed = tse.finish_transaction("tx-1", "Kassenbeleg-V1", DATA)
        assert signed.number == started.number and signed.process_data == DATA
        assert fake.txs["tx-1"]["revision"] == 2
        assert qr.verify(qr.payload(signed))
        assert tse.info().serial == fake.serial.hex() and tse.info().certified
        assert tse.lookup("tx-1").signed == signed
        assert tse.lookup("nope").state == "unknown"
        cancelled_start = tse.start_transaction("tx-2")
        assert tse.open_transactions() == ["tx-2"]
        cancelled = tse.cancel_transaction("tx-2", "AVBelegabbruch^0.00_0.00_0.00_0.00_0.00^")
        assert cancelled.number == cancelled_start.number
        assert cancelled.process_data.startswith("AVBelegabbruch")
    finally:
        tse.close()


def test_token_is_renewed_before_it_expires(fake: FakeFiskaly) -> None:
    """A token that is about to run out is renewed before the next call."""
    now = [datetime.now(UTC)]
    tse = _client(fake, clock=lambda: now[0])
    try:
        fake.token_seconds = 120
        tse.start_transaction("a")
        assert fake.auth_calls == 1
        now[0] += timedelta(seconds=90)  # inside the renewal margin
        tse.finish_transaction("a", "Kassenbeleg-V1", DATA)
        assert fake.auth_calls == 2
    finally:
        tse.close()


def test_token_rejected_early_signs_in_again(fake: FakeFiskaly) -> None:
    """A 401 (token revoked or expired early) leads to one new sign-in and a retry."""
    tse = _client(fake)
    try:
        tse.start_transaction("b")
        fake.tokens.clear()
        tse.finish_transaction("b", "Kassenbeleg-V1", DATA)
        assert fake.auth_calls == 2
    finally:
        tse.close()


def test_errors_are_german_tse_errors(fake: FakeFiskaly) -> None:
    """Bad credentials, server errors, timeouts and an unreachable host: TseError."""
    wrong = _client(fake, secret="wrong")
    with pytest.raises(TseError, match="Anmeldung bei der Cloud-TSE"):
        wrong.start_transaction("c")
    wrong.close()
    tse = _client(fake, timeout=0.3)
    try:
        fake.fail_status = 503
        with pytest.raises(TseError, match="abgelehnt: TSS is not available"):
            tse.start_transaction("d")
        fake.fail_status = 0
        fake.delay_s = 1.0
        with pytest.raises(TseError, match="nicht rechtzeitig"):
            tse.start_transaction("e")
    finally:
        fake.delay_s = 0
        tse.close()
    config = FiskalyConfig("k", "secret", TSS, "c", base_url="http://127.0.0.1:9/api/v2",
                           timeout_s=0.5)
    gone = FiskalyTse(config)
    with pytest.raises(TseError, match="nicht erreichbar"):
        gone.start_transaction("f")
    gone.close()
    with pytest.raises(TseError, match="TSS-ID"):
        FiskalyTse(FiskalyConfig("k", "s", "", "c"))


def test_export_is_polled_and_downloaded(fake: FakeFiskaly) -> None:
    """PUT export, poll until COMPLETED, GET the TAR."""
    tse = _client(fake)
    try:
        with tarfile.open(fileobj=io.BytesIO(tse.export())) as tar:
            assert tar.getnames() == ["info.csv"]
    finally:
        tse.close()


@pytest.mark.usefixtures("open_till")
def test_cloud_outage_during_sale(fake: FakeFiskaly, backend: Backend, volunteer: Actor,
                                  cashier: Actor) -> None:
    """Signed through the cloud; a timeout at payment leaves the sale committed, failed."""
    tse = _client(fake, timeout=0.3)
    signer = Signer(tse)
    signer.attach(backend)
    try:
        codes = take_in(backend, volunteer, price="4,00", quantity=2)
        cart = cart_with(backend, cashier, codes[:1])
        cart.tse_tx = signer.begin(backend, None)
        sold = backend.call(cashier, checkout.finish_sale, cart, [checkout.cash(400)])
        cart2 = cart_with(backend, cashier, codes[1:])
        cart2.tse_tx = signer.begin(backend, None)
        fake.delay_s = 1.0
        late = backend.call(cashier, checkout.finish_sale, cart2, [checkout.cash(400)])
        with backend.read() as ctx:
            states = {r.sale_id: (r.state, r.error) for r in ctx.session.scalars(
                select(TseTransaction).where(TseTransaction.sale_id.is_not(None)))}
        assert states[sold.sale_id][0] == "finished"
        assert states[late.sale_id] == ("failed", "Die TSE hat nicht rechtzeitig geantwortet.")
    finally:
        fake.delay_s = 0
        tse.close()
