"""Create the till the first-run wizard was told about, in one go.

``create_till`` checks every answer again, then builds the database in a staging folder
in one transaction and only moves the finished file into place: a failed set-up leaves
no database behind. The machine settings (devices, TSE, server address) are saved once
the database is in place; ``register`` then uses the sync flow's registration.
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import replace
from pathlib import Path

from app.config import DB_FILE, LocalSettings, Paths
from app.errors import KasseError, ValidationError
from app.services.fiscal import master_data
from app.services.kernel.backend import Backend, open_backend
from app.services.kernel.clock import Clock, utc_now
from app.services.kernel.context import SYSTEM, Actor, Ctx
from app.services.kernel.roles import Permission
from app.services.onboarding import messages as msg
from app.services.onboarding.first_run import Answers, all_errors
from app.services.sync.flow import SyncClient, check_url
from app.services.users import setup
from app.services.users.setup import InitResult

log = logging.getLogger(__name__)
STAGING = ".einrichtung"


def _create(ctx: Ctx, answers: Answers) -> InitResult:
    data = master_data.validate(replace(answers.store, country="DEU"))
    result = setup.initialise(ctx, setup.validate_station_number(answers.station.strip()),
                              data.name, first_admin=(answers.admin_name, answers.pin))
    master_data.update(ctx, **master_data.as_dict(data))
    return result


def create_till(paths: Paths, settings: LocalSettings, answers: Answers,
                clock: Clock = utc_now) -> InitResult:
    """Create store, station, admin and master data in one transaction, then save the
    machine settings; raises a German ``ValidationError`` and creates nothing when an
    answer is wrong or a till exists already."""
    errors = all_errors(answers)
    if errors:
        raise ValidationError(next(iter(errors.values())))
    if paths.db_file.exists():
        raise ValidationError(msg.ALREADY_SET_UP.format(path=paths.data_dir))
    staging = Paths(paths.data_dir / STAGING)
    shutil.rmtree(staging.data_dir, ignore_errors=True)  # what a crashed set-up left
    try:
        backend = open_backend(staging, must_exist=False, clock=clock)
        try:
            result = backend.call(SYSTEM, _create, answers)
        finally:
            backend.close()
        _move_database(staging.data_dir, paths.data_dir)
    finally:
        shutil.rmtree(staging.data_dir, ignore_errors=True)
    _save_machine(settings, answers)
    log.info("till set up: station %s, %s", result.station_number, result.store_name)
    return result


def _move_database(source: Path, target: Path) -> None:
    # The -wal/-shm files are moved first, so a crash between the moves never leaves a
    # database file next to a missing journal.
    for suffix in ("-wal", "-shm", ""):
        part = source / f"{DB_FILE}{suffix}"
        if part.exists():
            os.replace(part, target / part.name)


def _save_machine(settings: LocalSettings, answers: Answers) -> None:
    for key, value in answers.machine.items():
        settings.set(key, value.strip())
    if answers.server_url.strip():
        settings.set("sync.server_url", check_url(answers.server_url))
    settings.save()


def register(paths: Paths, settings: LocalSettings, answers: Answers,
             clock: Clock = utc_now) -> str:
    """Register the new till at the central server when a code was given; the German
    reason when that failed ("" when it worked or was left for later). The till exists
    either way, so registering can be retried in Einstellungen."""
    if not answers.register_code.strip():
        return ""
    backend = open_backend(paths, clock=clock)
    try:
        with SyncClient(backend, ca_file=settings.get("sync.ca_file") or None) as client:
            client.register(answers.register_code, answers.server_url)
    except KasseError as exc:
        log.warning("registration after set-up failed: %s", exc)
        return str(exc)
    finally:
        backend.close()
    return ""


def register_later(backend: Backend, settings: LocalSettings, actor: Actor, code: str,
                   server_url: str) -> str:
    """Register a running till at the central server from Einstellungen (a manager or
    admin only: the token it receives speaks for the whole till). The address is kept in
    this machine's settings once the server accepted the code; returns it."""
    with backend.read(actor) as ctx:
        ctx.require(Permission.SETTINGS)
    url = check_url(server_url)
    with SyncClient(backend, ca_file=settings.get("sync.ca_file") or None) as client:
        client.register(code, url)
    settings.set("sync.server_url", url)
    settings.save()
    log.info("registered from Einstellungen at %s by %s", url, actor.name)
    return url
