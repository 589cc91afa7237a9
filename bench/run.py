"""Run every ``bench/bench_*.py`` and pass its output through.

Each benchmark prints one JSON object per line:
``{"name", "value", "unit", "floor", "ratio"}`` plus optional ``"goal"`` and extra fields.
The runner adds nothing to stdout, so ``make bench | jq`` works; it exits non-zero if a
benchmark failed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    only = set(argv)
    scripts = sorted(HERE.glob("bench_*.py"))
    failed: list[str] = []
    for script in scripts:
        if only and script.stem not in only and script.stem.removeprefix("bench_") not in only:
            continue
        print(f"# {script.name}", file=sys.stderr, flush=True)
        result = subprocess.run([sys.executable, str(script)], cwd=HERE.parent, check=False)
        if result.returncode != 0:
            failed.append(script.name)
    if failed:
        print(f"# failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
