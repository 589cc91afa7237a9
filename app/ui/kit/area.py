"""The frame every area of the main window shares: a title and a short description."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget


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


def scrolling_area_layout(widget: QWidget, title: str, description: str) -> QVBoxLayout:
    """Like ``area_layout``, inside a frameless scroll area: on a screen too low for the
    area its fields keep their height and the page scrolls, instead of Qt squeezing them
    into each other."""
    outer = QVBoxLayout(widget)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea()
    scroll.setObjectName("areaScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    content = QWidget()
    content.setObjectName("areaContent")
    scroll.setWidget(content)
    outer.addWidget(scroll)
    return area_layout(content, title, description)


def describe_page(page: QWidget, description: str) -> QLabel:
    """Put a one-sentence ``description`` of what ``page`` does at its top (the pages of
    Einstellungen each say what they are for)."""
    label = QLabel(description)
    label.setWordWrap(True)
    label.setObjectName("pageDescription")
    layout = page.layout()
    if not isinstance(layout, QBoxLayout):
        raise TypeError(f"{type(page).__name__} has no box layout to put a description in")
    layout.insertWidget(0, label)
    return label
