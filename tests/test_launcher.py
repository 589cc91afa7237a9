"""The bundle's one program: a command goes to the command line, anything else opens the
window."""

from __future__ import annotations

import pytest

from app.launcher import command_names, wants_command

COMMANDS = command_names()


def test_command_names_are_the_cli_sub_commands() -> None:
    """The launcher knows the command line's sub-commands."""
    assert {"init", "demo-data", "labels", "backup", "restore", "sync"} <= COMMANDS


@pytest.mark.parametrize(("argv", "command"), [
    ([], False),
    (["--simulated"], False),
    (["--data-dir", "init"], False),  # a data directory that happens to be called init
    (["--data-dir", "/tmp/x", "--simulated"], False),
    (["--version"], True),
    (["--self-test"], True),
    (["--help"], True),
    (["--data-dir", "/tmp/x", "init", "--station", "1", "--store", "X"], True),
    (["labels"], True),
])
def test_a_command_goes_to_the_command_line(argv: list[str], command: bool) -> None:
    """Commands and --version/--self-test/--help run the command line; else the window."""
    assert wants_command(argv, COMMANDS) is command
