"""The DSFinV-K export: every Z closing of a date range as one ZIP for a tax audit.

Thin adapter over pretix's ``dsfinvk`` tables (``dsfinvk_schema`` says what we take
from it and what we fix): the 20 CSV files are streamed into a temporary folder in a
few ordered passes over the records, then zipped with ``index.xml`` and the GDPdU DTD
it names. The target file appears only when everything was written (no partial file on
any error). Read-only: the caller runs it in a read transaction.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.errors import ValidationError
from app.services.fiscal import dsfinvk_cash, dsfinvk_master, dsfinvk_receipts, master_data
from app.services.fiscal import dsfinvk_format as fmt
from app.services.fiscal import messages as msg
from app.services.fiscal.dsfinvk_closings import coverage
from app.services.fiscal.dsfinvk_schema import (
    DTD_NAME,
    INDEX_NAME,
    TABLES,
    TAXONOMY_VERSION,
    dtd_bytes,
    index_xml,
)
from app.services.kernel.context import Ctx
from app.services.kernel.roles import Permission

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    closings: int
    first_z: int
    last_z: int
    receipts: int
    rows: dict[str, int]


def check_target(target: Path, suffix: str = ".zip") -> None:
    if target.suffix.lower() != suffix:
        raise ValidationError(msg.OUTPUT_SUFFIX.format(suffix=suffix, name=target.name))


def export(ctx: Ctx, start: date, end: date, target: Path,
           progress: Progress | None = None) -> ExportResult:
    """Write the DSFinV-K ZIP of the Z closings made on the Berlin days ``start``…``end``.

    Raises a German ``NotFoundError`` (and writes nothing) when the range holds no Z.
    """
    ctx.require(Permission.EXPORT)
    check_target(target)
    cov = coverage(ctx, start, end)
    assert ctx.station is not None
    terminal = fmt.text(str(ctx.station.number), 50)
    total = dsfinvk_receipts.receipt_count(ctx, cov)
    with tempfile.TemporaryDirectory(prefix="dsfinvk-") as tmp:
        folder = Path(tmp)
        files = {t.file: fmt.CsvFile(folder, t) for t in TABLES}
        try:
            index = dsfinvk_receipts.write_heads(ctx, cov, files, terminal, progress, total)
            dsfinvk_receipts.write_payments(ctx, cov, files, index)
            dsfinvk_receipts.write_lines(ctx, cov, files, terminal, index)
            dsfinvk_cash.write_cash(ctx, cov, files, terminal)
            dsfinvk_cash.write_other_tse(ctx, cov, files, terminal)
            dsfinvk_master.write_master(ctx, cov, files)
        finally:
            for f in files.values():
                f.close()
        md = master_data.valid_at(ctx, cov.window_end)
        (folder / INDEX_NAME).write_bytes(index_xml(
            md.name, md.city or md.name,
            f"DSFinV-K {TAXONOMY_VERSION}, Kreislauf-Kasse, Z {cov.closings[0].number}"
            f"–{cov.closings[-1].number} ({start.isoformat()} bis {end.isoformat()})"))
        (folder / DTD_NAME).write_bytes(dtd_bytes())
        _zip(folder, [INDEX_NAME, DTD_NAME, *(t.file for t in TABLES)], target)
    if progress is not None:
        progress(total, total)
    return ExportResult(target, len(cov.closings), cov.closings[0].number,
                        cov.closings[-1].number, total,
                        {name: f.rows for name, f in files.items()})


def _zip(folder: Path, names: list[str], target: Path) -> None:
    """Zip to a temporary file beside the target, then rename (atomic on one disk)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
            for name in names:
                zf.write(folder / name, name)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ValidationError(msg.OUTPUT_UNWRITABLE.format(path=target,
                                                           reason=exc.strerror)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
