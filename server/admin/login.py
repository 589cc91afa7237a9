"""``/admin/login`` and ``/admin/logout``: the login form, a server-side session cookie,
and the lock-out after repeated failures (checked before the argon2 verify)."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from app.db.engine import Database
from server import throttle
from server.admin import messages as msg
from server.admin import service, sessions
from server.admin.guard import Changing, MaybeLogin, require_same_origin
from server.admin.pages import render
from server.deps import Now, client_ip, database, settings
from server.settings import ServerSettings

log = logging.getLogger(__name__)
router = APIRouter(prefix="/admin")
Db = Annotated[Database, Depends(database)]
Config = Annotated[ServerSettings, Depends(settings)]


def cookie_secure(request: Request, config: ServerSettings) -> bool:
    """``auto``: when the browser reached us over TLS, directly or through a proxy that
    uvicorn trusts to say so (``X-Forwarded-Proto: https``)."""
    if config.cookie_secure == "auto":
        return request.url.scheme == "https"
    return config.cookie_secure == "always"


def _form(message: str = "", user: str = "", status: int = 200, notice: str = "",
          headers: dict[str, str] | None = None) -> HTMLResponse:
    return HTMLResponse(render("login.html", message=message, user=user, notice=notice),
                        status_code=status, headers=headers)


@router.get("/login", response_class=HTMLResponse)
def login_form(login: MaybeLogin, abgemeldet: str | None = None) -> Response:
    if login is not None:
        return RedirectResponse("/admin", status_code=303)
    return _form(notice=msg.LOGGED_OUT if abgemeldet is not None else "")


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, db: Db, now: Now, config: Config,
          user: Annotated[str, Form(max_length=40)] = "",
          password: Annotated[str, Form(max_length=service.MAX_PASSWORD)] = "") -> Response:
    """Check the password, unless this client or the account is locked out: then 429
    without even looking at the password."""
    require_same_origin(request)
    ip = client_ip(request)
    keys = service.throttle_keys(user, ip)
    try:
        with db.write() as session:
            throttle.charge(session, keys, config.login, now())
    except throttle.Locked as exc:
        log.warning("admin login from %s refused: %s is locked for %d s", ip, exc.key,
                    exc.retry_after)
        return _form(msg.LOGIN_LOCKED.format(minutes=exc.minutes), user,
                     429, headers={"Retry-After": str(exc.retry_after)})
    with db.read() as session:
        ok = service.check_login(session, user, password)
    if not ok:
        log.warning("admin login failed for user %r from %s", user, ip)
        return _form(msg.LOGIN_WRONG, user, 401)
    with db.write() as session:
        throttle.clear(session, keys)
        raw, _started = sessions.start(session, service.ADMIN_USER, now(), config)
    log.info("admin login from %s", ip)
    response = RedirectResponse("/admin", status_code=303)
    response.set_cookie(sessions.COOKIE, raw, max_age=int(config.session_lifetime
                                                          .total_seconds()),
                        path=sessions.COOKIE_PATH, secure=cookie_secure(request, config),
                        httponly=True, samesite="strict")
    return response


@router.post("/logout")
def logout(request: Request, db: Db, config: Config, _login: Changing) -> Response:
    with db.write() as session:
        sessions.end(session, request.cookies.get(sessions.COOKIE))
    response = RedirectResponse("/admin/login?abgemeldet", status_code=303)
    response.delete_cookie(sessions.COOKIE, path=sessions.COOKIE_PATH,
                           secure=cookie_secure(request, config), httponly=True,
                           samesite="strict")
    return response
