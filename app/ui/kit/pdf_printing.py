"""Print a PDF we rendered ourselves through the Qt print dialog.

PySide6-Essentials has no QtPdf, so pdfium (pypdfium2) rasterises each page at the
printer's resolution and QPainter puts it on the page: what prints is exactly the PDF
that a "save as file" would give.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2
from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

POINTS_PER_INCH = 72.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("PdfPrinting", text)


def print_pdf(pdf: Path, printer: QPrinter) -> int:
    """Send every page of ``pdf`` to ``printer``; return the number of pages printed."""
    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        first = doc[0]
        width_pt, height_pt = first.get_size()
        size = QPageSize(QSizeF(width_pt, height_pt), QPageSize.Unit.Point)
        printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait,
                                          QMarginsF(0, 0, 0, 0)))
        printer.setFullPage(True)
        dpi = printer.resolution()
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError("printer refused to start")
        try:
            for index in range(len(doc)):
                if index:
                    printer.newPage()
                page = doc[index]
                bitmap = page.render(scale=dpi / POINTS_PER_INCH, grayscale=True)
                image = bitmap.to_pil().convert("L")
                qimage = QImage(image.tobytes(), image.width, image.height, image.width,
                                QImage.Format.Format_Grayscale8)
                painter.drawImage(QPointF(0, 0), qimage)
        finally:
            painter.end()
        return len(doc)
    finally:
        doc.close()


def print_pdf_with_dialog(pdf: Path, parent: QWidget | None, title: str = "") -> bool:
    """Show the print dialog (titled ``title``, labels by default) and print; False when
    the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title or _tr("Etiketten drucken"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    print_pdf(pdf, printer)
    return True
