"""Guard against a PySide6 release that breaks reference counts (the till would abort)."""

from __future__ import annotations

import subprocess
import sys


def test_process_events_keeps_none_alive() -> None:
    """10,000 processEvents() calls and queued None signals leave None's refcount intact.

    PySide6 6.12.0 dropped one reference to None per call, so a till (and pytest-qt) died
    with "deallocating None" after a few thousand event-loop turns on Python 3.11.
    """
    code = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal\n"
        "app = QCoreApplication([])\n"
        "class R(QObject):\n"
        "    done = Signal(object, object)\n"
        "r = R(); got = []\n"
        "r.done.connect(lambda a, b: got.append(a), Qt.ConnectionType.QueuedConnection)\n"
        "before = sys.getrefcount(None)\n"
        "for _ in range(10000):\n"
        "    r.done.emit(None, None)\n"
        "    app.processEvents()\n"
        "got.clear()\n"
        "print(sys.getrefcount(None) - before)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip())) < 100
