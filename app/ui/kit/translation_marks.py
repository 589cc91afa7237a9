"""``QT_TRANSLATE_NOOP`` with a type: marks a source text for lupdate where it is defined
(module constants); the text is translated with ``tr``/``translate`` where it is shown."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """``source`` unchanged; lupdate files it under ``context``."""
    del context
    return source
