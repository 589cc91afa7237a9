"""``/admin/deliveries``: the orders of a day for the Soest logistics partner, and the
buttons "erledigt", "nicht angetroffen" and "storniert", and "verschieben" to a new day
and window. Like every office page: a login
session to see it; the same origin and the session's CSRF token to change anything."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, RedirectResponse

from app.db.engine import Database
from app.services.kernel.clock import BERLIN
from app.sync_schema import limits
from server.admin.guard import AdminRefusal, Changing, LoggedIn
from server.admin.pages import render
from server.deliveries import messages as msg
from server.deliveries import service as deliveries
from server.deps import Now, database
from server.errors import AdminError

router = APIRouter(prefix="/admin")
Db = Annotated[Database, Depends(database)]
OrderUuid = Annotated[str, PathParam(max_length=limits.UUID_LENGTH,
                                     pattern=r"^[0-9a-fA-F-]{36}$")]
Day = Annotated[str, Query(max_length=limits.DATE_LENGTH)]
DayField = Annotated[str, Form(max_length=limits.DATE_LENGTH)]
ClockField = Annotated[str, Form(max_length=8)]  # "HH:MM" (or "HH:MM:SS")


def _day(text: str, now: Now) -> date:
    if not text.strip():
        return now().astimezone(BERLIN).date()
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise AdminRefusal(400, msg.DAY_INVALID.format(value=text[:limits.DATE_LENGTH])) \
            from None


@router.get("/deliveries", response_class=HTMLResponse)
def day_list(db: Db, now: Now, login: LoggedIn, day: Day = "") -> HTMLResponse:
    """The orders of ``day`` (default: today in Berlin) by window."""
    shown = _day(day, now)
    with db.read() as session:
        rows = deliveries.on_day(session, shown)
    return HTMLResponse(render("deliveries.html", login=login, day=shown, rows=rows,
                               before=shown - timedelta(days=1),
                               after=shown + timedelta(days=1)))


@router.post("/deliveries/{uuid}/status")
def set_status(uuid: OrderUuid, db: Db, now: Now, login: Changing,
               status: Annotated[str, Form(max_length=20)] = "",
               day: DayField = "", new_day: DayField = "", window_from: ClockField = "",
               window_to: ClockField = "") -> RedirectResponse:
    """One of the office's buttons, or "verschieben" with the new Berlin day and times;
    back to the day's list (the status column shows it)."""
    shown = _day(day, now)
    try:
        with db.write() as session:
            deliveries.office_status(session, uuid.lower(), status, login.user, now(),
                                     new_day=new_day, window_from=window_from,
                                     window_to=window_to)
    except AdminError as exc:
        raise AdminRefusal(409, str(exc)) from exc
    return RedirectResponse(f"/admin/deliveries?day={shown.isoformat()}", status_code=303)
