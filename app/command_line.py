"""Command-line arguments in German for ``kreislauf`` and ``kreislauf-server``.

One line on bad input, never argparse's English usage dump; numbers are bounded where
they are parsed, so ``nan``, ``inf`` or a negative count never reach a command.
"""

from __future__ import annotations

import argparse
import math
import re
from collections.abc import Callable
from typing import NoReturn

# argparse's own English phrases, as the German line says them.
_ARGPARSE_GERMAN = (
    (re.compile(r"^argument ([^:]+): "), r"\1: "),
    (re.compile(r"^unrecognized arguments: "), "unbekannte Angaben: "),
    (re.compile(r"^the following arguments are required: "), "es fehlt: "),
    (re.compile(r"invalid choice: "), "ungültige Wahl: "),
    (re.compile(r"expected one argument"), "erwartet einen Wert"),
    (re.compile(r"invalid (int|float) value: "), "keine Zahl: "),
)


class GermanParser(argparse.ArgumentParser):
    """argparse with a one-line German error instead of the English usage dump."""

    program = "kreislauf"

    def error(self, message: str) -> NoReturn:
        for pattern, german in _ARGPARSE_GERMAN:
            message = pattern.sub(german, message)
        self.exit(2, f"{self.program}: Ungültiger Aufruf: {message}. "
                     f"Hilfe: {self.program} --help\n")


def whole_number(low: int, high: int) -> Callable[[str], int]:
    """An argparse ``type``: an integer from ``low`` to ``high``, else a German refusal."""
    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            value = low - 1
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"„{text}“ ist keine ganze Zahl von {low} bis {high}")
        return value
    return parse


def seconds(low: float, high: float) -> Callable[[str], float]:
    """An argparse ``type``: a finite number of seconds from ``low`` to ``high``."""
    def parse(text: str) -> float:
        try:
            value = float(text.strip().replace(",", "."))
        except ValueError:
            value = math.nan
        if not (math.isfinite(value) and low <= value <= high):
            raise argparse.ArgumentTypeError(
                f"„{text}“ ist keine Sekundenzahl von {low:g} bis {high:g}")
        return value
    return parse
