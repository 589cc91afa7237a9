"""``GET /api/v1/audit/anchors``: a till asks which heads of its chain the server holds."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header

from app.db.engine import Database
from app.sync_schema import AuditAnchors
from server.audit import service
from server.deps import Now, database
from server.stations import service as stations

router = APIRouter(prefix="/api/v1")
Db = Annotated[Database, Depends(database)]
Auth = Annotated[str | None, Header()]


@router.get("/audit/anchors")
def anchors(db: Db, now: Now, authorization: Auth = None) -> AuditAnchors:
    """The good anchors of the authenticated station only."""
    with db.write() as session:
        station = stations.authenticate(session, authorization, now())
        return AuditAnchors(station_id=station.number,
                            anchors=service.good_anchors(session, station))
