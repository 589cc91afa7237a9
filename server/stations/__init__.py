"""Stores, stations, registration codes, tokens and revocation."""
