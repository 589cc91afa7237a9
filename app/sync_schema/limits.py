"""Hard limits of the records, defined once: the till's validation, the database columns,
the wire schema and the central server all use these numbers.

These are the ceilings a record can ever have. What a store allows day to day (the
highest typed price at the till, when a discount needs a manager) are store settings in
``services.policy``; their ranges end at these limits.
"""

from __future__ import annotations

# --- stations and ids ---------------------------------------------------------------------
MIN_STATION = 1
MAX_STATION = 99  # two digits in every item code
UUID_LENGTH = 36

# --- money, weight, quantities ------------------------------------------------------------
MAX_PRICE_CENTS = 5_000_000  # 50.000 €: above this an item price is a typo at this store
MAX_WEIGHT_G = 1_000_000  # 1 t
MAX_LINE_QUANTITY = 10_000  # pieces on one receipt line (negative on a refund)
MAX_INTAKE_PIECES = 100  # identical pieces taken in at once, each with its own code
MAX_PERCENT = 100
MAX_VAT_RATE_BP = 10_000  # basis points: 100 %
MAX_MARKDOWN_DAYS = 3650

# --- electrical safety test (DGUV V3 / DIN VDE 0701-0702), integer units -------------------
# Measuring ranges of common testers (Benning ST 710, Metrel, Gossen Secutest): a value
# outside them is a typo, not a measurement.
MAX_PE_RESISTANCE_MOHM = 20_000  # protective-conductor resistance in milliohm (20 Ω)
MAX_INSULATION_KOHM = 10_000_000  # insulation resistance in kiloohm (10 GΩ)
MAX_LEAKAGE_UA = 100_000  # leakage current in microampere (100 mA)
TESTER_LENGTH = 80
TEST_DEVICE_LENGTH = 60

# --- text lengths (also the database column sizes) ----------------------------------------
DESCRIPTION_LENGTH = 120  # item and receipt line
CATEGORY_NAME_LENGTH = 60
USER_NAME_LENGTH = 40
DISPLAY_NAME_LENGTH = 80
NOTE_LENGTH = 200  # receipt note, cash movement reason, donor note
LOCATION_LENGTH = 40
REFERENCE_LENGTH = 60  # card slip or approval number
COMMENT_LENGTH = 500  # a closing's comment on the difference
SETTING_KEY_LENGTH = 80
