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
REGISTER_CODE_LENGTH = 12  # letters and digits of a one-time code, printed XXXX-XXXX-XXXX
# Seqs, cursors, receipt and Z numbers, counts and the tills' row ids: far beyond any
# store's lifetime and inside every BIGINT column (2^63 - 1), so no number that passes the
# schema can overflow a column on the till or the server.
MAX_ID = 2**62

# Times on a record: aware (with their offset) and within these years; anything else is
# a broken clock or forged, and could not be stored as UTC.
MIN_YEAR = 2000
MAX_YEAR = 2999

# --- money, weight, quantities ------------------------------------------------------------
MAX_PRICE_CENTS = 5_000_000  # 50.000 €: above this an item price is a typo at this store
MAX_WEIGHT_G = 1_000_000  # 1 t
MAX_LINE_QUANTITY = 10_000  # pieces on one receipt line (negative on a refund)
MAX_INTAKE_PIECES = 100  # identical pieces taken in at once, each with its own code
MAX_PERCENT = 100
MAX_VAT_RATE_BP = 10_000  # basis points: 100 %
MAX_MARKDOWN_DAYS = 3650
# Any sum of money on one record (a line, a receipt, a payment, a cash count, a closing):
# the dearest item at the highest quantity. A sale of 2^62 cents is not a sale.
MAX_AMOUNT_CENTS = MAX_PRICE_CENTS * MAX_LINE_QUANTITY
MAX_HOTKEY = 12  # F1-F12

# --- sizes of one record and of one request -----------------------------------------------
MAX_RECEIPT_LINES = 500
MAX_PAYMENTS = 20  # payments of one receipt (split tender)
MAX_APPROVALS = 10  # managers who approved the discounts of one receipt
MAX_DENOMINATIONS = 40  # coin and note kinds of one cash count
MAX_FIGURES = 200  # entries of a closing's frozen figures
# A push's body: MAX_BATCH events (``wire``) of at most this many bytes each on average;
# a receipt with hundreds of lines is bigger, but a batch of them is never all such.
MAX_EVENT_BYTES = 16 * 1024
MAX_REQUEST_BYTES = 64 * 1024  # every other request: registration, the office's forms

# --- electrical safety test (DGUV V3 / DIN VDE 0701-0702), integer units -------------------
# Measuring ranges of common testers (Benning ST 710, Metrel, Gossen Secutest): a value
# outside them is a typo, not a measurement.
MAX_PE_RESISTANCE_MOHM = 20_000  # protective-conductor resistance in milliohm (20 Ω)
MAX_INSULATION_KOHM = 10_000_000  # insulation resistance in kiloohm (10 GΩ)
MAX_LEAKAGE_UA = 100_000  # leakage current in microampere (100 mA)
# --- repair records (Open Repair Data Standard) and volunteer hours ----------------------
MAX_WORK_MINUTES = 24 * 60  # one repair or one day's volunteering
MIN_MANUFACTURE_YEAR = 1900
BRAND_LENGTH = 60
MODEL_LENGTH = 80
PROBLEM_LENGTH = 500
PARTS_LENGTH = 300
ACTIVITY_LENGTH = 120
TESTER_LENGTH = 80
TEST_DEVICE_LENGTH = 60
# --- cargo-bike deliveries and donation pick-ups ------------------------------------------
ORDER_NUMBER_LENGTH = 12  # "L01-000123"
CUSTOMER_NAME_LENGTH = 80
STREET_LENGTH = 120
POSTCODE_LENGTH = 5  # German postcodes
CITY_LENGTH = 60
PHONE_LENGTH = 30
DELIVERY_NOTE_LENGTH = 300
FEE_KEY_LENGTH = 30
MAX_ORDER_LINES = 60
MAX_LOAD_G = 2_000_000  # 2 t on one order: beyond any cargo-bike day
MAX_LOAD_L = 20_000
MAX_SERVICE_MINUTES = 120
MAX_DELIVERY_KM_M = 500_000  # 500 km driven on one order is a typo
# WGS84 in micro-degrees
MAX_LAT_E6 = 90_000_000
MAX_LON_E6 = 180_000_000

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
SETTING_VALUE_LENGTH = 500
TYPE_LENGTH = 40  # an event type
CHANGE_KEY_LENGTH = 80  # a change's key in the central feed
GV_TYP_LENGTH = 40  # a DSFinV-K business case
IMPACT_KEY_LENGTH = 40
STORE_NAME_LENGTH = 120
DATE_LENGTH = 10  # an ISO date as text
