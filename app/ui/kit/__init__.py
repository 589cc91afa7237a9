"""Pieces every area uses: off-thread operations, notifier, error triage, area frame, printing."""
