"""The print queue of labels: new and reprinted items wait here until printed or saved."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.labels import labels
from app.services.labels import layouts as label_layouts
from app.ui.kit.pdf_printing import print_pdf_with_dialog
from app.ui.kit.progress_run import ProgressRun, run_with_progress
from app.ui.shell.session import SessionState

if TYPE_CHECKING:
    from app.services.kernel.backend import Backend

DEFAULT_LAYOUT = "a4-3x8"


def _mm(length: float) -> str:
    """A length in millimetres as the label titles write it: 70, 63,5."""
    return QLocale().toString(length, "f", 0 if length == int(length) else 1)


class LabelQueue(QGroupBox):
    """Codes waiting for a label; print through the Qt dialog or save a PDF."""

    printed = Signal(list)  # codes whose labels went out

    def __init__(self, backend: Backend, session: SessionState,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Etiketten-Warteschlange"), parent)
        self.backend = backend
        self.session = session
        self.codes: list[str] = []
        self.progress: ProgressRun | None = None  # the batch being rendered
        self.list = QListWidget()
        # Three codes high: the queue must not make the form taller than it is.
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 3 + 12)
        self.list.setAccessibleName(self.tr("Etiketten in der Warteschlange"))
        self.layout_choice = QComboBox()
        for index, sheet in enumerate(label_layouts.all_layouts()):
            # The box is narrow: beside the start field the full title was cut at
            # 1366×768, so the list shows a few characters and the title is the tip.
            self.layout_choice.addItem(self._short_title(sheet), sheet.name)
            self.layout_choice.setItemData(index, f"{sheet.title} ({sheet.name})",
                                           Qt.ItemDataRole.ToolTipRole)
        self.layout_choice.setCurrentIndex(max(self.layout_choice.findData(DEFAULT_LAYOUT), 0))
        self.layout_choice.setAccessibleName(self.tr("Etikettenformat"))
        self.layout_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMaximumWidth(360)
        self.start = QSpinBox()
        self.start.setRange(1, 100)
        self.start.setToolTip(self.tr("Erste freie Position auf einem angebrochenen Bogen"))
        self.print_button = QPushButton(self.tr("Drucken…"))
        self.print_button.setToolTip(self.tr("Strg+P: Etiketten über den Druckdialog drucken"))
        self.print_button.setShortcut("Ctrl+P")
        self.save_button = QPushButton(self.tr("PDF…"))
        self.save_button.setToolTip(self.tr("Etiketten als PDF-Datei speichern"))
        self.clear_button = QPushButton(self.tr("Leeren"))

        # One row of options and one of buttons: the Annahme list below gets the height.
        options = QHBoxLayout()
        options.addWidget(self.layout_choice, 1)
        start_label = QLabel(self.tr("Start&feld"))
        start_label.setBuddy(self.start)
        options.addWidget(start_label)
        options.addWidget(self.start)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(self.list, 1)
        layout.addLayout(options)
        layout.addLayout(buttons)

        self.print_button.clicked.connect(self.print_queue)
        self.save_button.clicked.connect(self.save_queue)
        self.clear_button.clicked.connect(self.clear)
        self.layout_choice.currentIndexChanged.connect(self._layout_changed)
        self._layout_changed()
        self._update()

    def add(self, codes: list[str]) -> None:
        for code in codes:
            if code not in self.codes:
                self.codes.append(code)
        self._update()

    def clear(self) -> None:
        self.codes = []
        self._update()

    def _update(self) -> None:
        self.list.clear()
        self.list.addItems(self.codes)
        has = bool(self.codes)
        self.print_button.setEnabled(has)
        self.save_button.setEnabled(has)
        self.clear_button.setEnabled(has)

    def _short_title(self, sheet: label_layouts.LabelLayout) -> str:
        """A label format in a few characters: a sheet by its grid, a roll by label size."""
        if sheet.kind == label_layouts.LayoutKind.ROLL:
            return self.tr("Rolle {size}").format(
                size=f"{_mm(sheet.label_width)}×{_mm(sheet.label_height)} mm")
        return self.tr("A4-Bogen {columns}×{rows}").format(columns=sheet.columns,
                                                         rows=sheet.rows)

    def _layout_changed(self) -> None:
        self.layout_choice.setToolTip(self.tr("Etikettenformat: {title}").format(
            title=self.layout_choice.currentData(Qt.ItemDataRole.ToolTipRole)))
        per_page = label_layouts.get_layout(self.layout_choice.currentData()).per_page
        self.start.setMaximum(per_page)
        self.start.setEnabled(per_page > 1)

    def _done(self, codes: list[str]) -> None:
        self.codes = [c for c in self.codes if c not in codes]
        self.start.setValue(1)
        self._update()
        self.printed.emit(codes)

    def write_pdf(self, target: Path, on_done: Callable[[Path], object] | None = None) -> None:
        """Render the queue to ``target`` off the GUI thread and mark the labels printed."""
        codes = list(self.codes)

        def done(_result: object) -> None:
            self._done(codes)
            if on_done is not None:
                on_done(target)

        self._render(codes, target, done, mark=True)

    def _render(self, codes: list[str], target: Path, done: Callable[[object], object], *,
                mark: bool) -> None:
        """Render the labels of ``codes`` behind a progress dialog that can cancel the
        batch (then no file and no label marked printed: the queue stays as it was)."""
        ops, actor = self.session.ops, self.session.actor
        layout, start = self.layout_choice.currentData(), self.start.value()
        self.progress = run_with_progress(
            ops, self, self.tr("Etiketten"),
            self.tr("{n} Etiketten werden erstellt …").format(n=len(codes)),
            lambda progress: ops.call_here(actor, labels.write_labels, codes, layout,
                                              target, start, mark=mark, progress=progress),
            done, lambda text: self.session.notifier.info(text, self))

    def save_queue(self) -> Path | None:
        default = str(self.backend_exports() / "etiketten.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Etiketten speichern"), default,
                                              self.tr("PDF (*.pdf)"))
        if not path:
            return None
        self.write_pdf(Path(path), lambda p: self.session.notifier.info(
            self.tr("Etiketten gespeichert: {path}").format(path=p), self))
        return Path(path)

    def print_queue(self) -> None:
        """Render to a temporary PDF, show the print dialog, and only mark what was printed."""
        codes = list(self.codes)
        target = Path(tempfile.mkdtemp(prefix="kreislauf-labels-")) / "etiketten.pdf"

        def rendered(_result: object) -> None:
            if not print_pdf_with_dialog(target, self):
                return  # cancelled: the labels stay in the queue
            self.session.ops.call(self.session.actor, labels.mark_printed, codes).then(
                lambda _at: self._done(codes), parent=self)

        self._render(codes, target, rendered, mark=False)

    def backend_exports(self) -> Path:
        return Path.home()
