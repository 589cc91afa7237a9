"""A TSE that can be switched off: unreachable while ``down``, the software TSE otherwise."""

from __future__ import annotations

from app.services.fiscal.software_tse import SoftwareTse
from app.services.fiscal.tse import Lookup, Signed, Started, TseError, TseInfo


class BrokenTse:
    """A TSE that is unreachable while ``down`` (delegates to a working one otherwise)."""

    def __init__(self, inner: SoftwareTse) -> None:
        self.inner = inner
        self.down = False

    def _check(self) -> None:
        if self.down:
            raise TseError("Die TSE ist nicht erreichbar (ConnectError).")

    def info(self) -> TseInfo:
        return self.inner.info()

    def start_transaction(self, tx_id: str, process_type: str = "",
                          process_data: str = "") -> Started:
        self._check()
        return self.inner.start_transaction(tx_id, process_type, process_data)

    def update_transaction(self, tx_id: str, process_type: str, process_data: str) -> None:
        self._check()

    def finish_transaction(self, tx_id: str, process_type: str, process_data: str) -> Signed:
        self._check()
        return self.inner.finish_transaction(tx_id, process_type, process_data)

    def cancel_transaction(self, tx_id: str, process_data: str) -> Signed:
        self._check()
        return self.inner.cancel_transaction(tx_id, process_data)

    def lookup(self, tx_id: str) -> Lookup:
        self._check()
        return self.inner.lookup(tx_id)

    def open_transactions(self) -> list[str]:
        self._check()
        return self.inner.open_transactions()

    def export(self) -> bytes:
        self._check()
        return self.inner.export()
