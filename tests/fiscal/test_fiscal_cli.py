"""``kreislauf store``, ``till`` and ``export``: one German line on bad input, no file."""

from __future__ import annotations

import io
import tarfile
import zipfile
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli import main
from app.config import Paths
from app.errors import NotFoundError
from app.services.fiscal import tse_tar
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from tests.conftest import Clock
from tests.fiscal.dsfinvk_helpers import read_zip, rows, trading_day

Cli = Callable[..., int]


@pytest.fixture
def cli(clock: Clock) -> Cli:
    """``kreislauf --data-dir … ARGS`` on the test clock (master data is dated by it)."""
    def run(paths: Paths, *args: str) -> int:
        return main(["--data-dir", str(paths.data_dir), *args], clock=clock)
    return run


@pytest.mark.parametrize(("args", "words"), [
    (("--postcode", "5975"), "genau 5 Ziffern"),
    (("--vat-id", "DE12"), "DE und 9 Ziffern"),
    (("--tax-number", "12/34"), "10 bis 13 Ziffern"),
    ((), "mindestens eine Angabe"),
])
def test_store_set_refuses_bad_input_in_one_line(backend: Backend, paths: Paths, cli: Cli,
                                                 capsys: pytest.CaptureFixture[str],
                                                 args: tuple[str, ...], words: str) -> None:
    assert cli(paths, "store", "set", *args) == 1
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1 and "Traceback" not in err


def test_store_set_and_show_and_live_switch(backend: Backend, paths: Paths, cli: Cli,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """Live is refused with the missing fields named, and allowed once they are set."""
    assert cli(paths, "store", "set", "--mode", "live") == 1
    assert "Postleitzahl, Ort, Steuernummer oder USt-IdNr." in capsys.readouterr().err
    assert cli(paths, "store", "set", "--street", "Lange Wende 16", "--postcode", "59755",
               "--city", "Arnsberg", "--vat-id", "DE 123456789", "--mode", "live") == 0
    assert cli(paths, "store", "show") == 0
    out = capsys.readouterr().out
    assert "Lange Wende 16, 59755 Arnsberg" in out and "DE123456789" in out
    assert "Betrieb: live" in out and "fehlt" not in out


def test_till_set_checks_dates(backend: Backend, paths: Paths, cli: Cli,
                               capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(paths, "till", "set", "--purchased", "1.3.2026") == 1
    assert "JJJJ-MM-TT" in capsys.readouterr().err
    assert cli(paths, "till", "set", "--brand", "Lenovo", "--model", "ThinkCentre M70q",
               "--serial", "KK-ARN-01", "--purchased", "2026-03-01",
               "--commissioned", "2026-03-02") == 0
    assert "angeschafft 2026-03-01" in capsys.readouterr().out


def test_export_dsfinvk_range_without_closing(backend: Backend, paths: Paths, cli: Cli,
                                             tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "x.zip"
    assert cli(paths, "export", "dsfinvk", "--from", "2026-11-01", "--to", "2026-11-30",
               "-o", str(target)) == 1
    err = capsys.readouterr().err
    assert "keinen Tagesabschluss" in err and err.count("\n") == 1
    assert not target.exists()
    assert cli(paths, "export", "dsfinvk", "--from", "2026-11-30", "--to", "2026-11-01",
               "-o", str(target)) == 1
    assert "verkehrt herum" in capsys.readouterr().err
    assert cli(paths, "export", "dsfinvk", "--from", "2026-11-01", "--to", "2026-11-30",
               "-o", str(tmp_path / "x.tar")) == 1
    assert ".zip" in capsys.readouterr().err


def test_export_dsfinvk_and_kassenmeldung(backend: Backend, paths: Paths, cli: Cli,
                                          manager: Actor,
                                          cashier: Actor, clock: Clock, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    day = trading_day(backend, manager, cashier, clock).day
    target = tmp_path / "monat.zip"
    assert cli(paths, "export", "dsfinvk", "--from", day.replace(day=1).isoformat(),
               "--to", day.isoformat(), "-o", str(target)) == 0
    assert "1 Tagesabschlüsse, Z 1–1" in capsys.readouterr().out
    with zipfile.ZipFile(target) as zf:
        assert len([n for n in zf.namelist() if n.endswith(".csv")]) == 20
    csv_file, pdf_file = tmp_path / "meldung.csv", tmp_path / "meldung.pdf"
    assert cli(paths, "till", "set", "--serial", "KK-ARN-01", "--purchased",
               "2026-03-01") == 0
    assert cli(paths, "export", "kassenmeldung", "-o", str(csv_file)) == 0
    header, record = csv_file.read_bytes().decode("utf-8").split("\r\n")[:2]
    assert header.split(";")[6:10] == ["Art des Aufzeichnungssystems", "Software",
                                       "Softwareversion", "Seriennummer"]
    assert "KK-ARN-01" in record and "01.03.2026" in record
    assert cli(paths, "export", "kassenmeldung", "-o", str(pdf_file)) == 0
    text = "".join(p.extract_text() for p in PdfReader(pdf_file).pages)
    assert "Datum der Anschaffung" in text and "KK-ARN-01" in text
    assert cli(paths, "export", "kassenmeldung", "-o", str(tmp_path / "m.txt")) == 1


def _tar(names: list[str]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tf:
        for name in names:
            info = tarfile.TarInfo(name)
            info.size = 3
            tf.addfile(info, io.BytesIO(b"log"))
    return buf.getvalue()


def test_tse_tar_is_cut_to_the_range_keeping_certificates() -> None:
    """Logs outside the Berlin days are left out; certificates and info.csv stay."""
    inside = int(datetime(2026, 11, 26, 12, tzinfo=UTC).timestamp())
    outside = int(datetime(2026, 11, 28, 12, tzinfo=UTC).timestamp())
    data = _tar([f"Unixt_{inside}_Sig-1_Log-Tra_No-1_Finish_Client-K1.log",
                 f"Unixt_{outside}_Sig-2_Log-Tra_No-2_Finish_Client-K1.log",
                 "Gent_20261126230500_Sig-3_Log-Tra_No-3_Start_Client-K1.log",
                 "abcdef_X509.cer", "info.csv"])
    day = date(2026, 11, 26)
    with tarfile.open(fileobj=io.BytesIO(tse_tar.cut(data, day, day))) as tf:
        kept = sorted(tf.getnames())
    # 23:05 UTC on the 26th is already the 27th in Berlin.
    assert kept == sorted([f"Unixt_{inside}_Sig-1_Log-Tra_No-1_Finish_Client-K1.log",
                           "abcdef_X509.cer", "info.csv"])
    with pytest.raises(NotFoundError, match="keine Protokolldaten"):
        tse_tar.cut(data, date(2026, 12, 5), date(2026, 12, 6))


def test_demo_data_gives_the_store_master_data(backend: Backend, paths: Paths, cli: Cli,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """The demo store has an Arnsberg address and a fake tax number: ready for live."""
    assert cli(paths, "demo-data", "--items", "0", "--days", "0") == 0
    assert cli(paths, "store", "show") == 0
    out = capsys.readouterr().out
    assert "Beispielweg 1, 59821 Arnsberg" in out and "399/9999/9999" in out
    assert "fehlt" not in out


def test_demo_days_export_with_the_demo_address(paths: Paths, cli: Cli, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """The demo weeks lie in the past; their closings carry the demo master data."""
    assert cli(paths, "init", "--demo", "--station", "1",
               "--store", "Upcycling-Kaufhaus Arnsberg") == 0
    assert cli(paths, "demo-data", "--items", "20", "--days", "3") == 0
    target = tmp_path / "demo.zip"
    assert cli(paths, "export", "dsfinvk", "--from", "2000-01-01", "--to", "2099-12-31",
               "-o", str(target)) == 0
    assert "Tagesabschlüsse" in capsys.readouterr().out
    heads = rows(read_zip(target), "cashpointclosing.csv")
    assert heads  # the demo skips closed days, so the count depends on the weekday
    assert {(h["STRASSE"], h["ORT"], h["STNR"]) for h in heads} == {
        ("Beispielweg 1", "Arnsberg", "399/9999/9999")}


def test_export_tse_writes_the_logs_of_the_range(backend: Backend, paths: Paths, cli: Cli,
                                                 clock: Clock, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """The software TSE's TAR, cut to the day: its logs, certificate and info.csv."""
    from app.services.fiscal.software_tse import SoftwareTse

    tse = SoftwareTse(paths.data_dir / "tse", "KREISLAUF-S01", clock=clock)
    tse.start_transaction("a" * 36, "Kassenbeleg-V1", "")
    tse.finish_transaction("a" * 36, "Kassenbeleg-V1", "Beleg^1.00_0.00_0.00_0.00_0.00^1.00:Bar")
    tse.close()
    target = tmp_path / "tse.tar"
    today = clock.today.isoformat()
    assert cli(paths, "export", "tse", "--from", today, "--to", today, "-o", str(target)) == 0
    with tarfile.open(target) as tf:
        names = tf.getnames()
    assert sum(n.endswith(".log") for n in names) == 2  # start and finish
    assert "info.csv" in names and any(n.endswith("_X509.cer") for n in names)
    later = [(clock.today + timedelta(days=d)).isoformat() for d in (5, 6)]
    assert cli(paths, "export", "tse", "--from", later[0], "--to", later[1],
               "-o", str(tmp_path / "leer.tar")) == 1
    assert "keine Protokolldaten" in capsys.readouterr().err
    assert not (tmp_path / "leer.tar").exists()
