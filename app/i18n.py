"""The services' texts in the till's language: gettext without Qt.

The German sentences in the ``messages`` modules are the msgids of the gettext domain
``kreislauf``; ``resources/locale/en/LC_MESSAGES/kreislauf.mo`` holds the English ones
(``make messages`` extracts, updates and compiles). Each constant is a ``T`` — a ``str``
that answers in the current language when it is formatted or turned into text — so call
sites stay ``msg.X.format(...)``. Label dicts are ``Labels``, whose values come back
translated. The language is one process-wide choice (``set_language``), made by the UI
from the ``language`` setting; the server never sets it and stays German.
"""

from __future__ import annotations

import gettext
import logging
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, SupportsIndex, TypeVar

DOMAIN = "kreislauf"
SOURCE_LANGUAGE = "de"
LANGUAGES = ("de", "en")

log = logging.getLogger(__name__)
K = TypeVar("K")


class _State:
    """The chosen language and its catalogue (one per process, like the locale)."""

    language = SOURCE_LANGUAGE
    catalogue: gettext.NullTranslations = gettext.NullTranslations()


def _load(language: str) -> gettext.NullTranslations:
    # Imported here: resource_files imports app.messages, which imports this module.
    from app.resource_files import resource_path

    try:
        folder = resource_path("locale")
        with (folder / language / "LC_MESSAGES" / f"{DOMAIN}.mo").open("rb") as file:
            return gettext.GNUTranslations(file)
    except (OSError, Exception) as error:  # a missing or broken catalogue stays German
        log.warning("message catalogue %s for %r not loaded: %s", DOMAIN, language, error)
        return gettext.NullTranslations()


def set_language(language: str) -> None:
    """Make every ``T`` and ``Labels`` answer in ``language`` ("de" or "en"; others: German)."""
    language = language if language in LANGUAGES else SOURCE_LANGUAGE
    _State.catalogue = (gettext.NullTranslations() if language == SOURCE_LANGUAGE
                        else _load(language))
    _State.language = language


def current_language() -> str:
    """The language chosen with ``set_language`` (German until then)."""
    return _State.language


def translate(text: str) -> str:
    """``text`` (a German msgid) in the current language; unknown texts come back as given."""
    source = str.__str__(text)
    return _State.catalogue.gettext(source) if source else source


def source(text: str) -> str:
    """The German source of ``text`` (for files that are German by law, e.g. DSFinV-K)."""
    return str.__str__(text)


class T(str):
    """A German message whose text, format and concatenation follow the current language.

    Comparisons and hashing use the German source, so a ``T`` still works as a key.
    """

    __slots__ = ()

    def __str__(self) -> str:
        return translate(self)

    def __format__(self, spec: str) -> str:
        return format(translate(self), spec)

    def format(self, *args: object, **kwargs: object) -> str:
        return translate(self).format(*args, **kwargs)

    def __add__(self, other: str) -> str:
        return translate(self) + str(other)

    def __radd__(self, other: str) -> str:
        return str(other) + translate(self)

    def __mod__(self, values: Any) -> str:
        return str(translate(self) % values)

    def join(self, parts: Iterable[str]) -> str:
        return translate(self).join(str(part) for part in parts)

    def split(self, sep: str | None = None, maxsplit: SupportsIndex = -1) -> list[str]:
        return translate(self).split(sep, maxsplit)

    def source(self) -> str:
        """The German msgid (what the server, the files and the logs keep)."""
        return str.__str__(self)


class Labels(dict[K, str]):
    """Names by key (status, VAT, material …) whose values read in the current language."""

    def __getitem__(self, key: K) -> str:
        return str(super().__getitem__(key))

    def get(self, key: K, default: Any = None) -> Any:
        return self[key] if key in self else default  # noqa: SIM401 (self.get recurses)

    def values(self) -> list[str]:  # type: ignore[override]
        return [self[key] for key in self]

    def items(self) -> list[tuple[K, str]]:  # type: ignore[override]
        return [(key, self[key]) for key in self]

    def text(self, key: K) -> str:
        """The lazily translated name of ``key`` (a ``T``), for values built at import time."""
        return super().__getitem__(key)

    def sources(self) -> Mapping[K, str]:
        """The German names (for files and the server, which never translate)."""
        return {key: str.__str__(value) for key, value in super().items()}

    def __iter__(self) -> Iterator[K]:
        return super().__iter__()


class Texts(tuple[str, ...]):
    """German texts in a fixed order (e.g. the refund reasons offered) read in the current
    language."""

    def __new__(cls, items: Iterable[str]) -> Texts:
        return super().__new__(cls, (T(item) for item in items))

    def __getitem__(self, index: Any) -> Any:
        found = super().__getitem__(index)
        return tuple(str(i) for i in found) if isinstance(index, slice) else str(found)

    def __iter__(self) -> Iterator[str]:
        return (str(item) for item in super().__iter__())

    def __contains__(self, item: object) -> bool:
        return any(item == text or item == str.__str__(text)
                   for text in super().__iter__())
