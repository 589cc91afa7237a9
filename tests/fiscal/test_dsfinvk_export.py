"""The DSFinV-K export: 20 CSV files, index.xml valid against the DTD, sums = the Z."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest
from lxml import etree

from app.errors import NotFoundError
from app.services.fiscal import dsfinvk_export, master_data
from app.services.fiscal.dsfinvk_schema import DTD_NAME, TABLES, TAXONOMY_VERSION
from app.services.kernel.backend import Backend
from app.services.kernel.context import Actor
from app.services.reports import figures
from tests.conftest import Clock
from tests.fiscal.dsfinvk_helpers import amount, read_zip, rows, trading_day

NON_DETERMINISTIC = "<!ELEMENT Media (Name, Command*, Table*, Command*, AcceptNoTables?)>"
# The same language, written so that libxml2 accepts it (FISCAL.md, section 4).
DETERMINISTIC = "<!ELEMENT Media (Name, Command*, (Table+, Command*)?, AcceptNoTables?)>"


@pytest.fixture
def exported(backend: Backend, manager: Actor, cashier: Actor, clock: Clock,
             tmp_path: Path) -> tuple[dict[str, bytes], int]:
    backend.call(manager, master_data.update, street="Lange Wende 16", postcode="59755",
                 city="Arnsberg", tax_number="332/5751/0001")
    day = trading_day(backend, manager, cashier, clock)
    target = tmp_path / "export.zip"
    result = backend.query(manager, dsfinvk_export.export, day.day, day.day, target)
    assert result.closings == 1
    return read_zip(target), day.closing_id


def test_zip_holds_all_twenty_files_index_and_dtd(
        exported: tuple[dict[str, bytes], int]) -> None:
    """Every module file is there, even the empty ones, beside index.xml and its DTD."""
    files, _ = exported
    assert set(files) == {t.file for t in TABLES} | {"index.xml", DTD_NAME}
    assert len(TABLES) == 20


def test_index_xml_validates_against_the_dtd(exported: tuple[dict[str, bytes], int]) -> None:
    """index.xml names gdpdu-01-09-2004.dtd and is valid against its grammar."""
    files, _ = exported
    dtd_text = files[DTD_NAME].decode("utf-8")
    assert NON_DETERMINISTIC in dtd_text  # the DTD we ship is the standard's grammar
    dtd = etree.DTD(io.StringIO(dtd_text.split("?>", 1)[1].replace(NON_DETERMINISTIC,
                                                                   DETERMINISTIC)))
    doc = etree.fromstring(files["index.xml"])
    assert doc.getroottree().docinfo.system_url == DTD_NAME
    assert dtd.validate(doc), dtd.error_log.filter_from_errors()


def test_every_csv_header_matches_index_xml(exported: tuple[dict[str, bytes], int]) -> None:
    """Column names and order of each file are exactly those index.xml declares."""
    files, _ = exported
    doc = etree.fromstring(files["index.xml"])
    tables = doc.findall("Media/Table")
    assert len(tables) == 20
    for table in tables:
        url = table.findtext("URL")
        declared = [c.findtext("Name") for c in table.find("VariableLength")
                    if c.tag in ("VariablePrimaryKey", "VariableColumn")]
        header = files[url].decode("utf-8").split("\r\n", 1)[0].split(";")
        assert header == declared, url
        assert declared[:3] == ["Z_KASSE_ID", "Z_ERSTELLUNG", "Z_NR"]


def test_format_is_crlf_utf8_decimal_comma(exported: tuple[dict[str, bytes], int]) -> None:
    """Records end in CRLF, text is quoted, amounts have a comma and fixed places."""
    files, _ = exported
    raw = files["lines.csv"]
    assert raw.count(b"\r\n") == raw.count(b"\n")
    assert "Stück".encode() in raw
    for row in rows(files, "transactions_vat.csv"):
        for key in ("BON_BRUTTO", "BON_NETTO", "BON_UST"):
            assert row[key].split(",")[1].__len__() == 5, row
    for row in rows(files, "transactions.csv"):
        assert len(row["UMS_BRUTTO"].split(",")[1]) == 2
        assert len(row["BON_START"]) == 19 and row["BON_START"][10] == "T"
    assert all(len(r["MENGE"].split(",")[1]) == 3 for r in rows(files, "lines.csv"))
    head = rows(files, "cashpointclosing.csv")[0]
    assert head["TAXONOMIE_VERSION"] == TAXONOMY_VERSION
    assert (head["NAME"], head["PLZ"], head["STNR"]) == (
        "Upcycling-Kaufhaus Arnsberg", "59755", "332/5751/0001")


def test_businesscases_and_payments_equal_the_z_report(
        backend: Backend, manager: Actor, exported: tuple[dict[str, bytes], int]) -> None:
    """Turnover per VAT key and every payment type add up to the stored Z exactly."""
    files, closing_id = exported
    with backend.read(manager) as ctx:
        z = figures.z_report(ctx, closing_id)
    cases = rows(files, "businesscases.csv")
    umsatz = {int(r["UST_SCHLUESSEL"]): (amount(r["Z_UMS_BRUTTO"]), amount(r["Z_UMS_NETTO"]),
                                         amount(r["Z_UST"]))
              for r in cases if r["GV_TYP"] == "Umsatz"}
    assert umsatz == {v.dsfinvk_key: (v.gross_cents, v.net_cents, v.vat_cents) for v in z.vat}
    assert set(umsatz) == {1, 2, 6, 1000}
    assert umsatz[1000][2] == 0  # margin scheme: no VAT shown
    cash_cases = {r["GV_TYP"]: amount(r["Z_UMS_BRUTTO"]) for r in cases
                  if r["GV_TYP"] != "Umsatz"}
    assert cash_cases["Anfangsbestand"] == z.cash.float_cents
    moved = {"Einzahlung": 0, "Geldtransit": 0, "Auszahlung": 0}
    for m in z.movements:
        moved[{"deposit": "Einzahlung", "withdrawal": "Geldtransit",
               "expense": "Auszahlung"}[m.kind]] += m.amount_cents
    assert {k: cash_cases[k] for k in moved} == moved
    assert cash_cases["DifferenzSollIst"] == z.cash.difference_cents
    pay = {r["ZAHLART_TYP"]: amount(r["Z_ZAHLART_BETRAG"]) for r in rows(files, "payment.csv")}
    card = next(p.amount_cents for p in z.payments if p.method == "card")
    assert pay["Unbar"] == card
    assert pay["Bar"] == z.cash.counted_cents  # float + cash sales + movements + difference
    head = rows(files, "cashpointclosing.csv")[0]
    assert amount(head["Z_SE_BARZAHLUNGEN"]) == z.cash.counted_cents
    assert amount(head["Z_SE_ZAHLUNGEN"]) == z.cash.counted_cents + card
    assert head["Z_NR"] == str(z.z_number)


def test_receipts_are_consistent_across_files(exported: tuple[dict[str, bytes], int]) -> None:
    """Every BON_ID of lines, payments and TSE rows has a head; VAT rows add up per head."""
    files, _ = exported
    heads = {r["BON_ID"]: r for r in rows(files, "transactions.csv")}
    assert len(heads) == len(rows(files, "transactions.csv"))
    for name in ("lines.csv", "lines_vat.csv", "datapayment.csv", "transactions_vat.csv",
                 "transactions_tse.csv", "references.csv", "itemamounts.csv"):
        assert {r["BON_ID"] for r in rows(files, name)} <= set(heads), name
    per_bon: dict[str, int] = {}
    for r in rows(files, "transactions_vat.csv"):
        per_bon[r["BON_ID"]] = per_bon.get(r["BON_ID"], 0) + amount(r["BON_BRUTTO"])
    for bon, head in heads.items():
        assert per_bon.get(bon, 0) == amount(head["UMS_BRUTTO"]), bon


def test_refund_is_a_negative_receipt_with_a_reference(
        exported: tuple[dict[str, bytes], int]) -> None:
    """The refund is a Beleg with negative amounts pointing at the original receipt."""
    files, _ = exported
    heads = {r["BON_ID"]: r for r in rows(files, "transactions.csv")}
    refs = rows(files, "references.csv")
    assert len(refs) == 1
    ref = refs[0]
    refund, original = heads[ref["BON_ID"]], heads[ref["REF_BON_ID"]]
    assert ref["REF_TYP"] == "Transaktion" and refund["BON_TYP"] == "Beleg"
    assert amount(refund["UMS_BRUTTO"]) == -amount(original["UMS_BRUTTO"]) < 0
    assert ref["REF_Z_NR"] == refund["Z_NR"] and ref["REF_DATUM"] == refund["Z_ERSTELLUNG"]
    lines = [r for r in rows(files, "lines.csv") if r["BON_ID"] == ref["BON_ID"]]
    assert lines and all(r["MENGE"].startswith("-") for r in lines)


def test_aborted_sale_lists_its_cart_without_turnover(
        exported: tuple[dict[str, bytes], int]) -> None:
    files, _ = exported
    aborted = [r for r in rows(files, "transactions.csv") if r["BON_TYP"] == "AVBelegabbruch"]
    assert len(aborted) == 1 and amount(aborted[0]["UMS_BRUTTO"]) == 0
    lines = [r for r in rows(files, "lines.csv") if r["BON_ID"] == aborted[0]["BON_ID"]]
    assert [r["P_STORNO"] for r in lines] == ["1"]


def test_range_without_closing_is_refused_and_writes_nothing(
        backend: Backend, manager: Actor, clock: Clock, tmp_path: Path) -> None:
    """No Z in the range: a German sentence saying so, and no file appears."""
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(NotFoundError, match="keinen Tagesabschluss"):
        backend.query(manager, dsfinvk_export.export, clock.today, clock.today,
                      out / "leer.zip")
    assert list(out.iterdir()) == []


@pytest.mark.usefixtures("live_till")
def test_signed_day_exports_its_tse_data(backend: Backend, manager: Actor, cashier: Actor,
                                         clock: Clock, signing_till: object,
                                         tmp_path: Path) -> None:
    """With the software TSE attached, every receipt has its signature and the TSE is in
    tse.csv; float, movements and the Z are signed transactions too."""
    day = trading_day(backend, manager, cashier, clock)
    assert day.closing_id
    target = tmp_path / "signiert.zip"
    backend.query(manager, dsfinvk_export.export, day.day, day.day, target)
    files = read_zip(target)
    heads = {r["BON_ID"]: r for r in rows(files, "transactions.csv")}
    sales = [b for b, r in heads.items() if r["BON_TYP"] in ("Beleg", "AVBelegabbruch")
             and not b.startswith(("AB-", "BW-", "DS-"))]
    tse_rows = {r["BON_ID"]: r for r in rows(files, "transactions_tse.csv")}
    for bon in sales:
        assert tse_rows[bon]["TSE_TA_SIG"], bon
        assert tse_rows[bon]["TSE_TA_FEHLER"] == "", bon
        assert tse_rows[bon]["TSE_TA_VORGANGSART"] == "Kassenbeleg-V1"
    tse = rows(files, "tse.csv")
    assert len(tse) == 1 and len(tse[0]["TSE_SERIAL"]) == 64
    assert {tse_rows[b]["TSE_ID"] for b in sales} == {tse[0]["TSE_ID"]}
    assert rows(files, "cashpointclosing.csv")[0]["Z_KASSE_ID"] == "KREISLAUF-S01"


def test_tse_failure_is_written_to_tse_ta_fehler(backend: Backend, manager: Actor,
                                                 cashier: Actor, clock: Clock,
                                                 tmp_path: Path) -> None:
    """A receipt the TSE could not sign carries the recorded reason, and no signature."""
    from sqlalchemy import text

    day = trading_day(backend, manager, cashier, clock)
    failed_at = (day.started + timedelta(minutes=5)).strftime("%Y-%m-%d %H:%M:%S")
    with backend.db.write() as session:
        sale_id, uuid = session.execute(text("SELECT id, uuid FROM sale ORDER BY id")).first()
        session.execute(text(
            "INSERT INTO tse_transaction (uuid, station_id, sale_id, process_type, "
            "process_data, bon_typ, signature, tse_serial, client_id, sig_alg, time_format, "
            "public_key, state, error, recovered, created_at) VALUES ('f' || :u, 1, :s, "
            "'Kassenbeleg-V1', '', 'Beleg', '', '', 'K1', '', '', '', 'failed', "
            "'TSE nicht erreichbar (Zeitüberschreitung)', 0, :at)"),
            {"u": uuid[1:], "s": sale_id, "at": failed_at})
    target = tmp_path / "ausfall.zip"
    backend.query(manager, dsfinvk_export.export, day.day, day.day, target)
    tse_rows = {r["BON_ID"]: r for r in rows(read_zip(target), "transactions_tse.csv")}
    assert tse_rows[uuid]["TSE_TA_FEHLER"] == "TSE nicht erreichbar (Zeitüberschreitung)"
    assert tse_rows[uuid]["TSE_TA_SIG"] == "" and tse_rows[uuid]["TSE_TANR"] == ""


@pytest.mark.usefixtures("live_till")
def test_float_each_movement_and_the_z_are_signed_in_the_export(
        backend: Backend, manager: Actor, cashier: Actor, clock: Clock,
        signing_till: object, tmp_path: Path) -> None:
    """Float and Einlage/Entnahme/Ausgabe are signed AVTransfer receipts, the Z a signed
    SonstigerVorgang, each with its row in transactions_tse.csv."""
    day = trading_day(backend, manager, cashier, clock)
    target = tmp_path / "bargeld.zip"
    backend.query(manager, dsfinvk_export.export, day.day, day.day, target)
    files = read_zip(target)
    heads = {r["BON_ID"]: r for r in rows(files, "transactions.csv")}
    tse_rows = {r["BON_ID"]: r for r in rows(files, "transactions_tse.csv")}
    cash = sorted((heads[b]["UMS_BRUTTO"], tse_rows[b]["TSE_VORGANGSDATEN"])
                  for b in heads if b.startswith(("AB-", "BW-")))
    assert cash == sorted([
        ("100,00", "AVTransfer^0.00_0.00_0.00_0.00_100.00^100.00:Bar"),  # float
        ("50,00", "AVTransfer^0.00_0.00_0.00_0.00_50.00^50.00:Bar"),  # Einlage
        ("-20,00", "AVTransfer^0.00_0.00_0.00_0.00_-20.00^-20.00:Bar"),  # Entnahme
        ("-3,50", "AVTransfer^0.00_0.00_0.00_0.00_-3.50^-3.50:Bar")])  # Ausgabe
    for bon in (b for b in heads if b.startswith(("AB-", "BW-"))):
        assert heads[bon]["BON_TYP"] == "AVTransfer"
        assert tse_rows[bon]["TSE_TA_VORGANGSART"] == "Kassenbeleg-V1"
        assert tse_rows[bon]["TSE_TA_SIG"] and tse_rows[bon]["TSE_TANR"], bon
    z_rows = [r for b, r in tse_rows.items() if b.startswith("TSE-")]
    assert [r["TSE_TA_VORGANGSART"] for r in z_rows] == ["SonstigerVorgang"]
    assert z_rows[0]["TSE_TA_SIG"] and z_rows[0]["TSE_VORGANGSDATEN"].startswith(
        "Kassenabschluss Z-Nr. ")
