"""Waiting for a condition with a deadline, for tests outside the Qt event loop."""

from __future__ import annotations

import time
from collections.abc import Callable


def wait(condition: Callable[[], object], timeout: float = 3.0) -> None:
    """Poll ``condition`` until it is true; fail after ``timeout`` seconds."""
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise AssertionError("condition not met in time")
        time.sleep(0.01)
