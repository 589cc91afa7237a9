"""One message line for every area: info, success, warning or error, never colour alone.

Each kind has its own style (``kind`` property in the style sheet) and a prefix sign,
so a colour-blind cashier or a glance from a metre away still tells a refusal from a
success. Areas clear the line when the situation it describes is gone.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from app.ui.kit.plain_text import plain


class MessageKind(StrEnum):
    INFO = "info"
    SUCCESS = "success"
    WARNING = "warning"
    ERROR = "error"


PREFIX = {
    MessageKind.INFO: "ℹ",
    MessageKind.SUCCESS: "✔",
    MessageKind.WARNING: "⚠",
    MessageKind.ERROR: "✖",
}


class MessageLine(QLabel):
    """A word-wrapped label that shows one message of one kind at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageLine")
        plain(self)  # messages quote descriptions and names as they were typed
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.kind: MessageKind | None = None
        self.body = ""
        self._apply(None)

    def show_message(self, kind: MessageKind, text: str) -> None:
        """Show ``text`` as a message of ``kind`` (replacing what was there)."""
        self.body = text
        self._apply(kind)
        self.setText(f"{PREFIX[kind]} {text}" if text else "")

    def info(self, text: str) -> None:
        self.show_message(MessageKind.INFO, text)

    def success(self, text: str) -> None:
        self.show_message(MessageKind.SUCCESS, text)

    def warning(self, text: str) -> None:
        self.show_message(MessageKind.WARNING, text)

    def error(self, text: str) -> None:
        self.show_message(MessageKind.ERROR, text)

    # The names the areas call (``show_*`` reads better at the call site).
    def show_info(self, text: str) -> None:
        self.info(text)

    def show_success(self, text: str) -> None:
        self.success(text)

    def show_warning(self, text: str) -> None:
        self.warning(text)

    def show_error(self, text: str) -> None:
        self.error(text)

    def clear(self) -> None:
        """The situation the message described is gone."""
        self.body = ""
        self._apply(None)
        super().clear()

    def _apply(self, kind: MessageKind | None) -> None:
        self.kind = kind
        self.setProperty("kind", kind.value if kind else "none")
        self.setAccessibleName(kind.value if kind else "")
        style = self.style()
        style.unpolish(self)
        style.polish(self)
