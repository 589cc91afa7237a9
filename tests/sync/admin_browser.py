"""A browser's part in the office page tests: a cookie jar, the Origin header a browser
adds to every POST, and the CSRF token read from the page like a form would carry it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from types import EllipsisType
from typing import Any

import httpx

from server.admin import service
from tests.sync.live import LiveServer

PASSWORD = "zentrale-123"
EVIL = "https://boese.example"
_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def set_password(server: LiveServer, password: str = PASSWORD) -> None:
    with server.db.write() as session:
        service.set_password(session, password)


class Browser:
    """One browser profile against ``server``; ``origin`` is the page it posts from."""

    def __init__(self, server: LiveServer, *, forwarded_for: str | None = None,
                 **client: Any) -> None:
        self.server = server
        self.origin = server.url
        headers = {"X-Forwarded-For": forwarded_for} if forwarded_for else {}
        self.http = httpx.Client(base_url=server.url, headers=headers, timeout=30, **client)

    def close(self) -> None:
        self.http.close()

    def login(self, user: str = "admin", password: str = PASSWORD,
              origin: str | None = None) -> httpx.Response:
        return self.http.post("/admin/login", data={"user": user, "password": password},
                              headers={"Origin": origin or self.origin})

    def csrf_token(self) -> str:
        page = self.http.get("/admin")
        assert page.status_code == 200, page.text
        match = _TOKEN.search(page.text)
        assert match, "the page has no form with a CSRF token"
        return match.group(1)

    def post(self, path: str, *, origin: str | EllipsisType | None = ...,
             referer: str | None = None, token: str | EllipsisType | None = ...,
             form: dict[str, str] | None = None, json: Any = None) -> httpx.Response:
        """POST like the page would: this server's origin and the page's token unless
        told otherwise (``None`` leaves the header or the token out)."""
        headers = {}
        if origin is not None:
            headers["Origin"] = self.origin if origin is ... else origin
        if referer is not None:
            headers["Referer"] = referer
        token = self.csrf_token() if token is ... else token
        if json is not None:
            if token is not None:
                headers["X-CSRF-Token"] = token
            return self.http.post(path, json=json, headers=headers)
        data = dict(form or {})
        if token is not None:
            data["csrf_token"] = token
        return self.http.post(path, data=data, headers=headers)


@contextmanager
def browser(server: LiveServer, **kwargs: Any) -> Iterator[Browser]:
    b = Browser(server, **kwargs)
    try:
        yield b
    finally:
        b.close()


@contextmanager
def logged_in(server: LiveServer, **kwargs: Any) -> Iterator[Browser]:
    with browser(server, **kwargs) as b:
        answer = b.login()
        assert answer.status_code == 303, answer.text
        yield b
