"""The first-run wizard: sets up a new till when there is no database yet."""
