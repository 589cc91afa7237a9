"""Label layouts as data: one TOML file per sheet or roll in ``resources/label_layouts``.

Adding a sheet size means adding a file; its name (without ``.toml``) is the layout
name the CLI and the UI offer. Each file gives the page size, the label size and
padding, the grid (columns, rows, margins, pitch) and the printer resolution the
barcode is snapped to (203 dpi thermal, 300 dpi laser).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.errors import ValidationError
from app.resource_files import resource_path
from app.services.labels import messages as msg
from app.services.labels.ean13 import module_dots
from app.sync_schema.enums import values

MM = 72 / 25.4  # points per millimetre


class LayoutKind(StrEnum):
    SHEET = "sheet"  # A4 sheets with a grid of labels
    ROLL = "roll"  # thermal label rolls: one label per page


_TOLERANCE_MM = 0.05  # rounding in published sheet dimensions


@dataclass(frozen=True)
class LabelLayout:
    """One label sheet or roll; lengths in millimetres, positions counted from 1."""

    name: str
    title: str
    kind: str
    dpi: int
    page_width: float
    page_height: float
    label_width: float
    label_height: float
    padding: float
    columns: int = 1
    rows: int = 1
    left: float = 0.0
    top: float = 0.0
    column_pitch: float = 0.0
    row_pitch: float = 0.0

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def module_dots(self) -> int:
        """EAN-13 module width in whole printer dots for this label."""
        return module_dots(self.dpi, self.label_width - 2 * self.padding)

    def label_box(self, position: int) -> tuple[float, float, float, float]:
        """(x, y, width, height) in points, PDF coordinates (origin bottom left) of the
        label at 1-based ``position``, counted left to right, then top to bottom."""
        row, column = divmod(position - 1, self.columns)
        x = (self.left + column * self.column_pitch) * MM
        top = (self.top + row * self.row_pitch) * MM
        y = self.page_height * MM - top - self.label_height * MM
        return x, y, self.label_width * MM, self.label_height * MM


def _directory() -> Path:
    return resource_path("label_layouts")


def layout_names() -> list[str]:
    """Names of all layouts shipped with the app, sorted."""
    return sorted(entry.name.removesuffix(".toml") for entry in _directory().iterdir()
                  if entry.name.endswith(".toml"))


def _number(table: dict[str, Any], key: str, where: str, *, positive: bool = True) -> float:
    value = table.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(msg.LAYOUT_NOT_A_NUMBER.format(where=where, key=key))
    if value < 0 or (positive and value == 0):
        raise ValueError(msg.LAYOUT_NOT_POSITIVE.format(where=where, key=key))
    return float(value)


def _integer(table: dict[str, Any], key: str, where: str, default: int | None = None) -> int:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(msg.LAYOUT_NOT_COUNT.format(where=where, key=key))
    return value


def parse_layout(name: str, data: dict[str, Any]) -> LabelLayout:
    """Build and check a layout from the parsed TOML; ``ValueError`` says what is wrong."""
    kind = data.get("kind")
    if kind not in values(LayoutKind):
        raise ValueError(msg.LAYOUT_KIND)
    page, label = data.get("page", {}), data.get("label", {})
    grid = data.get("grid", {})
    layout = LabelLayout(
        name=name, title=str(data.get("title", name)), kind=kind,
        dpi=_integer(data, "dpi", "dpi"),
        page_width=_number(page, "width_mm", "page"),
        page_height=_number(page, "height_mm", "page"),
        label_width=_number(label, "width_mm", "label"),
        label_height=_number(label, "height_mm", "label"),
        padding=_number(label, "padding_mm", "label", positive=False),
        columns=_integer(grid, "columns", "grid", 1), rows=_integer(grid, "rows", "grid", 1),
        left=_number(grid, "left_mm", "grid", positive=False) if "left_mm" in grid else 0.0,
        top=_number(grid, "top_mm", "grid", positive=False) if "top_mm" in grid else 0.0,
        column_pitch=(_number(grid, "column_pitch_mm", "grid") if "column_pitch_mm" in grid
                      else _number(label, "width_mm", "label")),
        row_pitch=(_number(grid, "row_pitch_mm", "grid") if "row_pitch_mm" in grid
                   else _number(label, "height_mm", "label")),
    )
    if not 100 <= layout.dpi <= 1200:
        raise ValueError(msg.LAYOUT_DPI)
    if layout.column_pitch < layout.label_width - _TOLERANCE_MM:
        raise ValueError(msg.LAYOUT_COLUMN_PITCH)
    if layout.row_pitch < layout.label_height - _TOLERANCE_MM:
        raise ValueError(msg.LAYOUT_ROW_PITCH)
    right = layout.left + (layout.columns - 1) * layout.column_pitch + layout.label_width
    bottom = layout.top + (layout.rows - 1) * layout.row_pitch + layout.label_height
    if right > layout.page_width + _TOLERANCE_MM or bottom > layout.page_height + _TOLERANCE_MM:
        raise ValueError(msg.LAYOUT_OFF_PAGE)
    if 2 * layout.padding >= min(layout.label_width, layout.label_height) / 2:
        raise ValueError(msg.LAYOUT_PADDING)
    if kind == LayoutKind.ROLL and layout.per_page != 1:
        raise ValueError(msg.LAYOUT_ROLL_ONE)
    return layout


@lru_cache(maxsize=32)
def _load(name: str) -> LabelLayout:
    entry = _directory().joinpath(f"{name}.toml")
    try:
        data = tomllib.loads(entry.read_text(encoding="utf-8"))
        layout = parse_layout(name, data)
        _ = layout.module_dots  # the barcode must fit the label
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ValueError) as exc:
        raise ValidationError(msg.LAYOUT_BROKEN.format(file=f"{name}.toml",
                                                            reason=exc)) from exc
    return layout


def get_layout(name: str) -> LabelLayout:
    """The layout called ``name``; an unknown name is refused with the known ones listed."""
    known = layout_names()
    if name not in known:
        raise ValidationError(msg.LAYOUT_UNKNOWN.format(name=name, known=", ".join(known)))
    return _load(name)


def all_layouts() -> list[LabelLayout]:
    """Every shipped layout, for a choice in the UI."""
    return [get_layout(name) for name in layout_names()]
