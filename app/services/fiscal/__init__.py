"""German fiscal law: TSE signing, receipt fields, DSFinV-K export (room kept, not built yet)."""
