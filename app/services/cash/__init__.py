"""Cash sessions, counting the drawer and the daily closing (Z)."""
