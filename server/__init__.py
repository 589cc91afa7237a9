"""Kreislauf central sync server: FastAPI over SQLAlchemy 2 (PostgreSQL or SQLite).

The server keeps no state outside its database, so several worker processes can serve
one PostgreSQL behind a load balancer. It never imports Qt or ``app.ui``; it shares the
wire format (``app.sync_schema``) and the pure database helpers of ``app.db``.
"""
