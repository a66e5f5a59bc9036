"""The window shows what the command line says: the same members, the same what-if
assumptions, every figure on screen equal to the CLI JSON; and the PDF exported from the
window is byte for byte the one `jht-planner report` writes."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest

from models import Assumptions, CareerBreak, Segment, WageChange
from planner.cli import main
from planner.format import percent, rupiah
from ui.main_window import MainWindow

SEED, PATHS = 20261202, 1_000
TYPED_PU = Assumptions(balance=42_500_000, as_of=dt.date(2025, 12, 31), birth_date=dt.date(1986, 7, 14), wage=7_250_000)
TYPED_BPU = Assumptions(balance=12_000_000, as_of=dt.date(2025, 12, 31), birth_date=dt.date(1979, 3, 3),
                        wage=2_500_000, segment=Segment.BPU)
TYPED_FLAGS = {
    "pu": ["--balance", "42500000", "--as-of", "2025-12-31", "--birth-date", "1986-07-14", "--wage", "7250000"],
    "bpu": ["--balance", "12000000", "--as-of", "2025-12-31", "--birth-date", "1979-03-03", "--wage", "2500000",
            "--segment", "BPU"],
}

# (case, source, what-if edits on the window, the same as CLI flags, JP months typed)
CASES = [
    ("demo", "demo", {}, [], None),
    ("demo wage doubled from 2027", "demo", {"wage_change": WageChange(dt.date(2027, 1, 1), 17_800_000)},
     ["--wage-change-date", "2027-01-01", "--wage-change", "17800000"], None),
    ("demo break, stop 50, claim 58", "demo",
     {"career_break": CareerBreak(dt.date(2030, 1, 1), 24), "stop_age": 50, "claim_age": 58},
     ["--break-start", "2030-01", "--break-months", "24", "--stop-age", "50", "--claim-age", "58"], None),
    ("typed PU with JP months", "pu", {"wage_growth": 0.04}, ["--wage-growth", "0.04"], 120),
    ("typed BPU", "bpu", {}, [], None),
]


def _cli_json(capsys, args: list[str]) -> dict:
    capsys.readouterr()
    assert main(["project", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _window(make_window, source: str) -> MainWindow:
    if source == "demo":
        return make_window(demo=True)
    w = make_window()
    w.set_baseline(TYPED_PU if source == "pu" else TYPED_BPU)
    return w


def _uncertainty_flags(w: MainWindow) -> list[str]:
    s = w.projection_view.uncertainty.spreads()
    return ["--paths", str(PATHS), "--seed", str(SEED), "--return-spread", repr(s.returns),
            "--growth-spread", repr(s.growth), "--inflation-spread", repr(s.inflation),
            "--gap-chance", repr(s.gap_chance), "--gap-months", str(s.gap_months)]


def _set_uncertainty(w: MainWindow, target_pct: float | None) -> None:
    u = w.projection_view.uncertainty
    u.paths_box.setCurrentIndex(u.paths_box.findData(PATHS))
    u.seed_box.setValue(SEED)
    u.gap_chance.set_value(10.0)  # spreads on, a career gap too
    u.set_target("pct_wage", target_pct) if target_pct is not None else u.set_target("none")


def _shown_withdrawal(w: MainWindow, resign: dt.date) -> None:
    v = w.withdrawal_view
    v.partial.setChecked(False)
    v.new_job.setChecked(False)
    v.cash_out.setChecked(True)
    v.resign_on.setDate(v.resign_on.date().fromString(resign.isoformat(), "yyyy-MM-dd"))


def _row(view, row: int) -> list[str]:
    return [view.table.item(row, c).text() if view.table.item(row, c) else "" for c in range(view.table.columnCount())]


@pytest.mark.parametrize("case, source, edits, flags, jp_months", CASES, ids=[c[0] for c in CASES])
def test_every_figure_in_the_window_is_the_cli_figure(make_window, capsys, case, source, edits, flags, jp_months):
    w = _window(make_window, source)
    view = w.projection_view
    if edits:
        view.apply_assumptions(replace(view.state.given, **edits))
    if jp_months is not None:
        view.set_jp_months(jp_months)
    _set_uncertainty(w, 30)
    resign = dt.date(2031, 6, 1)
    _shown_withdrawal(w, resign)
    w.show_view("withdrawal")
    w.flush_drawing()
    assert view.band is not None and not view.band_pending

    args = ["--demo"] if source == "demo" else list(TYPED_FLAGS[source])
    args += flags + _uncertainty_flags(w) + ["--target-pct-wage", "0.3", "--cash-out-date", resign.isoformat()]
    if jp_months is not None:
        args += ["--jp-months", str(jp_months)]
    cli = _cli_json(capsys, args)

    rp = lambda x: rupiah(x, "id")  # noqa: E731
    assert view.card_now.value.text() == rp(cli["assumptions"]["balance"])
    assert view.card_claim.value.text() == rp(cli["balance_at_claim"]["nominal"])
    assert view.card_net.value.text() == rp(cli["net"])
    assert view.card_income.value.text() == rp(cli["income"]["nominal"])
    assert (cli["jp"] is not None) == (not view.card_jp.isHidden())
    if cli["jp"] is not None:
        jp = cli["jp"]
        assert view.card_jp.value.text() == rp(jp["monthly_benefit"] if jp["monthly_benefit"] is not None
                                                else jp["lump_sum"])
    if source == "bpu":
        assert cli["jp"] is None  # JP is for wage earners only
    assert cli["adequacy"]["text"]["id"] in view.adequacy_label.text()
    assert view.card_chance.value.text() == percent(cli["target"]["chance"], "id", 0)
    shown_median = view.chart.median_line.get_ydata()[-1]
    assert shown_median == pytest.approx(cli["bands"]["at_claim"]["nominal"]["p50"], rel=1e-12)
    assert [round(v) for v in view.band.net_at_claim_real] == \
        [round(v) for v in cli["bands"]["at_claim"]["net_real"].values()]
    origin = cli["saldo_origin"]
    assert view.origin_label.text() == (origin["text"] if origin else "")

    table = w.withdrawal_view
    assert table.comparison is not None  # computed when shown or read
    options = cli["withdrawal"]["options"]
    assert table.table.rowCount() == len(options)
    for i, o in enumerate(options):
        assert _row(table, i)[3] == rp(o["value_real"])

    shown = {(f.code, tuple(f.periods)) for f in w.workspace.findings}
    history = w.history_view
    on_screen = {(f.code, tuple(f.periods)) for f in history._findings} | \
        {(f.code, tuple(f.periods)) for st in history.statements() for f in st.findings}
    assert on_screen == shown == {(f["code"], tuple(f["periods"])) for f in cli["findings"]}


def test_findings_across_statement_years_reach_the_window(make_window, tmp_path, capsys):
    """Four months of employer arrears inside a card's span: `missing_months` in the CLI, the
    same finding in the window's history (it used to say none)."""
    from tests.ui import fake_data

    years = fake_data.history(with_findings=False)
    gap = replace(years[2], rows=tuple(r for r in years[2].rows if r.period[1] not in (5, 6, 7, 8)))
    statements = years[:2] + [gap] + years[3:]
    from planner.csvio import write_history_csv

    csv = tmp_path / "riwayat.csv"
    csv.write_text(write_history_csv(statements), encoding="utf-8-sig")
    cli = _cli_json(capsys, ["--statement", str(csv)])
    codes = {f["code"] for f in cli["findings"]}
    assert "missing_months" in codes

    from planner.workspace import Workspace, source_from_files

    w = make_window()
    ws = Workspace(source_from_files([csv], "statements"))
    assert {f.code for f in ws.findings} == codes
    from ui.main_window import DemoSource

    w.set_data_source(DemoSource(statements))
    assert "missing_months" in {f.code for f in w.history_view._findings}


def test_the_pdf_from_the_window_is_the_pdf_of_jht_planner_report(make_window, monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1775001600")  # 2026-04-01, after the demo's balance date
    w = make_window(demo=True)
    _set_uncertainty(w, None)
    v = w.withdrawal_view
    v.partial.setChecked(False)
    v.cash_out.setChecked(False)
    w.flush_drawing()
    target = tmp_path / "window.pdf"
    monkeypatch.setattr(MainWindow, "ask_report_options", lambda self: {"show_ids": False})
    monkeypatch.setattr("ui.main_window.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    w.export_pdf()
    assert target.exists()

    cli_pdf = tmp_path / "cli.pdf"
    assert main(["report", "--demo", *_uncertainty_flags(w), "--out", str(cli_pdf)]) == 0
    assert target.read_bytes() == cli_pdf.read_bytes()
