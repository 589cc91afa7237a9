"""The frame of the app: main window, login, status bar, device and sync status, session state."""
