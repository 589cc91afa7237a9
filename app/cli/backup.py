"""``kreislauf backup [-o FILE]`` and ``kreislauf restore FILE``.

``backup`` checks the database and writes a backup into the backup folder (setting
``backup.folder``), or to ``FILE``; old backups of this station are deleted after
``backup.keep_days``. ``restore`` checks the file (intact, this station, a known schema),
keeps the current database aside and puts the backup in its place. Close the till app
first: a restore replaces the file it has open.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import opened
from app.config import LocalSettings, Paths, backup_folder
from app.services.maintenance import backup_flow, backups
from app.services.maintenance import messages as msg


def add_parser(sub: Any) -> None:
    """Register ``backup`` and ``restore`` on the main parser's sub-commands."""
    b = sub.add_parser("backup", help="Sicherung der Datenbank schreiben")
    b.add_argument("-o", "--output", metavar="FILE",
                   help="Zieldatei (Standard: neue Datei im Sicherungsordner)")
    b.set_defaults(func=cmd_backup)
    r = sub.add_parser("restore", help="Sicherung zurückspielen (Kasse vorher beenden)")
    r.add_argument("file", metavar="FILE", help="die Sicherung (.sqlite3)")
    r.set_defaults(func=cmd_restore)


def cmd_backup(args: argparse.Namespace, paths: Paths) -> int:
    """Write the backup (integrity-checked before and after); print its path."""
    settings = LocalSettings()
    folder = backup_folder(paths, settings)
    target = Path(args.output).expanduser().resolve() if args.output else None
    with opened(paths, args.clock, verify=True) as backend:
        written = backup_flow.backup_now(backend, folder, args.clock,
                                     settings.get("backup.keep_days"), target=target)
    print(msg.BACKUP_WRITTEN.format(path=written))
    return 0


def cmd_restore(args: argparse.Namespace, paths: Paths) -> int:
    """Check the file, keep the current database aside, put the backup in place."""
    source = Path(args.file).expanduser().resolve()
    result = backups.restore(source, paths.db_file, args.clock)
    print(result.message)
    return 0
