"""What the TSE signed (or failed to sign): devices, transactions and outages.

``tse_transaction`` holds one row per TSE transaction, whatever was signed: a sale or
refund, an aborted cart, a cash movement, the float, a Z closing, a training receipt.
A row is written ``pending`` when the transaction is started at the TSE (or when the
sale is committed before the TSE finished it) and changes exactly once, to
``finished``, ``cancelled`` or ``failed``; after that it is frozen (triggers in
migration 0006). A ``failed`` row never becomes ``finished``: nothing is signed after
the fact. ``tse_outage`` spans the time a TSE could not sign; its end and the
"reported to the tax office" flag are filled in later, nothing else changes.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models.base import Base
from app.db.types import UTCDateTime, utcnow

TSE_STATES = ("pending", "finished", "cancelled", "failed")
TSE_KINDS = ("software", "fiskaly", "hardware")


class TseDevice(Base):
    """A TSE as the till knows it (DSFinV-K ``tse.csv``, Kassenmeldepflicht)."""

    __tablename__ = "tse_device"
    __table_args__ = (
        UniqueConstraint("serial", "client_id"),
        CheckConstraint(f"kind IN {TSE_KINDS!r}", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    serial: Mapped[str] = mapped_column(String(64))  # hex SHA-256 of the public key
    public_key: Mapped[str] = mapped_column(Text)  # base64 (uncompressed point)
    sig_alg: Mapped[str] = mapped_column(String(40))  # e.g. ecdsa-plain-SHA256
    time_format: Mapped[str] = mapped_column(String(20))  # unixTime | utcTime | generalizedTime
    pd_encoding: Mapped[str] = mapped_column(String(10), default="UTF-8")
    certificate_id: Mapped[str] = mapped_column(String(60))  # BSI-K-TR-…, or "Software-TSE"
    certified: Mapped[bool] = mapped_column(default=False)
    client_id: Mapped[str] = mapped_column(String(30))  # the till's serial in the TSE
    brand: Mapped[str] = mapped_column(String(60), default="")
    model: Mapped[str] = mapped_column(String(60), default="")
    commissioned_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decommissioned_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class TseOutage(Base):
    """A span of time in which the TSE could not sign (AEAO zu § 146a Nr. 7)."""

    __tablename__ = "tse_outage"

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"), index=True)
    tse_device_id: Mapped[int | None] = mapped_column(ForeignKey("tse_device.id"), default=None)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    reason: Mapped[str] = mapped_column(String(200))
    reported: Mapped[bool] = mapped_column(default=False)
    reported_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class TseTransaction(Base):
    """One TSE transaction and its result (DSFinV-K ``transactions_tse.csv``)."""

    __tablename__ = "tse_transaction"
    __table_args__ = (
        UniqueConstraint("tse_device_id", "tx_number"),
        CheckConstraint(f"state IN {TSE_STATES!r}", name="state"),
        CheckConstraint(
            "(sale_id IS NOT NULL) + (cash_movement_id IS NOT NULL) + "
            "(cash_closing_id IS NOT NULL) + (cash_session_id IS NOT NULL) <= 1",
            name="one_subject",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"), index=True)
    tse_device_id: Mapped[int | None] = mapped_column(ForeignKey("tse_device.id"), default=None)
    # What was signed (at most one; none for an aborted cart or a drawer opening).
    sale_id: Mapped[int | None] = mapped_column(
        ForeignKey("sale.id"), default=None, unique=True
    )
    cash_movement_id: Mapped[int | None] = mapped_column(
        ForeignKey("cash_movement.id"), default=None, unique=True
    )
    cash_closing_id: Mapped[int | None] = mapped_column(
        ForeignKey("cash_closing.id"), default=None, unique=True
    )
    cash_session_id: Mapped[int | None] = mapped_column(  # the float (Anfangsbestand)
        ForeignKey("cash_session.id"), default=None, unique=True
    )
    process_type: Mapped[str] = mapped_column(String(30))  # Kassenbeleg-V1 | SonstigerVorgang
    process_data: Mapped[str] = mapped_column(Text, default="")
    bon_typ: Mapped[str] = mapped_column(String(20), default="")  # Beleg, AVTraining, …
    tx_number: Mapped[int | None] = mapped_column(BigInteger, default=None)
    signature_counter: Mapped[int | None] = mapped_column(BigInteger, default=None)
    start_time: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    log_time: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    signature: Mapped[str] = mapped_column(Text, default="")  # base64
    tse_serial: Mapped[str] = mapped_column(String(64), default="")  # hex
    client_id: Mapped[str] = mapped_column(String(30), default="")
    sig_alg: Mapped[str] = mapped_column(String(40), default="")
    time_format: Mapped[str] = mapped_column(String(20), default="")
    public_key: Mapped[str] = mapped_column(Text, default="")  # base64
    state: Mapped[str] = mapped_column(String(10), default="pending")
    error: Mapped[str] = mapped_column(String(200), default="")  # DSFinV-K TSE_TA_FEHLER
    outage_id: Mapped[int | None] = mapped_column(
        ForeignKey("tse_outage.id"), default=None, index=True
    )
    # Set when a crash left the row pending and the next start resolved it.
    recovered: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
