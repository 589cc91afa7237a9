"""The factor file: valid, every figure cited; stored as versions that never change."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.config import Paths
from app.db.models import AuditEntry, ImpactFactorSet
from app.errors import KasseError, PermissionDenied, ValidationError
from app.services.impact import factors, figures
from app.services.impact.factors import CATEGORY, STREAM, FactorChange
from app.services.impact.keys import IMPACT_KEYS
from app.services.kernel.backend import Backend, open_backend
from app.services.kernel.context import Actor
from app.sync_schema.enums import MaterialStream
from tests.conftest import Clock
from tests.impact.helpers import FURNITURE_G, impact_rows, sell

SHIPPED = factors.shipped()


def test_the_shipped_file_has_a_cited_figure_for_every_key_and_stream() -> None:
    """Every impact key and every material stream has an entry with a source and a year."""
    assert {f.key for f in SHIPPED.factors if f.kind == CATEGORY} == set(IMPACT_KEYS)
    assert {f.key for f in SHIPPED.factors if f.kind == STREAM} == set(MaterialStream)
    for f in SHIPPED.factors:
        assert len(f.source) > 10 and 2000 <= f.year <= 2030, f.key
        if f.weight_g is not None:
            assert f.weight_source and f.weight_year, f.key
    assert SHIPPED.displacement_permille == 500 and "Fixometer" in SHIPPED.displacement_source


@pytest.mark.parametrize(("key", "weight_g", "co2e_g", "per_kg", "estimate"), [
    ("furniture", 29_810, 67_130, False, False),
    ("bicycle", 15_100, 149_600, False, False),
    ("laptop", 1_830, 265_320, False, False),
    ("unknown_powered", None, 32_070, True, False),
    ("unknown_unpowered", None, 17_700, True, False),
    ("books", 400, 12_000, True, True),
    ("household", 500, 12_000, True, True),
])
def test_published_figures_are_stored_as_integer_grams(key: str, weight_g: int | None,
                                                       co2e_g: int, per_kg: bool,
                                                       estimate: bool) -> None:
    f = SHIPPED.get(CATEGORY, key)
    assert f is not None
    assert (f.weight_g, f.co2e_g, f.per_kg, f.estimate) == (weight_g, co2e_g, per_kg, estimate)


def test_streams_without_a_cited_benefit_are_unknown_not_zero() -> None:
    unknown = [f.key for f in SHIPPED.factors if f.kind == STREAM and f.co2e_g is None]
    assert set(unknown) == set(MaterialStream) - {MaterialStream.RESIDUAL}
    residual = SHIPPED.get(STREAM, "residual")
    assert residual is not None and residual.co2e_g == 0 and residual.estimate


GOOD = """version = "t1"
year = 2026
displacement = 0.5
displacement_source = "Fixometer"
displacement_year = 2021
method = "Methode: Fixometer, Schätzwerte."
[categories.furniture]
footprint_kg = 67.13
source = "Fixometer"
year = 2021
[streams.metal]
benefit_kg_per_kg = "unknown"
source = "keine Zahl"
year = 2026
"""


@pytest.mark.parametrize(("change", "words"), [
    (('footprint_kg = 67.13', 'footprint_kg = 67.13\nfootprint_kg_per_kg = 2.0'),
     "genau eine Angabe"),
    (('footprint_kg = 67.13', 'footprint_kg = -1'), "categories.furniture.footprint_kg"),
    (('source = "Fixometer"\nyear = 2021', 'year = 2021'), "categories.furniture.source"),
    (("[categories.furniture]", "[categories.sofa]"), "„sofa“ ist kein Klima-Faktor"),
    (("[streams.metal]", "[streams.gold]"), "„gold“ ist kein Klima-Faktor"),
    (('footprint_kg = 67.13', 'weight_g = 100\nfootprint_kg = 67.13'), "Quelle und ein Jahr"),
    (('version = "t1"', 'version = '), "fehlerhaft"),
])
def test_a_broken_factor_file_is_refused_in_german(change: tuple[str, str],
                                                   words: str) -> None:
    assert "Fixometer" in factors.parse(GOOD, Path("f.toml")).displacement_source
    with pytest.raises(ValidationError, match=words) as caught:
        factors.parse(GOOD.replace(*change), Path("f.toml"))
    assert "Die Klima-Faktoren in f.toml sind fehlerhaft" in str(caught.value)


def test_a_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="Die Klima-Faktoren fehlen"):
        factors.load_file(tmp_path / "nicht-da.toml")


def test_the_shipped_version_is_stored_once(backend: Backend, paths: Paths,
                                            clock: Clock) -> None:
    """Opening the till again adds no second copy of the same version."""
    backend.close()
    open_backend(paths, clock=clock).close()
    again = open_backend(paths, clock=clock)
    try:
        with again.read() as ctx:
            versions = list(ctx.session.scalars(select(ImpactFactorSet.version)))
            assert factors.current(ctx).get(CATEGORY, "furniture") == SHIPPED.get(
                CATEGORY, "furniture")
    finally:
        again.close()
    assert versions == [SHIPPED.version]


def test_a_factor_change_is_a_new_version_and_the_past_keeps_its_figure(
        backend: Backend, manager: Actor, cashier: Actor, open_till: None) -> None:
    """Sold before the change: 33,565 kg stays; sold after: the new figure."""
    before = sell(backend, cashier, ("Möbel", "25,00", 1))
    new = backend.call(manager, factors.adjust, [FactorChange(
        "furniture", "WRAP 2011, Benefits of Reuse: Domestic Furniture", 2011,
        co2e_g=43_220)], "Sofas nach WRAP")
    after = sell(backend, cashier, ("Möbel", "25,00", 1))
    assert new.version == "2026.1+2" and new.note == "Sofas nach WRAP"
    assert impact_rows(backend, before.sale_id)[0][3] == FURNITURE_G
    assert impact_rows(backend, after.sale_id)[0][3] == 21_610
    with backend.read() as ctx:
        old = factors.stored(ctx.session, 1).get(CATEGORY, "furniture")
        assert old is not None and old.co2e_g == 67_130
        assert figures.for_sale(ctx, before.sale_id).co2e_g == FURNITURE_G
        assert ctx.session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "impact.factors_changed")) == 1


@pytest.mark.parametrize(("change", "words"), [
    (FactorChange("sofa", "Quelle", 2026, co2e_g=1), "„sofa“ ist kein Klima-Faktor"),
    (FactorChange("furniture", "", 2026, co2e_g=1), "bitte die Quelle"),
    (FactorChange("furniture", "Quelle", 2026, co2e_g=-1), "nicht negativ"),
    (FactorChange("furniture", "Quelle", 2026, co2e_g=67_130), "kein Klima-Faktor geändert"),
])
def test_a_bad_factor_change_is_refused_and_stores_nothing(
        backend: Backend, manager: Actor, change: FactorChange, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        backend.call(manager, factors.adjust, [change])
    with backend.read() as ctx:
        assert ctx.session.scalar(select(func.count()).select_from(ImpactFactorSet)) == 1


def test_only_managers_change_factors(backend: Backend, cashier: Actor) -> None:
    with pytest.raises(KasseError) as caught:
        backend.call(cashier, factors.adjust, [FactorChange("furniture", "Q", 2026, co2e_g=1)])
    assert isinstance(caught.value, PermissionDenied)


def test_every_demo_category_has_a_known_factor() -> None:
    """The demo till shows impact from its first sale: no demo category is unknown."""
    from app.services.demo.catalogue import catalogue

    for cat in catalogue().categories:
        factor = SHIPPED.get(CATEGORY, cat.impact_key)
        assert factor is not None and factor.co2e_g, cat.name
