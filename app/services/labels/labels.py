"""Labels for items: which items need one, what each shows, PDF files, "printed" marks.

Rendering lives in ``label_pdf`` (no database), layouts in ``label_layouts``. Services
here take a ``Ctx`` and never commit; the caller (``Backend.call``) commits once.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import and_, exists, or_, select

from app.db.models import Category, Item, SafetyTest
from app.errors import ConflictError, KasseError, NotFoundError, ValidationError
from app.services.intake.lifecycle import last_safety_test
from app.services.intake.messages import STATUS_LABELS
from app.services.kernel import audit
from app.services.kernel.context import Ctx
from app.services.kernel.formatting import format_local
from app.services.kernel.progress import Progress
from app.services.kernel.roles import Permission
from app.services.labels import layouts as label_layouts
from app.services.labels import messages as msg
from app.services.labels import pdf as label_pdf
from app.services.labels.ean13 import check_code
from app.services.labels.pdf import LabelData
from app.sync_schema.enums import IN_STOCK, Condition


@dataclass(frozen=True)
class LabelsWritten:
    """What ``write_labels`` produced."""

    path: Path
    codes: tuple[str, ...]
    pages: int
    layout: str

    @property
    def count(self) -> int:
        return len(self.codes)


def marks(ctx: Ctx, item: Item) -> tuple[str, ...]:
    """Marks a label carries: a passed electrical safety test (with its month), "defekt"."""
    out = []
    if item.electrical:
        test = last_safety_test(ctx, item)
        if test is not None and test.passed:
            out.append(msg.MARK_SAFETY_TESTED.format(month=format_local(test.tested_at, "%m/%Y")))
    if item.condition == Condition.DEFECT:
        out.append(msg.MARK_DEFECT)
    return tuple(out)


def label_data(ctx: Ctx, items: Iterable[Item]) -> list[LabelData]:
    """What each item's label shows, in the order given."""
    store = ctx.station.store_name if ctx.station else ""
    categories: dict[int, str] = {}
    out = []
    for item in items:
        if item.category_id not in categories:
            category = ctx.session.get(Category, item.category_id)
            categories[item.category_id] = category.name if category else ""
        out.append(LabelData(code=item.code, price_cents=item.price_cents,
                             description=item.description,
                             category=categories[item.category_id], store=store,
                             marks=marks(ctx, item)))
    return out


def items_for_codes(ctx: Ctx, codes: Sequence[str]) -> list[Item]:
    """The items behind ``codes`` in the order given (each once); wrong or unknown codes,
    and items no longer in stock, are refused with a German message."""
    wanted = list(dict.fromkeys(code.strip() for code in codes if code.strip()))
    for code in wanted:
        check_code(code)
    found = {item.code: item for item in
             ctx.session.scalars(select(Item).where(Item.code.in_(wanted)))}
    unknown = [code for code in wanted if code not in found]
    if unknown:
        shown = ", ".join(unknown[:5]) + (" …" if len(unknown) > 5 else "")
        raise NotFoundError(msg.LABEL_CODE_UNKNOWN.format(codes=shown))
    for code in wanted:
        if found[code].status not in IN_STOCK:
            raise ConflictError(msg.LABEL_NOT_IN_STOCK.format(
                code=code, status=STATUS_LABELS[found[code].status]))
    return [found[code] for code in wanted]


def unprinted_items(ctx: Ctx) -> list[Item]:
    """Items in stock whose label is missing or outdated, oldest first.

    Outdated: an electrical item whose passed safety test was recorded after its label
    was printed, so the label still lacks the "elektrisch geprüft" mark.
    """
    tested_since = exists().where(
        SafetyTest.item_id == Item.id, SafetyTest.passed.is_(True),
        SafetyTest.recorded_at > Item.label_printed_at)
    query = (select(Item).where(
        Item.status.in_(IN_STOCK),
        or_(Item.label_printed_at.is_(None), and_(Item.electrical.is_(True), tested_since)))
        .order_by(Item.received_at, Item.id))
    return list(ctx.session.scalars(query))


def unprinted_codes(ctx: Ctx) -> list[str]:
    """Codes of ``unprinted_items``: the print queue."""
    return [item.code for item in unprinted_items(ctx)]


def mark_printed(ctx: Ctx, codes: Sequence[str], layout: str = "") -> datetime:
    """Record that the labels of ``codes`` were printed now; one audit entry for the batch."""
    ctx.require(Permission.INTAKE)
    items = items_for_codes(ctx, codes)
    now = ctx.now()
    for item in items:
        item.label_printed_at = now
    ctx.session.flush()
    audit.record(ctx, "item.labels_printed", "item", items[0].code if items else "",
                 codes=[item.code for item in items], layout=layout)
    return now


def _atomic_write(target: Path, labels: Sequence[LabelData], layout: label_layouts.LabelLayout,
                  start: int, progress: Progress | None = None) -> int:
    """Render into a temporary file beside ``target``, then rename it into place, so a
    failure never leaves a half-written PDF behind."""
    if target.suffix.lower() != ".pdf":
        raise ValidationError(msg.LABEL_OUTPUT_NOT_PDF)
    label_pdf.check_start(layout, start)
    fd, tmp_name = -1, ""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".etiketten-", suffix=".pdf.tmp",
                                        dir=target.parent)
        with os.fdopen(fd, "wb") as handle:
            fd = -1
            pages = label_pdf.render(labels, layout, handle, start, progress)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, 0o644)  # mkstemp makes it private; a PDF is for sharing
        os.replace(tmp_name, target)
        tmp_name = ""
        return pages
    except OSError as exc:
        raise KasseError(msg.LABEL_OUTPUT_FAILED.format(
            path=target, reason=exc.strerror or type(exc).__name__)) from exc
    finally:
        if fd >= 0:
            os.close(fd)
        if tmp_name:
            Path(tmp_name).unlink(missing_ok=True)


def write_labels(ctx: Ctx, codes: Sequence[str], layout: str, target: Path | str,
                 start: int = 1, *, mark: bool = True,
                 progress: Progress | None = None) -> LabelsWritten:
    """Write the labels of ``codes`` to the PDF ``target`` (atomically), starting at sheet
    position ``start``, and mark them printed unless ``mark`` is false (a test print).
    ``progress`` may cancel the batch: no file then, and no label marked printed."""
    ctx.require(Permission.INTAKE)
    chosen = label_layouts.get_layout(layout)
    items = items_for_codes(ctx, codes)
    if not items:
        raise ValidationError(msg.LABELS_NONE_CHOSEN)
    path = Path(target)
    pages = _atomic_write(path, label_data(ctx, items), chosen, start, progress)
    written = tuple(item.code for item in items)
    if mark:
        mark_printed(ctx, written, layout)
    return LabelsWritten(path, written, pages, layout)
