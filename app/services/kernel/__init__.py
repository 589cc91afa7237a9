"""The edge and shared plumbing: backend, context, clock, roles, audit log, outbox, formatting."""
