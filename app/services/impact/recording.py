"""Each sale's climate impact, written in the sale's own transaction with one statement.

``sold`` computes every line of a sale in SQL against the current (newest) factor set
and names that set on each row, so a later factor change never moves the figure.
Weight: the item's own, else its category's average, else the factor's typical weight;
NULL when none is known. CO2e avoided: per item ``co2e × quantity × displacement``, per kg
``co2e × kg × displacement``; NULL when the category has no factor or a per-kg factor
meets an unknown weight (unknown is never 0). Lines of a ``service`` category (the
delivery fee) are not goods and get no row.

``refunded`` reverses the returned lines with the sold line's own factor set, as the
running difference of the sold figure, so refunding a line in parts gives back exactly
what was recorded. Cancelled sales record nothing; training sales are recorded and left
out by the figures (like the reports).
"""

from __future__ import annotations

from sqlalchemy import text

from app.db import fast_sql
from app.services.impact.keys import SERVICE
from app.services.kernel.context import Ctx

_GRAMS = ("CASE WHEN i.weight_g > 0 THEN i.weight_g * sl.quantity "
          "WHEN c.avg_weight_g > 0 THEN c.avg_weight_g * sl.quantity "
          "WHEN f.weight_g > 0 THEN f.weight_g * sl.quantity END")
_SOLD = fast_sql.Prepared(text(f"""
INSERT INTO sale_impact (sale_id, sale_line_id, factor_set_id, impact_key, quantity,
                         grams_reused, co2e_g)
SELECT sl.sale_id, sl.id, fs.id, coalesce(c.impact_key, ''), sl.quantity, {_GRAMS},
       CASE WHEN f.co2e_g IS NULL THEN NULL
            WHEN f.per_kg THEN (f.co2e_g * ({_GRAMS}) * fs.displacement_permille + 500000)
                               / 1000000
            ELSE (f.co2e_g * sl.quantity * fs.displacement_permille + 500) / 1000 END
FROM sale_line AS sl
JOIN (SELECT id, displacement_permille FROM impact_factor_set ORDER BY id DESC LIMIT 1) AS fs
LEFT JOIN item AS i ON i.id = sl.item_id
LEFT JOIN category AS c ON c.id = sl.category_id
LEFT JOIN impact_factor AS f
  ON f.factor_set_id = fs.id AND f.kind = 'category' AND f.key = c.impact_key
WHERE sl.sale_id = :sale_id AND coalesce(c.impact_key, '') <> '{SERVICE}'
"""))

# ``done``: how much of the sold line earlier refunds took back already.
_PART = "(SELECT coalesce(-sum(x.quantity), 0) FROM sale_impact AS x " \
    "JOIN sale_line AS xl ON xl.id = x.sale_line_id " \
    "WHERE xl.refers_to_line_id = rl.refers_to_line_id AND xl.sale_id <> rl.sale_id)"
_BACK = "(({v} * ({done} - rl.quantity)) / si.quantity - ({v} * {done}) / si.quantity)"
_REFUNDED = fast_sql.Prepared(text(f"""
INSERT INTO sale_impact (sale_id, sale_line_id, factor_set_id, impact_key, quantity,
                         grams_reused, co2e_g)
SELECT rl.sale_id, rl.id, si.factor_set_id, si.impact_key, rl.quantity,
       -{_BACK.format(v="si.grams_reused", done=_PART)},
       -{_BACK.format(v="si.co2e_g", done=_PART)}
FROM sale_line AS rl
JOIN sale_impact AS si ON si.sale_line_id = rl.refers_to_line_id
WHERE rl.sale_id = :sale_id AND si.quantity > 0
"""))


def sold(ctx: Ctx, sale_id: int) -> None:
    """Record the impact of every line of sale ``sale_id`` (one insert)."""
    fast_sql.execute(ctx, _SOLD, {"sale_id": sale_id})


def refunded(ctx: Ctx, refund_id: int) -> None:
    """Record the reversed impact of every line of refund ``refund_id`` (one insert)."""
    fast_sql.execute(ctx, _REFUNDED, {"sale_id": refund_id})
