"""Einstellungen → Warengruppen: managers edit categories and markdown rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.services.catalog import categories as catalog
from app.services.catalog import markdowns
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.ui.settings.catalog_editor import CatalogSettings
from tests.helpers.ui_session import recording_session


@pytest.fixture
def editor(qtbot: QtBot, backend: Backend, manager: Actor, tmp_path: Path) -> CatalogSettings:
    state, _ = recording_session(backend, tmp_path)
    state.set_actor(manager)
    view = CatalogSettings(state)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.categories.list.count() > 0)
    return view


def _category(backend: Backend, name: str) -> catalog.Category:
    with backend.read() as ctx:
        return catalog.get_by_name(ctx, name)


def test_manager_changes_default_price(qtbot: QtBot, editor: CatalogSettings,
                                       backend: Backend) -> None:
    """Selecting Bücher, typing 1,50 and saving changes the default price."""
    cats = editor.categories
    row = next(i for i, c in enumerate(cats.categories) if c.name == "Bücher")
    cats.list.setCurrentRow(row)
    cats.price.setText("1,50")
    cats.save()
    qtbot.waitUntil(lambda: "Gespeichert" in cats.message.text())
    assert _category(backend, "Bücher").default_price_cents == 150


def test_new_category_and_bad_price(qtbot: QtBot, editor: CatalogSettings,
                                    backend: Backend) -> None:
    """A bad price is refused in German; a good one creates the category."""
    cats = editor.categories
    cats.new()
    cats.name.setText("Schallplatten")
    cats.price.setText("3,0,0")
    cats.save()
    assert "keine gültige Zahl" in cats.message.text()
    cats.price.setText("3")
    cats.weight.setText("0,2")
    cats.save()
    qtbot.waitUntil(lambda: "Gespeichert" in cats.message.text())
    cat = _category(backend, "Schallplatten")
    assert (cat.default_price_cents, cat.avg_weight_g) == (300, 200)


def test_markdown_rule_added_and_removed(qtbot: QtBot, editor: CatalogSettings,
                                         backend: Backend) -> None:
    """A rule '30 % after 90 days' appears in the list and can be switched off."""
    md = editor.markdowns
    qtbot.waitUntil(lambda: md.list.count() == 2)  # the demo rules
    md.days.setValue(90)
    md.percent.setValue(30)
    md.add()
    qtbot.waitUntil(lambda: md.list.count() == 3)
    with backend.read() as ctx:
        assert any(r.after_days == 90 and r.percent == 30 for r in markdowns.list_rules(ctx))
    md.list.setCurrentRow(next(i for i, r in enumerate(md.rules) if r.after_days == 90))
    md.remove()
    qtbot.waitUntil(lambda: md.list.count() == 2)
