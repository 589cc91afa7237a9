"""The keyboard shortcut overview (F1): what the shown area and the whole window offer.

The list is read from the live widgets (actions, shortcuts, button shortcuts and their
key hints, labelled buddies' mnemonics), so it cannot go stale when a key changes.
"""

from __future__ import annotations

from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

NATIVE = QKeySequence.SequenceFormat.NativeText


@dataclass(frozen=True)
class Shortcut:
    keys: str  # as the keyboard shows it, in the UI language ("Strg+F")
    what: str  # the control's own text, without mnemonic marks and key hints


def plain_text(text: str) -> str:
    """``text`` without Qt's mnemonic marks (``&&`` stays a literal ``&``)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _native(sequence: QKeySequence) -> str:
    return sequence.toString(NATIVE)


def _key_hint(line: str) -> str:
    """The keys a button's second line names ("F12", "(Enter)"), or ""."""
    hint = line.strip().removeprefix("(").removesuffix(")")
    sequence = QKeySequence.fromString(hint, NATIVE)
    if sequence.count() == 1 and _native(sequence) == hint:
        return hint
    return ""


def _from_button(button: QAbstractButton) -> list[Shortcut]:
    lines = plain_text(button.text()).splitlines() or [""]
    what = lines[0].strip()
    found = []
    keys = _native(button.shortcut())
    if keys:
        found.append(Shortcut(keys, what.removeprefix(keys).strip() or what))
    hints = [_key_hint(line) for line in lines[1:]]
    found += [Shortcut(hint, what) for hint in hints if hint and hint != keys]
    return [s for s in found if s.what]


def _from_label(label: QLabel) -> list[Shortcut]:
    if label.buddy() is None:
        return []
    keys = _native(QKeySequence.mnemonic(label.text()))
    return [Shortcut(keys, plain_text(label.text()).rstrip(":"))] if keys else []


def _from_action(action: QAction) -> list[Shortcut]:
    if not (action.isVisible() and action.isEnabled()):
        return []
    what = plain_text(action.text())
    return [Shortcut(_native(keys), what) for keys in action.shortcuts() if not keys.isEmpty()]


def _from_shortcut(shortcut: QShortcut) -> list[Shortcut]:
    """A ``QShortcut`` is listed with its ``whatsThis`` text; one without it is internal."""
    if not shortcut.isEnabled() or not shortcut.whatsThis():
        return []
    sequences = shortcut.keys()  # a Qt list of key sequences, not a dict
    return [Shortcut(_native(keys), shortcut.whatsThis()) for keys in sequences
            if not keys.isEmpty()]


def collect_shortcuts(root: QWidget) -> list[Shortcut]:
    """Every shortcut the person can use in ``root`` as it is shown, in widget order."""
    found: list[Shortcut] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        # A disabled button is listed too: its key works once there is something to do.
        if isinstance(widget, QAbstractButton):
            found += _from_button(widget)
        elif isinstance(widget, QLabel):
            found += _from_label(widget)
    for action in root.findChildren(QAction):
        found += _from_action(action)
    for shortcut in root.findChildren(QShortcut):
        parent = shortcut.parent()
        if isinstance(parent, QWidget) and parent.isVisible():
            found += _from_shortcut(shortcut)
    return list(dict.fromkeys(found))


def window_shortcuts(window: QWidget) -> list[Shortcut]:
    """The window's own actions (areas, user switch, sync, quit), not those of its areas."""
    found: list[Shortcut] = []
    for action in window.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly):
        found += _from_action(action)
    return list(dict.fromkeys(found))


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


class ShortcutOverview(QDialog):
    """Two tables: the shown area's keys and the keys that work everywhere. Escape closes."""

    def __init__(self, area_title: str, area_keys: list[Shortcut],
                 global_keys: list[Shortcut], opened_by: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutOverview")
        self.setWindowTitle(self.tr("Tastenkürzel"))
        self.area_table = self._table(area_keys, self.tr("Tastenkürzel in {area}").format(
            area=area_title))
        self.global_table = self._table(global_keys, self.tr("Tastenkürzel überall"))
        self.hint = hint = QLabel(self.tr(
            "Diese Übersicht öffnet sich hier mit {keys}; Esc schließt sie.").format(
                keys=opened_by))
        hint.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Bereich {area}").format(area=area_title)), 0, 0)
        grid.addWidget(QLabel(self.tr("Überall")), 0, 1)
        grid.addWidget(self.area_table, 1, 0)
        grid.addWidget(self.global_table, 1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)
        self.resize(860, 560)

    def _table(self, keys: list[Shortcut], name: str) -> QTableWidget:
        table = QTableWidget(len(keys), 2)
        table.setAccessibleName(name)
        table.setHorizontalHeaderLabels([self.tr("Taste"), self.tr("Funktion")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, shortcut in enumerate(keys):
            table.setItem(row, 0, QTableWidgetItem(shortcut.keys))
            table.setItem(row, 1, QTableWidgetItem(shortcut.what))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        return table

    def rows(self, table: QTableWidget) -> list[tuple[str, str]]:
        """What a table shows, as (keys, function) pairs."""
        return [(_cell(table, r, 0), _cell(table, r, 1)) for r in range(table.rowCount())]


def show_overview(dialog: ShortcutOverview) -> None:
    """Open ``dialog``; when it closes, the keyboard focus goes back where it was."""
    widget = QApplication.focusWidget()

    def restore(_result: int) -> None:
        if widget is not None and shiboken6.isValid(widget) and widget.isVisible():
            widget.activateWindow()
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(restore)
    dialog.open()
    dialog.activateWindow()
    dialog.area_table.setFocus()
