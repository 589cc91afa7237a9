"""The PySide6 user interface: one folder per area plus shell and kit; it calls services only."""
