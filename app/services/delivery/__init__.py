"""Cargo-bike deliveries and donation pick-ups (room kept, not built yet)."""
