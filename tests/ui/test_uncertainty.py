"""The fan chart, the uncertainty panel, the chance, JP and adequacy KPIs in the projection view."""
from __future__ import annotations

import pytest

from planner import montecarlo as mc
from planner.adequacy import adequacy_for
from planner.format import percent, rupiah
from planner.jp import jp_benefit, jp_input_from_statements
from ui.chart import HEADROOM_SHARE


@pytest.fixture
def view(make_window, example_assumptions):
    w = make_window()
    w.set_baseline(example_assumptions)
    v = w.projection_view
    v.wait_for_band()
    return v


def _expected_chance(v) -> float:
    u = v.uncertainty
    r = mc.run_monte_carlo(v.state.assumptions, paths=u.paths, seed=u.seed, spreads=u.spreads(), target=u.target())
    return r.target.chance


def test_the_toggle_shows_and_hides_the_fan(view, qtbot):
    chart = view.chart
    assert chart.band.get_visible() and chart.band_inner.get_visible() and chart.median_line.get_visible()
    # The fan brackets the median, which runs to the claim date like the projection.
    px, _ = chart.projection_line.get_data()
    mx, my = chart.median_line.get_data()
    assert mx[-1] == pytest.approx(px[-1])
    outer = chart.band.get_paths()[0].vertices
    inner = chart.band_inner.get_paths()[0].vertices
    assert outer[:, 1].max() >= inner[:, 1].max() >= my[-1]

    view.uncertainty.show_bands.setChecked(False)
    qtbot.waitUntil(lambda: not chart.band.get_visible())
    assert not chart.band_inner.get_visible() and not chart.median_line.get_visible()
    assert not view.band_caption.isVisibleTo(view)  # no target either: nothing simulated, no caption

    view.uncertainty.show_bands.setChecked(True)
    qtbot.waitUntil(lambda: chart.band.get_visible())
    assert view.band_caption.isVisibleTo(view)


def test_the_caption_names_paths_seed_and_spreads(view):
    b = view.band
    text = view.band_caption.text()
    assert "10.000 simulasi" in text and f"seed {b.seed}" in text
    assert percent(b.spreads.returns, "id") in text and percent(b.spreads.growth, "id") in text


def test_moving_a_spread_slider_updates_the_chance(view, qtbot):
    u = view.uncertainty
    u.set_target("real", round(view.state.result.net_real / 1e6) * 1e6)  # near the median: a chance in between
    card = view.card_chance
    qtbot.waitUntil(lambda: card.value.text().endswith("%") and not view.band_pending)
    assert card.isVisibleTo(view)
    first = card.value.text()
    assert first == percent(_expected_chance(view), "id", 0)
    slider = u.return_spread.slider
    for _ in range(25):  # a drag: many ticks, throttled simulations, the latest one wins
        slider.setValue(slider.value() + 1)
    qtbot.waitUntil(lambda: not view.band_pending)
    assert view.band.spreads.returns == pytest.approx(u.spreads().returns)
    assert card.value.text() == percent(_expected_chance(view), "id", 0)
    assert card.value.text() != first
    assert str(view.band.seed) in card.note.text()


def test_changing_the_target_changes_the_chance(view, qtbot):
    u = view.uncertainty
    u.set_target("pct_wage", 10)
    qtbot.waitUntil(lambda: not view.band_pending and view.band.target is not None)
    low_target = view.band.target.chance
    assert view.card_chance.value.text() == percent(_expected_chance(view), "id", 0)
    u.target_pct.spin.setValue(60)
    qtbot.waitUntil(lambda: not view.band_pending and view.band.target.pct_wage == pytest.approx(0.6))
    assert view.band.target.chance < low_target
    assert view.card_chance.value.text() == percent(_expected_chance(view), "id", 0)
    u.set_target("none")
    qtbot.waitUntil(lambda: not view.card_chance.isVisibleTo(view))


def test_an_older_simulation_never_replaces_a_newer_one(view):
    newer, older = view.band, object()
    view._band_ready(newer, view._band_generation)
    view._band_ready(older, view._band_generation - 1)
    assert view.band is newer


def test_jp_kpi_with_the_demo_statements(make_window):
    w = make_window(demo=True)
    v = w.projection_view
    assert v.card_jp.isVisibleTo(v)
    r = v.state.result
    a = r.assumptions
    from dataclasses import replace

    inp = replace(jp_input_from_statements(w.data_source.statements()), wage=a.wage)
    expected = jp_benefit(a.birth_date, inp, wage_growth=a.wage_growth, inflation=a.inflation,
                          annual_return=a.annual_return, stop_date=r.stop_date)
    amount = expected.monthly_benefit if expected.monthly_benefit is not None else expected.lump_sum
    assert v.card_jp.value.text() == rupiah(amount, "id")
    assert str(expected.pension_age) in v.card_jp.title.text()
    # Adequacy: the planner's sentence with JP, the ILO reference in it.
    text = v.adequacy_label.text()
    assert adequacy_for(r, expected).text("id") in text
    assert "ILO" in text and "dari gaji terakhir" in text


def test_without_jp_data_the_card_is_hidden_with_a_note_and_typed_months_bring_it(view, qtbot):
    assert not view.card_jp.isVisibleTo(view)
    assert "Masa Iuran JP" in view.adequacy_label.text()
    assert view.jp_entry.isVisibleTo(view.jp_entry.parentWidget())
    view.jp_entry.enabled.setChecked(True)
    view.jp_entry.months.spin.setValue(100)  # at most 114 since JP began (July 2015) to 31 Dec 2024
    assert view.card_jp.isVisibleTo(view)
    assert view.jp is not None and view.jp.months >= 100
    assert view.card_jp.value.text() in (rupiah(view.jp.monthly_benefit or 0, "id"), rupiah(view.jp.lump_sum or 0, "id"))


def test_kpis_follow_the_units(view, qtbot, make_window):
    view.jp_entry.enabled.setChecked(True)
    view.jp_entry.months.spin.setValue(100)  # at most 114 since JP began (July 2015) to 31 Dec 2024
    view.set_real(True)
    assert view.card_jp.value.text() == rupiah(view.jp.monthly_benefit_real, "id")
    assert view.card_net.value.text() == rupiah(view.state.result.net_real, "id")


def test_a_drag_is_blitted_and_settles_with_a_full_draw(make_window, example_assumptions, qtbot):
    w = make_window()
    w.set_baseline(example_assumptions)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    view, chart = w.projection_view, w.projection_view.chart
    view.flush()
    qtbot.waitUntil(lambda: chart._background is not None and not chart._timer.isActive())
    draws, blits = chart.draw_count, chart.blit_count
    bar = view.whatif.ret.slider
    bar.setSliderDown(True)
    bar.setValue(bar.value() + 1)  # a small step: the line still fits the axes
    qtbot.waitUntil(lambda: chart.blit_count > blits)
    assert chart.draw_count == draws  # no full draw for the step
    _, y = chart.projection_line.get_data()
    assert y[-1] == pytest.approx(view.state.result.balance_at_claim)
    bar.setSliderDown(False)
    qtbot.waitUntil(lambda: not view.band_pending and not chart._settle_timer.isActive()
                    and not chart._timer.isActive() and not chart._blit_timer.isActive())
    # At rest the limits fit the data again: above the highest point, room for the claim label
    # (at least 12% of the data's span), and the label inside the axes.
    _, ys = chart._data()
    share = chart._label_share
    assert share >= HEADROOM_SHARE
    assert chart.ax.get_ylim()[1] == pytest.approx(float(ys.max()) / (1 - share))
    chart.flush()
    label, axes = chart.claim_label.get_window_extent(), chart.ax.get_window_extent()
    assert axes.y0 <= label.y0 and label.y1 <= axes.y1 + 1
    w.close()


def test_during_a_drag_a_preview_band_follows_and_the_full_run_replaces_it_at_rest(view, qtbot):
    from ui.projection_view import PREVIEW_PATHS

    u = view.uncertainty
    u.set_target("real", round(view.state.result.net_real / 1e6) * 1e6)
    qtbot.waitUntil(lambda: not view.band_pending)
    full = view.band
    assert full.paths == u.paths == 10_000 and "Pratinjau" not in view.band_caption.text()
    chart, bar = view.chart, view.whatif.ret.slider

    def top_of_band() -> float:
        return float(chart.band.get_paths()[0].vertices[:, 1].max())

    bar.setSliderDown(True)
    tops = []
    for step in (1, 2):
        bar.setValue(bar.value() + step)
        # At once, on this tick (no event loop in between): a preview of the new assumptions.
        preview = view.band
        assert view.band_is_preview and view.band_pending
        assert preview is not full and preview.paths == PREVIEW_PATHS and preview.seed == full.seed
        assert preview.means["annual_return"] == pytest.approx(view.state.assumptions.annual_return)
        assert top_of_band() == pytest.approx(max(preview.band(90)))
        tops.append(top_of_band())
        text = view.band_caption.text()
        assert text.startswith("Pratinjau") and "500 simulasi" in text and "10.000" in text
        assert view.card_chance.value.text().startswith("≈")
        assert "pratinjau" in view.card_chance.note.text()
    assert tops[1] > tops[0]  # a higher return: the band moved up with the slider
    bar.setSliderDown(False)
    qtbot.waitUntil(lambda: not view.band_pending)
    assert view.band.paths == 10_000 and not view.band_is_preview
    assert view.band.means["annual_return"] == pytest.approx(view.state.assumptions.annual_return)
    assert "10.000 simulasi" in view.band_caption.text() and "Pratinjau" not in view.band_caption.text()
    assert view.card_chance.value.text() == percent(_expected_chance(view), "id", 0)


def test_without_a_drag_no_preview_is_made(view, qtbot):
    bar = view.whatif.ret.slider
    bar.setValue(bar.value() + 1)  # a key press or a click on the track: the full run, throttled
    assert not view.band_is_preview
    qtbot.waitUntil(lambda: not view.band_pending)
    assert view.band.paths == view.uncertainty.paths


def test_the_claim_label_stays_inside_while_a_drag_lifts_the_marker(make_window, example_assumptions, qtbot):
    w = make_window()
    w.set_baseline(example_assumptions)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    view, chart = w.projection_view, w.projection_view.chart
    view.uncertainty.show_bands.setChecked(False)
    view.flush()
    qtbot.waitUntil(lambda: chart._background is not None and not chart._timer.isActive())
    assert chart.claim_label.get_verticalalignment() == "bottom"  # at rest: above the marker
    bar = view.whatif.ret.slider
    bar.setSliderDown(True)
    limits = chart.ax.get_ylim()
    for _ in range(20):  # step by step the marker rises into the label's headroom, still inside the limits
        bar.setValue(bar.value() + 1)
        if chart.claim_label.get_verticalalignment() == "top":
            break
    y0, y1 = limits
    assert chart.ax.get_ylim() == limits and (view.state.result.balance_at_claim - y0) / (y1 - y0) <= 1
    assert chart.claim_label.get_verticalalignment() == "top"  # the label went below the marker
    bar.setSliderDown(False)
    qtbot.waitUntil(lambda: not chart._settle_timer.isActive() and not chart._timer.isActive())
    assert chart.claim_label.get_verticalalignment() == "bottom"
    w.close()
