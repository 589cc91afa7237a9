"""Audit anchors: the heads of every station's audit chain, kept outside the tills'
database files, and their check (service, the ``/api/v1/audit`` endpoint)."""
