"""Electrical safety tests (DGUV V3 / DIN VDE 0701-0702): measured values and their limits.

A test records the visual check and up to three measurements, each as an integer in a
fixed unit so no float ever holds one:

===============================  ==========  ===================  ======================
measurement                      typed in    stored as            limit for "bestanden"
===============================  ==========  ===================  ======================
protective-conductor resistance  Ω (0,12)    milliohm (120)       at most 1 Ω
insulation resistance            MΩ (250)    kiloohm (250000)     at least 0,3 MΩ
leakage current                  mA (0,25)   microampere (250)    at most 10 mA
===============================  ==========  ===================  ======================

The limits are the outermost ones VDE 0701-0702 allows (0,3 Ω plus 0,1 Ω per 7,5 m of
lead up to 1 Ω; 0,3 MΩ for class I devices with heating elements; 1 mA/kW up to 10 mA
for heating devices): a "bestanden" with a value beyond them is a typo or a wrong
choice, and the tester is asked to check it. Stricter limits of a device class remain
the tester's judgement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from app.db.models import Item, SafetyTest
from app.errors import ValidationError
from app.services.intake import messages as msg
from app.services.kernel.context import Ctx
from app.sync_schema import limits
from app.sync_schema.payloads import SafetyTestPayload

PASS_MAX_PE_RESISTANCE_MOHM = 1_000
PASS_MIN_INSULATION_KOHM = 300
PASS_MAX_LEAKAGE_UA = 10_000

_NUMBER = re.compile(r"^\s*(\d{1,7})(?:[.,](\d{1,3}))?\s*$")


@dataclass(frozen=True)
class Measurements:
    """What the tester read off the device; ``None``: not measured / not applicable."""

    visual_ok: bool | None = None
    pe_resistance_mohm: int | None = None
    insulation_kohm: int | None = None
    leakage_ua: int | None = None


def parse_thousandths(text: str, what: str) -> int | None:
    """'0,12' -> 120 (a value typed in the larger unit, kept in thousandths); '' -> None."""
    if not text.strip():
        return None
    match = _NUMBER.match(text)
    if match is None:
        raise ValidationError(msg.MEASUREMENT_INVALID.format(what=what, value=text.strip()))
    whole, frac = match.groups()
    return int(whole) * 1000 + int((frac or "0").ljust(3, "0"))


def format_thousandths(value: int | None) -> str:
    """120 -> '0,12', 250000 -> '250', None -> '' (the way the tester typed it)."""
    if value is None:
        return ""
    whole, frac = divmod(value, 1000)
    return f"{whole},{frac:03d}".rstrip("0").rstrip(",")


def check(passed: bool, values: Measurements) -> None:
    """Refuse values outside the measuring range and a pass the values contradict."""
    ranges = (
        (values.pe_resistance_mohm, limits.MAX_PE_RESISTANCE_MOHM, msg.PE_RESISTANCE_NAME, "Ω"),
        (values.insulation_kohm, limits.MAX_INSULATION_KOHM, msg.INSULATION_NAME, "MΩ"),
        (values.leakage_ua, limits.MAX_LEAKAGE_UA, msg.LEAKAGE_NAME, "mA"),
    )
    for value, maximum, what, unit in ranges:
        if value is not None and not 0 <= value <= maximum:
            raise ValidationError(msg.MEASUREMENT_RANGE.format(
                what=what, maximum=format_thousandths(maximum), unit=unit))
    if not passed:
        return
    if values.visual_ok is False:
        raise ValidationError(msg.PASS_WITH_VISUAL_FAILED)
    if values.pe_resistance_mohm is not None and (
            values.pe_resistance_mohm > PASS_MAX_PE_RESISTANCE_MOHM):
        raise ValidationError(msg.PASS_PE_TOO_HIGH.format(
            value=format_thousandths(values.pe_resistance_mohm)))
    if values.insulation_kohm is not None and (
            values.insulation_kohm < PASS_MIN_INSULATION_KOHM):
        raise ValidationError(msg.PASS_INSULATION_TOO_LOW.format(
            value=format_thousandths(values.insulation_kohm)))
    if values.leakage_ua is not None and values.leakage_ua > PASS_MAX_LEAKAGE_UA:
        raise ValidationError(msg.PASS_LEAKAGE_TOO_HIGH.format(
            value=format_thousandths(values.leakage_ua)))


def last_safety_test(ctx: Ctx, item: Item) -> SafetyTest | None:
    """The item's most recent test (by test time, then by recording order)."""
    return ctx.session.scalar(select(SafetyTest).where(SafetyTest.item_id == item.id)
                              .order_by(SafetyTest.tested_at.desc(), SafetyTest.id.desc())
                              .limit(1))


def safety_payload(test: SafetyTest) -> SafetyTestPayload:
    """A test as it travels inside the item's event to the server and other tills."""
    return SafetyTestPayload(
        tested_at=test.tested_at, passed=test.passed, tester=test.tester,
        device_id=test.device_id, visual_ok=test.visual_ok,
        pe_resistance_mohm=test.pe_resistance_mohm, insulation_kohm=test.insulation_kohm,
        leakage_ua=test.leakage_ua)


def latest_payload(ctx: Ctx, item: Item) -> SafetyTestPayload | None:
    """The item's latest test for its event; None if it was never tested."""
    test = last_safety_test(ctx, item)
    return None if test is None else safety_payload(test)
