"""Age markdowns ("20 % after 28 days, 50 % after 56 days"), applied at checkout.

The label keeps its printed price; the till computes the current price from the item's
intake date, so nothing has to be relabelled. Rules of the item's own category win over
global rules; among the rules that apply, the largest reduction counts. Reduced prices
are rounded down to whole 10 cents (never above the exact reduction).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.db.models import MarkdownRule
from app.errors import NotFoundError, ValidationError
from app.services.catalog import messages as msg
from app.services.kernel import audit, outbox
from app.services.kernel.context import Ctx
from app.services.kernel.roles import Permission
from app.sync_schema import limits
from app.sync_schema.enums import EventType
from app.sync_schema.payloads import MarkdownPayload


@dataclass(frozen=True)
class Rule:
    category_id: int | None
    after_days: int
    percent: int


@dataclass(frozen=True)
class Price:
    """The price a cashier sees for an item today."""

    list_cents: int
    cents: int
    percent: int  # 0 when no markdown applies


def load_rules(ctx: Ctx) -> list[Rule]:
    rows = ctx.session.execute(select(MarkdownRule.category_id, MarkdownRule.after_days,
                                      MarkdownRule.percent)
                               .where(MarkdownRule.active.is_(True)))
    return [Rule(c, d, p) for c, d, p in rows]


def reduced_cents(list_cents: int, percent: int) -> int:
    exact = list_cents * (100 - percent) // 100
    return exact - exact % 10 if percent else list_cents


def price_for(list_cents: int, category_id: int, received_at: datetime, now: datetime,
              rules: list[Rule]) -> Price:
    """Apply the best matching rule for an item of this age and category."""
    own = [r for r in rules if r.category_id == category_id]
    candidates = own or [r for r in rules if r.category_id is None]
    age_days = (now - received_at).days
    percent = max((r.percent for r in candidates if age_days >= r.after_days), default=0)
    return Price(list_cents, reduced_cents(list_cents, percent), percent)


def add_rule(ctx: Ctx, after_days: int, percent: int, category_id: int | None = None) -> Rule:
    """Add a markdown rule (managers)."""
    ctx.require(Permission.MANAGE_CATALOG)
    if not 1 <= after_days <= limits.MAX_MARKDOWN_DAYS:
        raise ValidationError(msg.MARKDOWN_DAYS_RANGE.format(maximum=limits.MAX_MARKDOWN_DAYS))
    if not 1 <= percent <= limits.MAX_PERCENT:
        raise ValidationError(msg.MARKDOWN_PERCENT_RANGE.format(maximum=limits.MAX_PERCENT))
    row = MarkdownRule(category_id=category_id, after_days=after_days, percent=percent,
                       created_at=ctx.now())
    ctx.session.add(row)
    ctx.session.flush()
    audit.record(ctx, "markdown.added", "markdown_rule", row.id, after_days=after_days,
                 percent=percent, category_id=category_id)
    outbox.emit(ctx, EventType.MARKDOWN_CHANGED, MarkdownPayload(
        id=row.id, category_id=category_id, after_days=after_days, percent=percent,
        active=True, acted_by=outbox.acting_user(ctx)))
    return Rule(category_id, after_days, percent)


def deactivate_rule(ctx: Ctx, rule_id: int) -> None:
    """Switch a rule off (kept for the record)."""
    ctx.require(Permission.MANAGE_CATALOG)
    row = ctx.session.get(MarkdownRule, rule_id)
    if row is None:
        raise NotFoundError(msg.MARKDOWN_UNKNOWN)
    row.active = False
    audit.record(ctx, "markdown.deactivated", "markdown_rule", rule_id)
    outbox.emit(ctx, EventType.MARKDOWN_CHANGED, MarkdownPayload(
        id=rule_id, category_id=row.category_id, after_days=row.after_days,
        percent=row.percent, active=False, acted_by=outbox.acting_user(ctx)))


@dataclass(frozen=True)
class RuleRow:
    """A rule as the settings page lists it."""

    id: int
    category_id: int | None
    category: str  # "" for global rules
    after_days: int
    percent: int


def list_rules(ctx: Ctx) -> list[RuleRow]:
    """Active rules, global first, then by category and age."""
    from app.db.models import Category

    rows = ctx.session.execute(
        select(MarkdownRule.id, MarkdownRule.category_id, Category.name,
               MarkdownRule.after_days, MarkdownRule.percent)
        .outerjoin(Category, Category.id == MarkdownRule.category_id)
        .where(MarkdownRule.active.is_(True))
        .order_by(MarkdownRule.category_id.is_not(None), Category.name, MarkdownRule.after_days))
    return [RuleRow(i, c, n or "", d, p) for i, c, n, d, p in rows]
