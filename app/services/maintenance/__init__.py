"""Backups, restores and integrity checks of the till database (``integrity``, ``backups``)."""
