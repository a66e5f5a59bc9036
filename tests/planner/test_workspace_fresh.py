"""Fresh facts (issue 15, item 4): the workspace says when its saldo is a year old or more,
and the report carries that sentence."""
from __future__ import annotations

import datetime as dt

import pytest

from planner.cli.import_cmd import demo_files
from planner.importers import read_files
from planner.store import open_store
from planner.workspace import Source, Workspace, report_data, source_from_import_results, source_from_store


@pytest.fixture(scope="module")
def stored(tmp_path_factory) -> Source:
    """The demo statements as a member's own database (saldo date 31 December 2025)."""
    results, _ = read_files(demo_files())
    with open_store(tmp_path_factory.mktemp("fresh") / "jht.db") as store:
        store.import_results(results)
        return source_from_store(store)


@pytest.mark.parametrize("today, months, stale", [
    (dt.date(2026, 6, 1), 5, False),
    (dt.date(2026, 12, 30), 11, False),
    (dt.date(2026, 12, 31), 12, True),
    (dt.date(2028, 3, 15), 26, True),
])
def test_saldo_age_in_whole_months(stored, today, months, stale):
    origin = Workspace(stored, today=today).saldo_origin
    assert origin.as_of == dt.date(2025, 12, 31)
    assert origin.age_months == months and origin.is_stale is stale
    assert bool(origin.stale_text("id")) is stale


def test_stale_saldo_says_its_age_and_what_to_do(stored):
    origin = Workspace(stored, today=dt.date(2028, 3, 15)).saldo_origin
    assert origin.stale_text("id") == (
        "Saldo ini per 31 Desember 2025, sudah 2 tahun 2 bulan lalu. Impor Rincian Saldo JHT terbaru dari JMO "
        "agar proyeksinya mulai dari saldo sekarang.")
    assert origin.stale_text("en").startswith("This balance is as of 31 December 2025, 2 years 2 months ago.")


def test_the_report_carries_the_stale_sentence(stored):
    ws = Workspace(stored, today=dt.date(2027, 1, 31))
    results = ws.results(ws.starting_assumptions())
    notes = report_data(ws, results, "id").notes
    assert any(n.startswith("Saldo ini per 31 Desember 2025, sudah 1 tahun 1 bulan lalu.") for n in notes)
    fresh = Workspace(stored, today=dt.date(2026, 6, 1))
    assert not any("sudah" in n and "lalu" in n for n in report_data(fresh, fresh.results(fresh.starting_assumptions()),
                                                                      "id").notes)


def test_the_demo_is_never_stale():
    results, across = read_files(demo_files())
    ws = Workspace(source_from_import_results(results, across, "demo", "id"), today=dt.date(2030, 1, 1))
    assert ws.saldo_origin.kind == "demo" and ws.saldo_origin.age_months == 48 and not ws.saldo_origin.is_stale


@pytest.mark.parametrize("today, resign_on", [
    (dt.date(2026, 6, 1), dt.date(2027, 1, 1)),  # a fresh saldo: the next 1 January
    (dt.date(2028, 3, 15), dt.date(2029, 1, 1)),  # a stale saldo: still after today, never in the past
])
def test_withdrawal_dates_default_after_today(stored, today, resign_on):
    ws = Workspace(stored, today=today)
    d = ws.withdrawal_defaults(ws.starting_assumptions(), member_since=None)
    assert d.earliest == dt.date(2026, 1, 1)  # the day after the saldo date: a past resignation can be typed
    assert d.resign_on == resign_on and d.resign_on > today
    assert d.new_job_on == dt.date(resign_on.year, 7, 1) and d.partial_on == resign_on


def test_partial_claim_defaults_to_when_the_membership_allows(stored):
    ws = Workspace(stored, today=dt.date(2026, 6, 1))
    d = ws.withdrawal_defaults(ws.starting_assumptions(), member_since=dt.date(2022, 3, 1))
    assert d.partial_on == dt.date(2033, 1, 1)  # ten years from March 2022: the January after March 2032


def test_jp_months_are_capped_at_the_months_since_jp_began(stored):
    ws = Workspace(stored, today=dt.date(2026, 6, 1))
    # July 2015 to December 2025, both counted.
    assert ws.jp_months_possible(ws.starting_assumptions()) == 126
