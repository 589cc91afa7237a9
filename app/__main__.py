"""``python -m app`` opens the till window."""

from __future__ import annotations

import sys

from app.wiring import main

if __name__ == "__main__":
    sys.exit(main())
