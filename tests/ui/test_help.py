"""Bantuan > Panduan: the bundled guide, offline, in the window's language; the demo bar;
what the window remembers between runs."""
from __future__ import annotations

import filecmp

from PySide6.QtCore import QUrl

from ui import help as guide
from ui import i18n
from ui.settings import Settings


def test_the_shipped_guide_is_the_docs_guide(tmp_path):
    for src in guide.shipped_files():
        copy = guide.GUIDE_DIR / src.relative_to(guide.DOCS_DIR)
        assert copy.is_file() and filecmp.cmp(src, copy, shallow=False), f"stale {copy}: python -m ui.help --build"
    shipped = {p for p in guide.GUIDE_DIR.rglob("*") if p.is_file()}
    assert shipped == {guide.GUIDE_DIR / s.relative_to(guide.DOCS_DIR) for s in guide.shipped_files()}


def test_the_guide_follows_the_language_and_stays_offline(qtbot, qapp_lang):
    dialog = guide.GuideDialog()
    qtbot.addWidget(dialog)
    assert dialog.browser.toPlainText().startswith("Perencana JHT — panduan pengguna")
    assert dialog.windowTitle() == "Panduan — Perencana JHT"
    i18n.install(qapp_lang, "en")
    assert dialog.browser.toPlainText().startswith("JHT Planner — user guide")
    before = dialog.browser.toPlainText()
    dialog.browser.anchorClicked.emit(QUrl("https://www.bpjsketenagakerjaan.go.id/"))
    dialog.browser.anchorClicked.emit(QUrl("method.md"))
    assert dialog.browser.toPlainText() == before  # nothing outside the guide is opened


def test_pictures_fit_the_dialog(qtbot, qapp_lang):
    dialog = guide.GuideDialog()
    qtbot.addWidget(dialog)
    widths = []
    block = dialog.browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                widths.append(fmt.toImageFormat().width())
            it += 1
        block = block.next()
    assert widths and max(widths) <= guide.PICTURE_WIDTH


def test_help_menu_has_the_guide_first(make_window, qapp_lang):
    w = make_window()
    assert w.help_menu.actions()[0] is w.act_guide
    assert w.act_guide.text() == "&Panduan"
    i18n.install(qapp_lang, "en")
    assert w.act_guide.text() == "&Guide"
    w.act_guide.trigger()
    assert w.guide_dialog.isVisible()
    w.guide_dialog.close()


def test_the_demo_bar_leads_back_to_the_member_s_data(make_window):
    w = make_window(demo=True)
    assert w.is_demo and w.demo_bar.isVisibleTo(w)
    assert w.demo_bar.back.text() == "Kembali ke data saya"
    w.demo_bar.back.click()
    assert not w.is_demo and w.data_source is not None
    assert not w.demo_bar.isVisibleTo(w)


def test_the_open_view_is_remembered_and_reopened(make_window, qtbot, monkeypatch):
    from ui.launcher import main

    w = make_window(demo=True)
    w.remember_geometry = True
    w.show_view("history")
    w.close()
    assert Settings().open_view() == "history"
    assert Settings().open_view("Ibu Ani") == ""  # another profile has its own

    opened, windows = [], []
    import ui.app as app_module

    real_create = app_module.create_window

    def create(**kwargs):
        windows.append(real_create(**kwargs))
        qtbot.addWidget(windows[-1])
        return windows[-1]

    def run_until_the_data_are_there(_app):
        windows[0].wait_until_loaded()
        qtbot.waitUntil(lambda: bool(opened))
        windows[0].remember_geometry = False
        return 0

    monkeypatch.setattr(app_module, "create_window", create)
    monkeypatch.setattr(app_module.QApplication, "exec", run_until_the_data_are_there)
    real_show = app_module.show_named_view
    monkeypatch.setattr(app_module, "show_named_view", lambda window, key: opened.append(key) or real_show(window, key))
    monkeypatch.setattr("sys.argv", ["jht-planner", "--demo"])
    assert main(["--demo"]) == 0
    assert opened == ["history"]


def test_what_if_settings_are_kept_per_profile():
    s = Settings()
    assert s.whatif_state("default") == {}
    s.set_whatif_state("default", {"annual_return": 0.07, "break_months": 6})
    s.set_whatif_state("Ibu/Ani", {"annual_return": 0.05})
    again = Settings()
    assert again.whatif_state("default") == {"annual_return": 0.07, "break_months": 6}
    assert again.whatif_state("Ibu/Ani") == {"annual_return": 0.05}
    again._qs.setValue("whatif/broken", "{not json")
    assert again.whatif_state("broken") == {}
