"""Kreislauf-Kasse: till and intake app of the upcycling store in Arnsberg."""

__version__ = "0.1.0"
APP_NAME = "kreislauf-kasse"
