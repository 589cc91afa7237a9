"""X and Z report figures and the month overview, as PDF, CSV and on the receipt printer."""
