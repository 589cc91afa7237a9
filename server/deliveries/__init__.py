"""Cargo-bike deliveries and donation pick-ups on the central server: the day list the
Soest logistics partner works from, its status buttons, and removing customer data."""
