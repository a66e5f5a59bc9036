"""What-if settings survive closing and reopening, per profile (issue 15, item 5): set in the
panels, the window closed, a new window on the same data folder shows the same values and the
same figures as the command line with those assumptions; two profiles keep their own; the demo
never writes; whatever no longer fits in the settings is ignored."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given, settings as hyp_settings, strategies as st
from PySide6.QtCore import QDate

from models import Assumptions, CareerBreak, WageChange
from planner import paths, profiles
from planner.baseline import QuickEntry
from planner.cli import main
from planner.cli.import_cmd import demo_files
from planner.format import percent, rupiah
from planner.importers import read_files
from planner.store import open_store
from ui.settings import Settings
from ui.whatif_memory import WHATIF_FIELDS, data_key, remembered_assumptions

SEED, PATHS = 4242, 1_000


@pytest.fixture(autouse=True)
def default_profile(monkeypatch):
    monkeypatch.setattr(paths, "_PROFILE", [None])


def _store_demo() -> None:
    """The profile in use holds the demo statements (to December 2025)."""
    store = open_store()
    store.import_results(read_files(demo_files())[0])
    store.close()


def _store_quick_entry(balance: int) -> None:
    store = open_store()
    store.save_quick_entry(QuickEntry(Decimal(balance), dt.date(2025, 12, 31), Decimal(6_000_000),
                                      dt.date(1988, 5, 17), name="SITI AMINAH"))
    store.close()


def _window(make_window):
    w = make_window()
    w.remember_geometry = True  # a member's window (make_window's leave no trace by default)
    w.projection_view.flush()
    return w


def _set_in_the_panels(w) -> None:
    """What a member does: sliders and boxes of the what-if and uncertainty panels."""
    whatif, u = w.projection_view.whatif, w.projection_view.uncertainty
    whatif.ret.spin.setValue(7.0)
    whatif.growth.spin.setValue(4.0)
    whatif.stop_age.spin.setValue(50)
    whatif.break_start.setDate(QDate(2030, 1, 1))
    whatif.break_months.spin.setValue(24)
    whatif.change_enabled.setChecked(True)
    whatif.change_on.setDate(QDate(2027, 1, 1))
    whatif.change_wage.spin.setValue(17_800_000)
    u.paths_box.setCurrentIndex(u.paths_box.findData(PATHS))
    u.seed_box.setValue(SEED)
    u.gap_chance.spin.setValue(10)
    u.set_target("pct_wage", 35)


def _shown(w) -> dict:
    view = w.projection_view
    view.flush()
    cards = {name: getattr(view, name).value.text()
             for name in ("card_now", "card_claim", "card_net", "card_income", "card_jp", "card_chance")}
    return {"given": view.state.given, "uncertainty": view.uncertainty.state(), "cards": cards,
            "panel": [s.value() for s in (view.whatif.ret, view.whatif.growth, view.whatif.stop_age,
                                          view.whatif.break_months, view.whatif.change_wage)],
            "change_on": view.whatif.change_on.date(), "break_start": view.whatif.break_start.date()}


def test_settings_come_back_after_a_restart_with_the_figures_of_the_command_line(make_window, capsys):
    _store_demo()
    first = _window(make_window)
    defaults = _shown(first)
    _set_in_the_panels(first)
    before = _shown(first)
    assert before["cards"]["card_claim"] != defaults["cards"]["card_claim"]
    first.close()

    again = _window(make_window)
    after = _shown(again)
    assert after == before
    assert again.undo_stack.count() == 0  # restored, not a step to undo

    capsys.readouterr()
    s = again.projection_view.uncertainty.spreads()
    assert main(["project", "--stored", "--return", "0.07", "--wage-growth", "0.04", "--stop-age", "50",
                 "--break-start", "2030-01", "--break-months", "24", "--wage-change-date", "2027-01-01",
                 "--wage-change", "17800000", "--paths", str(PATHS), "--seed", str(SEED),
                 "--return-spread", repr(s.returns), "--growth-spread", repr(s.growth),
                 "--inflation-spread", repr(s.inflation), "--gap-chance", "0.1", "--gap-months", str(s.gap_months),
                 "--target-pct-wage", "0.35", "--json"]) == 0
    cli = json.loads(capsys.readouterr().out)
    cards, rp = after["cards"], (lambda x: rupiah(x, "id"))
    assert cards["card_claim"] == rp(cli["balance_at_claim"]["nominal"])
    assert cards["card_net"] == rp(cli["net"])
    assert cards["card_income"] == rp(cli["income"]["nominal"])
    assert cards["card_chance"] == percent(cli["target"]["chance"], "id", 0)


def test_each_profile_keeps_its_own_settings(make_window):
    _store_demo()
    profiles.create("Ibu")
    paths.use_profile("Ibu")
    _store_quick_entry(20_000_000)
    paths.use_profile(None)

    w = _window(make_window)
    ret = w.projection_view.whatif.ret
    default_return = ret.value()
    ret.spin.setValue(7.0)
    w.profile_menu.switch("Ibu")
    assert ret.value() == default_return  # Ibu's data, Ibu's (none yet)
    ret.spin.setValue(4.0)
    w.profile_menu.switch(None)
    assert ret.value() == 7.0
    assert w.projection_view.state.given.annual_return == 0.07
    w.profile_menu.switch("Ibu")
    assert ret.value() == 4.0
    w.close()

    assert Settings().whatif_state("default")["whatif"] == {"annual_return": 0.07}
    assert Settings().whatif_state("Ibu")["whatif"] == {"annual_return": 0.04}
    again = _window(make_window)  # opens on the profile used last: Ibu
    assert paths.profile_in_use() == "Ibu" and again.projection_view.whatif.ret.value() == 4.0


def test_the_demo_leaves_the_member_s_settings_alone(make_window):
    _store_demo()
    mine = _window(make_window)
    mine.projection_view.whatif.ret.spin.setValue(7.0)
    mine.close()
    kept = Settings().whatif_state("default")

    demo = make_window(demo=True)
    demo.remember_geometry = True
    assert demo.projection_view.whatif.ret.value() != 7.0  # the demo starts from its defaults
    demo.projection_view.whatif.ret.spin.setValue(3.0)
    demo.projection_view.uncertainty.set_target("pct_wage", 50)
    demo.demo_bar.back.click()  # back to my data: my settings
    assert demo.projection_view.whatif.ret.value() == 7.0
    demo.close()
    assert Settings().whatif_state("default") == kept


def _defaults_shown(make_window) -> dict:
    w = make_window()
    shown = _shown(w)
    w.close()
    return shown


@pytest.mark.parametrize("garbage", [
    "{not json", "[1, 2]", "null", json.dumps({"whatif": "all of it", "uncertainty": [1]}),
    json.dumps({"version": 1, "data": None, "whatif": {"annual_return": 0.07}}),
])
def test_unreadable_settings_are_ignored(make_window, garbage):
    _store_demo()
    expected = _defaults_shown(make_window)
    Settings()._qs.setValue("whatif/default", garbage)
    w = _window(make_window)
    assert _shown(w) == expected


def test_values_that_no_longer_fit_are_left_out_and_the_rest_kept(make_window):
    _store_demo()
    w = _window(make_window)
    baseline = w.baseline
    expected = _defaults_shown(make_window)
    Settings().set_whatif_state("default", {
        "version": 1, "data": data_key(baseline),
        "whatif": {"annual_return": 0.9,  # 90%: beyond the slider
                   "wage_growth": 0.04,  # fits
                   "stop_age": "fifty", "claim_age": 200, "inflation": True,
                   "career_break": {"start": "2019-01-01", "months": 12},  # before the balance date
                   "wage_change": {"on": "2027-01-01", "wage": -5},
                   "segment": "BPU", "balance": 1},  # not what-if fields: never taken
        "jp_months": 10_000,
        "uncertainty": {"seed": -5, "paths": 7, "target": "everything", "bands": "yes",
                        "return_spread": float("nan"), "gap_chance": 12.0},
    })
    again = _window(make_window)
    view = again.projection_view
    assert view.state.given == replace(baseline, wage_growth=0.04)
    assert view.whatif.ret.value() == expected["panel"][0]
    assert view.state.given.career_break is None and view.state.given.wage_change is None
    u = view.uncertainty.state()
    assert u["gap_chance"] == 12.0  # fits
    assert {k: u[k] for k in ("seed", "paths", "target", "bands", "return_spread")} == \
        {k: expected["uncertainty"][k] for k in ("seed", "paths", "target", "bands", "return_spread")}


def test_settings_made_on_other_data_keep_only_the_uncertainty_panel(make_window):
    _store_demo()
    w = _window(make_window)
    key = data_key(w.baseline)
    w.close()
    Settings().set_whatif_state("default", {"version": 1, "data": {**key, "balance": key["balance"] + 1},
                                            "whatif": {"annual_return": 0.07},
                                            "uncertainty": {"target": "pct_wage", "target_pct": 35.0}})
    again = _window(make_window)
    assert again.projection_view.state.given.annual_return is None  # the rules' default
    assert again.projection_view.uncertainty.target_kind_name() == "pct_wage"


def test_assumptions_the_workspace_refuses_are_not_restored(make_window):
    """Each value within its slider, together impossible (stop working after the claim age)."""
    _store_demo()
    w = _window(make_window)
    Settings().set_whatif_state("default", {"version": 1, "data": data_key(w.baseline),
                                            "whatif": {"claim_age": 56, "stop_age": 70}})
    w.close()
    again = _window(make_window)
    assert again.projection_view.state.error is None
    assert again.projection_view.state.given == again.baseline


BASELINE = Assumptions(balance=38_887_665.97, as_of=dt.date(2024, 12, 31), birth_date=dt.date(1990, 2, 1),
                       wage=8_100_000)
json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                                        max_size=3), max_leaves=8)


@hyp_settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from([*WHATIF_FIELDS, "balance", "x"]), json_values, max_size=6))
def test_any_remembered_what_if_gives_assumptions_within_the_panel_or_none(changes):
    from ui.whatif import BREAK_MAX_MONTHS, GROWTH_RANGE, INFLATION_RANGE, RETURN_RANGE

    a = remembered_assumptions({"data": data_key(BASELINE), "whatif": changes}, BASELINE)
    if a is None:
        return
    assert (a.balance, a.as_of, a.birth_date, a.segment) == (BASELINE.balance, BASELINE.as_of,
                                                             BASELINE.birth_date, BASELINE.segment)
    for name, (lo, hi) in (("wage_growth", GROWTH_RANGE), ("annual_return", RETURN_RANGE),
                           ("inflation", INFLATION_RANGE)):
        value = getattr(a, name)
        assert value is None or lo / 100 <= value <= hi / 100
    assert 0 <= a.wage
    assert a.career_break is None or (isinstance(a.career_break, CareerBreak) and a.career_break.start > BASELINE.as_of
                                      and 1 <= a.career_break.months <= BREAK_MAX_MONTHS)
    assert a.wage_change is None or (isinstance(a.wage_change, WageChange) and a.wage_change.on > BASELINE.as_of)


def test_back_to_the_defaults_after_a_restart_is_one_undo_step(make_window):
    _store_demo()
    first = _window(make_window)
    assert not first.projection_view.whatif.reset_button.isEnabled()  # nothing changed yet
    first.projection_view.whatif.ret.spin.setValue(7.0)
    first.close()

    again = _window(make_window)
    view = again.projection_view
    assert view.whatif.ret.value() == 7.0 and view.whatif.reset_button.isEnabled()
    view.whatif.reset_button.click()
    assert view.state.given == again.baseline and not view.whatif.reset_button.isEnabled()
    assert again.undo_stack.count() == 1
    again.undo_stack.undo()
    assert view.state.given.annual_return == 0.07 and view.whatif.ret.value() == 7.0


def test_a_renamed_profile_keeps_its_settings_and_a_deleted_one_leaves_none(make_window):
    profiles.create("Ibu")
    paths.use_profile("Ibu")
    _store_quick_entry(20_000_000)
    w = _window(make_window)
    w.projection_view.whatif.ret.spin.setValue(4.0)  # noted, not yet written: the rename writes it first
    w.profile_menu._rename("Ibu", "Ibu Siti")
    assert paths.profile_in_use() == "Ibu Siti" and w.projection_view.whatif.ret.value() == 4.0
    assert Settings().whatif_state("Ibu") == {}
    w.profile_menu.switch(None)
    w.profile_menu._delete("Ibu Siti")
    assert Settings().whatif_state("Ibu Siti") == {}
