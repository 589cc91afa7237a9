"""The services' messages in the till's language: the gettext catalogue and its switch."""

from __future__ import annotations

import importlib
import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from app import i18n
from app.errors import ConflictError, ValidationError
from app.i18n import T, Texts
from app.services.cash import sessions as cash_sessions
from app.services.catalog import messages as catalog_msg
from app.services.catalog.vat import VAT_KINDS
from app.services.checkout import cart as carts
from app.services.checkout import checkout
from app.services.checkout import messages as checkout_msg
from app.services.intake import intake
from app.services.intake.intake import IntakeInput
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from tests.helpers.checkout import cart_with, take_in

ROOT = Path(__file__).resolve().parents[1]
PO = ROOT / "resources" / "locale" / "en" / "LC_MESSAGES" / "kreislauf.po"
# The server's texts (app/sync_schema) stay German and are not in the till's catalogue.
MODULES = sorted(
    ".".join(p.relative_to(ROOT).with_suffix("").parts)
    for p in (ROOT / "app").rglob("messages.py") if "sync_schema" not in p.parts)


@pytest.fixture
def english() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language("de")


def placeholders(text: str) -> list[str]:
    return sorted(f"{name}!{conv}:{spec}" for _lit, name, spec, conv
                  in string.Formatter().parse(text) if name is not None)


def catalogue() -> dict[str, str]:
    with PO.open("rb") as file:
        return {m.id: m.string for m in read_po(file) if m.id}  # type: ignore[misc]


def module_texts() -> Iterator[tuple[str, str, str]]:
    """(module, name, German source) of every translatable text of the messages modules."""
    for name in MODULES:
        module = importlib.import_module(name)
        for attr, value in vars(module).items():
            if isinstance(value, T):
                yield name, attr, value.source()
            elif isinstance(value, i18n.Labels):
                yield from ((name, attr, i18n.source(v)) for v in value.sources().values()
                            if v)
            elif isinstance(value, Texts):
                yield from ((name, attr, i18n.source(v)) for v in tuple.__iter__(value))


def test_every_msgid_has_an_english_text_with_the_same_placeholders() -> None:
    """Each German msgid of the catalogue has a non-empty English text with its {fields}."""
    found = catalogue()
    assert len(found) > 500
    empty = [msgid for msgid, text in found.items() if not text.strip()]
    differ = [msgid for msgid, text in found.items()
              if text and placeholders(msgid) != placeholders(text)]
    assert empty == [] and differ == []


def test_every_message_constant_is_in_the_catalogue() -> None:
    """No T, label or text list of a messages module is missing from the .po (make messages)."""
    found = catalogue()
    missing = [f"{module}.{name}: {text!r}" for module, name, text in module_texts()
               if text.strip() and text not in found]
    assert missing == []


def test_the_compiled_catalogue_matches_the_po() -> None:
    """The committed .mo answers what the .po says (it was compiled after the last edit)."""
    i18n.set_language("en")
    try:
        wrong = [msgid for msgid, text in catalogue().items() if i18n.translate(msgid) != text]
    finally:
        i18n.set_language("de")
    assert wrong == []


def test_a_text_follows_the_language_in_format_str_fstring_join_and_concatenation() -> None:
    """format(), str(), an f-string, join and + all read in the language chosen now."""
    text = catalog_msg.CATEGORY_EXISTS
    assert text.format(name="Möbel") == "Es gibt bereits eine Warengruppe „Möbel“."
    i18n.set_language("en")
    try:
        assert text.format(name="Möbel") == "There is already a category “Möbel”."
        assert str(catalog_msg.CATEGORY_CHOOSE) == f"{catalog_msg.CATEGORY_CHOOSE}" == (
            "Please choose an existing category.")
        assert catalog_msg.LIST_SEPARATOR.join(["a", "b"]) == "a, b"
        assert catalog_msg.CATEGORY_CHOOSE + "!" == "Please choose an existing category.!"
        assert catalog_msg.MATERIAL_LABELS["wood"] == "Wood"
        assert "Wood" in catalog_msg.MATERIAL_LABELS.values()
        assert checkout_msg.REFUND_REASONS[0] == "Defective"
    finally:
        i18n.set_language("de")
    assert catalog_msg.MATERIAL_LABELS["wood"] == "Holz"


def test_an_unknown_language_stays_german() -> None:
    """Asking for a language without a catalogue leaves the German source."""
    i18n.set_language("fr")
    assert i18n.current_language() == "de"
    assert str(catalog_msg.CATEGORY_CHOOSE) == "Bitte eine vorhandene Warengruppe wählen."


@pytest.mark.usefixtures("open_till")
def test_selling_a_sold_item_is_refused_in_the_chosen_language(
        backend: Backend, volunteer: Actor, cashier: Actor) -> None:
    """The refusal of a sold item reads English in English mode, German otherwise."""
    [code] = take_in(backend, volunteer, description="Kochbuch")
    cart = cart_with(backend, cashier, [code])
    backend.call(cashier, checkout.finish_sale, cart, [checkout.cash(1000)])
    with pytest.raises(ValidationError) as german:
        backend.query(cashier, carts.scan, carts.Cart(), code)
    i18n.set_language("en")
    try:
        with pytest.raises(ValidationError) as english:
            backend.query(cashier, carts.scan, carts.Cart(), code)
    finally:
        i18n.set_language("de")
    assert str(german.value) == (f"Kochbuch ({code}) ist verkauft und kann nicht verkauft "
                                 "werden. Bitte den Artikel zur Leitung bringen.")
    assert str(english.value) == (f"Kochbuch ({code}) is sold and cannot be sold. Please take "
                                  "the item to the management.")


@pytest.mark.usefixtures("english")
def test_a_bad_intake_price_is_refused_in_english(backend: Backend, volunteer: Actor) -> None:
    """A price that is no number is one English sentence in English mode."""
    with pytest.raises(ValidationError) as refused:
        backend.call(volunteer, intake.take_in, IntakeInput(category="Bücher", price="zwölf"))
    assert str(refused.value) == ("The price “zwölf” is not a valid number. "
                                  "Please enter e.g. 12.50.")


def test_a_closed_till_is_refused_in_english_then_german(backend: Backend,
                                                         manager: Actor) -> None:
    """No cash movement while the till is closed: English, then German after switching back."""
    i18n.set_language("en")
    try:
        with pytest.raises(ConflictError, match="The till is not open"):
            backend.call(manager, cash_sessions.record_movement, "deposit", 100, "Tresor")
    finally:
        i18n.set_language("de")
    with pytest.raises(ConflictError, match="Die Kasse ist nicht geöffnet"):
        backend.call(manager, cash_sessions.record_movement, "deposit", 100, "Tresor")


@pytest.mark.usefixtures("english")
def test_files_that_are_german_by_law_keep_the_german_names() -> None:
    """DSFinV-K names come from the German source even while the till speaks English."""
    from app.services.fiscal import dsfinvk_master

    assert VAT_KINDS["normal"].label == "19 % USt."  # compares the source
    assert f"{VAT_KINDS['normal'].label}" == "19 % VAT"
    assert dsfinvk_master.VAT_TABLE[1] == (1900, "19 % USt.")
    assert i18n.source(cash_sessions.MOVEMENTS["deposit"][0]) == "Einlage"
    assert str(cash_sessions.MOVEMENTS["deposit"][0]) == "Deposit"
