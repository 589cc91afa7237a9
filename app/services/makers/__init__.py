"""Local makers selling on commission (room kept, not built yet)."""
