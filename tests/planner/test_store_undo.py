"""Undoing an import (issue 12 item 5): exactly what it added goes, what it replaced comes back."""
from __future__ import annotations

import sqlite3
from dataclasses import replace
from decimal import Decimal as D

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as hs

from models import Member
from planner.store import Store, UndoOutdated
from tests.planner.test_store import KPJ_A, KPJ_B, MEMBER, result, row, rows_only, statement


def _dump(path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                for t in ("members", "cards", "statements", "rows", "findings", "imports", "quick_entries")}
    finally:
        conn.close()


@pytest.fixture
def store():
    with Store.open() as s:
        yield s


def test_undo_of_the_first_import_leaves_an_empty_database(store):
    before = _dump(store.path)
    report = store.import_results([result(statement(KPJ_A)), result(statement(KPJ_B, year=2024), name="b.pdf")])
    assert report.files == 2 and report.added > 0
    store.undo_import(report)
    assert _dump(store.path) == before


def test_undo_restores_what_replace_conflicts_replaced(store):
    store.import_results([result(statement(KPJ_A, opening="10000000.00"), name="old.pdf")])
    before = _dump(store.path)
    changed_rows = tuple(replace(r, jht_employer=r.jht_employer + 1) if r.period == (2023, 5) else r
                         for r in statement(KPJ_A).rows)
    newer = statement(KPJ_A, opening="10500000.00", rows=changed_rows)
    report = store.import_results([result(newer, name="new.pdf")], replace_conflicts=True)
    assert report.conflicts == 2
    assert store.statements()[0].opening == D("10500000.00")
    store.undo_import(report)
    assert _dump(store.path) == before
    assert store.statements()[0].opening == D("10000000.00")


def test_undo_restores_member_details_the_import_filled_in(store):
    store.import_results([result(statement(KPJ_A, member=replace(MEMBER, nik=None)), name="a.pdf")])
    before = _dump(store.path)
    report = store.import_results([result(statement(KPJ_B), name="b.pdf")])
    assert store.member().nik == MEMBER.nik
    store.undo_import(report)
    assert _dump(store.path) == before


def test_undo_is_refused_once_another_import_came_after(store):
    first = store.import_results([result(statement(KPJ_A))])
    store.import_results([result(statement(KPJ_A, year=2024), name="later.pdf")])
    before = _dump(store.path)
    with pytest.raises(UndoOutdated):
        store.undo_import(first)
    assert _dump(store.path) == before


def test_undo_then_redo_writes_the_same_again(store):
    plan = store.plan_import([result(statement(KPJ_A))])
    report = store.apply(plan)
    after = _dump(store.path)
    store.undo_import(report)
    store.apply(plan)  # redo: the plan still fits what is stored
    again = _dump(store.path)
    assert [r[1:] for r in again["rows"]] == [r[1:] for r in after["rows"]]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=hs.sets(hs.integers(1, 12), min_size=1), second=hs.sets(hs.integers(1, 12), min_size=1),
       bump=hs.sets(hs.integers(1, 12)), replace_conflicts=hs.booleans())
def test_any_import_undone_leaves_the_database_as_before(tmp_path_factory, first, second, bump, replace_conflicts):
    path = tmp_path_factory.mktemp("undo") / "db.sqlite3"
    with Store.open(path) as s:
        s.import_results([result(rows_only(KPJ_A, 2023, tuple(row(2023, m) for m in sorted(first))), name="a.csv")])
        before = _dump(path)
        rows = tuple(row(2023, m, wage="6100000" if m in bump else "6000000") for m in sorted(second))
        report = s.import_results([result(rows_only(KPJ_A, 2023, rows), name="b.csv"),
                                   result(statement(KPJ_B, member=Member("")), name="c.pdf")],
                                  replace_conflicts=replace_conflicts)
        s.undo_import(report)
        assert _dump(path) == before
