"""The till's side of sync: push and pull rounds, the background loop, applying central changes."""
