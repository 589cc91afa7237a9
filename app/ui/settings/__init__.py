"""The Einstellungen area: users, categories, markdowns and this machine's devices and settings."""
