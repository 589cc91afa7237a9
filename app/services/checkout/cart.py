"""The cart at the till: pure in-memory, nothing is written until ``checkout.finish_sale``.

Three kinds of line: a labelled item (unique, quantity 1, price after markdown rules), a
category line for unlabelled goods (open price, quantity) and a store code this till does
not know yet (price typed from the label, marked for reconciliation by sync). Every
refusal is a ``KasseError`` with a German sentence, and leaves the cart as it was.

The store's limits (highest typed price and quantity, when a discount needs a manager)
are store settings (``services.policy``), read once when the cart gets its first line and
kept for the whole sale, so a setting changed meanwhile applies from the next sale on.
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from app.errors import NotFoundError, PermissionDenied, ValidationError
from app.services.catalog import markdowns
from app.services.catalog.vat_totals import VatTotal, breakdown
from app.services.checkout import messages as msg
from app.services.checkout.scan_lookup import RECEIPT_PREFIX, category_info, lookup
from app.services.intake import item_codes
from app.services.intake.messages import STATUS_LABELS
from app.services.kernel.context import Actor, Ctx, check_actor
from app.services.kernel.formatting import format_cents, parse_cents
from app.services.kernel.roles import Permission, allowed
from app.services.policy.definitions import POLICY
from app.services.policy.store import DEFAULTS, PolicyValues, snapshot
from app.sync_schema.enums import NOT_READY, ItemStatus, VatKind


class LineKind(StrEnum):
    """What a cart line sells (kept in a parked cart's JSON)."""

    ITEM = "item"  # a labelled item: unique, quantity 1
    CATEGORY = "category"  # unlabelled goods by category key: open price, quantity
    UNKNOWN = "unknown"  # a store code not known here: typed price, reconciled at sync


@dataclass
class CartLine:
    """One line; ``amount_cents`` is after the line discount, before a sale discount."""

    kind: str  # a LineKind
    description: str
    unit_price_cents: int
    vat_kind: str
    quantity: int = 1
    category_id: int | None = None
    item_id: int | None = None
    item_code: str | None = None
    list_price_cents: int = 0
    markdown_percent: int = 0
    discount_cents: int = 0
    discount_approved_by: str | None = None
    needs_reconciliation: bool = False
    key: str = field(default_factory=lambda: uuid.uuid4().hex[:12])

    @property
    def gross_cents(self) -> int:
        return self.unit_price_cents * self.quantity

    @property
    def amount_cents(self) -> int:
        return self.gross_cents - self.discount_cents


@dataclass
class SaleDiscount:
    """A discount on the whole sale, as a percentage or a fixed amount."""

    percent: int | None = None
    cents: int | None = None
    approved_by: str | None = None


@dataclass
class Cart:
    lines: list[CartLine] = field(default_factory=list)
    discount: SaleDiscount | None = None
    started_at: datetime | None = None
    tse_tx: str | None = None  # the TSE transaction opened when the sale began
    rules: list[markdowns.Rule] | None = None  # loaded once per cart, not persisted
    policy: PolicyValues | None = None  # the store settings, read once per cart

    # --- totals ----------------------------------------------------------------------
    @property
    def subtotal_cents(self) -> int:
        return sum(line.amount_cents for line in self.lines)

    @property
    def sale_discount_cents(self) -> int:
        return _discount_value(self.discount, self.subtotal_cents)

    @property
    def total_cents(self) -> int:
        return self.subtotal_cents - self.sale_discount_cents

    def line_totals(self) -> list[int]:
        """Each line's final amount, the sale discount spread by largest remainder."""
        amounts = [line.amount_cents for line in self.lines]
        return [a - s for a, s in zip(amounts, spread(self.sale_discount_cents, amounts),
                                      strict=True)]

    def vat_totals(self) -> list[VatTotal]:
        return breakdown(zip((ln.vat_kind for ln in self.lines), self.line_totals(),
                             strict=True))

    def line(self, key: str) -> CartLine:
        for line in self.lines:
            if line.key == key:
                return line
        raise NotFoundError(msg.LINE_MISSING)

    def has_code(self, code: str) -> bool:
        return any(line.item_code == code for line in self.lines)

    def snapshot(self) -> Cart:
        """A deep copy a worker thread may read while the cart's owner goes on with it."""
        return copy.deepcopy(self)


def spread(total: int, weights: list[int]) -> list[int]:
    """Split ``total`` cents over ``weights`` proportionally; the parts sum to ``total``."""
    base = sum(weights)
    if total == 0 or base == 0:
        return [0] * len(weights)
    exact = [total * w for w in weights]
    parts = [e // base for e in exact]
    rest = total - sum(parts)
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] % base), i))
    for i in order[:rest]:
        parts[i] += 1
    return parts


def _discount_value(discount: SaleDiscount | None, base: int) -> int:
    if discount is None:
        return 0
    if discount.percent is not None:
        return base * discount.percent // 100
    return min(discount.cents or 0, base)


# --- adding lines ------------------------------------------------------------------------
# Adding a line has two halves so that one thread owns the cart: a lookup that reads the
# database and never sees the cart (a worker may run it), and ``add``, which the cart's
# owner (the till's GUI thread) runs with the lookup's result.
@dataclass(frozen=True)
class ScanOutcome:
    """Either the line that was added, or a store code that needs a typed price."""

    line: CartLine | None = None
    unknown_code: str | None = None


@dataclass(frozen=True)
class CartBasis:
    """What a cart reads once, with its first line: markdown rules and store settings."""

    rules: list[markdowns.Rule] | None = None
    policy: PolicyValues | None = None

    @classmethod
    def of(cls, cart: Cart) -> CartBasis:
        """The cart's basis as far as it has one (hand it to a lookup)."""
        return cls(cart.rules, cart.policy)

    def complete(self, ctx: Ctx) -> CartBasis:
        """Read what is still missing."""
        if self.rules is not None and self.policy is not None:
            return self
        return CartBasis(markdowns.load_rules(ctx) if self.rules is None else self.rules,
                         snapshot(ctx) if self.policy is None else self.policy)


@dataclass(frozen=True)
class Addition:
    """A line worked out without the cart, ready for ``add`` (or a code to price by hand).

    ``at`` is when it was worked out (the cart's start if it is the first line);
    ``basis`` is what the lookup used, for the cart to keep.
    """

    line: CartLine | None
    unknown_code: str | None
    at: datetime
    basis: CartBasis


def check_code_format(raw: str) -> str:
    """Clean a scanned code; refuse stray keys, wrong length and bad check digits.

    What no real label can produce (a scanner's junk line is refused with the same words).
    """
    code = raw.strip()
    if not code:
        raise ValidationError(msg.SCAN_EMPTY)
    if not code.isdigit():
        raise ValidationError(msg.SCAN_NOT_DIGITS.format(code=code[:30]))
    if len(code) != 13:
        raise ValidationError(msg.SCAN_LENGTH.format(code=code[:30], length=len(code)))
    if not item_codes.is_valid_ean13(code):
        raise ValidationError(msg.SCAN_CHECK_DIGIT.format(code=code))
    return code


def unreadable_reason(raw: str) -> str | None:
    """Why ``raw`` cannot be a code at all (German, as for a typed code), None if it can."""
    try:
        check_code_format(raw)
    except ValidationError as exc:
        return exc.message
    return None


def check_code(raw: str) -> str:
    """A well-formed code (``check_code_format``) that is one of our item labels."""
    code = check_code_format(raw)
    if code.startswith(RECEIPT_PREFIX):
        raise ValidationError(msg.SCAN_RECEIPT.format(number=int(code[4:12])))
    if not item_codes.is_store_code(code):
        raise ValidationError(msg.SCAN_FOREIGN.format(code=code))
    return code


def policy_of(cart: Cart) -> PolicyValues:
    """The store settings this cart was started with (the defaults before its first line)."""
    return cart.policy or DEFAULTS


def look_up_scan(ctx: Ctx, raw: str, basis: CartBasis = CartBasis()) -> Addition:
    """The line a scanned code would add at today's price, or the code to price by hand.

    Refuses codes that are not sellable; whether the item is already in the cart is
    ``add``'s question.
    """
    code = check_code(raw)
    basis = basis.complete(ctx)
    assert basis.rules is not None
    found = lookup(ctx, code, basis.rules)
    if found is None:
        return Addition(None, code, ctx.now(), basis)
    fields = {"description": found.description, "code": code,
              "status": STATUS_LABELS.get(found.status, found.status)}
    if found.status in NOT_READY:
        raise ValidationError(msg.ITEM_NOT_READY.format(**fields))
    if found.status != ItemStatus.READY:
        raise ValidationError(msg.ITEM_NOT_SELLABLE.format(**fields))
    line = CartLine(kind=LineKind.ITEM, description=found.description,
                    unit_price_cents=found.price.cents, vat_kind=found.vat_kind,
                    category_id=found.category_id, item_id=found.item_id, item_code=code,
                    list_price_cents=found.price.list_cents,
                    markdown_percent=found.price.percent)
    return Addition(line, None, ctx.now(), basis)


def scan(ctx: Ctx, cart: Cart, raw: str) -> ScanOutcome:
    """Add the scanned item at today's price, or report a store code to price by hand."""
    return add(cart, look_up_scan(ctx, raw, CartBasis.of(cart)))


def typed_price(value: str | int | None, maximum_cents: int) -> int:
    """A price typed by the cashier: above 0, at most the store's maximum."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError(msg.PRICE_NEEDED)
    cents = value if isinstance(value, int) else parse_cents(value)
    if cents is None:
        raise ValidationError(msg.PRICE_INVALID.format(value=value))
    if cents <= 0:
        raise ValidationError(msg.PRICE_ZERO)
    if cents > maximum_cents:
        raise ValidationError(msg.PRICE_TOO_HIGH.format(
            price=format_cents(cents), limit=format_cents(maximum_cents)))
    return cents


def _quantity(policy: PolicyValues, value: int) -> int:
    maximum = policy.get(POLICY.max_quantity)
    if not 1 <= value <= maximum:
        raise ValidationError(msg.QUANTITY_RANGE.format(maximum=maximum))
    return value


def category_line(ctx: Ctx, category_id: int, price: str | int | None = None,
                  quantity: int = 1, basis: CartBasis = CartBasis()) -> Addition:
    """The line a category key adds: the typed price (or the default) times ``quantity``."""
    basis = basis.complete(ctx)
    assert basis.policy is not None
    info = category_info(ctx, category_id)
    if info is None:
        raise NotFoundError(msg.CATEGORY_UNKNOWN)
    if price is None or (isinstance(price, str) and not price.strip()):
        price = info.default_price_cents or None
    cents = typed_price(price, basis.policy.get(POLICY.max_typed_price_cents))
    line = CartLine(kind=LineKind.CATEGORY, description=info.name, unit_price_cents=cents,
                    vat_kind=info.vat_kind, quantity=_quantity(basis.policy, quantity),
                    category_id=category_id, list_price_cents=cents)
    return Addition(line, None, ctx.now(), basis)


def add_category(ctx: Ctx, cart: Cart, category_id: int, price: str | int | None = None,
                 quantity: int = 1) -> CartLine:
    """A category key: the typed price (or the category's default) times ``quantity``."""
    return _added(add(cart, category_line(ctx, category_id, price, quantity,
                                          CartBasis.of(cart))))


def unknown_code_line(ctx: Ctx, code: str, price: str | int, category_id: int | None = None,
                      basis: CartBasis = CartBasis()) -> Addition:
    """The line for a store code not known here: the label's price, reconciled at sync."""
    code = check_code(code)
    basis = basis.complete(ctx)
    assert basis.policy is not None
    cents = typed_price(price, basis.policy.get(POLICY.max_typed_price_cents))
    vat_kind, name = VatKind.NORMAL.value, msg.UNKNOWN_CODE_LINE.format(name=msg.ITEM)
    if category_id is not None:
        info = category_info(ctx, category_id)
        if info is None:
            raise NotFoundError(msg.CATEGORY_UNKNOWN)
        vat_kind, name = info.vat_kind, msg.UNKNOWN_CODE_LINE.format(name=info.name)
    line = CartLine(kind=LineKind.UNKNOWN, description=name, unit_price_cents=cents,
                    vat_kind=vat_kind, category_id=category_id, item_code=code,
                    list_price_cents=cents, needs_reconciliation=True)
    return Addition(line, None, ctx.now(), basis)


def add_unknown_code(ctx: Ctx, cart: Cart, code: str, price: str | int,
                     category_id: int | None = None) -> CartLine:
    """A store code not known here: sell at the label's price, reconcile at sync."""
    _refuse_duplicate(cart, check_code(code), msg.ITEM)
    return _added(add(cart, unknown_code_line(ctx, code, price, category_id,
                                              CartBasis.of(cart))))


def add(cart: Cart, addition: Addition) -> ScanOutcome:
    """Put a looked-up line into the cart (run by the cart's owner); refuses duplicates."""
    if cart.rules is None:
        cart.rules = addition.basis.rules
    if cart.policy is None:
        cart.policy = addition.basis.policy
    line = addition.line
    if line is None:
        return ScanOutcome(unknown_code=addition.unknown_code)
    if line.item_code is not None:
        _refuse_duplicate(cart, line.item_code,
                          line.description if line.kind == LineKind.ITEM else msg.ITEM)
    if not cart.lines:
        cart.started_at = addition.at
    cart.lines.append(line)
    return ScanOutcome(line=line)


def _refuse_duplicate(cart: Cart, code: str, description: str) -> None:
    if cart.has_code(code):
        raise ValidationError(msg.ITEM_ALREADY_IN_CART.format(description=description,
                                                              code=code))


def _added(outcome: ScanOutcome) -> CartLine:
    assert outcome.line is not None
    return outcome.line


# --- changing lines ----------------------------------------------------------------------
def set_quantity(cart: Cart, key: str, quantity: int) -> CartLine:
    """Change the quantity of a category line (labelled items are always 1)."""
    line = cart.line(key)
    if line.kind != LineKind.CATEGORY:
        raise ValidationError(msg.QUANTITY_UNIQUE)
    quantity = _quantity(policy_of(cart), quantity)
    if line.discount_cents > line.unit_price_cents * quantity:
        raise ValidationError(msg.DISCOUNT_TOO_HIGH.format(
            discount=format_cents(line.discount_cents),
            amount=format_cents(line.unit_price_cents * quantity)))
    line.quantity = quantity
    return line


def remove_line(cart: Cart, key: str) -> CartLine:
    line = cart.line(key)
    cart.lines.remove(line)
    if not cart.lines:
        cart.discount = None
    return line


def _resolve(base: int, percent: int | None, cents: int | str | None) -> int:
    if (percent is None) == (cents is None):
        raise ValidationError(msg.DISCOUNT_INVALID)
    if percent is not None:
        if not 1 <= percent <= 100:
            raise ValidationError(msg.DISCOUNT_INVALID)
        return base * percent // 100
    value = cents if isinstance(cents, int) else parse_cents(str(cents))
    if value is None or value <= 0:
        raise ValidationError(msg.DISCOUNT_INVALID)
    if value > base:
        raise ValidationError(msg.DISCOUNT_TOO_HIGH.format(discount=format_cents(value),
                                                           amount=format_cents(base)))
    return value


def _approval(cart: Cart, value: int, base: int, percent: int | None,
              approver: Actor | None) -> str | None:
    limit_percent = policy_of(cart).get(POLICY.discount_approval_percent)
    limit_cents = policy_of(cart).get(POLICY.discount_approval_cents)
    over = value > limit_cents or value * 100 > base * limit_percent or (
        percent is not None and percent > limit_percent)
    if not over:
        return None
    if approver is not None:
        check_actor(approver)  # an approval needs a manager who really logged in
    if (approver is None or approver.user_id is None
            or not allowed(approver.role, Permission.APPROVE_DISCOUNT)):
        raise PermissionDenied(msg.DISCOUNT_NEEDS_APPROVAL.format(
            percent=limit_percent, amount=format_cents(limit_cents)))
    return approver.name


def set_line_discount(cart: Cart, key: str, *, percent: int | None = None,
                      cents: int | str | None = None, approver: Actor | None = None) -> CartLine:
    """Discount one line; above the limit only with an approving manager."""
    line = cart.line(key)
    value = _resolve(line.gross_cents, percent, cents)
    approved_by = _approval(cart, value, line.gross_cents, percent, approver)
    line.discount_cents = value
    line.discount_approved_by = approved_by
    return line


def set_sale_discount(cart: Cart, *, percent: int | None = None, cents: int | str | None = None,
                      approver: Actor | None = None) -> SaleDiscount:
    """Discount the whole sale; spread over the lines (and VAT buckets) at checkout."""
    if not cart.lines:
        raise ValidationError(msg.CART_EMPTY)
    base = cart.subtotal_cents
    value = _resolve(base, percent, cents)
    approved_by = _approval(cart, value, base, percent, approver)
    cart.discount = SaleDiscount(percent=percent, cents=None if percent is not None else value,
                                 approved_by=approved_by)
    return cart.discount
