"""Check the first-run wizard's answers (``setup_flow`` creates the till from them).

Each ``*_errors`` function returns German messages by field key (empty: all good), so a
wizard page can show each under its field.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from app.config import LocalSettings
from app.errors import KasseError, ValidationError
from app.services.fiscal import master_data
from app.services.fiscal.master_data import MasterData
from app.services.kernel.messages import ROLE_LABELS
from app.services.onboarding import messages as msg
from app.services.policy.definitions import POLICY
from app.services.sync.flow import check_code, check_url
from app.services.users import accounts, setup
from app.sync_schema.enums import Role

# The machine settings the wizard asks for, in the order it asks.
DEVICE_KEYS = ("printer.kind", "printer.url", "scanner.kind", "scanner.url")
TSE_KEYS = ("tse.kind", "tse.fiskaly_api_key", "tse.fiskaly_api_secret",
            "tse.fiskaly_tss_id", "tse.fiskaly_client_id")
_PORT_NEEDED = {"printer.url": ("printer.kind", "escpos"),
                "scanner.url": ("scanner.kind", "serial")}


@dataclass(frozen=True)
class Answers:
    """Everything the wizard asks, as typed."""

    store: MasterData
    station: str = ""
    admin_name: str = ""
    pin: str = ""
    pin_repeat: str = ""
    machine: dict[str, str] = field(default_factory=dict)
    server_url: str = ""
    register_code: str = ""


def store_errors(data: MasterData) -> dict[str, str]:
    """What is wrong with the store's master data, by field (the receipt needs it all)."""
    errors: dict[str, str] = {}
    required = {"name": msg.NAME_REQUIRED, "street": msg.STREET_REQUIRED,
                "postcode": msg.POSTCODE_REQUIRED, "city": msg.CITY_REQUIRED}
    for key, message in required.items():
        if not getattr(data, key).strip():
            errors[key] = message
    checks: tuple[tuple[str, Callable[[], str]], ...] = (
        ("postcode", partial(master_data.normalise_postcode, data.postcode, "DEU")),
        ("tax_number", partial(master_data.normalise_tax_number, data.tax_number)),
        ("vat_id", partial(master_data.normalise_vat_id, data.vat_id)))
    for key, check in checks:
        try:
            check()
        except ValidationError as exc:
            errors.setdefault(key, str(exc))
    if not data.tax_number.strip() and not data.vat_id.strip():
        errors.setdefault("tax_number", msg.TAX_REQUIRED)
    if not errors:
        try:
            master_data.validate(data)
        except ValidationError as exc:
            errors["name"] = str(exc)
    return errors


def station_errors(text: str) -> dict[str, str]:
    """The station number must be 1 to 99."""
    try:
        setup.validate_station_number(text.strip())
    except ValidationError as exc:
        return {"station": str(exc)}
    return {}


def admin_errors(name: str, pin: str, repeat: str) -> dict[str, str]:
    """The first admin's name and PIN, as the users service will check them."""
    errors: dict[str, str] = {}
    try:
        accounts.check_user_name(name)
    except ValidationError as exc:
        errors["admin_name"] = str(exc)
    digits = POLICY.lead_pin_digits.default  # a new store has the default rule
    if not pin:
        errors["pin"] = msg.PIN_REQUIRED
    else:
        try:
            accounts.check_pin(pin, digits, ROLE_LABELS[Role.ADMIN])
        except ValidationError as exc:
            errors["pin"] = str(exc)
    if "pin" not in errors and pin != repeat:
        errors["pin_repeat"] = msg.PINS_DIFFER
    return errors


def machine_errors(values: dict[str, str]) -> dict[str, str]:
    """Devices and TSE: a port for a real device, all four fiskaly credentials."""
    errors: dict[str, str] = {}
    scratch = LocalSettings(Path(os.devnull))
    for key, value in values.items():
        try:
            scratch.set(key, value)
        except ValidationError as exc:
            errors[key] = str(exc)
    for key, (kind_key, kind) in _PORT_NEEDED.items():
        if values.get(kind_key) == kind and not values.get(key, "").strip():
            errors.setdefault(key, msg.PORT_REQUIRED)
    if values.get("tse.kind") == "fiskaly":
        for key, label in msg.FISKALY_LABELS.items():
            if not values.get(key, "").strip():
                errors.setdefault(key, msg.FISKALY_REQUIRED.format(label=label))
    return errors


def sync_errors(server_url: str, code: str) -> dict[str, str]:
    """Nothing ("später"), only the address (registered later in Einstellungen), or a
    valid address with a registration code."""
    if not server_url.strip():
        return {"server_url": msg.SYNC_URL_MISSING} if code.strip() else {}
    errors: dict[str, str] = {}
    try:
        check_url(server_url)
    except KasseError as exc:
        errors["server_url"] = str(exc)
    if code.strip():
        try:
            check_code(code)
        except KasseError as exc:
            errors["register_code"] = str(exc)
    return errors


def all_errors(answers: Answers) -> dict[str, str]:
    """Every problem of ``answers`` by field key."""
    return {**store_errors(answers.store), **station_errors(answers.station),
            **admin_errors(answers.admin_name, answers.pin, answers.pin_repeat),
            **machine_errors(answers.machine),
            **sync_errors(answers.server_url, answers.register_code)}
