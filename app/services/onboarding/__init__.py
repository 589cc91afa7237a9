"""First-run setup of a new store (room kept, not built yet)."""
