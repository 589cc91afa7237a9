"""``kreislauf devices test`` against pty devices: test page bytes, status, exit codes, scans."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from app.cli import main
from app.hardware.check_page import CHECK_BARCODE, GERMAN_LINE
from tests.hardware.escpos_tokens import parse
from tests.hardware.pty_devices import FakePrinter, PtyPort


def test_fine_printer_prints_the_test_page(tmp_path: Path, fake_printer: FakePrinter,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    """German characters, an EAN-13 and a cut reach the printer; exit 0, status in German."""
    code = main(["--data-dir", str(tmp_path / "d"), "devices", "test",
                 "--printer", str(fake_printer.path)])
    assert code == 0
    assert "Der Bondrucker ist bereit" in capsys.readouterr().out
    parsed = parse(fake_printer.wait_for(b"\x1dV"))
    assert GERMAN_LINE in parsed.text and "12,50 €" in parsed.text
    assert parsed.barcodes == [CHECK_BARCODE]
    assert parsed.args("ESC t") == [b"\x13"] and parsed.args("GS V") == [b"\x00"]


@pytest.mark.parametrize(("answers", "words"), [
    ({1: 0x1A, 2: 0x32, 4: 0x72}, "kein Papier mehr"),
    ({1: 0x1A, 2: 0x16, 4: 0x12}, "Deckel"),
    ({}, "unbekannt"),
])
def test_bad_printer_exits_non_zero(tmp_path: Path, fake_printer: FakePrinter,
                                    capsys: pytest.CaptureFixture[str],
                                    answers: dict[int, int], words: str) -> None:
    """Paper out, cover open or silence: German reason on stderr, exit code 3, nothing sent."""
    fake_printer.answers = answers
    code = main(["--data-dir", str(tmp_path / "d"), "devices", "test",
                 "--printer", str(fake_printer.path)])
    assert code == 3
    assert words in capsys.readouterr().err
    assert b"\x1b@" not in fake_printer.printed()


def test_missing_printer_port(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A port that does not exist: one German sentence, exit 3."""
    code = main(["--data-dir", str(tmp_path / "d"), "devices", "test",
                 "--printer", str(tmp_path / "ttyUSB9")])
    assert code == 3 and "gibt es nicht" in capsys.readouterr().err


def test_scanner_prints_codes_until_count(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """Each code read is printed on its own line; stops after --count codes."""
    pair = PtyPort(tmp_path / "scanner")
    done = threading.Event()
    result: list[int] = []

    def run() -> None:
        result.append(main(["--data-dir", str(tmp_path / "d"), "devices", "test",
                            "--scanner", str(pair.path), "--count", "2", "--timeout", "5"]))
        done.set()
    thread = threading.Thread(target=run)
    thread.start()
    try:
        while not done.wait(0.05):  # the port flushes its input when opened: keep sending
            pair.write(b"4006381333931\r\n2012345678903\r\n")
    finally:
        thread.join(5)
        pair.close()
    assert result == [0]
    lines = capsys.readouterr().out.split()
    assert len(lines) == 2 and set(lines) <= {"4006381333931", "2012345678903"}


def test_scanner_timeout_and_missing_port(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """No port: German reason, exit 4 after --timeout seconds at the latest."""
    started = time.monotonic()
    code = main(["--data-dir", str(tmp_path / "d"), "devices", "test",
                 "--scanner", str(tmp_path / "ttyACM9"), "--timeout", "0.5"])
    assert code == 4 and time.monotonic() - started < 3
    err = capsys.readouterr().err
    assert "gibt es nicht" in err and "0 von 1 Codes" in err


def test_nothing_to_test(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Without ports given or configured: one German line, exit 1."""
    assert main(["--data-dir", str(tmp_path / "d"), "devices", "test"]) == 1
    assert "Kein Gerät zum Testen" in capsys.readouterr().err
