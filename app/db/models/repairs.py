"""Repair records (Open Repair Data Standard) and volunteer hours of the workshop."""

from __future__ import annotations

from app.db.models.base import Base  # noqa: F401
