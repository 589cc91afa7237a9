"""Reading label PDFs back the independent way: pdftoppm + zxing-cpp, and the content stream.

Shared by the label tests and the label benchmark.
"""

from __future__ import annotations

import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import zxingcpp
from PIL import Image
from pypdf import PdfReader
from pypdf.generic import ContentStream

from app.services.labels.layouts import LabelLayout


def rasterise(pdf: Path, dpi: int, first: int = 1, last: int | None = None) -> list[Image.Image]:
    """Pages of ``pdf`` as greyscale images at ``dpi`` (poppler's pdftoppm)."""
    with tempfile.TemporaryDirectory() as tmp:
        args = ["pdftoppm", "-r", str(dpi), "-gray", "-f", str(first)]
        if last is not None:
            args += ["-l", str(last)]
        subprocess.run([*args, str(pdf), f"{tmp}/p"], check=True, timeout=120)
        pages = []
        for png in sorted(Path(tmp).glob("p*.pgm"), key=lambda p: int(p.stem.split("-")[-1])):
            with Image.open(png) as image:
                pages.append(image.copy())
        return pages


def decode_positions(page: Image.Image, layout: LabelLayout) -> dict[int, list[str]]:
    """EAN-13 codes zxing-cpp finds inside each label position of one page image."""
    scale = layout.dpi / 72
    page_height = layout.page_height * 72 / 25.4
    found = {}
    for position in range(1, layout.per_page + 1):
        x, y, w, h = layout.label_box(position)
        box = (round(x * scale), round((page_height - y - h) * scale),
               round((x + w) * scale), round((page_height - y) * scale))
        crop = page.crop(box)
        found[position] = [b.text for b in
                           zxingcpp.read_barcodes(crop, formats=zxingcpp.BarcodeFormat.EAN13)]
    return found


@dataclass(frozen=True)
class TextRun:
    text: str
    font: str
    size: float
    char_space: float
    x: float
    y: float


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float


def page_content(reader: PdfReader, index: int) -> tuple[list[TextRun], list[Rect]]:
    """Text runs (with font, size, charSpace, origin) and rectangles on one page.

    Enough of a content-stream reader for what reportlab's canvas writes here: Tm for
    each origin, Tf, Tc, Tj, and ``re`` inside paths (no nested transformations).
    """
    page = reader.pages[index]
    fonts = {name: str(ref.get_object()["/BaseFont"]).lstrip("/")
             for name, ref in page["/Resources"]["/Font"].items()}
    runs: list[TextRun] = []
    rects: list[Rect] = []
    font, size, char_space, x, y = "", 0.0, 0.0, 0.0, 0.0
    for operands, operator in ContentStream(page.get_contents(), reader).operations:
        op = operator.decode()
        if op == "Tf":
            font, size = fonts[str(operands[0])], float(operands[1])
        elif op == "Tc":
            char_space = float(operands[0])
        elif op == "Tm":
            x, y = float(operands[4]), float(operands[5])
        elif op == "Tj":
            raw = operands[0]
            text = raw.original_bytes.decode("cp1252") if hasattr(raw, "original_bytes") \
                else str(raw)
            runs.append(TextRun(text, font, size, char_space, x, y))
        elif op == "re":
            rects.append(Rect(*(float(v) for v in operands)))
        elif op == "cm" and [float(v) for v in operands] != [1, 0, 0, 1, 0, 0]:
            raise AssertionError("unexpected transformation in a label page")
    return runs, rects
