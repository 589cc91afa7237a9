"""``python -m app.cli`` is the same as ``kreislauf``."""

from app.cli import main

raise SystemExit(main())
