"""The Abschluss area: open the till, cash movements, count, X and Z reports."""
