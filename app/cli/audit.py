"""``kreislauf audit verify``: check the hash chain of the audit log."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app import messages
from app.cli.common import opened
from app.config import Paths
from app.services.kernel import audit

EXIT_BROKEN = 3


def add_parser(sub: Any) -> None:
    """Register ``audit verify`` on the main parser's sub-commands."""
    p = sub.add_parser("audit", help="Protokoll prüfen")
    audit_sub = p.add_subparsers(dest="audit_command", required=True, parser_class=type(p))
    v = audit_sub.add_parser("verify", help="Hash-Kette des Protokolls prüfen")
    v.set_defaults(func=cmd_audit_verify)


def cmd_audit_verify(args: argparse.Namespace, paths: Paths) -> int:
    """0 when every entry carries its predecessor's hash; otherwise where the chain breaks."""
    with opened(paths, args.clock) as backend, backend.read() as ctx:
        result = audit.verify(ctx.session)
    if result.ok:
        print(messages.AUDIT_OK.format(count=result.count))
        return 0
    at = result.broken_at.isoformat() if result.broken_at else "?"
    print(messages.AUDIT_BROKEN.format(entry_id=result.broken_id, action=result.broken_action,
                                       at=at), file=sys.stderr)
    return EXIT_BROKEN
