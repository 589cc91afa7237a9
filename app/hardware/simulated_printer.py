"""A receipt printer that writes files instead of paper, so the till runs on a laptop.

Each job becomes ``NNNN-<name>.txt`` (UTF-8, what a person would read) and
``NNNN-<name>.bin`` (the exact ESC/POS bytes a real printer would get) in ``out_dir``,
plus ``NNNN-<name>.pdf`` when the job carries a PDF copy.
The status can be set to any ``PrinterStatus`` to try the error paths; the printer then
answers the real-time status query (DLE EOT n) with the bytes a real one would send
(nothing at all while ``unknown``, i.e. silent), and ``status()`` reads those answers.
"""

from __future__ import annotations

from pathlib import Path

from app.errors import DeviceError
from app.hardware import messages as msg
from app.hardware.printer_status import DRAWER_FAILED, STATUS_BYTES, decode_status, problem_for
from app.hardware.protocols import PrinterStatus, ReceiptJob


class SimulatedPrinter:
    """Implements ``ReceiptPrinter``; keeps the last receipt's text for the screen."""

    keeps_pdf_copy = True  # the receipt job also carries a PDF copy (with the QR code)

    def __init__(self, out_dir: Path, status: PrinterStatus = PrinterStatus.OK) -> None:
        self.out_dir = Path(out_dir)
        self.simulated_status = status
        self.after_job: PrinterStatus | None = None  # the state once the next job is out
        self.last_text: str = ""
        self.files: list[Path] = []
        self.drawer_kicks = 0
        self.cuts = 0
        # Continue numbering after files left by earlier runs, so nothing is overwritten.
        self._counter = len(list(self.out_dir.glob("*.txt"))) if self.out_dir.is_dir() else 0

    def set_status(self, status: PrinterStatus | str) -> None:
        """Pretend the printer is in ``status`` (ok, paper_out, cover_open, offline, ...)."""
        self.simulated_status = PrinterStatus(status)

    def answer(self, n: int) -> int | None:
        """The byte a real printer in this state sends for DLE EOT ``n``; None = silent."""
        return STATUS_BYTES[self.simulated_status].get(n)

    def status(self) -> PrinterStatus:
        return decode_status(self.answer)

    def _check(self) -> None:
        problem = problem_for(self.simulated_status)
        if problem is not None:
            raise DeviceError(problem)

    def print_job(self, job: ReceiptJob) -> None:
        self._check()
        try:
            self.out_dir.mkdir(parents=True, exist_ok=True)
            while True:  # skip numbers another process may have used meanwhile
                self._counter += 1
                stem = f"{self._counter:04d}-{_safe(job.name)}"
                text_file = self.out_dir / f"{stem}.txt"
                if not text_file.exists():
                    break
            (self.out_dir / f"{stem}.bin").write_bytes(job.escpos)
            if job.pdf:
                (self.out_dir / f"{stem}.pdf").write_bytes(job.pdf)
            text_file.write_text(job.text, encoding="utf-8")
        except OSError as exc:
            raise DeviceError(
                msg.SIMULATED_CANNOT_WRITE.format(folder=self.out_dir,
                                                  reason=exc.strerror or exc)) from exc
        self.files.append(text_file)
        self.last_text = job.text
        if self.after_job is not None:  # e.g. the paper ran out in the middle of the job
            self.simulated_status, self.after_job = self.after_job, None

    def cut(self) -> None:
        self._check()
        self.cuts += 1

    def open_drawer(self) -> None:
        if self.status() in (PrinterStatus.OFFLINE, PrinterStatus.UNKNOWN):
            raise DeviceError(DRAWER_FAILED.format(reason=msg.PRINTER_NOT_ANSWERING))
        self.drawer_kicks += 1


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in name)[:60] or "bon"
