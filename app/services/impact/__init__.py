"""Climate impact of reuse and recycling (room kept, not built yet)."""
