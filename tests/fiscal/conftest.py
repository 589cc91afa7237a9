"""A till that signs with the software TSE (its key and counters in the test's data dir)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.config import Paths
from app.services.demo import store_facts
from app.services.fiscal import mode as fiscal_mode
from app.services.fiscal.signing_flow import Signer
from app.services.fiscal.software_tse import SoftwareTse
from app.services.kernel.backend import Backend
from app.services.kernel.context import SYSTEM, Actor
from tests.conftest import Clock


@pytest.fixture
def software_tse(paths: Paths, clock: Clock) -> Iterator[SoftwareTse]:
    tse = SoftwareTse(paths.data_dir / "tse", "KREISLAUF-S01", clock=clock,
                      sleep=lambda s: clock.advance(seconds=s))
    yield tse
    tse.close()


@pytest.fixture
def signing_till(backend: Backend, software_tse: SoftwareTse) -> Signer:
    """The backend signs after every commit; the TSE is commissioned for station 1."""
    signer = Signer(software_tse)
    signer.attach(backend)
    return signer


@pytest.fixture
def live_till(backend: Backend, manager: Actor) -> None:
    """The store has its master data and signs live (receipts are ``Beleg``, not training)."""
    backend.call(SYSTEM, store_facts.fill_store_facts)
    backend.call(manager, fiscal_mode.set_mode, fiscal_mode.Mode.LIVE.value)
