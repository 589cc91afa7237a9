"""Line edits wide enough for their placeholder: the example text is never cut off."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

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
