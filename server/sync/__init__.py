"""Push (events in, exactly once), pull (the change feed), conflicts."""
