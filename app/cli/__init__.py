"""The ``kreislauf`` command line: one module per command group, registered here.

Every command ends with one German line on stderr and a non-zero exit on bad input;
the detail goes to the log file. Long work shows progress on stderr.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from app import __version__, messages
from app.cli import (
    audit,
    backup,
    delivery,
    demo,
    devices,
    export,
    init,
    labels,
    report,
    self_test,
    store,
    sync,
)
from app.cli.common import Parser, drop_stderr_log_handler
from app.config import LocalSettings, resolve_paths, setup_logging
from app.errors import KasseError
from app.services.kernel.clock import Clock, utc_now

log = logging.getLogger("app.cli")

# The command groups in the order ``kreislauf --help`` lists them; each module's
# ``add_parser`` registers its sub-command and the function that runs it.
COMMANDS = (init, demo, store, labels, report, export, delivery, audit, backup, sync, devices)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="kreislauf", description="Kreislauf-Kasse: Kasse und Warenannahme")
    parser.add_argument("--data-dir", help="Datenverzeichnis (sonst KREISLAUF_DATA_DIR)")
    parser.add_argument("--version", action="version", version=f"kreislauf {__version__}",
                        help="Version anzeigen und beenden")
    parser.add_argument("--self-test", action="store_true",
                        help="Selbsttest: Datenbank, Etikett und Beleg in einem "
                             "temporären Ordner prüfen")
    # Not required by argparse: --self-test stands alone; main() asks for a command otherwise.
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    for command in COMMANDS:
        command.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None, clock: Clock = utc_now) -> int:
    """Run one command; ``clock`` is the till's time source (tests hand in their own)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    args.clock = clock
    if args.self_test:
        args.command, args.func = "self-test", lambda a, _paths: self_test.run(a.clock)
    elif args.command is None:
        parser.error("the following arguments are required: command")
    try:
        paths = resolve_paths(args.data_dir, LocalSettings())
        log_file = paths.log_dir / "kreislauf.log"
        try:
            log_file = setup_logging(paths)
        except OSError:
            logging.getLogger().addHandler(logging.NullHandler())
        drop_stderr_log_handler()
        log.info("command %s", args.command)
        code: int = args.func(args, paths)
        return code
    except KasseError as exc:
        log.warning("command failed: %s", exc)
        print(f"kreislauf: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kreislauf: abgebrochen.", file=sys.stderr)
        return 130
    except Exception:
        log.exception("unexpected error in command %s", args.command)
        print("kreislauf: " + messages.UNEXPECTED.format(log=log_file), file=sys.stderr)
        return 70
