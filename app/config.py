"""Where the till keeps its files, and the settings of this machine.

Resolution order for the data directory: ``--data-dir`` > ``KREISLAUF_DATA_DIR`` >
``data_dir`` in the TOML settings file > the platform's user data directory.
The TOML file lives in the platform's config directory (``KREISLAUF_CONFIG`` overrides
the file path). Store-wide settings that other tills must learn about (discount
approval, price and quantity maxima, the card maximum) live in the database instead,
declared in ``app.services.policy.definitions`` and synced; this file only holds what
belongs to this one machine: devices, the sync server, the language.
"""

from __future__ import annotations

import logging
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
import tomli_w

from app import APP_NAME, messages, private_files
from app.errors import ValidationError

ENV_DATA_DIR = "KREISLAUF_DATA_DIR"
ENV_CONFIG = "KREISLAUF_CONFIG"
DB_FILE = "kreislauf.sqlite3"


@dataclass(frozen=True)
class SettingDef:
    """A machine setting: key, type, default and the German text the settings page shows."""

    key: str
    type: type
    default: Any
    description: str
    choices: tuple[str, ...] = ()


LOCAL_SETTINGS: tuple[SettingDef, ...] = (
    SettingDef("data_dir", str, "", "Datenverzeichnis (leer = Standard des Systems)"),
    SettingDef("language", str, "de", "Sprache der Oberfläche", ("de", "en")),
    SettingDef("display.compact", str, "auto", "Kompakte Ansicht für kleine Bildschirme",
               ("auto", "on", "off")),
    SettingDef("printer.kind", str, "simulated", "Bondrucker", ("simulated", "escpos")),
    SettingDef("printer.url", str, "", "Anschluss des Bondruckers (z. B. /dev/ttyUSB0)"),
    SettingDef("printer.baudrate", int, 19200, "Baudrate des Bondruckers"),
    SettingDef("printer.columns", int, 42, "Zeichen pro Zeile auf dem Bon", ("32", "42", "48")),
    SettingDef("printer.flow_control", str, "none", "Flusssteuerung des Bondruckers",
               ("none", "xonxoff", "rtscts")),
    SettingDef("printer.dsrdtr", str, "off",
               "DSR/DTR-Handshake des Bondruckers (USB-Seriell-Adapter meist aus)", ("off", "on")),
    SettingDef("printer.codepage", str, "CP858", "Zeichensatz des Bondruckers (mit €-Zeichen)",
               ("CP858", "CP1252")),
    SettingDef("printer.codepage_table", int, 0,
               "Nummer der Zeichentabelle (ESC t; 0 = üblich: 19 für CP858, 16 für CP1252)"),
    SettingDef("printer.cut", str, "full", "Schnitt am Bonende", ("full", "partial")),
    SettingDef("printer.status_timeout_ms", int, 300,
               "Wartezeit auf die Statusantwort des Bondruckers (ms)"),
    SettingDef("scanner.kind", str, "wedge", "Scanner", ("wedge", "serial", "simulated")),
    SettingDef("scanner.url", str, "", "Anschluss des seriellen Scanners"),
    SettingDef("scanner.baudrate", int, 9600, "Baudrate des seriellen Scanners"),
    SettingDef("scanner.max_gap_ms", int, 30, "Größter Abstand zwischen Scanner-Tasten (ms)"),
    SettingDef("scanner.min_length", int, 8, "Mindestlänge eines Scans (Zeichen)"),
    SettingDef("scanner.prefix", str, "", "Vorsatzzeichen des Tastatur-Scanners (wird entfernt)"),
    SettingDef("scanner.suffix", str, "", "Nachsatzzeichen des Tastatur-Scanners (wird entfernt)"),
    SettingDef("scanner.terminator", str, "enter", "Abschluss-Taste des Tastatur-Scanners",
               ("enter", "tab")),
    SettingDef("tse.kind", str, "software",
               "TSE: software = Software-TSE (nur Entwicklung/Schulung, nicht zertifiziert, "
               "nicht für den Echtbetrieb); fiskaly = Cloud-TSE; none = ohne TSE",
               ("software", "fiskaly", "none")),
    SettingDef("tse.client_id", str, "",
               "Seriennummer der Kasse in der TSE (leer = KREISLAUF-S<Nr>)"),
    SettingDef("tse.fiskaly_url", str, "https://kassensichv-middleware.fiskaly.com/api/v2",
               "Adresse der fiskaly-API"),
    SettingDef("tse.fiskaly_api_key", str, "", "fiskaly API-Schlüssel"),
    SettingDef("tse.fiskaly_api_secret", str, "", "fiskaly API-Geheimnis"),
    SettingDef("tse.fiskaly_tss_id", str, "", "fiskaly TSS-ID"),
    SettingDef("tse.fiskaly_client_id", str, "", "fiskaly Client-ID dieser Kasse"),
    SettingDef("tse.timeout_s", int, 5, "Wartezeit auf die Cloud-TSE (Sekunden)"),
    SettingDef("tse.outage_report_hours", int, 48,
               "TSE-Ausfall: ab so vielen Stunden als meldepflichtig markieren"),
    SettingDef("sync.server_url", str, "", "Adresse des zentralen Servers"),
    SettingDef("sync.ca_file", str, "", "CA-Zertifikat der Zentrale (leer = System-CAs)"),
    SettingDef("backup.folder", str, "",
               "Ordner der Sicherungen, z. B. USB-Stick (leer = backups im Datenverzeichnis)"),
    SettingDef("backup.keep_days", int, 14, "Sicherungen dieser Kasse so viele Tage aufheben"),
    SettingDef("delivery.geocoder_url", str, "",
               "Geodienst für Koordinaten (Nominatim-kompatibel, …/search; leer = keiner)"),
)
_BY_KEY = {d.key: d for d in LOCAL_SETTINGS}


def config_file() -> Path:
    """Path of this machine's TOML settings file."""
    override = os.environ.get(ENV_CONFIG)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME)) / "settings.toml"


class LocalSettings:
    """Typed access to the TOML settings of this machine."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_file()
        self._values: dict[str, Any] = {}
        if self.path.exists():
            with self.path.open("rb") as fh:
                self._values = _flatten(tomllib.load(fh))

    def get(self, key: str) -> Any:
        definition = _BY_KEY[key]
        value = self._values.get(key, definition.default)
        try:
            return definition.type(value)
        except (TypeError, ValueError):
            logging.getLogger(__name__).warning("bad value for %s in %s", key, self.path)
            return definition.default

    def set(self, key: str, value: Any) -> None:
        definition = _BY_KEY[key]
        try:
            converted = definition.type(value)
        except (TypeError, ValueError) as exc:
            raise ValidationError(messages.SETTING_VALUE_INVALID.format(
                description=definition.description, value=repr(value))) from exc
        if definition.choices and str(converted) not in definition.choices:
            raise ValidationError(messages.SETTING_CHOICES.format(
                description=definition.description, choices=", ".join(definition.choices)))
        self._values[key] = converted

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_bytes(tomli_w.dumps(_nest(self._values)).encode())
        tmp.replace(self.path)


def _flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in data.items():
        full = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(_flatten(value, full + "."))
        else:
            out[full] = value
    return out


def _nest(flat: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in flat.items():
        node = out
        *parents, leaf = key.split(".")
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = value
    return out


@dataclass(frozen=True)
class Paths:
    """The files of one till: database, logs, receipts, exports."""

    data_dir: Path

    @property
    def db_file(self) -> Path:
        return self.data_dir / DB_FILE

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def receipts_dir(self) -> Path:
        return self.data_dir / "receipts"

    @property
    def exports_dir(self) -> Path:
        return self.data_dir / "exports"

    @property
    def backups_dir(self) -> Path:
        """Where backups go unless the setting ``backup.folder`` names another folder."""
        return self.data_dir / "backups"

    @property
    def db_url(self) -> str:
        return f"sqlite:///{self.db_file}"

    def ensure(self) -> None:
        """Create the directories, or say in German why that is impossible."""
        try:
            for folder in (self.data_dir, self.log_dir, self.receipts_dir, self.exports_dir):
                private_files.make_dir(folder)  # 0700: PIN hashes and the journal inside
                if not os.access(folder, os.W_OK | os.X_OK):
                    raise PermissionError(messages.DATA_DIR_NOT_WRITABLE)
        except OSError as exc:
            reason = (messages.DATA_DIR_NOT_WRITABLE if isinstance(exc, PermissionError)
                      else messages.DATA_DIR_NOT_CREATABLE)
            raise ValidationError(
                messages.DATA_DIR_UNUSABLE.format(path=self.data_dir, reason=reason)
            ) from exc


def resolve_paths(data_dir: str | os.PathLike[str] | None = None,
                  settings: LocalSettings | None = None) -> Paths:
    """Pick the data directory by the documented order of precedence."""
    if data_dir:
        return Paths(Path(data_dir).expanduser().resolve())
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Paths(Path(env).expanduser().resolve())
    configured = (settings or LocalSettings()).get("data_dir")
    if configured:
        return Paths(Path(configured).expanduser().resolve())
    return Paths(Path(platformdirs.user_data_dir(APP_NAME)))


def backup_folder(paths: Paths, settings: LocalSettings | None = None) -> Path:
    """The folder for this till's backups: ``backup.folder``, else ``<data dir>/backups``."""
    configured = (settings or LocalSettings()).get("backup.folder")
    return Path(configured).expanduser() if configured else paths.backups_dir


def setup_logging(paths: Paths, level: int = logging.INFO) -> Path:
    """Send log records to a rotating file in the data directory; return its path."""
    private_files.make_dir(paths.log_dir)
    log_file = paths.log_dir / "kreislauf.log"
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_kreislauf", False):
            root.removeHandler(handler)
            handler.close()
    handler = private_files.PrivateRotatingFileHandler(
        log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._kreislauf = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return log_file


def permission_warnings(paths: Paths) -> list[str]:
    """German warnings when the data directory or its sensitive files are open to others."""
    return private_files.check(paths.data_dir, paths.log_dir)
