"""The bundle's one program ``kreislauf``: the till window, or a command line command.

The PyInstaller build (``build.spec``) freezes this module. Without a command it opens
the till window (``python -m app``); with a command, ``--version``, ``--self-test`` or
``--help`` it is the ``kreislauf`` command line. Qt is only imported for the window.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

# Options the command line answers by itself; the window takes --data-dir and --simulated.
COMMAND_OPTIONS = frozenset({"--version", "--self-test", "-h", "--help"})
_VALUE_OPTIONS = frozenset({"--data-dir"})


def wants_command(argv: Sequence[str], commands: frozenset[str]) -> bool:
    """True when ``argv`` names a command or a command-line-only option."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _VALUE_OPTIONS:
            skip = True
        elif arg in COMMAND_OPTIONS or arg in commands:
            return True
    return False


def command_names() -> frozenset[str]:
    """The sub-commands of ``kreislauf`` (init, demo-data, labels, …)."""
    from app.cli import build_parser

    # argparse has no public way to list sub-commands; _SubParsersAction is in typeshed.
    return frozenset(name for action in build_parser()._actions
                     if isinstance(action, argparse._SubParsersAction)
                     for name in action.choices)


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command, or open the till window."""
    args = list(sys.argv[1:] if argv is None else argv)
    if wants_command(args, command_names()):
        from app.cli import main as command

        return command(args)
    from app.wiring import main as window

    return window(args)


if __name__ == "__main__":
    sys.exit(main())
