"""``kreislauf audit verify``: check the hash chain of the audit log, and against anchors
kept outside the database (the central server's heads, a printed Z's head)."""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any

from app import messages
from app.cli.common import opened
from app.config import LocalSettings, Paths
from app.errors import SyncError, ValidationError
from app.services.kernel import audit
from app.services.kernel.backend import Backend
from app.services.sync import state as sync_state
from app.services.sync.flow import SyncClient

EXIT_BROKEN = 3
_ANCHOR = re.compile(r"^\s*(\d{1,19})\s*:\s*([0-9a-fA-F]+)\s*$")


def add_parser(sub: Any) -> None:
    """Register ``audit verify`` on the main parser's sub-commands."""
    p = sub.add_parser("audit", help="Protokoll prüfen")
    audit_sub = p.add_subparsers(dest="audit_command", required=True, parser_class=type(p))
    v = audit_sub.add_parser("verify", help="Hash-Kette des Protokolls prüfen")
    v.add_argument("--anchor", action="append", default=[], metavar="ANZAHL:HASH",
                   help="Kettenkopf von einem gedruckten Z-Bericht (mehrfach möglich)")
    v.add_argument("--offline", action="store_true",
                   help="die Anker der Zentrale nicht abfragen")
    v.set_defaults(func=cmd_audit_verify)


def parse_anchor(text: str) -> audit.Anchor:
    """``1234:3f9a…`` (from a Z report) as an anchor; a German error otherwise."""
    match = _ANCHOR.match(text)
    if match is None or len(match.group(2)) < audit.MIN_ANCHOR_HEX or len(match.group(2)) > 64:
        raise ValidationError(messages.AUDIT_ANCHOR_FORMAT.format(value=text))
    return audit.Anchor(int(match.group(1)), match.group(2).lower(), messages.AUDIT_SOURCE_Z)


def _server_anchors(backend: Backend) -> list[audit.Anchor]:
    """The server's heads of this station's chain; [] (with a note) when not reachable."""
    with backend.read() as ctx:
        state = sync_state.peek(ctx)
        registered = bool(state and state.registered_at)
    if not registered:
        return []
    ca_file = LocalSettings().get("sync.ca_file") or None
    try:
        with SyncClient(backend, ca_file=ca_file, timeout=10.0) as client:
            heads = client.audit_anchors()
    except SyncError as exc:
        print("kreislauf: " + messages.AUDIT_SERVER_UNCHECKED.format(reason=exc),
              file=sys.stderr)
        return []
    return [audit.Anchor(h.count, h.hash, messages.AUDIT_SOURCE_SERVER) for h in heads]


def cmd_audit_verify(args: argparse.Namespace, paths: Paths) -> int:
    """0 when every entry carries its predecessor's hash and every anchor fits; otherwise
    where the chain breaks, or which anchor it falls short of or contradicts (exit 3)."""
    printed = [parse_anchor(a) for a in args.anchor]
    with opened(paths, args.clock, verify=True) as backend:
        anchors = printed + ([] if args.offline else _server_anchors(backend))
        with backend.read() as ctx:
            result = audit.verify(ctx.session, anchors)
    if result.ok:
        print(messages.AUDIT_OK.format(count=result.count))
        if result.anchors_checked:
            sources = ", ".join(sorted({a.source for a in anchors}))
            print(messages.AUDIT_ANCHORS_OK.format(anchors=result.anchors_checked,
                                                   sources=sources))
        else:
            print("kreislauf: " + messages.AUDIT_NO_ANCHORS, file=sys.stderr)
        return 0
    failed = result.failed_anchor
    if failed is None:
        at = result.broken_at.isoformat() if result.broken_at else "?"
        text = messages.AUDIT_BROKEN.format(entry_id=result.broken_id,
                                            action=result.broken_action, at=at)
    elif result.shorter:
        text = messages.AUDIT_SHORTER.format(count=result.count, source=failed.source,
                                             anchor=failed.count)
    else:
        text = messages.AUDIT_DIVERGED.format(position=failed.count, source=failed.source,
                                              expected=failed.hash[:16])
    print(text, file=sys.stderr)
    return EXIT_BROKEN
