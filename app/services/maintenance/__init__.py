"""Backups, restores and integrity checks of the till database (room kept, not built yet)."""
