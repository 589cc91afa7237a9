"""The frame every area of the main window shares: a title and a short description."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def area_layout(widget: QWidget, title: str, description: str) -> QVBoxLayout:
    """Give ``widget`` a vertical layout headed by ``title`` and ``description``."""
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(24, 16, 24, 16)
    title_label = QLabel(title)
    title_label.setProperty("role", "title")
    title_label.setObjectName("areaTitle")
    description_label = QLabel(description)
    description_label.setWordWrap(True)
    description_label.setObjectName("areaDescription")
    layout.addWidget(title_label)
    layout.addWidget(description_label)
    return layout
