"""Who may see and change what under ``/admin``: the session cookie, the same-origin check
and the CSRF token, and the German refusals (HTML for pages, JSON for ``/admin/api``)."""

from __future__ import annotations

import secrets
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from app.db.engine import Database
from server.admin import messages as msg
from server.admin import sessions
from server.admin.pages import render
from server.deps import Now, database, settings
from server.settings import ServerSettings

CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"
_FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


class AdminRefusal(Exception):
    """An admin request turned away; ``message`` is German and shown as is."""

    def __init__(self, status: int, message: str,
                 headers: dict[str, str] | None = None) -> None:
        self.status = status
        self.message = message
        self.headers = headers or {}
        super().__init__(message)


class LoginRequired(AdminRefusal):
    def __init__(self) -> None:
        super().__init__(401, msg.LOGIN_NEEDED)


def is_api(request: Request) -> bool:
    return request.url.path.startswith("/admin/api/")


async def _refused(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, AdminRefusal)
    if is_api(request):
        return JSONResponse({"message": exc.message}, status_code=exc.status,
                            headers=exc.headers)
    if isinstance(exc, LoginRequired) and request.method == "GET":
        return RedirectResponse("/admin/login", status_code=303)
    return HTMLResponse(render("error.html", message=exc.message), status_code=exc.status,
                        headers=exc.headers)


def install(api: FastAPI) -> None:
    api.add_exception_handler(AdminRefusal, _refused)


def current_login(request: Request, db: Annotated[Database, Depends(database)],
                  now: Now,
                  config: Annotated[ServerSettings, Depends(settings)],
                  ) -> sessions.Login | None:
    raw = request.cookies.get(sessions.COOKIE)
    if not raw:
        return None
    with db.write() as session:
        return sessions.find(session, raw, now(), config)


MaybeLogin = Annotated[sessions.Login | None, Depends(current_login)]


def login_required(login: MaybeLogin) -> sessions.Login:
    if login is None:
        raise LoginRequired()
    return login


def same_origin(request: Request) -> bool:
    """The request says it comes from a page of this server: ``Origin`` (or, where a
    browser leaves it out, ``Referer``) names the host the request was sent to."""
    host = request.headers.get("host", "").lower()
    source = request.headers.get("origin") or request.headers.get("referer")
    if not host or not source or source == "null":
        return False
    parts = urlsplit(source)
    if parts.scheme not in ("http", "https"):
        return False
    if request.url.scheme == "https" and parts.scheme != "https":
        return False
    return parts.netloc.lower() == host


def require_same_origin(request: Request) -> None:
    if not same_origin(request):
        raise AdminRefusal(403, msg.FOREIGN_ORIGIN)


async def changing(request: Request,
                   login: Annotated[sessions.Login, Depends(login_required)],
                   ) -> sessions.Login:
    """For every request that changes something: logged in, sent from this site, and
    carrying the session's CSRF token (header or form field)."""
    require_same_origin(request)
    token = request.headers.get(CSRF_HEADER)
    if token is None and request.headers.get("content-type", "").startswith(_FORM_TYPES):
        value = (await request.form()).get(CSRF_FIELD)
        token = value if isinstance(value, str) else None
    if not token or not secrets.compare_digest(token.encode(), login.csrf_token.encode()):
        raise AdminRefusal(403, msg.CSRF_WRONG)
    return login


LoggedIn = Annotated[sessions.Login, Depends(login_required)]
Changing = Annotated[sessions.Login, Depends(changing)]
