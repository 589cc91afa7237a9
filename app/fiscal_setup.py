"""Build this till's TSE link from the machine settings (part of the wiring).

``tse.kind = "software"`` (the default on a laptop) gives the software TSE in the data
directory's ``tse/`` folder — not certified, for development and training only;
``"fiskaly"`` the cloud TSE with the configured credentials; ``"none"`` no signing.
A TSE that cannot be set up is logged and the till runs without one: it never stops
the till from starting.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import TYPE_CHECKING

from app.config import LocalSettings, Paths
from app.services.fiscal.fiskaly import FiskalyConfig, FiskalyTse
from app.services.fiscal.signing_flow import Signer
from app.services.fiscal.software_tse import SoftwareTse
from app.services.fiscal.tse import Tse, TseError

if TYPE_CHECKING:
    from app.services.kernel.backend import Backend

log = logging.getLogger(__name__)


def client_id(settings: LocalSettings, backend: Backend) -> str:
    """The till's serial as registered in the TSE (KassenSichV: Seriennummer der Kasse)."""
    configured = str(settings.get("tse.client_id") or "").strip()
    if configured:
        return configured
    station = backend.station
    return f"KREISLAUF-S{station.number:02d}" if station is not None else "KREISLAUF"


def make_tse(settings: LocalSettings, paths: Paths, backend: Backend) -> Tse | None:
    kind = settings.get("tse.kind")
    if kind == "software":
        return SoftwareTse(paths.data_dir / "tse", client_id(settings, backend),
                           clock=backend.clock)
    if kind == "fiskaly":
        config = FiskalyConfig(
            api_key=settings.get("tse.fiskaly_api_key"),
            api_secret=settings.get("tse.fiskaly_api_secret"),
            tss_id=settings.get("tse.fiskaly_tss_id"),
            client_id=settings.get("tse.fiskaly_client_id"),
            base_url=settings.get("tse.fiskaly_url"),
            timeout_s=float(settings.get("tse.timeout_s") or 5))
        return FiskalyTse(config, clock=backend.clock)
    return None


def start_signing(settings: LocalSettings, paths: Paths, backend: Backend) -> Signer | None:
    """Attach the TSE to ``backend`` and resolve what the last run left pending."""
    try:
        tse = make_tse(settings, paths, backend)
    except TseError as exc:
        log.error("TSE not available: %s", exc)
        return None
    if tse is None:
        return None
    hours = int(settings.get("tse.outage_report_hours") or 48)
    signer = Signer(tse, timedelta(hours=hours))
    signer.attach(backend)
    report = signer.recover(backend)
    if report.finished or report.cancelled or report.failed:
        log.warning("TSE recovery: finished %s, cancelled %s, failed %s",
                    report.finished, report.cancelled, report.failed)
    return signer
