"""``kreislauf labels``: a PDF of the print queue or of given codes, one German line on errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.config import Paths
from app.services.intake import intake
from app.services.intake.intake import IntakeInput
from app.services.intake.item_codes import make_code
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.services.labels import labels
from app.services.labels import layouts as label_layouts
from tests.label_reading import decode_positions, rasterise


def kreislauf(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:  # argparse errors exit before main's own handling
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def codes(backend: Backend, volunteer: Actor) -> list[str]:
    items = backend.call(volunteer, intake.take_in, IntakeInput("Bücher", "Kochbuch",
                                                                 price="3", quantity=4))
    return [item.code for item in items]


def test_unprinted_queue_to_pdf(capsys: pytest.CaptureFixture[str], paths: Paths,
                                backend: Backend, volunteer: Actor, codes: list[str],
                                tmp_path: Path) -> None:
    """--unprinted writes the whole queue, says how many, and empties the queue."""
    target = tmp_path / "queue.pdf"
    rc, out, err = kreislauf(capsys, "--data-dir", str(paths.data_dir), "labels",
                             "--unprinted", "--layout", "a4-3x8", "-o", str(target),
                             "--start", "3")
    assert rc == 0, err
    assert "4 Etikett(en) auf 1 Seite(n)" in out
    layout = label_layouts.get_layout("a4-3x8")
    [page] = rasterise(target, layout.dpi)
    found = decode_positions(page, layout)
    assert [found[p] for p in range(1, 7)] == [[], [], *([c] for c in codes)]
    assert backend.query(volunteer, labels.unprinted_codes) == []
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_reprint_given_codes_without_marking(capsys: pytest.CaptureFixture[str],
                                             paths: Paths, backend: Backend,
                                             volunteer: Actor, codes: list[str],
                                             tmp_path: Path) -> None:
    """Given codes print on a thermal roll; --no-mark leaves the queue as it was."""
    target = tmp_path / "roll.pdf"
    rc, out, err = kreislauf(capsys, "--data-dir", str(paths.data_dir), "labels", codes[1],
                             codes[0], "--layout", "thermal-50x25", "-o", str(target),
                             "--no-mark")
    assert rc == 0, err
    assert "2 Etikett(en) auf 2 Seite(n)" in out
    layout = label_layouts.get_layout("thermal-50x25")
    assert [decode_positions(p, layout)[1] for p in rasterise(target, 203)] == [
        [codes[1]], [codes[0]]]
    assert backend.query(volunteer, labels.unprinted_codes) == codes


@pytest.mark.parametrize(("args", "expected"), [
    (["--unprinted", "--layout", "a4-9x9"], "Unbekanntes Etikettenformat „a4-9x9“. "
                                            "Vorhanden: a4-3x7, a4-3x8, a4-4x10"),
    ([make_code(1, 99), "--layout", "a4-3x8"], "Unbekannte(r) Artikelcode(s)"),
    (["2001000000013", "--layout", "a4-3x8"], "kein gültiger EAN-13-Code"),
    (["--layout", "a4-3x8"], "--unprinted"),
    (["--unprinted", "--layout", "a4-3x8", "--start", "25"], "zwischen 1 und 24"),
    (["--unprinted", "--layout", "thermal-57x32", "--start", "2"], "Etikettenrolle"),
    (["--unprinted", "--layout", "a4-3x8", "--start", "zwei"], "Ungültiger Aufruf"),
    (["--unprinted"], "Ungültiger Aufruf"),
])
def test_bad_input_one_german_line(capsys: pytest.CaptureFixture[str], paths: Paths,
                                   codes: list[str], tmp_path: Path, args: list[str],
                                   expected: str) -> None:
    """Bad input: non-zero exit, one German line on stderr, no file left behind."""
    target = tmp_path / "out" / "labels.pdf"
    target.parent.mkdir()
    rc, _, err = kreislauf(capsys, "--data-dir", str(paths.data_dir), "labels", *args,
                             "-o", str(target))
    assert rc != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert expected in lines[0] and "Traceback" not in err
    assert list(target.parent.iterdir()) == []


@pytest.mark.parametrize(("output", "expected"), [
    ("labels.png", "PDF-Datei"),
    ("missing/labels.pdf", "kann nicht geschrieben werden"),
])
def test_bad_output_file(capsys: pytest.CaptureFixture[str], paths: Paths, codes: list[str],
                         tmp_path: Path, output: str, expected: str) -> None:
    """A target that is not a PDF or cannot be written: one German line, nothing marked."""
    rc, _, err = kreislauf(capsys, "--data-dir", str(paths.data_dir), "labels", "--unprinted",
                           "--layout", "a4-4x10", "-o", str(tmp_path / output))
    assert rc == 1 and len(err.strip().splitlines()) == 1 and expected in err
    assert not (tmp_path / output).exists()


def test_empty_queue(capsys: pytest.CaptureFixture[str], paths: Paths, backend: Backend,
                     tmp_path: Path) -> None:
    """Nothing waiting: a German line and a non-zero exit, no file."""
    rc, _, err = kreislauf(capsys, "--data-dir", str(paths.data_dir), "labels", "--unprinted",
                           "--layout", "a4-3x8", "-o", str(tmp_path / "none.pdf"))
    assert rc == 1 and "Keine Etiketten zu drucken" in err
    assert not (tmp_path / "none.pdf").exists()
