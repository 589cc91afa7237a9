"""Realistic demo data and demo trading days for a newcomer's till."""
