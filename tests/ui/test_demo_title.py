"""A demo till says DEMO in its window title; a real till does not."""

from __future__ import annotations

from sqlalchemy import text

from app.services.kernel.backend import Backend
from app.ui.shell.main_window import MainWindow
from app.ui.shell.session import SessionState
from tests.helpers.actors import actor


def test_demo_till_title_says_demo(qtbot: object, backend: Backend,
                                   session: SessionState) -> None:
    """Before and after login the title of a demo till starts with DEMO."""
    window = MainWindow(backend, session)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    assert window.windowTitle() == "DEMO – Kreislauf-Kasse"
    session.set_actor(actor(backend, "maria"))
    assert window.windowTitle() == "DEMO – Maria Leitung – Kreislauf-Kasse"
    window.status.timer.stop()


def test_real_till_title_has_no_demo(qtbot: object, backend: Backend,
                                     session: SessionState) -> None:
    """A till not created with --demo shows the plain title."""
    with backend.db.write() as s:
        s.execute(text("UPDATE station SET demo = 0 WHERE is_local"))
    backend.forget_station()
    window = MainWindow(backend, session)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    session.set_actor(actor(backend, "maria"))
    assert window.windowTitle() == "Maria Leitung – Kreislauf-Kasse"
    window.status.timer.stop()
