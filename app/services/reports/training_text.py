"""The lines that show training bookings apart on an X/Z (screen, paper, PDF, CSV)."""

from __future__ import annotations

from app.services.kernel.formatting import format_cents
from app.services.reports import messages as msg
from app.services.reports.model import TrainingFigures


def training_texts(t: TrainingFigures) -> list[str]:
    """One sentence for the training receipts, one for training cash movements, if any."""
    out: list[str] = []
    if t.receipts:
        out.append(msg.TRAINING_RECEIPTS.format(count=t.receipts,
                                                amount=format_cents(t.gross_cents)))
    if t.movements:
        out.append(msg.TRAINING_MOVEMENTS.format(count=t.movements,
                                                 amount=format_cents(t.movements_cents)))
    return out
