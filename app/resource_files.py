"""Where the files that ship with the app live: ``resources/`` beside ``app/``.

The style sheet, the translations, the label layouts, the GDPdU DTD and the demo
catalogue sit in the top-level ``resources/`` folder of the source tree. The wheel carries
that folder as the package ``kreislauf_resources`` (``setup.py`` maps it), and the
PyInstaller bundle as ``resources/`` inside the bundle (``build.spec``). ``resources_dir``
is the one place that knows all three.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from importlib.util import find_spec
from pathlib import Path

from app import messages
from app.errors import KasseError

PACKAGE = "kreislauf_resources"
FOLDER = "resources"
# A file every complete resources folder has; a folder without it is not ours.
_MARKER = "style.qss"


def _candidates() -> Iterator[Path]:
    bundle = getattr(sys, "_MEIPASS", None)  # set by the PyInstaller bootloader
    if bundle:
        yield Path(bundle) / FOLDER
    yield Path(__file__).resolve().parent.parent / FOLDER
    spec = find_spec(PACKAGE)
    if spec is not None and spec.submodule_search_locations:
        yield from (Path(location) for location in spec.submodule_search_locations)


def resources_dir() -> Path:
    """The folder with the app's shipped files (bundle, then source tree, then wheel).

    Raises ``KasseError`` with one German sentence when the installation lacks it.
    """
    for candidate in _candidates():
        if (candidate / _MARKER).is_file():
            return candidate
    raise KasseError(messages.RESOURCES_MISSING.format(folder=FOLDER))


def resource_path(*parts: str) -> Path:
    """A file or folder below ``resources/``, e.g. ``resource_path("demo", "catalogue.toml")``."""
    return resources_dir().joinpath(*parts)
