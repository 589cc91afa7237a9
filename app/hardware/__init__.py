"""Device protocols and drivers; this package never reaches into the services or the UI."""
