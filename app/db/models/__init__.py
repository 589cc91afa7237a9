"""All ORM models; importing this package registers every table on ``Base.metadata``."""

from app.db.models.base import Base
from app.db.models.cash import CashMovement, CashSession
from app.db.models.catalog import Category, Item, MarkdownRule
from app.db.models.closing import CashClosing
from app.db.models.delivery import DeliveryLine, DeliveryOrder, DeliveryStatusChange
from app.db.models.fiscal import TseDevice, TseOutage, TseTransaction
from app.db.models.impact import ImpactFactor, ImpactFactorSet, SaleImpact
from app.db.models.master_data import StoreMasterData, TillRegistration
from app.db.models.org import Setting, Station, Store, User
from app.db.models.parking import ParkedCart
from app.db.models.records import AuditEntry, OutboxEvent
from app.db.models.repairs import RepairRecord, VolunteerHours
from app.db.models.sales import Payment, Sale, SaleLine
from app.db.models.sync_state import SyncConflict, SyncReconciliation, SyncState
from app.db.models.workshop import Disposal, RepairNote, SafetyTest

__all__ = [
    "AuditEntry",
    "Base",
    "CashClosing",
    "CashMovement",
    "CashSession",
    "Category",
    "DeliveryLine",
    "DeliveryOrder",
    "DeliveryStatusChange",
    "Disposal",
    "ImpactFactor",
    "ImpactFactorSet",
    "Item",
    "MarkdownRule",
    "OutboxEvent",
    "ParkedCart",
    "Payment",
    "RepairNote",
    "RepairRecord",
    "SafetyTest",
    "Sale",
    "SaleImpact",
    "SaleLine",
    "Setting",
    "Station",
    "Store",
    "StoreMasterData",
    "SyncConflict",
    "SyncReconciliation",
    "SyncState",
    "TillRegistration",
    "TseDevice",
    "TseOutage",
    "TseTransaction",
    "User",
    "VolunteerHours",
]
