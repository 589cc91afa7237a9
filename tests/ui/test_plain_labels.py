"""Text from records is shown literally: markup in a description or a name (which can come
from another till through sync) is never rendered by a label."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.ui.kit.confirm import ConfirmDialog
from app.ui.kit.message_line import MessageLine
from app.ui.kit.plain_text import PlainTextStyle

MARKUP = '<img src="file:///etc/passwd"><b>Lampe</b>'


def test_labels_of_the_app_style_are_plain(qtbot: QtBot) -> None:
    """Every label under the application's style, including ones built without a word
    about their format, shows markup as text."""
    style = PlainTextStyle()
    box = QWidget()
    box.setStyle(style)
    layout = QVBoxLayout(box)
    label = QLabel(MARKUP)
    label.setStyle(style)
    layout.addWidget(label)
    qtbot.addWidget(box)
    assert label.textFormat() == Qt.TextFormat.AutoText  # Qt's default guesses rich text
    box.show()
    qtbot.waitExposed(box)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == MARKUP


def test_message_line_and_confirm_dialog_show_descriptions_literally(qtbot: QtBot) -> None:
    line = MessageLine()
    qtbot.addWidget(line)
    line.error(f"Artikel „{MARKUP}“ ist schon verkauft.")
    dialog = ConfirmDialog("Position entfernen", f"„{MARKUP}“ entfernen?", "Entfernen",
                           summary=MARKUP)
    qtbot.addWidget(dialog)
    for label in (line, dialog.question, dialog.summary):
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert MARKUP in label.text()


def test_the_real_application_makes_every_label_plain() -> None:
    """``create_application`` (what ``make run`` starts) installs the style: a label and a
    message box built later show markup as text. In a child process, so the tests'
    shared QApplication keeps its style."""
    script = (
        "from PySide6.QtWidgets import QLabel, QMessageBox\n"
        "from app.ui.shell.application import create_application\n"
        "app = create_application(['kreislauf'])\n"
        f"label = QLabel({MARKUP!r}); label.show()\n"
        f"box = QMessageBox(); box.setText({MARKUP!r}); box.show()\n"
        "app.processEvents()\n"
        "labels = [label, *box.findChildren(QLabel)]\n"
        "print(sorted({int(x.textFormat().value) for x in labels}))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=60, check=True)
    assert done.stdout.strip() == f"[{int(Qt.TextFormat.PlainText.value)}]"
