"""A delivery or pick-up slip on paper: rendered and saved off the GUI thread, then printed
through the print dialog like the label sheets (``kit.pdf_printing``).

The PDF stays where it was saved, so a slip whose printing was cancelled can still be
opened from the path the message line names.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.services.delivery import dispatch
from app.services.delivery.messages import SLIP_TITLE
from app.services.kernel.context import Ctx
from app.services.reports import files as report_files
from app.ui.kit.message_line import MessageLine
from app.ui.kit.pdf_printing import print_pdf_with_dialog
from app.ui.shell.session import SessionState


def print_slip(session: SessionState, number: str, parent: QWidget, message: MessageLine,
               on_done: Callable[[Path], object] | None = None) -> None:
    """Save the slip of order ``number`` as a PDF, then offer it to the printer."""

    def write(ctx: Ctx) -> tuple[Path, str]:
        data, order = dispatch.slip_file(ctx, number)
        target = Path(tempfile.mkdtemp(prefix="kreislauf-slip-")) / f"{order.number}.pdf"
        report_files.write_atomic(target, data)
        return target, SLIP_TITLE[order.kind]

    def saved(result: tuple[Path, str]) -> None:
        path, title = result
        message.info(QCoreApplication.translate("SlipOutput", "{title} gespeichert: {path}")
                     .format(title=title, path=path))
        asked = QCoreApplication.translate("SlipOutput", "{title} drucken").format(title=title)
        if print_pdf_with_dialog(path, parent, asked):
            message.success(QCoreApplication.translate(
                "SlipOutput", "{title} gedruckt ({path}).").format(title=title, path=path))
        if on_done is not None:
            on_done(path)

    def failed(error: BaseException) -> None:
        message.error(session.ops.reporter.message_for(error))

    message.info(QCoreApplication.translate("SlipOutput", "Der Schein wird erstellt …"))
    session.ops.query(session.actor, write).then(saved, failed, parent)
