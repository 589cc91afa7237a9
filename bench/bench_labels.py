"""1,000 labels to PDF (thermal roll and A4 sheet) against a naive floor in the same run.

The floor is what a first attempt looks like: reportlab's ``createBarcodeDrawing('EAN13',
…)`` drawn once per label plus a price line, same page size, same positions. Goal: under
1 s for 1,000 labels and at most a third of the floor's time, with every label of a
sample page still decoding (pdftoppm at the layout's dpi, then zxing-cpp).
"""

from __future__ import annotations

import io
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.graphics.barcode import createBarcodeDrawing
from reportlab.pdfgen.canvas import Canvas

from app.services.intake.item_codes import make_code
from app.services.kernel.formatting import format_cents
from app.services.labels import layouts as label_layouts
from app.services.labels import pdf as label_pdf
from app.services.labels.layouts import MM, LabelLayout
from app.services.labels.pdf import LabelData
from tests.label_reading import decode_positions, rasterise

COUNT = 1000
ROUNDS = 3
GOAL = "<1 s and ≤ 1/3 of naive"
DESCRIPTIONS = ("Kommode Eiche, 3 Schubladen", "Wasserkocher 1,7 l", "Winterjacke Gr. M",
                "Teller-Set 6 Stück", "Damenrad 28 Zoll, 7-Gang-Nabenschaltung, Nabendynamo")
CATEGORIES = ("Möbel", "Elektrogeräte", "Kleidung", "Geschirr", "Fahrräder")


def sample_labels(count: int) -> list[LabelData]:
    return [LabelData(make_code(1, i + 1), 150 + (i * 37) % 9000, DESCRIPTIONS[i % 5],
                      CATEGORIES[i % 5], "Upcycling-Kaufhaus Arnsberg",
                      ("elektrisch geprüft 11/2026",) if i % 5 == 1 else ())
            for i in range(count)]


def ours(labels: Sequence[LabelData], layout: LabelLayout, out: io.BytesIO) -> None:
    label_pdf.render(labels, layout, out)


def naive(labels: Sequence[LabelData], layout: LabelLayout, out: io.BytesIO) -> None:
    """The floor: one reportlab barcode Drawing per label, plus the price."""
    canvas = Canvas(out, pagesize=(layout.page_width * MM, layout.page_height * MM))
    position = 1
    for label in labels:
        x, y, _, h = layout.label_box(position)
        drawing = createBarcodeDrawing("EAN13", value=label.code, barHeight=10 * MM)
        drawing.drawOn(canvas, x + 2 * MM, y + 2 * MM)
        canvas.setFont("Helvetica-Bold", 12)
        canvas.drawString(x + 2 * MM, y + h - 6 * MM, format_cents(label.price_cents))
        position += 1
        if position > layout.per_page:
            canvas.showPage()
            position = 1
    if position != 1:
        canvas.showPage()
    canvas.save()


def timed(fn: Callable[[Sequence[LabelData], LabelLayout, io.BytesIO], None],
          labels: Sequence[LabelData], layout: LabelLayout) -> float:
    """Median wall time of ``ROUNDS`` runs, writing into memory."""
    times = []
    for _ in range(ROUNDS):
        out = io.BytesIO()
        start = time.perf_counter()
        fn(labels, layout, out)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def sample_decodes(labels: Sequence[LabelData], layout: LabelLayout) -> bool:
    """Every label on the first sheet (or the first 3 roll labels) decodes to its code."""
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "labels.pdf"
        label_pdf.render(labels, layout, pdf)
        pages = 1 if layout.kind == "sheet" else 3
        found = [codes for page in rasterise(pdf, layout.dpi, 1, pages)
                 for codes in decode_positions(page, layout).values()]
    return found == [[label.code] for label in labels[:len(found)]]


def main() -> int:
    labels = sample_labels(COUNT)
    ok = True
    for name in ("thermal-57x32", "a4-3x8"):
        layout = label_layouts.get_layout(name)
        ours(labels[:10], layout, io.BytesIO())  # warm caches and imports for both
        naive(labels[:10], layout, io.BytesIO())
        value = timed(ours, labels, layout)
        floor = timed(naive, labels, layout)
        decoded = sample_decodes(labels, layout)
        ratio = value / floor
        met = decoded and value < 1.0 and ratio <= 1 / 3
        ok = ok and decoded
        print(json.dumps({
            "name": f"labels_{COUNT}_{name}", "value": round(value, 4), "unit": "s",
            "floor": round(floor, 4), "ratio": round(ratio, 3), "goal": GOAL,
            "decoded": decoded, "met": met, "labels": COUNT, "layout": name,
        }, ensure_ascii=False), flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
