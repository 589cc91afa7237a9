"""Coordinates from a Nominatim-compatible geocoder on a real HTTP server on loopback:
the query it gets, the answer used, and German refusals for every way it can go wrong;
the dialog's part is in tests/ui_delivery/test_geocoder_in_dialog.py."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar
from urllib.parse import parse_qs, urlparse

import pytest

from app.errors import ValidationError
from app.services.delivery import geocoding

FOUND = [{"lat": "51.3990123", "lon": "8.0610456",
          "display_name": "3, Brückenplatz, Altstadt, Arnsberg, 59821, Deutschland"}]


class Geocoder(BaseHTTPRequestHandler):
    seen: ClassVar[list[tuple[str, dict[str, list[str]], str]]] = []

    def do_GET(self) -> None:
        url = urlparse(self.path)
        Geocoder.seen.append((url.path, parse_qs(url.query), self.headers["User-Agent"]))
        answers: dict[str, tuple[int, bytes]] = {
            "/search": (200, json.dumps(FOUND).encode()),
            "/empty/search": (200, b"[]"),
            "/garbage/search": (200, b"<html>kaputt"),
            "/huge/search": (200, b"[" + b" " * 100_000 + b"]"),
            "/broken/search": (500, b"{}"),
            "/nonsense/search": (200, json.dumps([{"lat": "abc", "lon": "8.1"}]).encode()),
            "/far/search": (200, json.dumps([{"lat": "48.1", "lon": "11.5"}]).encode()),
        }
        status, body = answers.get(url.path, (404, b""))
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    Geocoder.seen = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Geocoder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_the_address_is_asked_once_and_its_point_used(server: str) -> None:
    found = geocoding.look_up(f"{server}/search", "Brückenplatz 3", "59821", "Arnsberg")
    assert found.text == "51,3990123 8,0610456"
    assert (found.point.lat_e6, found.point.lon_e6) == (51_399_012, 8_061_046)
    assert "Arnsberg" in found.label
    [(path, query, agent)] = Geocoder.seen
    assert path == "/search" and query["q"] == ["Brückenplatz 3, 59821 Arnsberg"]
    assert query["format"] == ["jsonv2"] and query["limit"] == ["1"]
    assert query["countrycodes"] == ["de"] and agent.startswith("Kreislauf-Kasse/")


@pytest.mark.parametrize(("path", "words"), [
    ("/empty/search", "kennt „Brückenplatz 3, 59821 Arnsberg“ nicht"),
    ("/garbage/search", "nicht geantwortet (JSON)"),
    ("/huge/search", "nicht geantwortet (> 64 KiB)"),
    ("/broken/search", "nicht geantwortet (HTTP 500)"),
    ("/nonsense/search", "keine Koordinaten"),
])
def test_every_bad_answer_is_a_german_sentence(server: str, path: str, words: str) -> None:
    with pytest.raises(ValidationError, match=words.replace("(", r"\(").replace(")", r"\)")):
        geocoding.look_up(f"{server}{path}", "Brückenplatz 3", "59821", "Arnsberg")


def test_no_server_and_no_address_are_refused_too() -> None:
    with pytest.raises(ValidationError, match="nicht geantwortet"):
        geocoding.look_up("http://127.0.0.1:9/search", "Brückenplatz 3", "59821", "Arnsberg",
                          timeout_s=1)
    with pytest.raises(ValidationError, match="zuerst Straße"):
        geocoding.look_up("http://127.0.0.1:9/search", "", "59821", "Arnsberg")
