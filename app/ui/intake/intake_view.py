"""The Annahme area of the main window (built in ``app.ui.intake``)."""

from __future__ import annotations

from app.ui.intake.intake_area import IntakeArea


class IntakeView(IntakeArea):
    """Take in, test, repair, price and label donated goods."""


__all__ = ["IntakeView"]
