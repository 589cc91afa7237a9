"""ASGI entry for uvicorn workers: ``uvicorn --factory server.asgi:make``.

The database URL comes from ``KREISLAUF_SERVER_DB`` so every worker process opens the
same database; the workers share nothing else.
"""

from __future__ import annotations

from fastapi import FastAPI

from server.app import create_app
from server.db import default_url


def make() -> FastAPI:
    return create_app(default_url())
