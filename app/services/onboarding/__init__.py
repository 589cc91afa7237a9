"""First-run setup of a new store: check the wizard's answers, create the till at once."""
