"""An attacker with the till's database file drops the triggers, deletes the newest audit
entries, empties the table or edits an entry and recomputes the whole chain with the
project's own hash function: the chain is consistent in itself, yet ``audit verify``
fails against the heads the server kept and against the head printed on the Z, and the
server's ``audit verify`` flags the station after its next push."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main as till_cli
from app.db.models import AuditEntry
from app.services.cash import closing as cash_closing
from app.services.cash import sessions as cash_sessions
from app.services.kernel import audit
from app.services.kernel.backend import open_backend
from app.services.reports import figures
from app.services.reports import receipt as report_receipt
from server import cli as server_cli
from tests.helpers.actors import actor
from tests.helpers.cash import FULL_DRAWER, Line, sell
from tests.sync.live import LiveServer, Till, make_till, register

EXIT_BROKEN = 3


@pytest.fixture
def till(tmp_path: Path, live_server: LiveServer) -> Iterator[Till]:
    """Station 1, registered, with a day of work pushed: the server holds its head."""
    t = make_till(tmp_path, 1, clock=live_server.clock)
    register(t, live_server)
    work(t, sales=3)
    push(t)
    yield t
    t.backend.close()


def work(t: Till, sales: int) -> None:
    manager, cashier = actor(t.backend, "maria"), actor(t.backend, "kai")
    with t.backend.read() as ctx:
        is_open = cash_sessions.open_session_id(ctx) is not None
    if not is_open:
        t.backend.call(manager, cash_sessions.open_session, float_cents=10_000)
    for n in range(sales):
        sell(t.backend, cashier, [Line("Bücher", 100 + n)])


def push(t: Till) -> None:
    with t.client() as client:
        report = client.sync()
    assert report.pending == 0 and not report.quarantined


def verify(t: Till, *args: str) -> int:
    return till_cli(["--data-dir", str(t.paths.data_dir), "audit", "verify", *args],
                    clock=t.backend.clock)


def tamper(t: Till, change: Callable[[sqlite3.Connection], None]) -> None:
    """What someone with the file does: close the till, drop the guards, change rows."""
    db_file = t.paths.db_file
    t.backend.close()
    raw = sqlite3.connect(db_file)
    try:
        raw.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
        raw.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
        change(raw)
        raw.commit()
    finally:
        raw.close()


def reopen(t: Till) -> Till:
    return Till(t.number, open_backend(t.paths, clock=t.backend.clock), t.paths)


def delete_newest(count: int) -> Callable[[sqlite3.Connection], None]:
    def change(raw: sqlite3.Connection) -> None:
        raw.execute("DELETE FROM audit_entry WHERE id IN (SELECT id FROM audit_entry "
                    "ORDER BY id DESC LIMIT ?)", (count,))
    return change


def empty(raw: sqlite3.Connection) -> None:
    raw.execute("DELETE FROM audit_entry")


def edit_and_rechain(raw: sqlite3.Connection) -> None:
    """Change one entry, then recompute every hash from the start as the project's own
    ``entry_hash`` does: the chain alone is in order again."""
    raw.execute("UPDATE audit_entry SET user_name = 'niemand' WHERE id = "
                "(SELECT MIN(id) + 2 FROM audit_entry)")
    prev = audit.GENESIS
    rows = raw.execute("SELECT id, at, station_id, user_id, user_name, action, object_type, "
                       "object_id, details FROM audit_entry ORDER BY id").fetchall()
    for row_id, at, station, user, name, action, obj, obj_id, details in rows:
        fields = audit._fields(datetime.fromisoformat(at).replace(tzinfo=UTC), station,
                               user, name, action, obj, obj_id, json.loads(details))
        new = audit.entry_hash(prev, fields)
        raw.execute("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE id = ?",
                    (prev, new, row_id))
        prev = new


@pytest.mark.parametrize("attack, words", [
    (delete_newest(5), "Einträge wurden gelöscht"),
    (empty, "Einträge wurden gelöscht"),
    (edit_and_rechain, "Einträge wurden geändert und die Kette neu berechnet"),
])
def test_the_till_notices_what_the_file_alone_hides(
        till: Till, attack: Callable[[sqlite3.Connection], None], words: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Offline the altered chain passes (nothing outside the file to compare with);
    against the server's anchors the same chain fails with exit 3."""
    tamper(till, attack)
    capsys.readouterr()
    assert verify(till, "--offline") == 0  # what was not detected before the anchors
    assert "Kein Anker außerhalb der Datenbank" in capsys.readouterr().err
    assert verify(till) == EXIT_BROKEN
    err = capsys.readouterr().err
    assert words in err and "die Zentrale" in err


def test_an_honest_till_passes_against_the_server(till: Till,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """More work after the push extends the chain: every anchor still fits."""
    work(till, sales=2)
    capsys.readouterr()
    assert verify(till) == 0
    out = capsys.readouterr().out
    assert "Protokoll in Ordnung" in out and "die Zentrale" in out


def test_the_server_flags_the_station_after_its_next_push(
        till: Till, live_server: LiveServer, capsys: pytest.CaptureFixture[str]) -> None:
    """The server compares each pushed head with the heads it kept: a shorter chain is a
    problem of station 1 in ``kreislauf-server audit verify``."""
    assert server_cli.main(["--db", live_server.db_url, "audit", "verify"],
                           clock=live_server.clock) == 0
    tamper(till, delete_newest(4))
    again = reopen(till)
    try:
        work(again, sales=1)  # the till goes on working and syncs
        push(again)
    finally:
        again.backend.close()
    capsys.readouterr()
    assert server_cli.main(["--db", live_server.db_url, "audit", "verify", "--station",
                            "1"], clock=live_server.clock) == EXIT_BROKEN
    err = capsys.readouterr().err
    assert "Station 1: Protokoll verändert" in err


def test_the_printed_z_anchors_the_day_without_a_server(
        tmp_path: Path, live_server: LiveServer, capsys: pytest.CaptureFixture[str]) -> None:
    """A till that never synced: the head on the Z receipt, typed back as ``--anchor``,
    exposes entries deleted or a chain recomputed after the Z."""
    t = make_till(tmp_path, 2, clock=live_server.clock)
    work(t, sales=3)
    manager = actor(t.backend, "maria")
    closed = t.backend.call(manager, cash_closing.close_session, dict(FULL_DRAWER),
                            "Zähldifferenz im Test")
    report = t.backend.query(manager, figures.z_report, closed.closing_id)
    paper = report_receipt.lines(report, 42)
    head = paper[paper.index("Protokollkette (Anzahl:Hash):") + 1]
    count, prefix = head.split(":")
    assert int(count) >= 5 and len(prefix) >= audit.MIN_ANCHOR_HEX and len(head) <= 42
    with t.backend.read() as ctx:
        assert ctx.session.scalar(select(AuditEntry.hash).where(
            AuditEntry.id == ctx.session.scalar(select(AuditEntry.id).order_by(
                AuditEntry.id).offset(int(count) - 1).limit(1)))).startswith(prefix)
    capsys.readouterr()
    assert verify(t, "--anchor", head) == 0
    tamper(t, edit_and_rechain)
    assert verify(t, "--offline", "--anchor", head) == EXIT_BROKEN
    assert "der Z-Bericht" in capsys.readouterr().err
