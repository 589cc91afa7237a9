"""The central office's view: stations, sales per store and day, quarantine, conflicts."""
