"""Labels sent through Qt's printing path still decode (printer = a PDF file here)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import zxingcpp
from PIL import Image
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from app.services.intake import intake
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.services.labels import labels
from app.ui.kit.pdf_printing import print_pdf


def test_printed_labels_decode(qtbot: QtBot, backend: Backend, volunteer: Actor,
                               tmp_path: Path) -> None:
    """print_pdf rasterises each label page at the printer's dpi; every code decodes."""
    codes = [i.code for i in backend.call(volunteer, intake.take_in, intake.IntakeInput(
        category="Bücher", quantity=3))]
    source = tmp_path / "labels.pdf"
    backend.call(volunteer, labels.write_labels, codes, "thermal-57x32", source)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(300)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert print_pdf(source, printer) == 3
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(printed), str(tmp_path / "p")],
                   check=True)
    decoded = [b.text for png in sorted(tmp_path.glob("p*.png"))
               for b in zxingcpp.read_barcodes(Image.open(png))]
    assert sorted(decoded) == sorted(codes)
