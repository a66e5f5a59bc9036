"""The withdrawal-choices tab, and the PDF export passing everything the window shows."""
from __future__ import annotations

import datetime as dt

import pytest

from planner import withdrawal as wd
from planner.format import rupiah


@pytest.fixture
def window(make_window, example_assumptions):
    w = make_window()
    w.set_baseline(example_assumptions)
    w.show_view("withdrawal")
    return w


def _row_texts(view, row: int) -> list[str]:
    return [view.table.item(row, c).text() if view.table.item(row, c) else "" for c in range(view.table.columnCount())]


def test_the_tab_compares_keep_cash_out_and_partial_like_the_planner(window):
    v = window.withdrawal_view
    v.partial.setChecked(False)
    v.cash_out.setChecked(True)
    v.resign_on.setDate(v.resign_on.date().addYears(2))
    c = v.comparison
    r = v.choices()
    expected = wd.compare(window.current_assumptions(), cash_out_on=r.cash_out_on, new_job=r.new_job,
                          partial_pct=r.partial_pct, partial_on=r.partial_on, member_since=r.member_since,
                          previous_partial=r.previous_partial)
    assert [o.kind for o in c.options] == ["keep", "cash_out"]
    keep, cash = _row_texts(v, 0), _row_texts(v, 1)
    assert keep[3] == rupiah(expected.options[0].value_real, "id")
    assert cash[3] == rupiah(expected.options[1].value_real, "id")
    assert cash[4] == rupiah(expected.options[1].cost_vs_keep, "id")
    assert rupiah(expected.options[1].payments[0].net, "id") in cash[1]  # nominal by default
    window.set_real(True)
    assert rupiah(expected.options[1].payments[0].net_real, "id") in _row_texts(v, 1)[1]


def test_a_new_job_adds_a_balance_paid_at_the_claim_date(window):
    v = window.withdrawal_view
    v.partial.setChecked(False)
    before = v.comparison.options[1].value_real
    v.new_job.setChecked(True)
    v.new_job_wage.setValue(6_000_000)
    option = v.comparison.options[1]
    assert option.at_claim is not None and option.value_real > before
    assert _row_texts(v, 1)[2] != "—"


def test_a_partial_claim_before_ten_years_is_refused_with_the_reason(window):
    v = window.withdrawal_view
    v.cash_out.setChecked(False)
    v.partial.setChecked(True)
    v.member_since_known.setChecked(True)
    since = window.current_assumptions().as_of.replace(day=1)
    v.member_since.setDate(v.member_since.date().fromString(since.isoformat(), "yyyy-MM-dd"))
    v.partial_on.setDate(v.partial_on.minimumDate().addYears(1))
    c = v.comparison
    refused = c.options[1]
    assert refused.refused and refused.refusal.code == "partial_too_early"
    sentence = refused.refusal.text("id")
    assert sentence in _row_texts(v, 1)[1]
    assert v.refusals.isVisibleTo(v) and sentence in v.refusals.text()
    # Only once: an earlier partial claim refuses a second one.
    v.member_since.setDate(v.member_since.date().addYears(-15))
    assert not v.comparison.options[1].refused
    v.previous.setChecked(True)
    assert v.comparison.options[1].refusal.code == "partial_twice"
    assert v.comparison.options[1].refusal.text("id") in v.refusals.text()


def test_the_pdf_export_passes_jp_withdrawal_adequacy_and_bands(window, monkeypatch, tmp_path):
    import ui.main_window as mw

    captured = {}

    def fake_build_report(data, path, progress=None, cancel=None):
        captured["data"], captured["path"] = data, path
        return path

    monkeypatch.setattr("planner.report.build_report", fake_build_report)
    monkeypatch.setattr(mw.MainWindow, "ask_report_options", lambda self: {"show_ids": True})
    target = tmp_path / "laporan.pdf"
    monkeypatch.setattr("ui.main_window.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    view = window.projection_view
    view.set_jp_months(100)  # at most 114 months since JP began (July 2015) to 31 Dec 2024
    view.uncertainty.set_target("pct_wage", 20)
    view.wait_for_band()
    window.export_pdf()
    data = captured["data"]
    assert captured["path"] == target
    assert data.jp is view.jp and data.jp is not None
    assert data.adequacy is view.adequacy and data.adequacy is not None
    assert data.withdrawal == window.withdrawal_view.comparison
    assert [o.kind for o in data.withdrawal.options] == ["keep", "cash_out", "partial"]
    assert data.bands is not None and data.bands.seed == view.uncertainty.seed
    assert data.bands.target is not None and data.bands.target.pct_wage == pytest.approx(0.2)
    assert data.show_ids is True and data.lang == "id"
    assert data.result is view.state.result


def test_the_export_simulates_the_bands_when_the_window_has_none(window, monkeypatch, tmp_path):
    import ui.main_window as mw

    captured = {}
    monkeypatch.setattr("planner.report.build_report",
                        lambda data, path, progress=None, cancel=None: captured.setdefault("data", data))
    monkeypatch.setattr(mw.MainWindow, "ask_report_options", lambda self: {"show_ids": False})
    monkeypatch.setattr("ui.main_window.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "x.pdf"), ""))
    view = window.projection_view
    view.uncertainty.show_bands.setChecked(False)
    view.wait_for_band()
    assert view.band is None
    window.export_pdf()
    bands = captured["data"].bands
    assert bands is not None and bands.seed == view.uncertainty.seed and bands.paths == view.uncertainty.paths
    assert captured["data"].show_ids is False


def test_the_export_passes_member_statements_and_notes_from_the_demo(make_window):
    w = make_window(demo=True)
    data, _request = w.report_data()
    statements = w.data_source.statements()
    assert data.member == statements[-1].member
    assert len(data.statements) == len(statements)
    assert data.source == "demo" and data.notes  # the carried card is explained
    assert data.jp is not None and data.withdrawal is not None


def test_cancelling_the_options_dialog_exports_nothing(window, monkeypatch):
    import ui.main_window as mw

    called = []
    monkeypatch.setattr(mw.MainWindow, "ask_report_options", lambda self: None)
    monkeypatch.setattr("ui.main_window.QFileDialog.getSaveFileName", lambda *a, **k: called.append(1) or ("", ""))
    window.export_pdf()
    assert called == []


def test_a_missing_membership_date_says_what_it_needs_not_not_allowed(window):
    v = window.withdrawal_view
    v.cash_out.setChecked(False)
    v.partial.setChecked(True)
    v.member_since_known.setChecked(False)
    option = v.comparison.options[1]
    assert option.refusal.code == "partial_needs_membership"
    cell = _row_texts(v, 1)[1]
    assert cell.startswith("Perlu data: ") and "Tidak" not in cell
    v.member_since_known.setChecked(True)
    v.member_since.setDate(v.member_since.date().addYears(-15))
    v.partial_on.setDate(v.partial_on.date().addYears(1))
    assert not v.comparison.options[1].refused


def test_the_footnote_names_each_column_s_unit(window):
    v = window.withdrawal_view
    assert v.comparison is not None  # computed (the view computes when asked or when idle)
    assert v.convention.text().startswith("Kolom pembayaran: rupiah nominal,")
    assert "Nilai total dan biaya: rupiah hari ini" in v.convention.text()
    window.set_real(True)
    assert v.comparison is not None
    assert v.convention.text().startswith("Kolom pembayaran: rupiah nilai hari ini,")


def test_default_dates_are_after_today(make_window, example_assumptions):
    """The example's saldo is of 31 December 2024: the dates start after today, not after it."""
    w = make_window()
    w.set_baseline(example_assumptions)
    v = w.withdrawal_view
    today = w.workspace.today
    for edit in (v.resign_on, v.new_job_on, v.partial_on):
        assert edit.date().toPython() > today
