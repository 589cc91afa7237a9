"""Master data for the demo store: an Arnsberg address and a clearly fake tax number.

Kept apart from ``demo.flow.fill`` (which the tests use for users and categories) so a
fresh test till still starts without master data, as a real one does.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.db.models import StoreMasterData
from app.services.demo.flow import require_demo
from app.services.fiscal import master_data, till_registration
from app.services.kernel.context import Ctx

DEMO_STREET = "Beispielweg 1"
DEMO_POSTCODE = "59821"
DEMO_CITY = "Arnsberg"
# Not a real Steuernummer: all nines after the NRW office prefix, so nobody mistakes it.
DEMO_TAX_NUMBER = "399/9999/9999"
PAST = datetime(2000, 1, 1, tzinfo=UTC)


def fill_store_facts(ctx: Ctx) -> bool:
    """Give the demo store its address and tax number (once); True if it added them."""
    require_demo(ctx.station)
    current = master_data.current(ctx)
    if current.street and (current.tax_number or current.vat_id):
        return False
    data = master_data.update(ctx, street=DEMO_STREET, postcode=DEMO_POSTCODE, city=DEMO_CITY,
                              country="DE", tax_number=DEMO_TAX_NUMBER)
    # The demo trading days lie before today: give them the same data, valid from long
    # ago (a real store's history starts with its first revision and is never backdated).
    assert ctx.station is not None
    ctx.session.add(StoreMasterData(
        store_id=ctx.station.store_id, valid_from=PAST, created_at=ctx.now(),
        **{k: getattr(data, k) for k in master_data.EDITABLE}))
    if not till_registration.current(ctx).serial:
        till_registration.update(ctx, brand="Demo-PC", model="Kreislauf-Demo",
                                 serial=f"DEMO-{ctx.station.number if ctx.station else 1:02d}",
                                 purchased_on=date(2026, 1, 15),
                                 commissioned_on=date(2026, 2, 1))
    return True
