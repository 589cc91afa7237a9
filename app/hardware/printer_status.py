"""German sentences for printer states that every driver (real or simulated) reports."""

from __future__ import annotations

from app.errors import DeviceError
from app.hardware.protocols import PrinterStatus

# German sentences for a status that stops printing: what happened, what to do next.
STATUS_PROBLEMS: dict[PrinterStatus, str] = {
    PrinterStatus.PAPER_OUT: "Der Bondrucker hat kein Papier mehr. Bitte eine neue Rolle "
                             "einlegen und den Bon erneut drucken.",
    PrinterStatus.COVER_OPEN: "Der Deckel des Bondruckers ist offen. Bitte schließen und den "
                              "Bon erneut drucken.",
    PrinterStatus.OFFLINE: "Der Bondrucker antwortet nicht. Bitte Kabel und Strom prüfen und "
                           "den Bon erneut drucken.",
    PrinterStatus.UNKNOWN: "Der Zustand des Bondruckers ist unbekannt. Bitte den Drucker "
                           "prüfen und den Bon erneut drucken.",
}
PAPER_NEAR_END = "Die Papierrolle des Bondruckers geht zu Ende. Bitte bald wechseln."
DRAWER_FAILED = "{reason}. Bitte die Schublade mit dem Schlüssel öffnen."


def problem_for(status: PrinterStatus) -> str | None:
    """The German sentence for a status that prevents printing, or None."""
    return STATUS_PROBLEMS.get(status)
PRINT_INTERRUPTED = ("Der Druck wurde mittendrin unterbrochen ({reason}). Beim erneuten Drucken "
                     "kommt der ganze Bon noch einmal, als Kopie markiert.")
MAYBE_INCOMPLETE = "Der Bon ist vielleicht nicht vollständig gedruckt."


class PrintInterrupted(DeviceError):
    """Part of a job may be on paper already: a reprint must print it whole, as a copy."""
