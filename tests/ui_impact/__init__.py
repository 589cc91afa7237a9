"""The Klimabilanz dialog (issue #16)."""
