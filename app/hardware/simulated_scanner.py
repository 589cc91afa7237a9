"""A scanner without hardware: tests and the demo feed codes into it by hand."""

from __future__ import annotations

from collections.abc import Callable


class SimulatedScanner:
    """Implements ``Scanner``; ``feed`` delivers a code like a real scan (terminator cut)."""

    def __init__(self) -> None:
        self._on_code: Callable[[str], None] | None = None

    def start(self, on_code: Callable[[str], None]) -> None:
        self._on_code = on_code

    def stop(self) -> None:
        self._on_code = None

    @property
    def running(self) -> bool:
        return self._on_code is not None

    def feed(self, raw: str) -> None:
        """Deliver ``raw`` without its CR/LF; ignored while stopped, like an unplugged one."""
        if self._on_code is not None:
            self._on_code(raw.rstrip("\r\n"))
