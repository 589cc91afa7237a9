"""Cold start to a usable login window, against a bare Qt window measured in the same run.

Both are measured the same way: wall time from spawning the process until the window is
shown and the event loop has nothing left to do (for the till: the user list is filled),
and the peak RSS at that moment. The till runs on a demo database (``kreislauf init`` and
``demo-data --items 300``). Each is started several times, alternating; the median counts.
Goal: within 2x of the floor, and under 200 MB.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPS = int(os.environ.get("BENCH_REPS", "7"))
TIME_GOAL_RATIO = 2.0
RSS_GOAL_MB = 200.0

FLOOR = """
import json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
window = QWidget()
window.resize(520, 520)
window.show()
def report():
    # Same as app.wiring: VmHWM, which (unlike ru_maxrss) restarts at exec.
    with open("/proc/self/status") as fh:
        rss = next(int(l.split()[1]) for l in fh if l.startswith("VmHWM:")) / 1024
    print(json.dumps({"ready_at": time.time(), "peak_rss_mb": round(rss, 1)}), flush=True)
    app.quit()
QTimer.singleShot(0, report)
app.exec()
"""


def spawn(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Start ``cmd``; return (seconds until it reported ready, peak RSS in MB)."""
    start = time.time()
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120,
                          check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"{cmd[1:]} failed ({done.returncode}): {done.stderr[-2000:]}")
    report = json.loads(lines[-1])
    return report["ready_at"] - start, float(report["peak_rss_mb"])


def demo_till(env: dict[str, str]) -> Path:
    data = Path(tempfile.mkdtemp(prefix="kreislauf-bench-")) / "data"
    for args in (["init", "--demo", "--station", "1", "--store", "Bench-Kaufhaus"],
                 ["demo-data", "--items", "300"]):
        subprocess.run([sys.executable, "-m", "app.cli", "--data-dir", str(data), *args],
                       check=True, capture_output=True, env=env, timeout=300)
    return data


def main() -> int:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A private settings file, so the user's language or data dir never leaks in.
    env["KREISLAUF_CONFIG"] = str(Path(tempfile.mkdtemp(prefix="kreislauf-cfg-")) /
                                  "settings.toml")
    data = demo_till(env)
    till_cmd = [sys.executable, "-m", "app", "--data-dir", str(data), "--simulated",
                "--bench-startup"]
    floor_cmd = [sys.executable, "-c", FLOOR]
    spawn(till_cmd, env)  # warm the OS file cache once; cold = fresh process, not cold disk
    spawn(floor_cmd, env)
    till: list[tuple[float, float]] = []
    floor: list[tuple[float, float]] = []
    for _ in range(REPS):
        floor.append(spawn(floor_cmd, env))
        till.append(spawn(till_cmd, env))
    till_s = statistics.median(t for t, _ in till)
    floor_s = statistics.median(t for t, _ in floor)
    till_mb = statistics.median(m for _, m in till)
    floor_mb = statistics.median(m for _, m in floor)
    print(json.dumps({
        "name": "startup_to_login", "value": round(till_s, 3), "unit": "s",
        "floor": round(floor_s, 3), "ratio": round(till_s / floor_s, 2),
        "goal": TIME_GOAL_RATIO, "goal_on": "ratio", "reps": REPS,
        "samples": [round(t, 3) for t, _ in till],
        "floor_samples": [round(t, 3) for t, _ in floor],
    }), flush=True)
    print(json.dumps({
        "name": "startup_peak_rss", "value": round(till_mb, 1), "unit": "MB",
        "floor": round(floor_mb, 1), "ratio": round(till_mb / floor_mb, 2),
        "goal": RSS_GOAL_MB, "goal_on": "value", "reps": REPS,
    }), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
