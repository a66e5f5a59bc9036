from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections import Counter
from dataclasses import replace
from decimal import Decimal as D
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as hs

from models import Assumptions, Card, CareerBreak, Contribution, Member, Segment, StatementYear, WageChange
from planner.baseline import QuickEntry
from planner.csvio import has_summary, summary_missing_finding
from planner.importers import ImportResult
from planner.paths import database_path
from planner.store import (
    APPLICATION_ID,
    MIGRATIONS,
    SCHEMA_VERSION,
    DatabaseCorrupt,
    DatabaseTooNew,
    PlanOutdated,
    ScenarioNameTaken,
    ScenarioNotFound,
    Store,
)
from planner.store import reconcile

KPJ_A = "15023456789"
KPJ_B = "16099887766"
MEMBER = Member("RINA KARTIKA SARI", dt.date(1990, 2, 1), "3171014102900003")


# --------------------------------------------------------------------------- builders (shared)

def row(year: int, month: int, wage: str = "6000000", rapel: str = "0", paid_day: int = 10,
        jht_employer: str | None = None) -> Contribution:
    w, r = D(wage), D(rapel)
    py, pm = (year, month + 1) if month < 12 else (year + 1, 1)
    base = w + r
    return Contribution((year, month), dt.date(py, pm, paid_day), dt.date(py, pm, paid_day + 2), w, r,
                        D(jht_employer) if jht_employer is not None else (base * D("37") / 1000).quantize(D("0.01")),
                        (base * D("2") / 100).quantize(D("0.01")), D("0"), D("0"))


def statement(kpj: str = KPJ_A, year: int = 2023, months: range = range(1, 13), opening: str = "10000000.00",
              closing: str | None = None, employer: str = "PT SINAR MAJU ABADI", wage: str = "6000000",
              rows: tuple[Contribution, ...] | None = None, member: Member = MEMBER) -> StatementYear:
    rows = tuple(row(year, m, wage) for m in months) if rows is None else rows
    contributions = sum((r.jht_total for r in rows), D(0))
    development = D("725929.10")
    closing_d = D(closing) if closing is not None else D(opening) + contributions + development
    return StatementYear(Card(kpj, employer, "NN012345"), member, year, D(opening), contributions, development,
                         closing_d, rows, printed_on=dt.date(year + 1, 1, 20), branch="JAKARTA SALEMBA",
                         member_since="03-2015", jp_months=106, jumlah=None, jht_age_date=dt.date(2046, 2, 1))


def rows_only(kpj: str, year: int, rows: tuple[Contribution, ...]) -> StatementYear:
    return StatementYear(Card(kpj, "PT SINAR MAJU ABADI"), MEMBER, year, D(0), D(0), D(0), D(0), rows,
                         findings=(summary_missing_finding(kpj, year),))


def result(*statements: StatementYear, name: str = "rsjht.pdf", salt: str = "") -> ImportResult:
    digest = hashlib.sha256((name + salt + repr(statements)).encode()).hexdigest()
    return ImportResult(Path(name), name, digest, "rsjht", "1", tuple(statements), ())


@pytest.fixture
def store():
    with Store.open() as s:
        yield s


def _count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


# --------------------------------------------------------------------------- opening and schema

def test_new_database_lives_under_the_planner_home(planner_home):
    with Store.open() as s:
        assert s.path == database_path()
        assert str(s.path).startswith(str(planner_home))
        assert s.schema_version == SCHEMA_VERSION
        assert s._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert s._conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        tables = {r[0] for r in s._conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"members", "cards", "statements", "rows", "findings", "imports", "quick_entries", "scenarios"} <= tables


def _old_database(path: Path, version: int) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    for step in MIGRATIONS[:version]:
        for sql in step:
            conn.execute(sql)
    conn.execute(f"PRAGMA user_version = {version}")
    if version >= 1:
        conn.execute("INSERT INTO imports (file_name, sha256, extractor, extractor_version, imported_at) "
                     "VALUES ('old.pdf', 'abc', 'rsjht', '1', '2024-01-01T10:00:00')")
        conn.execute(f"INSERT INTO cards (kpj, employer) VALUES ('{KPJ_A}', 'PT LAMA')")
        conn.execute("INSERT INTO statements (kpj, year, opening, contributions, development, closing, import_id) "
                     f"VALUES ('{KPJ_A}', 2022, '0.00', '100.00', '1.50', '101.50', 1)")
    conn.close()


@pytest.mark.parametrize("version", [0, 1])
def test_older_databases_are_migrated_keeping_their_data(tmp_path, version):
    path = tmp_path / "old.sqlite3"
    _old_database(path, version)
    with Store.open(path) as s:
        assert s.schema_version == SCHEMA_VERSION
        s.save_quick_entry(QuickEntry(D("1"), dt.date(2024, 1, 1), D("2"), dt.date(1990, 1, 1)))
        assert s.quick_entry() is not None
        if version == 1:
            (st,) = s.statements()
            assert st.closing == D("101.50") and st.card.employer == "PT LAMA"
            assert s.imports()[0].file_name == "old.pdf"


def test_database_from_a_newer_app_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "new.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # a newer planner's file carries the planner's id
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew) as err:
        Store.open(path)
    assert path.read_bytes() == before
    assert "\n" not in err.value.text("id") and "newer" in err.value.text("en")


def test_file_that_is_not_a_database_is_corrupt_and_kept(tmp_path):
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(b"this is not sqlite at all" * 200)
    before = path.read_bytes()
    with pytest.raises(DatabaseCorrupt):
        Store.open(path)
    assert path.exists() and path.read_bytes() == before


def test_damaged_pages_are_corrupt_and_kept(tmp_path):
    path = tmp_path / "damaged.sqlite3"
    with Store.open(path) as s:
        s.import_results([result(statement())])
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 3 * page
    data[page:3 * page] = bytes((i * 37 + 11) % 256 for i in range(2 * page))  # scribble over pages 2 and 3
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseCorrupt):
        Store.open(path)
    assert path.read_bytes() == bytes(data)


# --------------------------------------------------------------------------- importing

def test_import_stores_statements_rows_and_provenance(store):
    st = statement()
    res = result(st, name="rsjht-2023.pdf")
    report = store.import_results([res])
    assert report.added == 1 + 12 and report.duplicates == 0 and report.conflicts == 0
    (back,) = store.statements()
    assert back.rows == st.rows
    assert (back.opening, back.contributions, back.development, back.closing) == \
           (st.opening, st.contributions, st.development, st.closing)
    assert back.card == st.card and back.member == st.member
    assert back.printed_on == st.printed_on and back.jp_months == 106 and back.member_since == "03-2015"
    (imp,) = store.imports()
    assert (imp.file_name, imp.sha256, imp.extractor, imp.extractor_version) == \
           ("rsjht-2023.pdf", res.sha256, "rsjht", "1")
    assert isinstance(imp.imported_at, dt.datetime) and imp.added == 13
    linked = store._conn.execute("SELECT DISTINCT import_id FROM rows UNION SELECT import_id FROM statements").fetchall()
    assert linked == [(imp.id,)]
    kinds = {r[0] for r in store._conn.execute(
        "SELECT typeof(wage) FROM rows UNION SELECT typeof(closing) FROM statements")}
    assert kinds == {"text"}  # exact decimals, never REAL


def test_same_file_twice_adds_nothing(store):
    res = result(statement())
    store.import_results([res])
    plan = store.plan_import([res])
    assert plan.added == 0 and plan.duplicates == 13 and plan.conflicts == 0
    assert plan.files[0].imported_before  # the member is told it was imported before
    store.apply(plan)
    assert _count(store.path, "rows") == 12 and _count(store.path, "statements") == 1
    assert len(store.imports()) == 2  # both imports are recorded as provenance


def test_the_same_finding_in_another_language_is_not_stored_twice(store):
    from models import Finding, Severity

    st = statement()
    in_id = replace(st, findings=(Finding("late_payment", Severity.WARNING, "Iuran terlambat.", ("2023-03",), KPJ_A, 2023),))
    in_en = replace(st, findings=(Finding("late_payment", Severity.WARNING, "Paid late.", ("2023-03",), KPJ_A, 2023),))
    store.import_results([result(in_id)])
    store.import_results([result(in_en, salt="en")])
    assert _count(store.path, "findings") == 1


def test_overlapping_files_and_batches_never_duplicate(store):
    early = rows_only(KPJ_A, 2023, tuple(row(2023, m) for m in range(1, 7)))
    full = statement(months=range(1, 13))
    report = store.import_results([result(early, name="jmo.csv"), result(full), result(full, name="copy.pdf")])
    assert report.conflicts == 0
    assert report.added == 12 + 1  # 6 rows from the CSV, 6 more rows and the summary from the PDF
    assert report.duplicates == 6 + 13
    (back,) = store.statements()
    assert has_summary(back) and len(back.rows) == 12
    assert Counter(back.rows) == Counter(full.rows)


def test_rows_only_year_is_completed_by_its_summary_later(store):
    store.import_results([result(rows_only(KPJ_A, 2023, statement().rows), name="rows.csv")])
    (first,) = store.statements()
    assert not has_summary(first)
    report = store.import_results([result(statement())])
    assert (report.added, report.duplicates, report.conflicts) == (1, 12, 0)
    (back,) = store.statements()
    assert has_summary(back) and back.closing == statement().closing


def test_two_rows_with_one_key_are_kept_and_deduplicated(store):
    regular = row(2023, 5)
    backpay = replace(row(2023, 5, wage="0", rapel="500000"), paid_on=regular.paid_on)
    st = statement(rows=(regular, backpay))
    assert store.import_results([result(st)]).added == 3
    again = store.import_results([result(st, salt="reprint")])
    assert again.added == 0 and again.duplicates == 3 and again.conflicts == 0


def test_row_with_other_amounts_is_a_conflict_reported_not_overwritten(store):
    st = statement()
    store.import_results([result(st)])
    changed = list(st.rows)
    changed[4] = replace(changed[4], wage=D("5000000"), jht_employer=D("185000.00"))
    other = replace(st, rows=tuple(changed))
    plan = store.plan_import([result(other, name="other.pdf")])
    assert plan.conflicts == 1 and plan.added == 0 and plan.duplicates == 12
    (c,) = plan.files[0].row_conflicts
    assert c.period == "2023-05" and c.stored == (st.rows[4],) and c.incoming == (changed[4],)
    store.apply(plan)
    (back,) = store.statements()
    assert back.rows[4].wage == D("6000000")  # kept as stored
    conflicts = [f for f in store.findings() if f.code == "import_conflict"]
    assert len(conflicts) == 1 and conflicts[0].periods == ("2023-05",) and "150" in conflicts[0].message
    assert KPJ_A not in conflicts[0].message  # masked
    store.import_results([result(other, name="other.pdf")])
    assert len([f for f in store.findings() if f.code == "import_conflict"]) == 1  # reported once


def test_conflicts_can_be_resolved_by_replacing(store):
    st = statement()
    store.import_results([result(st)])
    changed = list(st.rows)
    changed[0] = replace(changed[0], wage=D("6100000"))
    other = replace(st, rows=tuple(changed), closing=st.closing + 1)
    report = store.import_results([result(other, name="fixed.pdf")], replace_conflicts=True)
    assert report.conflicts == 2
    (back,) = store.statements()
    assert back.rows[0].wage == D("6100000") and back.closing == st.closing + 1
    assert len(back.rows) == 12


def test_statement_year_printed_with_other_figures_is_a_conflict(store):
    st = statement()
    store.import_results([result(st)])
    plan = store.plan_import([result(replace(st, closing=st.closing + D("1000")), name="b.pdf")])
    (c,) = plan.files[0].year_conflicts
    assert c.fields == ("closing",) and c.year == 2023
    store.apply(plan)
    assert store.statements()[0].closing == st.closing
    assert any(f.code == "import_conflict" and f.year == 2023 for f in store.findings())


def test_failure_part_way_leaves_nothing_written(store, monkeypatch):
    calls = {"n": 0}
    original = reconcile._insert_row

    def flaky(*args):
        calls["n"] += 1
        if calls["n"] == 7:
            raise OSError("disk full")
        return original(*args)

    monkeypatch.setattr(reconcile, "_insert_row", flaky)
    with pytest.raises(OSError):
        store.import_results([result(statement())])
    for table in ("imports", "statements", "rows", "cards", "members", "findings"):
        assert _count(store.path, table) == 0, table
    monkeypatch.setattr(reconcile, "_insert_row", original)
    assert store.import_results([result(statement())]).added == 13


def test_stale_plan_is_refused(store):
    plan = store.plan_import([result(statement())])
    store.import_results([result(statement(), name="meanwhile.pdf")])
    with pytest.raises(PlanOutdated):
        store.apply(plan)
    assert _count(store.path, "rows") == 12


def test_two_cards_and_the_member(store):
    store.import_results([result(statement(KPJ_A, 2022), statement(KPJ_B, 2023, employer="PT LAIN"))])
    assert [c.kpj for c in store.cards()] == [KPJ_A, KPJ_B]
    assert store.member() == MEMBER
    assert [s.year for s in store.statements(KPJ_B)] == [2023]


def test_findings_across_years_are_recomputed(store):
    a = statement(year=2022, closing="20000000.00", opening="0", months=range(1, 13))
    b = statement(year=2023, opening="19000000.00")
    plan = store.plan_import([result(a, b)])
    assert any(f.code == "chain_break" for f in plan.across)
    store.apply(plan)
    assert any(f.code == "chain_break" for f in store.card_findings())


rows_strategy = hs.lists(hs.tuples(hs.integers(1, 12), hs.sampled_from(["5000000", "6000000", "0"])),
                         min_size=1, max_size=12, unique_by=lambda t: t[0])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=rows_strategy, cut=hs.integers(0, 12), overlap=hs.integers(0, 6), reverse=hs.booleans())
def test_any_split_of_rows_stores_each_row_once(rows, cut, overlap, reverse):
    every = tuple(row(2023, m, wage=w if w != "0" else "0", rapel="400000" if w == "0" else "0") for m, w in rows)
    first = every[:min(cut + overlap, len(every))]
    second = every[min(cut, len(every)):]
    parts = [p for p in (first, second) if p]
    if reverse:
        parts.reverse()
    with Store.open(":memory:") as s:
        for i, part in enumerate(parts):
            s.import_results([result(rows_only(KPJ_A, 2023, part), name=f"part{i}.csv")])
        (back,) = s.statements()
        assert Counter(back.rows) == Counter(every)


# --------------------------------------------------------------------------- quick entry and scenarios

def test_quick_entry_round_trip_newest_wins(store):
    assert store.quick_entry() is None
    store.save_quick_entry(QuickEntry(D("1000000"), dt.date(2024, 6, 30), D("5000000"), dt.date(1990, 2, 1)))
    q = QuickEntry(D("12345678.90"), dt.date(2025, 3, 31), D("7500000"), dt.date(1990, 2, 1), KPJ_A, "PT X", "RINA")
    saved = store.save_quick_entry(q)
    back = store.quick_entry()
    assert back == saved and back.saldo == D("12345678.90") and back.kpj == KPJ_A and back.saved_at is not None
    assert len(store.quick_entries()) == 2
    store.delete_quick_entry(saved)  # undo of the save: the earlier entry is the newest again
    assert store.quick_entry().saldo == D("1000000")
    store.clear_quick_entries()
    assert store.quick_entry() is None


def test_scenarios_save_list_rename_delete(store):
    a = Assumptions(38887665.97, dt.date(2024, 12, 31), dt.date(1990, 2, 1), 8100000.0, wage_growth=0.05,
                    segment=Segment.PU, career_break=CareerBreak(dt.date(2027, 1, 1), 12),
                    wage_change=WageChange(dt.date(2026, 7, 1), 9000000.0))
    s1 = store.save_scenario("Dasar", a)
    assert s1.assumptions == a
    b = replace(a, annual_return=0.07, career_break=None)
    store.save_scenario("Optimis", b)
    assert [s.name for s in store.scenarios()] == ["Dasar", "Optimis"]
    store.save_scenario("Dasar", b)  # same name: updated, not added
    assert len(store.scenarios()) == 2 and store.scenario("Dasar").assumptions == b
    with pytest.raises(ScenarioNameTaken):
        store.rename_scenario("Dasar", "Optimis")
    renamed = store.rename_scenario(s1.id, "Hati-hati")
    assert renamed.id == s1.id and renamed.name == "Hati-hati"
    store.delete_scenario(renamed.id)
    assert [s.name for s in store.scenarios()] == ["Optimis"]
    with pytest.raises(ScenarioNotFound):
        store.scenario("Dasar")


def test_what_the_real_layout_adds_is_stored_and_read_back(store):
    from models import Beneficiary, Relation

    card = Card(KPJ_A, "PT SINAR MAJU ABADI", "NN012345",
                beneficiaries=(Beneficiary(Relation.SPOUSE, "ANDI PRATAMA"), Beneficiary(Relation.CHILD, "SARI")))
    st = replace(statement(), card=card, jp_accumulated=D("2000000.00"),
                 jp_accumulated_parts=(D("1333333.33"), D("666666.67")), jp_pension_date=dt.date(2048, 2, 1))
    store.import_results([result(st)])
    (back,) = store.statements()
    assert back.jp_accumulated_parts == st.jp_accumulated_parts and back.jp_pension_date == st.jp_pension_date
    assert back.card.beneficiaries == card.beneficiaries
    assert store.cards()[0].beneficiaries == card.beneficiaries
