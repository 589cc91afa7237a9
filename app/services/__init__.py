"""Business logic. No Qt here: every module runs headless (CLI, server, tests).

Services are functions taking a ``Ctx`` (session, acting user, local station, clock).
They never commit; the edge commits once (``Backend`` in ``kernel``, a domain's
``flow.py``, a CLI command, a UI operation), so a change, its audit entry and its outbox
event are one transaction. One subpackage per domain.
"""
