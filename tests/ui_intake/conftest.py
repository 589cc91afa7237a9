"""The Annahme tests reuse the window, session and login fixtures of ``tests/ui``."""

from __future__ import annotations

from tests.ui.conftest import login_as, notifier, session, window

__all__ = ["login_as", "notifier", "session", "window"]
