"""The impact categories a till category can point at, with their German names.

The keys are the Fixometer categories of IMPACT.md (revision 2021) plus the two kinds of
goods that have no citable per-item figure (books, household goods: estimates). The
Einstellungen page offers these names in a list, so nobody types an English key; the
stored value stays the key, so factors can be looked up by it.
"""

from __future__ import annotations

from app.services.impact.messages import (
    IMPACT_LABELS,
    NO_IMPACT_LABEL,
    SERVICE_LABEL,
    UNKNOWN_IMPACT_LABEL,
)

NO_IMPACT = ""  # a category without a climate factor
# Not goods at all (the delivery fee, a repair service): no impact record, so neither an
# item reused nor an unknown figure.
SERVICE = "service"
IMPACT_KEYS = tuple(IMPACT_LABELS)


def impact_label(key: str) -> str:
    """The name of an impact key in the current language; unknown keys (from another
    till) are named as such."""
    if key == NO_IMPACT:
        return str(NO_IMPACT_LABEL)
    if key == SERVICE:
        return str(SERVICE_LABEL)
    return IMPACT_LABELS.get(key) or UNKNOWN_IMPACT_LABEL.format(key=key)
