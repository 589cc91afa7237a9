"""One till process for bench_checkout_ui: the real wiring, logged in, on the Kasse.

``python bench/_scan_child.py DATA ITEMS SCANS [--sync]`` starts the app on DATA, logs
in the cashier and reports the time until the Kasse is idle and the peak RSS. With SCANS
it then scans that many random codes through the keyboard-wedge filter and times Enter
-> the new line is in the cart table, through the Qt event loop. The key events go to
the window, as the window system delivers them, stamped the way it stamps a scanner's
keys: the scanner's own rhythm (3 ms a key from the trigger), whenever this process
gets the CPU to handle them. Every scan must add exactly its code and leave the input
empty; a lost or stray digit ends the run with exit status 3 and the evidence.

With ``--sync`` the till is registered and has events waiting: the scans start once the
till's own background sync thread is running and events are still unsent, and each
scan notes whether the push was still going (``pending`` > 0) when it was timed.
Prints one JSON object.
"""

from __future__ import annotations

import json
import random
import resource
import sqlite3
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication

from app.services.intake import item_codes
from app.ui.checkout.checkout_view import CheckoutView
from app.ui.kit.notifier import MessageBoxNotifier
from app.ui.shell.application import create_application
from app.ui.shell.main_window import Area
from app.wiring import Till, build, parse_args

KEYS = {str(d): getattr(Qt.Key, f"Key_{d}") for d in range(10)}
PENDING = "SELECT count(*) FROM outbox_event WHERE acked_at IS NULL"
KEY_MS = 3  # a wedge scanner types a key every few milliseconds


def press(window: QWindow, key: Qt.Key, text: str, stamp: int) -> None:
    """A key press and release with the window system's timestamp ``stamp`` (ms)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
        event.setTimestamp(stamp)
        QCoreApplication.sendEvent(window, event)


def wait_until(app: QApplication, condition: object, timeout: float, what: str) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():  # type: ignore[operator]
        if time.perf_counter() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        app.processEvents()
        time.sleep(0.001)


def lost_digit(code: str, view: CheckoutView, why: str) -> SystemExit:
    print(json.dumps({"lost_digit": code, "why": why, "message": view.message.text(),
                      "field": view.input.text()}), flush=True)
    return SystemExit(3)


def scan_all(app: QApplication, till: Till, view: CheckoutView, items: int, scans: int,
             sync: bool) -> dict[str, object]:
    rng = random.Random(3)
    handle = till.window.windowHandle() if till.window is not None else None
    assert handle is not None
    raw = sqlite3.connect(till.paths.db_file)
    lat: list[float] = []
    floor: list[float] = []
    during_sync: list[bool] = []
    pending_at_start = raw.execute(PENDING).fetchone()[0]
    # The row's arrival quits a local event loop (a busy processEvents() loop here would
    # fight the lookup thread for the GIL and measure that fight instead of the till).
    loop = QEventLoop()
    shown: list[float] = []

    def inserted(*_args: object) -> None:
        shown.append(time.perf_counter())
        loop.quit()

    def check() -> None:
        if not view._busy or time.perf_counter() - t0 > 5:
            loop.quit()  # refused (no row will come) or too slow

    view.cart_panel.table.model().rowsInserted.connect(inserted)
    watch = QTimer()
    watch.setInterval(2)
    watch.timeout.connect(check)
    t0 = time.perf_counter()
    for serial in rng.sample(range(1, items + 1), scans):
        code = item_codes.make_code(1, serial)
        pending = raw.execute(PENDING).fetchone()[0] if sync else 0
        a = time.perf_counter()
        raw.execute("SELECT id, price_cents FROM item WHERE code = ?", (code,)).fetchone()
        floor.append((time.perf_counter() - a) * 1000)
        before = view.cart_panel.table.rowCount()
        trigger = int(time.monotonic() * 1000)
        for n, ch in enumerate(code):
            press(handle, KEYS[ch], ch, trigger + n * KEY_MS)
        shown.clear()
        t0 = time.perf_counter()
        press(handle, Qt.Key.Key_Return, "\r", trigger + len(code) * KEY_MS)
        if not view._busy and view.cart_panel.table.rowCount() == before:
            raise lost_digit(code, view, "no scan recognised")
        if not shown:
            watch.start()
            loop.exec()  # idle in the event loop, as the app does, until the row is in
            watch.stop()
        if not shown:
            raise lost_digit(code, view, "scan refused" if time.perf_counter() - t0 < 5
                             else "scan not shown within 5 s")
        lat.append((shown[0] - t0) * 1000)
        during_sync.append(pending > 0)
        if view.cart.lines[-1].item_code != code or view.input.text():
            raise lost_digit(code, view, "wrong code in the cart or digits in the field")
        if len(view.cart.lines) >= 40:
            view._new_cart()
    result: dict[str, object] = {
        "scan_ms": lat, "floor_ms": floor, "during_sync": during_sync,
        "pending_at_start": pending_at_start,
        "pending_at_end": raw.execute(PENDING).fetchone()[0],
        "peak_rss_after_scans_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    raw.close()
    return result


def main(argv: list[str]) -> int:
    data, items, scans = argv[0], int(argv[1]), int(argv[2])
    sync = "--sync" in argv[3:]
    start = time.time()
    app = create_application()
    till = build(parse_args(["--data-dir", data, "--simulated"]), app, MessageBoxNotifier())
    assert isinstance(till, Till)  # the bench database exists: never the wizard
    kai = till.backend.login("kai", "2222").actor
    assert kai is not None
    till._first_login(kai)
    assert till.window is not None
    till.window.show_area(Area.CHECKOUT)
    view = till.window.findChildren(CheckoutView)[0]
    wait_until(app, lambda: view.keys.buttons, 30, "the category keys")
    app.processEvents()
    result: dict[str, object] = {
        "ready_s": time.time() - start,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    if sync:
        controller = till.window.sync
        wait_until(app, lambda: controller.loop_thread is not None
                   and controller.loop_thread.is_alive(), 30, "the background sync thread")
    if scans:
        began = time.perf_counter()
        result.update(scan_all(app, till, view, items, scans, sync))
        result["scans_s"] = time.perf_counter() - began
    if sync:
        worker = till.window.sync.worker
        assert worker is not None
        result["sync_status"] = {"online": worker.status.online,
                                 "error": worker.status.last_error}
    print(json.dumps(result), flush=True)
    till.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
