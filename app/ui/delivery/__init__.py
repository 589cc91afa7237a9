"""Deliveries and pick-ups on screen: booking at the Kasse and at intake, dispatch for managers."""
