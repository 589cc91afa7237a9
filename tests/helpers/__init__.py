"""Helpers shared by several test folders: the settable clock, a recording notifier,
sales and stock through the real services. Fixtures stay in the conftest files."""
