"""The README's and the manual's screenshots, taken from a fresh demo till in the real
window: `make screenshots` runs this under Xvfb at 1366×768 (the smallest counter screen).

It creates a demo database in a temporary folder (`kreislauf init --demo`, `demo-data`),
starts the till exactly as `make run` does (simulated devices), logs in with the keyboard
as the documented demo users and photographs each area and the payment dialog by grabbing
the window (what is on the screen, including the style sheet). Nothing of the user's own
data or settings is touched.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots.py docs/screenshots
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STORE = "Upcycling-Kaufhaus Arnsberg"
SCREEN = (1366, 768)
TIMEOUT_S = 30.0


class LoggedNotifier:
    """Message boxes would block the script: it prints what the user would have been told."""

    def error(self, message: str, parent: object = None) -> None:
        print(f"Fehler: {message}", file=sys.stderr)

    def info(self, message: str, parent: object = None) -> None:
        print(f"Hinweis: {message}", file=sys.stderr)


def wait_until(condition: Callable[[], bool], what: str) -> None:
    from PySide6.QtWidgets import QApplication
    deadline = time.monotonic() + TIMEOUT_S
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"Bildschirmfotos: {what} kam nicht innerhalb von {TIMEOUT_S:.0f} s.")
        QApplication.processEvents()
        time.sleep(0.01)


def settle(seconds: float = 0.4) -> None:
    """Let queued work, repaints and the background queries finish."""
    from PySide6.QtWidgets import QApplication
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def type_keys(text: str) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    widget = QApplication.focusWidget()
    if widget is None:
        raise SystemExit("Bildschirmfotos: kein Eingabefeld hat den Fokus.")
    QTest.keyClicks(widget, text)


def press(key: object, modifier: object = None) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    widget = QApplication.focusWidget()
    if widget is None:
        raise SystemExit("Bildschirmfotos: kein Element hat den Fokus.")
    QTest.keyClick(widget, key, modifier or Qt.KeyboardModifier.NoModifier)  # type: ignore[arg-type]


def make_demo(data: Path) -> None:
    from app import cli
    for argv in (["--data-dir", str(data), "init", "--demo", "--station", "1", "--store", STORE],
                 ["--data-dir", str(data), "demo-data", "--items", "300"]):
        if cli.main(argv) != 0:
            raise SystemExit("Bildschirmfotos: die Demo-Kasse ließ sich nicht anlegen.")


def shoot(widget: object, out: Path, name: str) -> Path:
    settle()
    target = out / f"{name}.png"
    if not widget.grab().save(str(target)):  # type: ignore[attr-defined]
        raise SystemExit(f"Bildschirmfotos: {target} ließ sich nicht schreiben.")
    print(f"  {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
    return target


def login(till: object, user: str, pin: str) -> None:
    from PySide6.QtCore import Qt
    dialog = till.login  # type: ignore[attr-defined]
    wait_until(lambda: dialog.isVisible() and dialog.users_loaded, "die Anmeldung")
    dialog.activateWindow()
    dialog.user_list.setFocus()
    wait_until(dialog.user_list.hasFocus, "die Benutzerliste")
    type_keys(user)
    press(Qt.Key.Key_Return)
    wait_until(dialog.pin_edit.hasFocus, "das PIN-Feld")
    type_keys(pin)
    press(Qt.Key.Key_Return)


def take(out: Path) -> list[Path]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from app.ui.shell.application import create_application
    from app.ui.shell.main_window import Area
    from app.wiring import build, parse_args

    data = Path(tempfile.mkdtemp(prefix="kreislauf-screens-")) / "demo"
    make_demo(data)
    app = create_application(["kreislauf"])
    till = build(parse_args(["--data-dir", str(data), "--simulated"]), app, LoggedNotifier())
    if till is None:
        raise SystemExit("Bildschirmfotos: die Kasse startete nicht (siehe oben).")
    made: list[Path] = []
    till.start()
    made.append(shoot(till.login, out, "anmeldung"))
    login(till, "Maria", "333333")
    wait_until(lambda: till.window is not None and till.window.isVisible(), "das Hauptfenster")
    window = till.window
    assert window is not None
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(SCREEN[0], SCREEN[1] - 30)  # a title bar's worth less than the screen
    for area, name in ((Area.INTAKE, "annahme"), (Area.CLOSING, "abschluss"),
                       (Area.SETTINGS, "einstellungen")):
        window.show_area(area)
        made.append(shoot(window, out, name))
    window.show_area(Area.CHECKOUT)
    window.activateWindow()  # shortcuts (F12) need the active window; Xvfb has no WM
    wait_until(window.isActiveWindow, "das aktive Hauptfenster")
    settle()
    for code in ("2001000002559", "2001000000845"):  # two labelled demo items
        for ch in code:
            QTest.keyClick(window.windowHandle(), ch)
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_Return)
        settle(0.3)
    made.append(shoot(window, out, "kasse"))
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_F12)
    wait_until(lambda: app.activeModalWidget() is not None, "der Bezahl-Dialog")
    dialog = app.activeModalWidget()
    assert dialog is not None
    made.append(shoot(dialog, out, "bezahlen"))
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Escape)
    settle()
    till.shutdown()
    return made


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    out = Path(args[0]) if args else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(ROOT))
    config = Path(tempfile.mkdtemp(prefix="kreislauf-screens-config-")) / "settings.toml"
    os.environ["KREISLAUF_CONFIG"] = str(config)  # never the user's own settings
    os.environ.pop("KREISLAUF_DATA_DIR", None)
    print(f"Bildschirmfotos nach {out}:")
    made = take(out)
    print(f"{len(made)} Bildschirmfotos geschrieben.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
