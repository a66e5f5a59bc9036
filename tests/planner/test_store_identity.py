"""One person per database (issue 12 item 3): a statement of another member is never stored."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from models import Member
from planner.store import DifferentMember, Store
from planner.store.identity import same_person
from tests.planner.test_store import KPJ_A, KPJ_B, MEMBER, _count, result, rows_only, row, statement

OTHER = Member("BUDI SANTOSO", dt.date(1985, 7, 12), "3201011207850001")
THIRD = Member("SITI AMINAH", dt.date(1979, 3, 3), "3578014303790002")


@pytest.fixture
def store():
    with Store.open() as s:
        yield s


def test_three_people_one_after_another_are_not_merged(store):
    store.import_results([result(statement(KPJ_A, member=MEMBER), name="rina.pdf")])
    for kpj, who, name in (("17000000001", OTHER, "budi.pdf"), ("17000000002", THIRD, "siti.pdf")):
        plan = store.plan_import([result(statement(kpj, member=who), name=name)])
        assert [m.file_name for m in plan.mismatches] == [name]
        with pytest.raises(DifferentMember) as err:
            store.apply(plan)
        text = err.value.text("id")
        assert "RINA KARTIKA SARI" in text and who.name in text and "\n" not in text
        assert who.nik not in text and MEMBER.nik not in text  # both NIKs masked
        assert who.nik[:3] in text and MEMBER.nik[-3:] in text
    assert [c.kpj for c in store.cards()] == [KPJ_A]
    assert _count(store.path, "members") == 1 and _count(store.path, "imports") == 1


def test_another_member_in_the_same_batch_stops_the_whole_batch(store):
    plan = store.plan_import([result(statement(KPJ_A), name="a.pdf"),
                              result(statement(KPJ_B, member=OTHER), name="b.pdf")])
    assert [m.file_name for m in plan.mismatches] == ["b.pdf"]
    with pytest.raises(DifferentMember):
        store.apply(plan)
    assert store.is_empty() and _count(store.path, "imports") == 0


def test_several_cards_of_one_person_stay_one_member(store):
    spaced = replace(MEMBER, name="rina  kartika sari ", nik=None)  # another card printed without NIK
    report = store.import_results([result(statement(KPJ_A), name="a.pdf"),
                                   result(statement(KPJ_B, member=spaced), name="b.pdf")])
    assert not report.plan.mismatches
    assert len(store.cards()) == 2 and _count(store.path, "members") == 1
    assert store.member().nik == MEMBER.nik


def test_a_file_without_identity_goes_to_the_current_profile_and_says_so(store):
    store.import_results([result(statement(KPJ_A), name="a.pdf")])
    anonymous = rows_only(KPJ_A, 2024, (row(2024, 1),))
    anonymous = replace(anonymous, member=Member(""))
    plan = store.plan_import([result(anonymous, name="rows.csv")])
    assert plan.anonymous == ("rows.csv",) and not plan.mismatches
    store.apply(plan)
    assert any(st.year == 2024 for st in store.statements())


@pytest.mark.parametrize("a, b, same", [
    (MEMBER, replace(MEMBER, name="Rina Kartika  Sari"), True),
    (MEMBER, replace(MEMBER, nik=None, name="RINA K SARI"), False),  # no NIK on one side: the name decides
    (MEMBER, replace(MEMBER, name="RINA K SARI"), True),  # same NIK and birth date: a shortened name is fine
    (MEMBER, replace(MEMBER, birth_date=dt.date(1990, 2, 2)), False),
    (MEMBER, replace(MEMBER, nik="3171014102900004"), False),
    (MEMBER, Member(""), True),
])
def test_same_person(a, b, same):
    assert same_person(a, b) is same and same_person(b, a) is same
