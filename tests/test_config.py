"""Paths and this machine's TOML settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.config import LocalSettings, config_file, resolve_paths, setup_logging
from app.errors import ValidationError


def test_data_dir_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--data-dir beats KREISLAUF_DATA_DIR, which beats the settings file."""
    settings = LocalSettings(tmp_path / "s.toml")
    settings.set("data_dir", str(tmp_path / "from-file"))
    assert resolve_paths(None, settings).data_dir == tmp_path / "from-file"
    monkeypatch.setenv("KREISLAUF_DATA_DIR", str(tmp_path / "from-env"))
    assert resolve_paths(None, settings).data_dir == tmp_path / "from-env"
    assert resolve_paths(tmp_path / "flag", settings).data_dir == tmp_path / "flag"


def test_settings_round_trip(tmp_path: Path) -> None:
    """Typed settings are saved as TOML and read back with their types."""
    path = tmp_path / "conf" / "settings.toml"
    settings = LocalSettings(path)
    settings.set("printer.kind", "escpos")
    settings.set("printer.baudrate", "38400")
    settings.save()
    assert "[printer]" in path.read_text()
    again = LocalSettings(path)
    assert again.get("printer.kind") == "escpos"
    assert again.get("printer.baudrate") == 38400
    assert again.get("scanner.max_gap_ms") == 30  # default


def test_bad_setting_value_refused(tmp_path: Path) -> None:
    """A value outside the choices gets a German message."""
    settings = LocalSettings(tmp_path / "s.toml")
    with pytest.raises(ValidationError, match="erlaubt nur"):
        settings.set("printer.kind", "laser")
    with pytest.raises(ValidationError, match="Ungültiger Wert"):
        settings.set("printer.baudrate", "schnell")


def test_config_file_env_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """KREISLAUF_CONFIG points at another settings file."""
    monkeypatch.setenv("KREISLAUF_CONFIG", str(tmp_path / "x.toml"))
    assert config_file() == tmp_path / "x.toml"


def test_rotating_log_file(tmp_path: Path) -> None:
    """Logs go to a rotating file in the data directory."""
    import logging

    from app.config import Paths
    log_file = setup_logging(Paths(tmp_path))
    logging.getLogger("test").warning("hallo Protokoll")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "hallo Protokoll" in log_file.read_text()
