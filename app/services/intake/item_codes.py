"""EAN-13 item codes minted offline: ``20`` + station (2) + running number (8) + check.

The GS1 prefix 20 is reserved for in-store use, so no manufacturer's code clashes. The
running number lives in the station row and is incremented inside the caller's
transaction, so a code is never reused, even after a crash or restart.
"""

from __future__ import annotations

from sqlalchemy import update

from app.db.models import Station
from app.errors import ValidationError
from app.services.intake import messages as msg
from app.services.kernel.context import Ctx
from app.sync_schema import limits

PREFIX = "20"
MAX_SERIAL = 99_999_999


def check_digit(first12: str) -> int:
    """GS1 mod-10 check digit of the first 12 digits."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return (10 - total % 10) % 10


def is_valid_ean13(code: str) -> bool:
    return len(code) == 13 and code.isdigit() and check_digit(code[:12]) == int(code[12])


def make_code(station_number: int, serial: int) -> str:
    if not limits.MIN_STATION <= station_number <= limits.MAX_STATION \
            or not 1 <= serial <= MAX_SERIAL:
        raise ValueError("station or serial out of range")
    first12 = f"{PREFIX}{station_number:02d}{serial:08d}"
    return first12 + str(check_digit(first12))


def is_store_code(code: str) -> bool:
    """A valid EAN-13 from our in-store range (minted by any station of ours)."""
    return is_valid_ean13(code) and code.startswith(PREFIX)


def station_of(code: str) -> int:
    return int(code[2:4])


def mint(ctx: Ctx, count: int = 1) -> list[str]:
    """Reserve ``count`` new codes for the local station (part of the caller's transaction)."""
    station = ctx.station
    if station is None:
        raise RuntimeError("minting needs an initialised station")
    last = ctx.session.execute(
        update(Station).where(Station.id == station.id)
        .values(last_item_serial=Station.last_item_serial + count)
        .returning(Station.last_item_serial)
    ).scalar_one()
    first = last - count + 1
    if last > MAX_SERIAL:
        raise ValidationError(msg.CODES_USED_UP)
    return [make_code(station.number, serial) for serial in range(first, last + 1)]
