"""History view: balance split by year, contributions table, findings, filters, masking."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from models import Finding, Severity
from planner.format import mask_digits, rupiah
from tests.ui import fake_data
from ui.contrib_model import KPJ_ROLE, SORT_ROLE, ContributionFilter, ContributionModel, build_entries
from ui.history_view import HistoryView, balance_history


def test_one_card_history_splits_the_closing_balance():
    sts = fake_data.history()
    h = balance_history(sts)
    assert [y.year for y in h] == [2019, 2020, 2021, 2022, 2023]
    for y, s in zip(h, sts):
        assert y.total == s.closing
        assert y.base == sts[0].opening
        assert y.base + y.cum_contributions + y.cum_development == y.total
        assert y.unexplained == 0
    assert h[-1].cum_contributions == sum(s.contributions for s in sts)
    assert h[-1].cum_development == sum(s.development for s in sts)


@settings(max_examples=40, deadline=None)
@given(opening=st.integers(0, 10**9), years=st.integers(1, 6), wage=st.integers(1_000_000, 50_000_000))
def test_all_cards_is_the_sum_of_the_cards(opening, years, wage):
    from planner.history import carry
    from planner.rules import load_rules

    a = fake_data.history(fake_data.CARD_A, range(2018, 2018 + years), Decimal(opening), with_findings=False)
    b = fake_data.history(fake_data.CARD_B, range(2020, 2024), Decimal(5_000_000), with_findings=False)
    both = {y.year: y for y in balance_history(a + b)}
    per_card = {k: {y.year: y for y in balance_history(a + b, k)} for k in (fake_data.CARD_A.kpj, fake_data.CARD_B.kpj)}
    for year, total in both.items():
        expected = Decimal(0)
        for h in per_card.values():
            if year in h:
                expected += h[year].total
            elif min(h) < year:  # an ended card: its last balance carried forward
                last = max(y for y in h if y < year)
                expected += carry(h[last].total, last, year, load_rules())[0]
        assert total.total == expected
        assert len(total.kpjs) == sum(1 for h in per_card.values() if year in h)
    assert list(both) == list(range(2018, max(2018 + years, 2024)))


def test_a_gap_shows_as_an_unexplained_difference():
    sts = fake_data.history(with_findings=False)
    from dataclasses import replace

    sts[2] = replace(sts[2], opening=sts[2].opening + 1000, closing=sts[2].closing + 1000)
    h = balance_history(sts)
    assert h[1].unexplained == 0 and h[2].unexplained == 1000


def test_a_missing_year_carries_the_last_known_balance():
    from planner.history import carry
    from planner.rules import load_rules

    sts = fake_data.history(with_findings=False)
    del sts[2]  # no statement for 2021
    h = {y.year: y for y in balance_history(sts)}
    carried, _ = carry(sts[1].closing, 2020, 2021, load_rules())
    assert h[2021].kpjs == () and h[2021].carried == carried and h[2021].total == carried
    assert h[2022].carried == 0 and h[2022].total == sts[2].closing


def test_model_marks_rows_named_by_findings(qapp):
    sts = fake_data.history()
    model = ContributionModel()
    model.set_statements(sts)
    entries = model.entries()
    rows = sum(len(s.rows) for s in sts)
    placeholders = [e for e in entries if e.row is None]
    assert len(entries) == rows + len(placeholders)
    assert sorted(e.period for e in placeholders) == [(2020, 11), (2020, 12)]  # the two missing months
    note = model.COLUMNS.index("note")
    for r, e in enumerate(entries):
        idx = model.index(r, note)
        if e.findings:
            assert idx.data(Qt.ItemDataRole.BackgroundRole) is not None
            assert not idx.data(Qt.ItemDataRole.DecorationRole).isNull()
            tip = idx.data(Qt.ItemDataRole.ToolTipRole)
            assert all(f.message in tip for f in e.findings)
        else:
            assert idx.data(Qt.ItemDataRole.BackgroundRole) is None
            assert idx.data(Qt.ItemDataRole.DecorationRole) is None
    late = next(r for r, e in enumerate(entries) if e.period == (2020, 3))
    assert entries[late].severity == Severity.INFO
    wrong = next(r for r, e in enumerate(entries) if e.period == (2023, 6))
    assert entries[wrong].severity == Severity.ERROR


def test_a_cross_year_finding_gives_one_placeholder_per_month(qapp):
    from dataclasses import replace

    sts = fake_data.history(with_findings=False)
    sts[2] = replace(sts[2], rows=tuple(r for r in sts[2].rows if r.period != (2021, 4)))
    sts[3] = replace(sts[3], rows=tuple(r for r in sts[3].rows if r.period != (2022, 7)))
    gap = Finding("missing_months", Severity.WARNING, "Dua bulan kosong.", ("2021-04", "2022-07"), sts[0].card.kpj, None)
    entries = build_entries(sts, [gap])
    holes = [e for e in entries if e.row is None]
    assert [(e.period, e.year) for e in holes] == [((2021, 4), 2021), ((2022, 7), 2022)]


def test_kpj_masked_until_asked_and_amounts_in_rupiah(qapp):
    sts = fake_data.history()
    model = ContributionModel()
    model.set_statements(sts)
    card = model.COLUMNS.index("card")
    wage = model.COLUMNS.index("wage")
    kpj = sts[0].card.kpj
    assert model.index(0, card).data() == mask_digits(kpj) != kpj
    model.set_show_kpj(True)
    assert model.index(0, card).data() == kpj
    assert model.index(0, wage).data() == rupiah(sts[0].rows[0].wage, "id")
    assert model.index(0, wage).data(SORT_ROLE) == float(sts[0].rows[0].wage)


def test_filters_by_card_and_year(qapp):
    sts = fake_data.history() + fake_data.history(fake_data.CARD_B, range(2021, 2024), with_findings=False)
    model = ContributionModel()
    model.set_statements(sts)
    proxy = ContributionFilter()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == model.rowCount()
    proxy.set_kpj(fake_data.CARD_B.kpj)
    assert proxy.rowCount() == 36
    assert {proxy.index(r, 0).data(KPJ_ROLE) for r in range(proxy.rowCount())} == {fake_data.CARD_B.kpj}
    proxy.set_year(2022)
    assert proxy.rowCount() == 12
    proxy.set_kpj(None)
    assert proxy.rowCount() == 24
    proxy.set_year(None)
    proxy.set_only_findings(True)
    assert proxy.rowCount() == 4  # late 03-2020, the two missing months, wrong rate 06-2023


def test_empty_view_offers_the_ways_in(qtbot):
    view = HistoryView()
    qtbot.addWidget(view)
    assert view.pages.currentIndex() == 0
    with qtbot.waitSignal(view.import_requested):
        view.empty_import.click()
    with qtbot.waitSignal(view.quick_entry_requested):
        view.empty_quick.click()


def test_view_filters_drive_chart_table_and_findings(qtbot):
    view = HistoryView()
    qtbot.addWidget(view)
    a = fake_data.history()
    b = fake_data.history(fake_data.CARD_B, range(2021, 2024), with_findings=False)
    view.set_statements(a + b)
    assert view.pages.currentIndex() == 1
    assert view.card_combo.count() == 3  # all cards + two
    assert "•" in view.card_combo.itemText(1)
    total = view.chart.history()
    assert total[-1].total == a[-1].closing + b[-1].closing
    view.select_card(fake_data.CARD_A.kpj)
    assert [h.total for h in view.chart.history()] == [s.closing for s in a]
    assert view.findings_list.count() == 3
    view.select_year(2023)
    assert view.proxy.rowCount() == 12
    assert view.findings_list.count() == 1
    assert "2023" in view.summary.text() and rupiah(a[-1].closing, "id") in view.summary.text()
    view.show_kpj.setChecked(True)
    assert fake_data.CARD_A.kpj in view.card_combo.currentText()
    view.chart.flush()  # draws without error, with the selected year highlighted


def test_findings_of_the_store_are_not_listed_twice(qtbot):
    view = HistoryView()
    qtbot.addWidget(view)
    sts = fake_data.history()
    own = [f for s in sts for f in s.findings]
    view.set_statements(sts, own)
    assert view.findings_list.count() == len(own)


def test_history_follows_the_window_s_data(make_window, qtbot):
    from ui.main_window import DemoSource

    w = make_window()
    assert w.history_view.statements() == []
    w.set_data_source(DemoSource(fake_data.history()))
    assert len(w.history_view.statements()) == 5
    assert w.history_view.pages.currentIndex() == 1
    # Cross-year findings come from the audit when the source keeps none.
    audit_gaps = [f for f in w.history_view.visible_findings() if f.code == "missing_months" and f.year is None]
    assert len(audit_gaps) == 1 and audit_gaps[0].periods == ("2020-11", "2020-12")


def test_english_headers_and_amounts(qtbot, qapp):
    from ui import i18n

    i18n.install(qapp, "en")
    try:
        view = HistoryView()
        qtbot.addWidget(view)
        view.set_statements(fake_data.history())
        wage = view.model.COLUMNS.index("wage")
        assert view.model.headerData(wage, Qt.Orientation.Horizontal) == "Wage"
        assert "," in view.model.index(0, wage).data()
        assert view.card_combo.itemText(0) == "All cards"
    finally:
        i18n.install(qapp, "id")
