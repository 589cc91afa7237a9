"""Climate impact: versioned factor sets and the impact each sale was computed with."""

from __future__ import annotations

from app.db.models.base import Base  # noqa: F401
