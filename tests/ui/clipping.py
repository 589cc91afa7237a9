"""Find text a person cannot read in full: labels, buttons, headers cut or elided.

Each visible widget's text needs a certain size in its own font (``sizeHint`` for
buttons and single-line labels, ``heightForWidth`` for word-wrapped labels, the header's
own section size from its contents); a widget smaller than that, or one that sticks out
of the visible part of its parents, is reported with its text and both sizes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)

from app.ui.kit.eliding_label import ELIDES_PROPERTY

SLACK = 2  # pixels: rounding between font metrics and layout
INPUT_FRAME = 8  # pixels: an input's frame and inner margins around one line of text


@dataclass(frozen=True)
class Clipped:
    widget: str
    text: str
    need: tuple[int, int]
    have: tuple[int, int]

    def __str__(self) -> str:
        return (f"{self.widget} „{self.text}“ needs {self.need[0]}×{self.need[1]} "
                f"but has {self.have[0]}×{self.have[1]}")


def _name(widget: QWidget) -> str:
    parts = []
    w: QWidget | None = widget
    while w is not None and len(parts) < 3:
        parts.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(parts))


def _visible_rect(widget: QWidget) -> QRect:
    """The part of ``widget`` its ancestors let through, in window coordinates."""
    window = widget.window()
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        # inside a scroll area, being out of view is scrolling, not clipping
        if type(parent).__name__ == "QWidget" and parent.objectName() == "qt_scrollarea_viewport":
            return rect
        rect = rect.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return rect.intersected(window.rect())


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _check_label(label: QLabel) -> Clipped | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    if label.property(ELIDES_PROPERTY):
        # Shortened on purpose ("…", the full text in the tooltip): fine while the tooltip
        # holds the full text and the shortened text itself fits.
        shown = str(getattr(label, "shown", text))
        if text not in label.toolTip():
            return Clipped(_name(label), text, (0, 0), (label.width(), label.height()))
        need = label.fontMetrics().horizontalAdvance(shown)
        if need > label.contentsRect().width() + SLACK:
            return Clipped(_name(label), shown, (need, 0), (label.width(), label.height()))
        return None
    rect = label.contentsRect()
    if label.wordWrap():
        need_h = label.heightForWidth(label.width())
        if need_h > label.height() + SLACK:
            return Clipped(_name(label), text, (label.width(), need_h),
                           (label.width(), label.height()))
        return None
    hint = label.sizeHint()
    if hint.width() > label.width() + SLACK or hint.height() > label.height() + SLACK:
        return Clipped(_name(label), text, (hint.width(), hint.height()),
                       (rect.width(), rect.height()))
    return None


def _check_button(button: QAbstractButton) -> Clipped | None:
    text = button.text()
    if not text:
        return None
    hint = button.sizeHint()
    if hint.width() > button.width() + SLACK or hint.height() > button.height() + SLACK:
        return Clipped(_name(button), text, (hint.width(), hint.height()),
                       (button.width(), button.height()))
    return None


def _check_group(box: QGroupBox) -> Clipped | None:
    title = box.title()
    need = box.fontMetrics().horizontalAdvance(title.replace("&", "")) + 16
    if title and need > box.width() + SLACK:
        return Clipped(_name(box), title, (need, 0), (box.width(), box.height()))
    return None


def _check_header(header: QHeaderView) -> list[Clipped]:
    found = []
    model = header.model()
    if model is None:
        return found
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        need = header.sectionSizeFromContents(section)
        size = header.sectionSize(section)
        text = str(model.headerData(section, header.orientation()) or "")
        have_h = header.height() if header.orientation().name == "Horizontal" else size
        if text and header.orientation().name == "Horizontal" and need.width() > size + SLACK:
            found.append(Clipped(_name(header), text, (need.width(), need.height()),
                                 (size, have_h)))
    return found


def _check_combo(combo: QComboBox) -> Clipped | None:
    """The shown entry needs its own width (the style's frame and arrow around it), not
    only the combo's minimum, which may count just a few characters."""
    text = combo.currentText()
    if not text:
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    metrics = combo.fontMetrics()
    need = combo.style().sizeFromContents(
        QStyle.ContentsType.CT_ComboBox, option,
        QSize(metrics.horizontalAdvance(text), metrics.height()), combo)
    need = need.expandedTo(combo.minimumSizeHint())
    if need.width() > combo.width() + SLACK:
        return Clipped(_name(combo), text, (need.width(), need.height()),
                       (combo.width(), combo.height()))
    return None


def _check_input_height(widget: QWidget) -> Clipped | None:
    """An input lower than its text plus frame and margins cuts the digits typed into it
    (the style's minimum hint adds padding a compact form may leave out)."""
    need = min(widget.fontMetrics().height() + INPUT_FRAME, widget.sizeHint().height())
    if need > widget.height() + SLACK:
        text = widget.text() if isinstance(widget, QLineEdit) else type(widget).__name__
        return Clipped(_name(widget), text or widget.accessibleName(), (0, need),
                       (widget.width(), widget.height()))
    return None


def _check_placeholder(edit: QLineEdit) -> Clipped | None:
    text = edit.placeholderText()
    if not text or edit.text():
        return None
    need = edit.fontMetrics().horizontalAdvance(text) + 12  # frame and text margins
    if need > edit.width() + SLACK:
        return Clipped(_name(edit), text, (need, 0), (edit.width(), edit.height()))
    return None


def _check_tabs(bar: QTabBar) -> list[Clipped]:
    found = []
    for index in range(bar.count()):
        need = bar.fontMetrics().horizontalAdvance(bar.tabText(index).replace("&", ""))
        rect = bar.tabRect(index)
        if need > rect.width() + SLACK:
            found.append(Clipped(_name(bar), bar.tabText(index), (need, 0),
                                 (rect.width(), rect.height())))
    return found


def clipped_texts(root: QWidget) -> list[Clipped]:
    """Every text under ``root`` (visible widgets only) that does not fit where it is."""
    found: list[Clipped] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not _shown(widget):
            continue
        problem: Clipped | None = None
        if isinstance(widget, QLabel):
            problem = _check_label(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _check_button(widget)
        elif isinstance(widget, QGroupBox):
            problem = _check_group(widget)
        elif isinstance(widget, QComboBox):
            problem = _check_combo(widget) or _check_input_height(widget)
        elif isinstance(widget, QAbstractSpinBox):
            problem = _check_input_height(widget)
        elif isinstance(widget, QLineEdit) and not isinstance(widget.parentWidget(),
                                                              (QComboBox, QAbstractSpinBox)):
            problem = _check_placeholder(widget) or _check_input_height(widget)
        elif isinstance(widget, QHeaderView):
            found.extend(_check_header(widget))
        elif isinstance(widget, QTabBar):
            found.extend(_check_tabs(widget))
        if problem is not None:
            found.append(problem)
            continue
        if isinstance(widget, (QLabel, QAbstractButton)) and not isinstance(
                widget.parentWidget(), QAbstractItemView):
            text = widget.text()
            visible = _visible_rect(widget)
            if text and visible.size() != widget.size() and not visible.isEmpty():
                found.append(Clipped(_name(widget), text, (widget.width(), widget.height()),
                                     (visible.width(), visible.height())))
    return found
