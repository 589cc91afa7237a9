"""X and Z report figures: computed from records, X changes nothing, Z recomputes equal."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from app.db.models import Base
from app.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from app.services.cash import closing
from app.services.cash import sessions as cash_sessions
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.services.reports import figures as reports
from app.services.reports.model import Report, to_json
from tests.helpers.cash import Line, add_reduced_category, refund_all, sell, void
from tests.helpers.checkout import category_id
from tests.helpers.clock import Clock


def day_of_business(backend: Backend, manager: Actor, cashier: Actor, clock: Clock) -> None:
    """Float 100 €, three sales, a void, a refund, an Entnahme and an Einlage."""
    add_reduced_category(backend)
    backend.call(manager, cash_sessions.open_session, float_cents=10_000)
    clock.advance(minutes=5)
    first = sell(backend, cashier, [Line("Bücher", 100, 2), Line("Kleidung", 500,
                                                                    discount_cents=100)])
    sell(backend, manager, [Line("Möbel", 2500)], card=2500)
    sell(backend, cashier, [Line("Lebensmittel", 214)], tendered=500)
    void(backend, cashier, [Line("Spielzeug", 200)])
    clock.advance(minutes=5)
    refund_all(backend, cashier, first.sale_id)
    backend.call(manager, cash_sessions.record_movement, "withdrawal", 5_000, "Bank")
    backend.call(manager, cash_sessions.record_movement, "deposit", 1_000, "Wechselgeld")
    clock.advance(minutes=5)


def _x(backend: Backend, who: Actor) -> Report:
    return backend.query(who, reports.x_report)


def _row_counts(backend: Backend) -> dict[str, int]:
    with backend.read() as ctx:
        return {t.name: ctx.session.scalar(select(func.count()).select_from(t)) or 0
                for t in Base.metadata.sorted_tables}


def test_x_report_figures_come_from_the_records(backend: Backend, manager: Actor,
                                                cashier: Actor, clock: Clock) -> None:
    """Gross, net and VAT per rate, payments, categories, voids, discounts, refunds, cash."""
    day_of_business(backend, manager, cashier, clock)
    x = _x(backend, manager)
    assert x.kind == "X" and x.z_number is None and x.station == 1
    assert x.cashiers == ["Kai Kasse", "Maria Leitung"]
    by_kind = {v.kind: (v.gross_cents, v.net_cents, v.vat_cents) for v in x.vat}
    # 19 %: 600 + 2500 − 600 (refund); VAT per receipt 96 + 399 − 96.
    assert by_kind == {"normal": (2500, 2101, 399), "reduced": (214, 200, 14)}
    assert (x.gross_cents, x.net_cents, x.vat_cents) == (2714, 2301, 413)
    pays = {p.method: (p.count, p.amount_cents) for p in x.payments}
    assert pays == {"cash": (3, 214), "card": (1, 2500)}
    cats = {c.name: (c.count, c.amount_cents, c.weight_g) for c in x.categories}
    assert cats["Möbel"] == (1, 2500, 29_810)
    assert cats["Lebensmittel"] == (1, 214, 500)
    assert cats["Bücher"] == (0, 0, 0)
    assert "Spielzeug" not in cats
    assert (x.receipts, x.voids.count, x.voids.amount_cents) == (3, 1, 200)
    assert (x.discounts.count, x.discounts.amount_cents) == (1, 100)
    assert (x.refunds.count, x.refunds.amount_cents) == (1, 600)
    assert [(m.label, m.amount_cents, m.reason) for m in x.movements] == [
        ("Entnahme", -5_000, "Bank"), ("Einlage", 1_000, "Wechselgeld")]
    assert (x.cash.float_cents, x.cash.cash_sales_cents, x.cash.movements_cents) == (
        10_000, 214, -4_000)
    assert x.cash.expected_cents == 6_214
    assert x.cash.counted_cents is None


def test_x_report_changes_nothing(backend: Backend, manager: Actor, cashier: Actor,
                                  clock: Clock) -> None:
    """An X inside a write transaction adds no row anywhere (no audit, no outbox)."""
    day_of_business(backend, manager, cashier, clock)
    before = _row_counts(backend)
    first = backend.call(manager, reports.x_report)
    second = backend.call(manager, reports.x_report)
    assert _row_counts(backend) == before
    assert to_json(first) == to_json(second)


def test_cashier_x_is_own_open_session_without_cash_figures(
        backend: Backend, manager: Actor, cashier: Actor, clock: Clock) -> None:
    """A cashier sees turnover of the open session but not float, movements or cash."""
    day_of_business(backend, manager, cashier, clock)
    x = _x(backend, cashier)
    assert x.gross_cents == 2714
    assert x.movements == [] and x.cash.expected_cents == 0
    session_id = x.session_id
    clock.advance(hours=1)
    backend.call(manager, closing.close_session, {5000: 1, 1000: 1, 200: 1, 10: 1, 2: 2})
    with pytest.raises(PermissionDenied, match="eigenen Sitzung"):
        backend.query(cashier, reports.x_report, session_id)
    assert backend.query(manager, reports.x_report, session_id).gross_cents == 2714


@pytest.mark.parametrize("who", ["volunteer"])
def test_volunteers_get_no_x(backend: Backend, manager: Actor, who: str,
                             request: pytest.FixtureRequest) -> None:
    """Volunteers may not see till reports."""
    backend.call(manager, cash_sessions.open_session, float_cents=0)
    with pytest.raises(PermissionDenied):
        _x(backend, request.getfixturevalue(who))


def test_x_without_open_session_is_refused(backend: Backend, manager: Actor) -> None:
    """With the till closed there is nothing to report in an X."""
    with pytest.raises(Exception, match="nicht geöffnet"):
        _x(backend, manager)


def test_z_recomputed_later_equals_the_stored_figures(
        backend: Backend, manager: Actor, cashier: Actor, clock: Clock) -> None:
    """After later sales, a new session and a late sale, the Z recomputes identically."""
    day_of_business(backend, manager, cashier, clock)
    result = backend.call(manager, closing.close_session,
                          {5000: 1, 1000: 1, 200: 1, 10: 1, 2: 2}, banked_cents=5_000)
    stored = backend.query(manager, reports.z_report, result.closing_id)
    assert to_json(stored) == to_json(result.report)
    assert stored.kind == "Z" and stored.z_number == 1
    assert stored.cash.counted_cents == 6_214 and stored.cash.difference_cents == 0
    assert stored.cash.left_in_drawer_cents == 1_214
    clock.advance(minutes=1)
    with pytest.raises(ConflictError, match="nicht geöffnet"):  # no sale with the till closed
        sell(backend, cashier, [Line("Möbel", 9_900)])
    backend.call(manager, cash_sessions.open_session)
    sell(backend, cashier, [Line("Bücher", 300)])
    again = backend.query(manager, reports.recompute_z, result.closing_id)
    assert to_json(again) == to_json(stored)


def test_z_reprint_needs_cash_report_rights(backend: Backend, manager: Actor,
                                            cashier: Actor) -> None:
    """Only managers see (reprint) a Z report."""
    backend.call(manager, cash_sessions.open_session, float_cents=0)
    result = backend.call(manager, closing.close_session, {})
    with pytest.raises(PermissionDenied):
        backend.query(cashier, reports.z_report, result.closing_id)


def test_items_taken_in_and_labelled_during_the_session(
        backend: Backend, manager: Actor, volunteer: Actor, clock: Clock) -> None:
    """Intake and label prints in the session count; a later reprint leaves the Z alone."""
    from app.services.intake import intake
    from app.services.labels import labels

    def take_in(quantity: int) -> list[str]:
        return [i.code for i in backend.call(volunteer, intake.take_in, intake.IntakeInput(
            category=category_id(backend, "Lampen"), description="Stehlampe",
            condition="gut", price=800, quantity=quantity))]

    before = take_in(2)  # yesterday's intake, labelled today
    clock.advance(hours=1)
    backend.call(manager, cash_sessions.open_session, float_cents=0)
    clock.advance(minutes=1)
    today = take_in(3)
    backend.call(volunteer, labels.mark_printed, [*before, today[0]])
    backend.call(volunteer, labels.mark_printed, [today[0]])  # a reprint: counted once
    clock.advance(minutes=10)
    x = _x(backend, manager)
    assert (x.items_received, x.items_labelled) == (3, 3)
    z = backend.call(manager, closing.close_session, {})
    clock.advance(hours=1)
    backend.call(volunteer, labels.mark_printed, today)
    again = backend.query(manager, reports.recompute_z, z.closing_id)
    assert (again.items_received, again.items_labelled) == (3, 3)
    assert to_json(again) == to_json(z.report)


def test_z_for_a_berlin_calendar_day(backend: Backend, manager: Actor, clock: Clock) -> None:
    """A closing at 23:30 UTC belongs to the next Berlin day; other days have no Z."""
    clock.now = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
    backend.call(manager, cash_sessions.open_session, float_cents=0)
    clock.now = datetime(2026, 11, 20, 23, 30, tzinfo=UTC)  # 00:30 on the 21st in Berlin
    backend.call(manager, closing.close_session, {})
    clock.now = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
    found = backend.query(manager, reports.z_reports_on, date(2026, 11, 21))
    assert [z.z_number for z in found] == [1]
    with pytest.raises(NotFoundError, match=r"20\.11\.2026 gibt es keinen Z-Bericht"):
        backend.query(manager, reports.z_reports_on, date(2026, 11, 20))
    with pytest.raises(ValidationError, match="in der Zukunft"):
        backend.query(manager, reports.z_reports_on, date(2026, 11, 27))



GROSS_SAMPLES = (0, 1, 5, 6, 59, 60, 119, 595, 600, 2500, 99_999, -1, -6, -600, -2500, -99_999)


@pytest.mark.parametrize("kind", ["normal", "reduced", "exempt", "margin"])
def test_vat_in_sql_rounds_like_the_receipt(backend: Backend, kind: str) -> None:
    """The SQL VAT formula gives exactly ``vat_of_gross`` (margin and exempt show none)."""
    from sqlalchemy import literal

    from app.services.catalog.vat import VAT_KINDS, vat_of_gross
    from app.services.reports.queries import shown_rate_bp, vat_in_sql

    rate = VAT_KINDS[kind].rate_bp
    with backend.read() as ctx:
        got = [ctx.session.scalar(select(vat_in_sql(literal(g), shown_rate_bp(literal(kind)))))
               for g in GROSS_SAMPLES]
    assert got == [0 if kind == "margin" else vat_of_gross(g, rate) for g in GROSS_SAMPLES]


def test_no_receipt_while_the_till_is_closed(
        backend: Backend, manager: Actor, cashier: Actor, clock: Clock) -> None:
    """Before the opening and after the Z, a sale is refused; the next X starts clean."""
    with pytest.raises(ConflictError, match="nicht geöffnet"):
        sell(backend, cashier, [Line("Bücher", 300)])
    backend.call(manager, cash_sessions.open_session, float_cents=1_000)
    sell(backend, cashier, [Line("Bücher", 300)])
    clock.advance(hours=1)
    z1 = backend.call(manager, closing.close_session, {1000: 1, 200: 1, 100: 1})
    clock.advance(minutes=5)
    with pytest.raises(ConflictError, match="nicht geöffnet"):
        sell(backend, cashier, [Line("Möbel", 2_500)])
    opened = backend.call(manager, cash_sessions.open_session)
    x = _x(backend, manager)
    assert (x.receipts, x.receipts_before_opening, x.gross_cents) == (0, 0, 0)
    with backend.read() as ctx:
        assert cash_sessions.expected_cash(ctx, opened.session.id) == 1_300
    again = backend.query(manager, reports.recompute_z, z1.closing_id)
    assert to_json(again) == to_json(z1.report)

