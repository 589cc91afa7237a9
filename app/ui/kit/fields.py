"""Line edits wide enough for their placeholder: the example text is never cut off."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QComboBox, QLineEdit

# Frame, Qt's own text margin and the style sheet's padding around a line edit's text.
FIELD_MARGIN = 24


def fit_placeholder(edit: QLineEdit) -> QLineEdit:
    """Give ``edit`` the minimum width its placeholder needs, in the language it is in."""
    edit.ensurePolished()  # the style sheet's font, not the default one
    margins = edit.textMargins()
    need = (edit.fontMetrics().horizontalAdvance(edit.placeholderText())
            + margins.left() + margins.right() + FIELD_MARGIN)
    edit.setMinimumWidth(max(edit.minimumWidth(), need))
    return edit


def fill_choices(combo: QComboBox, labels: Mapping[str, str], current: str) -> QComboBox:
    """``combo`` offering each key of ``labels`` by its name, ``current`` chosen; the key
    is the item data (read it with ``chosen``), the name follows the UI language."""
    for key, label in labels.items():
        combo.addItem(str(label), key)
    choose(combo, current)
    return combo


def choose(combo: QComboBox, key: str) -> None:
    """Choose the entry of ``combo`` whose data is ``key`` (unknown keys: no change)."""
    index = combo.findData(key)
    if index >= 0:
        combo.setCurrentIndex(index)


def chosen(combo: QComboBox) -> str:
    """The key of the chosen entry of a combo filled by ``fill_choices``."""
    return str(combo.currentData() or "")
