"""The DSFinV-K tables we export: taken from pretix's ``dsfinvk`` models, with fixes.

pretix's ``dsfinvk`` 2.4.0 models the 20 files of the Einzelaufzeichnungs-, Stammdaten-
and Kassenabschluss-modules (column order, types, decimal places, lengths). We read the
schema from its model classes and write the files ourselves, because the package is
wrong or unfit in these places (worked around here, not patched):

* ``models.TAXONOMY_VERSION`` is still "2.1"; we declare ``TAXONOMY_VERSION`` below.
* ``Bonkopf_Zahlarten`` (datapayment.csv) lacks ``KASSENSCHUBLADENNR`` of the 2.3
  tables; we append it.
* some ``StringField``s have no maximum length (POS_ZEILE, Z_BUCHUNGSTAG, TSE_TA_START,
  TSE_TA_ENDE, TSE_ZEITFORMAT, TSE_VORGANGSDATEN); index.xml needs one, see ``_LENGTHS``.
* ``NumericField`` formats with a thousands separator ("1.234,56", Z_NR "1.234");
  ``Collection.write`` names the DTD ``gdpdu-01-08-2002.dtd`` (index.xml names
  ``gdpdu-01-09-2004.dtd``), skips files without rows, and builds every file in memory
  through a model object per row (about 70 µs a row: minutes for a year). Our writer
  (``dsfinvk_format``) formats without grouping and streams.
* the package ships neither ``index.xml`` nor the DTD: ``index_xml`` builds the former
  from the same schema, the DTD is ``resources/fiscal/gdpdu-01-09-2004.dtd``.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.etree import ElementTree as ET

from dsfinvk import fields as pretix_fields
from dsfinvk import models as pretix

from app.resource_files import resource_path
from app.services.fiscal import messages as msg

TAXONOMY_VERSION = "2.3"
DTD_NAME = "gdpdu-01-09-2004.dtd"
INDEX_NAME = "index.xml"

TEXT, NUMBER, BOOL, LOCAL_TIME = "text", "number", "bool", "local_time"
_LENGTHS = {"POS_ZEILE": 50, "Z_BUCHUNGSTAG": 25, "TSE_TA_START": 30, "TSE_TA_ENDE": 30,
            "TSE_ZEITFORMAT": 31, "TSE_VORGANGSDATEN": 1000, "Z_ERSTELLUNG": 19,
            "BON_START": 19, "BON_ENDE": 19, "REF_DATUM": 19}
_KEYS = ("Z_KASSE_ID", "Z_ERSTELLUNG", "Z_NR")
# Tables whose leading key columns identify a row (GDPdU primary keys); in the others
# (several VAT keys or payments per receipt, several TSEs per closing) no key is unique.
_PRIMARY_KEYS = {"cashpointclosing.csv": 3, "location.csv": 3, "cashregister.csv": 3,
                 "transactions.csv": 4, "lines.csv": 5, "lines_vat.csv": 5}


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # TEXT, NUMBER, BOOL or LOCAL_TIME
    places: int = 0
    max_length: int | None = None
    description: str = ""


@dataclass(frozen=True)
class Table:
    file: str
    name: str  # the DSFinV-K table name (Bonkopf, Stamm_Abschluss, …)
    description: str
    columns: tuple[Column, ...]
    keys: int  # the leading columns that form the primary key (0: none)
    has_bon_id: bool = False

    @property
    def header(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def index(self, name: str) -> int:
        return self.header.index(name)


def _column(field: pretix_fields.Field) -> Column:
    doc = " ".join((field.__doc__ or "").split())
    if isinstance(field, pretix_fields.NumericField):
        return Column(field.name, NUMBER, field.places, None, doc)
    if isinstance(field, pretix_fields.BooleanField):
        return Column(field.name, BOOL, 0, None, doc)
    if isinstance(field, pretix_fields.LocalDateTimeField | pretix_fields.ISODateTimeField):
        return Column(field.name, LOCAL_TIME, 0, _LENGTHS.get(field.name, 19), doc)
    length = getattr(field, "max_length", None) or _LENGTHS.get(field.name)
    return Column(field.name, TEXT, 0, length, doc)


# Order of the modules as the DSFinV-K lists them: single records, master data, closing.
_MODELS: tuple[type[pretix.Model], ...] = (
    pretix.Bonkopf, pretix.Bonkopf_USt, pretix.Bonkopf_AbrKreis, pretix.Bonkopf_Zahlarten,
    pretix.Bon_Referenzen, pretix.TSE_Transaktionen, pretix.Bonpos, pretix.Bonpos_USt,
    pretix.Bonpos_Preisfindung, pretix.Bonpos_Zusatzinfo,
    pretix.Stamm_Abschluss, pretix.Stamm_Orte, pretix.Stamm_Kassen, pretix.Stamm_Terminals,
    pretix.Stamm_Agenturen, pretix.Stamm_USt, pretix.Stamm_TSE,
    pretix.Z_GV_Typ, pretix.Z_Zahlart, pretix.Z_Waehrungen,
)
_EXTRA = {"datapayment.csv": (Column("KASSENSCHUBLADENNR", TEXT, 0, 40, msg.DRAWER_COLUMN),)}


def _table(model: type[pretix.Model]) -> Table:
    file = str(model._filename)
    cols = tuple(_column(f) for f in model._fields) + _EXTRA.get(file, ())
    names = [c.name for c in cols]
    assert tuple(names[:3]) == _KEYS, file
    return Table(file, model.__name__, model.__name__, cols, _PRIMARY_KEYS.get(file, 0),
                 names[3:4] == ["BON_ID"])


TABLES: tuple[Table, ...] = tuple(_table(m) for m in _MODELS)
BY_FILE = {t.file: t for t in TABLES}
assert len(TABLES) == 20


def dtd_bytes() -> bytes:
    """The GDPdU 1.5 DTD shipped beside the app."""
    return resource_path("fiscal", DTD_NAME).read_bytes()


def _sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    el = ET.SubElement(parent, tag)
    if text is not None:
        el.text = text
    return el


def _column_xml(parent: ET.Element, col: Column, key: bool) -> None:
    el = _sub(parent, "VariablePrimaryKey" if key else "VariableColumn")
    _sub(el, "Name", col.name)
    if col.description:
        _sub(el, "Description", col.description)
    if col.kind in (NUMBER, BOOL):
        num = _sub(el, "Numeric")
        if col.places:
            _sub(num, "Accuracy", str(col.places))
    else:
        _sub(el, "AlphaNumeric")
        if col.max_length:
            _sub(el, "MaxLength", str(col.max_length))


def index_xml(supplier: str, location: str, comment: str) -> bytes:
    """index.xml describing every table, for the DSFinV-K version we declare."""
    root = ET.Element("DataSet")
    _sub(root, "Version", "1.0")
    ds = _sub(root, "DataSupplier")
    _sub(ds, "Name", supplier)
    _sub(ds, "Location", location)
    _sub(ds, "Comment", comment)
    media = _sub(root, "Media")
    _sub(media, "Name", f"DSFinV-K {TAXONOMY_VERSION}")
    heads = {t.file: t for t in TABLES}
    for table in TABLES:
        t = _sub(media, "Table")
        _sub(t, "URL", table.file)
        _sub(t, "Name", table.name)
        _sub(t, "Description", table.description)
        _sub(t, "UTF8")
        _sub(t, "DecimalSymbol", ",")
        _sub(t, "DigitGroupingSymbol", ".")
        rng = _sub(t, "Range")
        _sub(rng, "From", "2")  # the first line is the header
        vl = _sub(t, "VariableLength")
        _sub(vl, "ColumnDelimiter", ";")
        _sub(vl, "RecordDelimiter", "\r\n")
        _sub(vl, "TextEncapsulator", '"')
        for n, col in enumerate(table.columns):
            _column_xml(vl, col, n < table.keys)
        if table.file != "cashpointclosing.csv":
            fk = _sub(vl, "ForeignKey")
            for name in _KEYS:
                _sub(fk, "Name", name)
            _sub(fk, "References", heads["cashpointclosing.csv"].name)
        if table.has_bon_id and table.file != "transactions.csv":
            fk = _sub(vl, "ForeignKey")
            for name in (*_KEYS, "BON_ID"):
                _sub(fk, "Name", name)
            _sub(fk, "References", heads["transactions.csv"].name)
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    # ElementTree writes a bare CR as-is; the record delimiter must be the entity pair.
    body = body.replace("<RecordDelimiter>\r\n</RecordDelimiter>",
                        "<RecordDelimiter>&#13;&#10;</RecordDelimiter>")
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<!DOCTYPE DataSet SYSTEM "{DTD_NAME}">\n')
    return (head + body + "\n").encode("utf-8")
