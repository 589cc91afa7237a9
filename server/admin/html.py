"""Server-rendered HTML for the central view: plain tables, no script, no build step."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from html import escape

from server.admin.service import BERLIN

_STYLE = """
body{font-family:system-ui,sans-serif;margin:2rem;color:#222}
table{border-collapse:collapse;margin-bottom:2rem}th,td{border:1px solid #bbb;
padding:.3rem .6rem;text-align:left}th{background:#e8f0e8}.warn{color:#a00;font-weight:bold}
"""


def money(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    return f"{sign}{euros:,}".replace(",", ".") + f",{rest:02d} €"


def when(value: datetime | None) -> str:
    return "—" if value is None else value.astimezone(BERLIN).strftime("%d.%m.%Y %H:%M:%S")


def table(title: str, head: Sequence[str], rows: Iterable[Sequence[str]], empty: str) -> str:
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>"
                   for row in rows)
    if not body:
        return f"<h2>{escape(title)}</h2><p>{escape(empty)}</p>"
    header = "".join(f"<th>{escape(h)}</th>" for h in head)
    return f"<h2>{escape(title)}</h2><table><tr>{header}</tr>{body}</table>"


def page(title: str, sections: Iterable[str]) -> str:
    return (f"<!doctype html><html lang='de'><head><meta charset='utf-8'>"
            f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>"
            f"<h1>{escape(title)}</h1>{''.join(sections)}</body></html>")
