"""planner.workspace: one source and the what-if assumptions give every result a member sees."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from decimal import Decimal

import pytest

from models import Assumptions, Segment, WageChange
from planner.adequacy import adequacy_for
from planner.baseline import QuickEntry
from planner.cli import main as cli_main
from planner.cli.import_cmd import demo_files
from planner.importers import read_files
from planner.plausibility import note_text
from planner.projection import project
from planner.store import open_store
from planner.workspace import (
    SALDO_NEWEST, SALDO_QUICK_ENTRY, SALDO_STATEMENTS, BandRequest, Choices, Source, WithdrawalRequest, Workspace, report_data,
    source_from_files, source_from_store, typed_source,
)

TODAY = dt.date(2026, 6, 1)


@pytest.fixture(scope="module")
def demo() -> Source:
    return source_from_files(demo_files(), "demo")


def test_the_demo_saldo_says_where_it_comes_from(demo):
    ws = Workspace(demo, today=TODAY)
    origin = ws.saldo_origin
    assert origin.kind == "demo" and origin.as_of == dt.date(2025, 12, 31) and not origin.can_choose
    assert origin.text("id").startswith("Saldo per 31 Desember 2025 dari laporan demo (kartu 190•••••345 tahun 2022")
    assert origin.text("en").startswith("Balance as of 31 December 2025 from the demo statements")
    kpj = min(st.card.kpj for st in ws.statements)
    assert kpj not in origin.text("id") and kpj in origin.text("id", show_ids=True)


def test_the_outlook_is_the_planner_s_own_figures(demo):
    ws = Workspace(demo, today=TODAY)
    a = ws.starting_assumptions(wage_change=WageChange(dt.date(2027, 1, 1), 17_800_000))
    o = ws.outlook(a)
    assert o.projection == project(a, ws.rules, TODAY)
    assert o.jp is not None and o.jp.months > 0
    assert o.adequacy == adequacy_for(o.projection, o.jp, rules=ws.rules, today=TODAY)
    # The monthly-income card is adequacy's JHT income, in both units.
    r = o.projection
    assert o.income.real == o.adequacy.jht_income
    assert o.income.nominal == pytest.approx(o.adequacy.jht_income * r.balance_at_claim / r.balance_at_claim_real)
    # The wage change reaches JP (the command line used to leave it out).
    plain = ws.outlook(ws.starting_assumptions())
    assert o.jp.monthly_benefit > plain.jp.monthly_benefit


def test_jp_months_typed_win_over_none_and_bpu_has_no_jp():
    ws = Workspace(typed_source(), today=TODAY)
    a = Assumptions(balance=10e6, as_of=dt.date(2025, 12, 31), birth_date=dt.date(1985, 1, 1), wage=5e6)
    assert ws.outlook(a).jp is None
    assert ws.outlook(a, Choices(jp_months=100)).jp.months >= 100
    bpu = ws.outlook(replace(a, segment=Segment.BPU), Choices(jp_months=100))
    assert bpu.jp is None and bpu.jp_error is not None and bpu.projection is not None


def test_a_typed_source_needs_the_four_figures():
    ws = Workspace(typed_source(), today=TODAY)
    assert ws.saldo_origin is None and ws.history == () and ws.findings == ()
    with pytest.raises(TypeError):
        ws.starting_assumptions(balance=1.0)


def test_results_and_the_report_read_the_same_parts(demo):
    ws = Workspace(demo, today=TODAY)
    a = ws.starting_assumptions()
    res = ws.results(a, bands=BandRequest(500, 7), withdrawal=WithdrawalRequest(cash_out_on=dt.date(2030, 1, 1)))
    assert res.bands.paths == 500 and res.bands.seed == 7
    assert [o.kind for o in res.withdrawal.options] == ["keep", "cash_out"]
    data = report_data(ws, res, "id")
    assert data.result is res.projection and data.jp is res.outlook.jp and data.bands is res.bands
    assert data.notes[0] == res.saldo_origin.text("id") and data.source == "demo"
    assert [p.file_name for p in data.provenance] == [p.name for p in demo_files()]
    assert data.remedies is not None


def test_every_finding_per_statement_and_across_once(demo):
    ws = Workspace(demo, today=TODAY)
    own = [f for st in ws.statements for f in st.findings]
    assert set(own) <= set(ws.findings)
    assert set(demo.findings) <= set(ws.findings)
    assert len(set(ws.findings)) == len(ws.findings)


def test_the_member_chooses_between_the_statements_and_an_older_quick_entry(tmp_path):
    results, _ = read_files(demo_files())
    with open_store(tmp_path / "jht.db") as store:
        store.import_results(results)
        member = store.member()
        store.save_quick_entry(QuickEntry(Decimal(50_000_000), dt.date(2025, 6, 30), Decimal(9_000_000),
                                          member.birth_date, name=member.name))
        source = source_from_store(store)
    newest = Workspace(source, today=TODAY)
    assert newest.saldo_origin.kind == "statements" and newest.saldo_origin.can_choose  # the quick entry is older
    chosen = newest.with_saldo_from(SALDO_QUICK_ENTRY)
    assert chosen.baseline.balance == Decimal(50_000_000) and chosen.saldo_origin.uses_quick_entry
    assert "entri cepat" in chosen.saldo_origin.text("id")
    back = chosen.with_saldo_from(SALDO_STATEMENTS)
    assert back.baseline.balance == newest.baseline.balance and not back.saldo_origin.uses_quick_entry


def test_the_saldo_choice_is_remembered_per_profile_and_the_cli_uses_it(tmp_path, capsys):
    # Issue 13 follow-up: `--saldo-from` (and the window's "Pakai saldo…") survive a restart.
    results, _ = read_files(demo_files())
    with open_store() as store:  # the default profile's database, as the CLI opens it
        store.import_results(results)
        member = store.member()
        store.save_quick_entry(QuickEntry(Decimal(50_000_000), dt.date(2025, 6, 30), Decimal(9_000_000),
                                          member.birth_date, name=member.name))
        assert store.saldo_from() is None
    assert cli_main(["project", "--stored", "--json"]) == 0
    newest = json.loads(capsys.readouterr().out)
    assert newest["saldo_origin"]["kind"] == "statements"
    assert cli_main(["project", "--stored", "--json", "--saldo-from", "quick_entry"]) == 0
    chosen = json.loads(capsys.readouterr().out)
    assert cli_main(["project", "--stored", "--json"]) == 0  # a later run, no flag: the remembered choice
    later = json.loads(capsys.readouterr().out)
    assert later["saldo_origin"] == chosen["saldo_origin"] and later["saldo_origin"]["kind"] == "quick_entry"
    assert later["assumptions"]["balance"] == 50_000_000
    with open_store() as store:
        assert store.saldo_from() == SALDO_QUICK_ENTRY
        store.save_saldo_from(SALDO_STATEMENTS)  # replaced, not added
        assert Workspace(source_from_store(store), today=TODAY).saldo_from == SALDO_STATEMENTS
        # An explicit choice wins over the remembered one; one the planner does not know is ignored.
        assert Workspace(source_from_store(store), saldo_from=SALDO_QUICK_ENTRY).saldo_from == SALDO_QUICK_ENTRY
        store.save_saldo_from("no-such-choice")
        assert Workspace(source_from_store(store), today=TODAY).saldo_from == SALDO_NEWEST
    # Another profile has its own database, and so its own choice.
    with open_store(tmp_path / "other.db") as other:
        assert other.saldo_from() is None


def test_unusual_assumptions_are_results_the_cli_and_the_report_share(demo, capsys):
    ws = Workspace(demo, today=TODAY)
    usual = ws.results(ws.starting_assumptions())
    assert usual.outlook.unusual == ()
    bold = ws.results(ws.starting_assumptions(annual_return=0.3))
    codes = [n.code for n in bold.outlook.unusual]
    assert codes == ["return_above_declared", "adequacy_from_unusual"]  # 30% a year: income above the last wage
    assert bold.outlook.adequacy.ratio > 1.0
    texts = [note_text(n, "id") for n in bold.outlook.unusual]
    assert set(texts) <= set(report_data(ws, bold, "id").notes)
    assert not set(texts) & set(report_data(ws, usual, "id").notes)
    # The CLI: the same notes in the JSON and, in the member's language, on stderr.
    assert cli_main(["project", "--demo", "--json", "--return", "0.3"]) == 0
    captured = capsys.readouterr()
    shown = json.loads(captured.out)["unusual"]
    assert [n["code"] for n in shown] == codes and shown[0]["limit"] == pytest.approx(bold.outlook.unusual[0].limit)
    assert texts[0] in captured.err and shown[0]["text"] == texts[0]
    assert cli_main(["project", "--demo", "--return", "0.3", "--lang", "en"]) == 0
    assert note_text(bold.outlook.unusual[0], "en") in capsys.readouterr().err
