"""A day field that Tab leaves at once: in the delivery forms Tab goes on to the time window
instead of stepping through day, month and year (arrows and typing still change those)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget


class DayEdit(QDateEdit):
    """``dd.MM.yyyy`` with a calendar, from ``first`` on; Tab and Shift+Tab leave it."""

    def __init__(self, day: date, first: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(QDate(day.year, day.month, day.day), parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd.MM.yyyy")
        if first is not None:
            self.setMinimumDate(QDate(first.year, first.month, first.day))

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)

    def day(self) -> date:
        """The Berlin calendar day shown."""
        shown = self.date().toPython()
        assert isinstance(shown, date)
        return shown
