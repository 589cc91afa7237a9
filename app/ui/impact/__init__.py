"""The Klimabilanz: climate impact figures of a period, with charts and export."""
