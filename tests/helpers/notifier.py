"""What the user was told, recorded instead of shown in modal message boxes."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QWidget


@dataclass
class RecordingNotifier:
    """Records what the user was told, so tests never block on a modal dialog."""

    errors: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)

    def error(self, message: str, parent: QWidget | None = None) -> None:
        self.errors.append(message)

    def info(self, message: str, parent: QWidget | None = None) -> None:
        self.infos.append(message)
