"""Dispatch list (PDF, CSV) and delivery slip: read back with poppler, zxing-cpp and csv."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import zxingcpp

from app.services.delivery.documents import (
    MARGIN,
    DispatchList,
    DispatchStop,
    DispatchTrip,
    dispatch_csv,
    dispatch_pdf,
    neutralise,
)
from app.services.delivery.model import LoadLine, OrderView, Point
from app.services.delivery.slip import slip_pdf
from app.sync_schema.enums import DeliveryKind, DeliveryStatus
from tests.label_reading import rasterise

DAY = date(2026, 11, 26)
STORE = "Upcycling-Kaufhaus Arnsberg"
ADDRESS = "Lange Wende 12\n59755 Arnsberg"
TRICKY = "<b>Müller & Söhne"
LONG_NOTE = ("Bitte hinten im Hof klingeln, das Tor klemmt manchmal. " * 6
             + "Schlüsselkastencode-ohne-Leerzeichen-" * 4)


def utc(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, 26, hour, minute, tzinfo=UTC)


def order(number: str, start: int, *, name: str = "Erika Mustermann",
          kind: DeliveryKind = DeliveryKind.DELIVERY, notes: str = "",
          phone: str = "02931 123456", anonymised: bool = False,
          sale_number: str | None = None, fee_cents: int = 0) -> OrderView:
    lines = (LoadLine("Kleiderschrank Eiche", 1, 48_500, 900, "2010000012345"),
             LoadLine("Stuhl", 4, 3_250, 120))
    return OrderView(
        number=number, kind=kind, status=DeliveryStatus.PLANNED, day=DAY,
        window_start=utc(start), window_end=utc(start + 2),
        name="" if anonymised else name, street="" if anonymised else "Ringstraße 4",
        postcode="59821", city="Arnsberg", phone="" if anonymised else phone,
        notes="" if anonymised else notes, point=Point(51_396_000, 8_064_000), lines=lines,
        fee_label="Lieferung Stadtgebiet" if fee_cents else "", fee_cents=fee_cents,
        trips=1, sale_number=sale_number, anonymised=anonymised)


def stop(o: OrderView, arrival: int | None, part: int = 1, parts: int = 1) -> DispatchStop:
    return DispatchStop(o, part, parts, o.weight_g // parts, o.volume_l // parts,
                        None if arrival is None else utc(arrival, 10))


def dispatch() -> DispatchList:
    heavy = order("L1-000003", 8, name="Hans Schwer")
    # Given out of order: the list sorts by time window.
    first = DispatchTrip("Schwerlast-Lastenrad 1", 1, utc(8), utc(10, 20), 12_400, (
        stop(order("L1-000002", 10, name=TRICKY, notes=LONG_NOTE), 10),
        stop(heavy, 8, 1, 2),
        stop(order("L1-000001", 7, anonymised=True, kind=DeliveryKind.PICKUP), 7),
    ))
    second = DispatchTrip("Schwerlast-Lastenrad 1", 2, utc(11), None, 3_050,
                          (stop(heavy, 11, 2, 2),))
    late = order("L1-000009", 13, name="=HYPERLINK(\"http://x\")", phone="+49 2931 5555",
                 notes="@SUM(A1)")
    return DispatchList(DAY, STORE, (first, second),
                        ((stop(late, None), "Zeitfenster außerhalb der Fahrzeiten"),))


def pdftotext(data: bytes, tmp_path: Path, *args: str) -> str:
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(data)
    out = subprocess.run(["pdftotext", *args, str(pdf), "-"], check=True, timeout=60,
                         capture_output=True)
    return out.stdout.decode("utf-8")


def test_dispatch_pdf_shows_berlin_times_headings_parts_and_reasons(tmp_path: Path) -> None:
    """Title, trip heading, Berlin windows (08:00 UTC is 09:00), Teil 1/2 and the reason."""
    text = pdftotext(dispatch_pdf(dispatch()), tmp_path)
    flat = " ".join(text.split())
    for expected in ("Tourenliste 26.11.2026", STORE,
                     "Schwerlast-Lastenrad 1 — Tour 1, ab 09:00, zurück 11:20, 12,4 km",
                     "Schwerlast-Lastenrad 1 — Tour 2, ab 12:00, 3,1 km",
                     "09:00–11:00", "09:10", "Teil 1/2", "Teil 2/2", "Lieferung", "Abholung",
                     "(anonymisiert)", "Nicht eingeplant", "Zeitfenster außerhalb der Fahrzeiten",
                     "Zeitfenster", "geplant", "Hinweise", "Seite 1"):
        assert expected in flat, expected
    assert "".join(LONG_NOTE.split()) in "".join(text.split())  # wrapped, nothing cut off
    assert "zurück" not in flat.split("Tour 2")[1].split("km")[0]


def test_customer_text_prints_literally_not_as_markup(tmp_path: Path) -> None:
    """A name with ``<b>`` and ``&`` comes out as typed, on the list and on the slip."""
    listed = pdftotext(dispatch_pdf(dispatch()), tmp_path)
    slip = pdftotext(slip_pdf(order("L1-000002", 8, name=TRICKY), STORE, ADDRESS), tmp_path)
    assert TRICKY in listed and TRICKY in slip


def test_dispatch_pdf_rows_follow_the_time_windows(tmp_path: Path) -> None:
    """Within a trip the stops are sorted by the start of their window, not by input order."""
    text = pdftotext(dispatch_pdf(dispatch()), tmp_path, "-layout")
    tour_one = text.split("Tour 2")[0]
    positions = [tour_one.index(number) for number in ("L1-000001", "L1-000003", "L1-000002")]
    assert positions == sorted(positions)
    assert text.index("L1-000009") > text.index("Nicht eingeplant")


def test_dispatch_pdf_keeps_long_texts_on_the_page(tmp_path: Path) -> None:
    """Long notes and unbroken words wrap inside the page margins, on every page."""
    o = order("L1-000100", 8, notes=LONG_NOTE * 3, name="Sehr-langer-Name-ohne-Pause" * 3)
    trip = DispatchTrip("Lastenrad 2", 1, utc(8), utc(9), 1000,
                        tuple(stop(o, 8) for _ in range(12)))
    html = pdftotext(dispatch_pdf(DispatchList(DAY, STORE, (trip,), ())), tmp_path, "-bbox")
    root = ET.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", html))
    ns = {"h": "http://www.w3.org/1999/xhtml"}
    pages = root.findall(".//h:page", ns)
    assert len(pages) > 1
    for page in pages:
        width = float(page.attrib["width"])
        words = page.findall("h:word", ns)
        assert words and max(float(w.attrib["xMax"]) for w in words) <= width - MARGIN
        assert min(float(w.attrib["xMin"]) for w in words) >= MARGIN


def test_dispatch_pdf_without_trips_says_so(tmp_path: Path) -> None:
    """An empty day still prints: no trip planned, every order planned."""
    flat = " ".join(pdftotext(dispatch_pdf(DispatchList(DAY, STORE, (), ())),
                              tmp_path).split())
    assert "Für diesen Tag ist keine Tour geplant." in flat
    assert "Alle Aufträge sind eingeplant." in flat


def csv_rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


def test_dispatch_csv_has_header_comma_decimals_and_one_row_a_stop() -> None:
    """BOM, German header, Berlin times, kg with a decimal comma, the reason last."""
    rows = csv_rows(dispatch_csv(dispatch()))
    assert rows[0] == ["Tag", "Fahrzeug", "Tour", "Zeitfenster von", "bis", "geplant", "Art",
                       "Auftrag", "Teil", "Name", "Straße", "PLZ", "Ort", "Telefon", "kg",
                       "Liter", "Hinweise", "nicht eingeplant"]
    body = rows[1:]
    assert [r[7] for r in body] == ["L1-000001", "L1-000003", "L1-000002", "L1-000003",
                                    "L1-000009"]
    pickup, heavy = body[0], body[1]
    assert pickup[:9] == ["2026-11-26", "Schwerlast-Lastenrad 1", "1", "08:00", "10:00",
                          "08:10", "Abholung", "L1-000001", ""]
    assert pickup[9:11] == ["(anonymisiert)", ""]
    assert heavy[3:6] == ["09:00", "11:00", "09:10"] and heavy[8] == "1 von 2"
    assert heavy[14:16] == ["30,750", "690"]  # (48,5 kg + 4 × 3,25 kg) / 2
    assert body[3][2] == "2" and body[3][8] == "2 von 2"
    assert body[4][1:3] == ["", ""] and body[4][5] == ""
    assert body[4][17] == "Zeitfenster außerhalb der Fahrzeiten"
    assert all(len(r) == 18 for r in body)


def test_dispatch_csv_neutralises_formulas() -> None:
    """Name, phone and notes that start like a formula get a leading apostrophe."""
    late = csv_rows(dispatch_csv(dispatch()))[-1]
    assert late[9] == "'=HYPERLINK(\"http://x\")"
    assert late[13] == "'+49 2931 5555"
    assert late[16] == "'@SUM(A1)"


@pytest.mark.parametrize(("cell", "expected"), [
    ("=1+1", "'=1+1"), ("+49", "'+49"), ("-2", "'-2"), ("@A1", "'@A1"),
    ("\t=1", "'\t=1"), ("Müller", "Müller"), ("", ""), ("a=b", "a=b"),
])
def test_neutralise(cell: str, expected: str) -> None:
    """Only a cell that starts like a formula is changed."""
    assert neutralise(cell) == expected


def test_slip_barcode_decodes_to_the_order_number(tmp_path: Path) -> None:
    """zxing-cpp reads the slip's Code 128 as the order number, printed below it too."""
    data = slip_pdf(order("L1-000012", 8), STORE, ADDRESS)
    pdf = tmp_path / "slip.pdf"
    pdf.write_bytes(data)
    (page,) = rasterise(pdf, 203)
    found = zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.Code128)
    assert [b.text for b in found] == ["L1-000012"]
    assert "L1-000012" in pdftotext(data, tmp_path)


def test_delivery_slip_content(tmp_path: Path) -> None:
    """Delivery slip: Berlin window, address, receipt number, goods, totals, fee, signature."""
    o = order("L1-000012", 8, sale_number="1-0042", fee_cents=1200, notes="Bitte anrufen")
    flat = " ".join(pdftotext(slip_pdf(o, STORE, ADDRESS), tmp_path).split())
    for expected in ("Lieferschein", STORE, "Lange Wende 12", "26.11.2026, 09:00–11:00 Uhr",
                     "Lieferadresse", "Erika Mustermann", "Ringstraße 4", "59821 Arnsberg",
                     "02931 123456", "Bon-Nr.", "1-0042", "Menge", "Beschreibung",
                     "Artikel-Nr.", "Kleiderschrank Eiche", "2010000012345", "48,5", "13,0",
                     "Summe", "61,5", "1380", "Lieferung Stadtgebiet: 12,00 €",
                     "Bitte anrufen", "Erhalten am", "Unterschrift"):
        assert expected in flat, expected
    assert "Abholschein" not in flat and "Übergeben" not in flat


def test_pickup_slip_content(tmp_path: Path) -> None:
    """Pick-up slip: its own title and signature line, no fee, no receipt, anonymised name."""
    o = order("L1-000013", 12, kind=DeliveryKind.PICKUP, anonymised=True)
    flat = " ".join(pdftotext(slip_pdf(o, STORE, ADDRESS), tmp_path).split())
    for expected in ("Abholschein", "Abholadresse", "(anonymisiert)", "13:00–15:00 Uhr",
                     "Übergeben am", "Unterschrift"):
        assert expected in flat, expected
    assert "Gebühr" not in flat and "Bon-Nr." not in flat and "Erhalten" not in flat
