"""The window: one person per profile (File > Profil, the review refuses another member) and
an import as one named undo step (issue 12 items 3 and 5)."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from models import Member
from planner import paths, profiles
from planner.store import Store
from resources import DEMO_DIR
from resources.demo.make_demo import demo_statements, write_statement_pdf
from tests.ui.test_import_flow import drop

DEMO_PDFS = sorted(Path(DEMO_DIR).glob("*.pdf"))
needs_demo = pytest.mark.skipif(not DEMO_PDFS, reason="the demo statements are not generated")
OTHER = Member("BUDI SANTOSO", dt.date(1985, 7, 12), "3201011207850001")


@pytest.fixture(autouse=True)
def default_profile(monkeypatch):
    monkeypatch.setattr(paths, "_PROFILE", [None])


def _stored_years() -> list[int]:
    with Store.open() as store:
        return [s.year for s in store.statements()]


def _import(w, qtbot, files):
    with qtbot.waitSignal(w.import_flow.review_opened, timeout=20000) as opened:
        drop(w, files)
    review = opened.args[0]
    with qtbot.waitSignal(w.import_flow.applied):
        review.accept()


@needs_demo
def test_an_import_is_one_named_undo_step_and_undo_removes_exactly_it(make_window, qtbot):
    w = make_window()
    _import(w, qtbot, DEMO_PDFS[:1])
    _import(w, qtbot, DEMO_PDFS[1:4])
    assert w.act_undo.text().replace("&", "") == "Urungkan impor 3 berkas"
    w.set_language("en")
    qtbot.waitUntil(lambda: w.act_undo.text().replace("&", "") == "Undo import of 3 files")
    w.set_language("id")
    w.undo_stack.undo()
    assert _stored_years() == [2019]
    assert [s.year for s in w.history_view.statements()] == [2019]
    assert w.act_undo.text().replace("&", "").startswith("Urungkan impor ")
    assert w.act_redo.text().replace("&", "") == "Ulangi impor 3 berkas"
    w.undo_stack.redo()
    assert _stored_years() == [2019, 2020, 2021, 2022][:1 + len(DEMO_PDFS[1:4])]
    w.undo_stack.undo()
    w.undo_stack.undo()
    assert _stored_years() == []


@needs_demo
def test_the_review_refuses_another_persons_statement_and_offers_no_merge(make_window, qtbot, tmp_path):
    w = make_window()
    _import(w, qtbot, DEMO_PDFS[:1])
    st = demo_statements()[-1]
    other = write_statement_pdf(replace(st, member=OTHER, card=replace(st.card, kpj="17000000001")),
                                tmp_path / "budi.pdf")
    with qtbot.waitSignal(w.import_flow.review_opened, timeout=20000) as opened:
        drop(w, [other])
    review = opened.args[0]
    assert review.other_member and not review.can_save
    assert not review.save_button().isEnabled() and not review.replace_box.isVisible()
    text = review.identity.text()
    assert "BUDI SANTOSO" in text and OTHER.nik not in text and "profil" in text.lower()
    review.reject()
    assert _stored_years() == [2019]


def test_profiles_from_the_file_menu(make_window, qtbot):
    w = make_window()
    menu = w.profile_menu
    assert menu.menu.menuAction() in w.file_menu.actions()
    assert "utama" in w.windowTitle()
    dialog = menu.ask_new()
    dialog.setTextValue("Ibu")
    dialog.accept()
    assert paths.profile_in_use() == "Ibu" and "Ibu" in w.windowTitle()
    assert profiles.current().name == "Ibu"  # opened next time too
    assert w.data_source.path == profiles.find("Ibu").path and w.data_source.is_empty()
    rename = menu.ask_rename()
    rename.setTextValue("Ibu Siti")
    rename.accept()
    assert paths.profile_in_use() == "Ibu Siti" and "Ibu Siti" in w.windowTitle()
    menu.switch(None)
    assert paths.profile_in_use() is None and "utama" in w.windowTitle()
    choose = menu.ask_delete()
    choose.accept()
    confirm = menu.dialog
    assert "Ibu Siti" in confirm.text()
    confirm.button(confirm.StandardButton.Yes).click()
    assert [p.name for p in profiles.profiles()] == [None]


def test_an_unknown_profile_at_start_is_one_sentence(capsys):
    from ui.launcher import main

    assert main(["--profile", "nobody", "--screenshot", "/nonexistent/x.png"]) == 2
    assert "nobody" in capsys.readouterr().err
