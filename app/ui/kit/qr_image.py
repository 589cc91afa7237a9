"""A QR code as a Qt image, for previews of what the printer and the PDF carry.

Drawn from the ``qrcode`` module matrix (error correction M, as on paper) with a quiet
zone of four modules, so any phone or decoder reads it from the screen.
"""

from __future__ import annotations

import qrcode
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from qrcode.constants import ERROR_CORRECT_M

QUIET_ZONE = 4


def qr_image(payload: str, module_px: int = 3) -> QImage:
    """``payload`` as a black-on-white QR code, ``module_px`` pixels per module."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QUIET_ZONE)
    code.add_data(payload)
    code.make(fit=True)
    matrix = code.get_matrix()  # includes the quiet zone
    side = len(matrix) * module_px
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    black = QColor(Qt.GlobalColor.black)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(QRect(x * module_px, y * module_px, module_px, module_px),
                                 black)
    painter.end()
    return image
