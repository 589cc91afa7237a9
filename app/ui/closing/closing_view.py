"""The Abschluss area of the main window (built in ``app.ui.closing``)."""

from __future__ import annotations

from app.ui.closing.closing_area import ClosingArea


class ClosingView(ClosingArea):
    """Open the till, cash movements, count, X and Z reports."""


__all__ = ["ClosingView"]
