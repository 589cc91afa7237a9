"""The workshop's own records: repairs in the Open Repair Data Standard, volunteer hours."""
