"""Labels: every layout decodes with an independent reader, text stays on the label."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from sqlalchemy import select

from app.db.models import AuditEntry, Item
from app.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from app.resource_files import resource_path
from app.services.intake import intake, lifecycle
from app.services.intake.intake import IntakeInput
from app.services.intake.item_codes import make_code
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.services.kernel.formatting import format_cents
from app.services.labels import labels
from app.services.labels import layouts as label_layouts
from app.services.labels import pdf as label_pdf
from app.services.labels.ean13 import GUARD_STARTS, QUIET_LEFT, QUIET_RIGHT, pattern, runs
from app.services.labels.pdf import LabelData
from tests.helpers.clock import Clock
from tests.label_reading import decode_positions, page_content, rasterise

LAYOUTS = label_layouts.layout_names()
SHEETS = [n for n in LAYOUTS if label_layouts.get_layout(n).kind == "sheet"]
MIXED = (
    ("Möbel", "Kommode Eiche, 3 Schubladen", "45,00"),
    ("Bücher", "Reiseführer Sauerland", "2.50"),
    ("Kleidung", "Winterjacke Gr. M, wasserdicht, mit abnehmbarer Kapuze und Innenfutter", "12"),
    ("Geschirr", "Teller-Set 6 Stück", "4,5"),
    ("Fahrräder", "Damenrad 28 Zoll", "1234,50"),
)


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """An empty directory for label files (tmp_path also holds the till's data)."""
    path = tmp_path / "out"
    path.mkdir()
    return path


def take_in(backend: Backend, actor: Actor, count: int) -> list[str]:
    """``count`` mixed items, the first an electrical one with a passed safety test."""
    codes = [item.code for item in backend.call(actor, intake.take_in, IntakeInput(
        "Elektrogeräte", "Wasserkocher 1,7 l", price="9,90"))]
    backend.call(actor, lifecycle.record_safety_test, codes[0], True, "Vera Annahme")
    index = 0
    while len(codes) < count:
        category, description, price = MIXED[index % len(MIXED)]
        quantity = min(count - len(codes), 1 + index % 3)
        codes += [item.code for item in backend.call(actor, intake.take_in, IntakeInput(
            category, description, price=price, quantity=quantity))]
        index += 1
    return codes[:count]


def db_codes(backend: Backend) -> set[str]:
    with backend.read() as ctx:
        return set(ctx.session.scalars(select(Item.code)))


def decoded(pdf: Path, layout: label_layouts.LabelLayout) -> list[dict[int, list[str]]]:
    return [decode_positions(page, layout) for page in rasterise(pdf, layout.dpi)]


@pytest.mark.parametrize("name", LAYOUTS)
def test_every_label_decodes_full_sheet(name: str, backend: Backend, volunteer: Actor,
                                        tmp_path: Path) -> None:
    """A full sheet (or a few roll labels) decodes at the printer's dpi to exactly the
    codes in the database, each at its position."""
    layout = label_layouts.get_layout(name)
    count = layout.per_page if layout.kind == "sheet" else 4
    codes = take_in(backend, volunteer, count)
    pdf = tmp_path / "labels.pdf"
    result = backend.call(volunteer, labels.write_labels, codes, name, pdf)
    assert result.count == count
    pages = decoded(pdf, layout)
    assert len(pages) == (1 if layout.kind == "sheet" else count) == result.pages
    found = [codes_at for page in pages for codes_at in page.values()]
    assert found == [[code] for code in codes]  # one code per label, in order
    assert {c for page in found for c in page} == db_codes(backend)


@pytest.mark.parametrize("name", SHEETS)
def test_partly_used_sheet(name: str, backend: Backend, volunteer: Actor,
                           tmp_path: Path) -> None:
    """With start > 1 the used positions stay empty and the rest run onto a new sheet."""
    layout = label_layouts.get_layout(name)
    start = layout.per_page - 2
    codes = take_in(backend, volunteer, 5)
    pdf = tmp_path / "partly.pdf"
    result = backend.call(volunteer, labels.write_labels, codes, name, pdf, start)
    assert result.pages == 2
    first, second = decoded(pdf, layout)
    assert all(first[p] == [] for p in range(1, start))
    assert [first[p] for p in range(start, layout.per_page + 1)] == [[c] for c in codes[:3]]
    assert [second[1], second[2]] == [[codes[3]], [codes[4]]]
    assert all(second[p] == [] for p in range(3, layout.per_page + 1))
    assert set(codes) == db_codes(backend)


def _tricky_labels(count: int) -> list[LabelData]:
    long_text = "Sehr lange Beschreibung eines gespendeten Gegenstands " * 3
    return [LabelData(make_code(7, i + 1), [5_000_000, 1, 123_456][i % 3],
                      long_text if i % 2 else "Größe XXL-Übergangsjacke für Straßenfeste",
                      "Haushaltswaren und Dekorationsartikel aller Art", "Upcycling- und "
                      "Recyclingkaufhaus Arnsberg, Nachhaltiger Konsum",
                      ("elektrisch geprüft 11/2026", "defekt – für Bastler"))
            for i in range(count)]


@pytest.mark.parametrize("name", LAYOUTS)
def test_text_and_bars_stay_inside_the_label(name: str, tmp_path: Path) -> None:
    """Every text run and bar lies inside its label's padded area, even with long texts."""
    layout = label_layouts.get_layout(name)
    pdf = tmp_path / "long.pdf"
    label_pdf.render(_tricky_labels(min(layout.per_page, 6)), layout, pdf)
    runs_, rects = page_content(PdfReader(pdf), 0)
    boxes = [layout.label_box(p) for p in range(1, layout.per_page + 1)]
    pad = layout.padding * label_layouts.MM
    tolerance = 0.01

    def inside(x0: float, y0: float, x1: float, y1: float) -> bool:
        return any(bx + pad - tolerance <= x0 and x1 <= bx + bw - pad + tolerance
                   and by + pad - tolerance <= y0 and y1 <= by + bh - pad + tolerance
                   for bx, by, bw, bh in boxes)

    for run in runs_:
        width = stringWidth(run.text, run.font, run.size) + len(run.text) * run.char_space
        if run.char_space:  # digit groups: the spacing after the last digit is not ink
            width -= run.char_space
        descent = 0.0 if run.text.isdigit() else label_pdf.DESCENT * run.size
        letters = any(char.isalpha() for char in run.text)
        ascent = label_pdf.ASCENT if letters else label_pdf.PRICE_ASCENT
        assert inside(run.x, run.y - descent, run.x + width, run.y + ascent * run.size), run
    for rect in rects:
        assert inside(rect.x, rect.y, rect.x + rect.width, rect.y + rect.height), rect
    texts = [run.text for run in runs_]
    assert any(t.endswith("…") for t in texts)  # long texts were shortened
    assert "Größe XXL-Übergangsjacke für Straßenfeste"[:8] in " ".join(texts)
    cents = [0, 1, 100, 350, 999, 1_250, 9_999, 10_000, 99_999, 123_456, 999_999, 5_000_000]
    label_pdf.render([LabelData(make_code(7, i + 1), c, "x", "y", "z")
                      for i, c in enumerate(cents)], layout, pdf)
    reader = PdfReader(pdf)
    shown = {run.text.replace("\xa0", " ") for page in range(len(reader.pages))
             for run in page_content(reader, page)[0]}
    prices = {label_pdf.printable(format_cents(c)).replace("\xa0", " ") for c in cents}
    assert prices <= shown  # every price whole, never shortened


@pytest.mark.parametrize("name", LAYOUTS)
def test_bars_are_whole_printer_dots(name: str, tmp_path: Path) -> None:
    """Every bar edge and width is a whole number of dots at the layout's resolution, the
    module is 3 dots at 203 dpi and 4 at 300 dpi, and the quiet zones are kept."""
    layout = label_layouts.get_layout(name)
    assert layout.module_dots == {203: 3, 300: 4}[layout.dpi]
    pdf = tmp_path / "bars.pdf"
    data = _tricky_labels(min(layout.per_page, 5))
    label_pdf.render(data, layout, pdf, start=1)
    _, rects = page_content(PdfReader(pdf), 0)
    per_label = len(runs(pattern(data[0].code)))
    assert per_label == 30 and len(rects) == per_label * len(data)
    dots = layout.dpi / 72
    for rect in rects:
        for value in (rect.x * dots, rect.width * dots):
            assert abs(value - round(value)) < 0.02, (rect, value)
        assert round(rect.width * dots) % layout.module_dots == 0
    module = layout.module_dots / dots
    for index in range(len(data)):
        bars = rects[index * per_label:(index + 1) * per_label]
        bx, _, bw, _ = layout.label_box(index + 1)
        first, last = bars[0].x, bars[-1].x + bars[-1].width
        assert last - first == pytest.approx(95 * module, abs=0.01)
        pad = layout.padding * label_layouts.MM
        assert first - QUIET_LEFT * module >= bx + pad - 0.5 / dots
        assert last + QUIET_RIGHT * module <= bx + bw - pad + 0.5 / dots
        guards = [r for i, r in enumerate(bars) if runs(pattern(data[index].code))[i][0]
                  in GUARD_STARTS]
        assert len(guards) == 6 and all(g.y < bars[3].y for g in guards)


def test_wrong_check_digit_is_refused(backend: Backend, volunteer: Actor,
                                      out_dir: Path) -> None:
    """A code with a wrong check digit is refused, not silently "corrected"."""
    layout = label_layouts.get_layout("thermal-57x32")
    wrong = make_code(1, 1)[:12] + str((int(make_code(1, 1)[12]) + 1) % 10)
    with pytest.raises(ValidationError, match="kein gültiger EAN-13"):
        label_pdf.render([LabelData(wrong, 100, "x", "y", "z")], layout, out_dir / "a.pdf")
    with pytest.raises(ValidationError, match="kein gültiger EAN-13"):
        backend.call(volunteer, labels.write_labels, [wrong], layout.name, out_dir / "b.pdf")
    assert list(out_dir.iterdir()) == []


def test_unknown_layout_lists_the_known_ones() -> None:
    """An unknown layout name is refused with every known name in the message."""
    with pytest.raises(ValidationError) as error:
        label_layouts.get_layout("a4-2x5")
    assert "a4-2x5" in str(error.value)
    for name in ("a4-3x8", "a4-3x7", "a4-4x10", "thermal-57x32", "thermal-50x25"):
        assert name in str(error.value)


def test_unprinted_queue_and_mark_printed(backend: Backend, volunteer: Actor,
                                          clock: Clock, tmp_path: Path) -> None:
    """New items wait for a label; writing marks them printed (audited); a safety test
    passed after printing puts the electrical item back in the queue with its mark."""
    codes = take_in(backend, volunteer, 3)
    with backend.write(volunteer) as ctx:  # the electrical item, printed before its test
        ctx.session.execute(Item.__table__.update().where(Item.code == codes[0])
                            .values(label_printed_at=clock.now))
    assert backend.query(volunteer, labels.unprinted_codes) == codes[1:]
    clock.advance(minutes=5)
    backend.call(volunteer, labels.write_labels, codes[1:], "a4-3x8", tmp_path / "a.pdf")
    assert backend.query(volunteer, labels.unprinted_codes) == []
    clock.advance(minutes=5)
    backend.call(volunteer, lifecycle.record_safety_test, codes[0], True, "Vera")
    assert backend.query(volunteer, labels.unprinted_codes) == [codes[0]]
    with backend.read(volunteer) as ctx:
        data = labels.label_data(ctx, labels.items_for_codes(ctx, [codes[0]]))
        entry = ctx.session.scalars(select(AuditEntry).where(
            AuditEntry.action == "item.labels_printed")).one()
    assert data[0].marks == (f"elektrisch geprüft {clock.today:%m/%Y}",)  # Berlin month
    assert entry.details["codes"] == codes[1:] and entry.user_name == "vera"


def test_label_content(backend: Backend, volunteer: Actor) -> None:
    """A label carries price, description, category, store and the right marks."""
    [item] = backend.call(volunteer, intake.take_in, IntakeInput(
        "Lampen", "Stehlampe Messing", condition="defekt", price="8"))
    [untested] = backend.call(volunteer, intake.take_in, IntakeInput("Lampen", "Tischlampe"))
    with backend.read(volunteer) as ctx:
        first, second = labels.label_data(ctx, labels.items_for_codes(
            ctx, [item.code, untested.code]))
    assert first == LabelData(item.code, 800, "Stehlampe Messing", "Lampen",
                              "Upcycling-Kaufhaus Arnsberg", ("defekt – für Bastler",))
    assert second.marks == ()  # electrical, not tested yet: no mark


def test_refusals(backend: Backend, volunteer: Actor, cashier: Actor, out_dir: Path) -> None:
    """Unknown codes, items no longer in stock, a cashier and a bad start are refused."""
    codes = take_in(backend, volunteer, 2)
    target = out_dir / "x.pdf"
    with pytest.raises(NotFoundError, match=make_code(1, 99)):
        backend.call(volunteer, labels.write_labels, [make_code(1, 99)], "a4-3x8", target)
    backend.call(volunteer, lifecycle.recycle, codes[1], "recycled", "paper", None)
    with pytest.raises(ConflictError, match="recycelt"):
        backend.call(volunteer, labels.write_labels, codes, "a4-3x8", target)
    with pytest.raises(PermissionDenied):
        backend.call(cashier, labels.write_labels, codes[:1], "a4-3x8", target)
    with pytest.raises(ValidationError, match="zwischen 1 und 24"):
        backend.call(volunteer, labels.write_labels, codes[:1], "a4-3x8", target, 25)
    with pytest.raises(ValidationError, match="Etikettenrolle"):
        backend.call(volunteer, labels.write_labels, codes[:1], "thermal-50x25", target, 2)
    assert list(out_dir.iterdir()) == []
    assert backend.query(volunteer, labels.unprinted_codes) == codes[:1]


def test_umlauts_and_euro_are_real_text(tmp_path: Path) -> None:
    """ä ö ü ß € come out as text in the PDF; characters Helvetica lacks are replaced."""
    layout = label_layouts.get_layout("a4-3x8")
    label = LabelData(make_code(1, 5), 1250, "Schüssel, Größe ÄÖÜ – Łódź ☃", "Bücher",
                      "Kaufhaus Arnsberg")
    label_pdf.render([label], layout, tmp_path / "u.pdf")
    text = PdfReader(tmp_path / "u.pdf").pages[0].extract_text()
    for expected in ("Schüssel, Größe ÄÖÜ", "Bücher", "12,50", "€", "?ódz ?"):
        assert expected in text


@pytest.mark.parametrize(("text", "width", "expected"), [
    ("Stuhl", 100.0, "Stuhl"),
    ("Kommode Eiche, 3 Schubladen", 60.0, "Kommode…"),
    ("Kommode Eiche, 3 Schubladen", 80.0, "Kommode Eich…"),
    ("Kommode", 2.0, ""),
])
def test_shorten(text: str, width: float, expected: str) -> None:
    """Text is kept whole when it fits, else cut and ended with an ellipsis."""
    result = label_pdf.shorten(text, "Helvetica", 10, width)
    assert result == expected
    assert stringWidth(result, "Helvetica", 10) <= width


def test_wrap_fills_lines_then_shortens() -> None:
    """Words fill the first line; what does not fit the last line ends with "…"."""
    lines = label_pdf.wrap("eins zwei drei vier fünf sechs sieben", "Helvetica", 10,
                           [60.0, 60.0])
    assert lines[0] == "eins zwei" and lines[1].endswith("…")
    assert label_pdf.wrap("kurz", "Helvetica", 10, [60.0, 60.0]) == ["kurz"]


@pytest.mark.parametrize(("dpi", "width_mm", "dots"), [
    (203, 53.0, 3), (203, 40.0, 2), (300, 44.5, 4), (300, 40.0, 4), (300, 36.0, 3),
])
def test_module_width_in_whole_dots(dpi: int, width_mm: float, dots: int) -> None:
    """The widest whole-dot module up to 0.4 mm that fits; smaller only on small labels."""
    from app.services.labels.ean13 import module_dots
    assert module_dots(dpi, width_mm) == dots


def test_too_narrow_label_is_refused() -> None:
    """A label too narrow for 2 dots at 203 dpi is refused with a German message."""
    from app.services.labels.ean13 import module_dots
    with pytest.raises(ValidationError, match="zu schmal"):
        module_dots(203, 25.0)


@pytest.mark.parametrize(("change", "reason"), [
    ({"kind": "rolle"}, "kind"),
    ({"dpi": 50}, "dpi"),
    ({"grid": {"columns": 4, "rows": 8}}, "passen nicht"),
    ({"label": {"width_mm": 70.0, "height_mm": 37.0}}, "padding_mm"),
])
def test_broken_layout_data_is_explained(change: dict[str, object], reason: str) -> None:
    """A layout file with wrong values is refused with what is wrong."""
    import tomllib
    path = resource_path("label_layouts", "a4-3x8.toml")
    data = {**tomllib.loads(path.read_text()), **change}
    with pytest.raises(ValueError, match=reason):
        label_layouts.parse_layout("test", data)
