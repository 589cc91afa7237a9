"""Business logic. No Qt here: every module runs headless (CLI, server, tests).

Services are functions taking a ``Ctx`` (session, acting user, local station, clock).
They never commit; the edge (``Backend.call``, a CLI command, a UI operation) commits
once, so a change, its audit entry and its outbox event are one transaction.
"""
