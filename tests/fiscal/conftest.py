"""A till that signs with the software TSE (its key and counters in the test's data dir)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.config import Paths
from app.services.fiscal.signing_flow import Signer
from app.services.fiscal.software_tse import SoftwareTse
from app.services.kernel.backend import Backend
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
