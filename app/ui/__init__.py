"""The PySide6 user interface. Talks to the services only through ``Backend``."""
