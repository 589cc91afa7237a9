"""Selling: the cart, scans, finishing a sale, parking, refunds, the journal and receipts."""
