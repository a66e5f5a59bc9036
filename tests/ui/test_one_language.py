"""One language at a time: walk every widget of every view and dialog of the Indonesian window
and fail on a visible English string (and the reverse for a few Indonesian-only words)."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabBar,
    QTabWidget,
    QWidget,
)

# Words that are English and never Indonesian (nor names, units or JMO's own labels).
ENGLISH = {
    "the", "and", "of", "your", "you", "with", "from", "is", "are", "this", "that", "will", "for", "file", "files",
    "undo", "redo", "cancel", "save", "open", "close", "loading", "year", "years", "month", "months", "balance",
    "wage", "growth", "inflation", "return", "claim", "today", "value", "values", "import", "export", "quick",
    "entry", "scenario", "scenarios", "history", "projection", "withdrawal", "settings", "language", "view",
    "edit", "help", "about", "guide", "simulations", "simulation", "spread", "target", "before", "after",
    "tax", "net", "income", "monthly", "per", "at", "age", "yes", "no", "apply", "reset", "delete", "rename",
    "load", "name", "show", "hide", "details", "all", "cards", "card", "findings", "finding", "none", "empty",
    "paid", "late", "missing", "total", "date", "dates", "back", "data", "my",
}
# ...except where these spellings are also Indonesian words or shared terms.
SHARED = {"data", "per", "total", "demo", "no", "target"}
# Words that are Indonesian and never English (document names like "Rincian Saldo JHT" excepted).
INDONESIAN = {
    "dan", "yang", "untuk", "dari", "tahun", "bulan", "berkas", "simpan", "batal", "urungkan", "ulangi", "tidak",
    "dengan", "sebelum", "sesudah", "anda", "upah", "iuran", "tampilan", "bantuan", "panduan", "kembali", "semua",
    "kartu", "pilih", "tutup", "buka", "sekarang", "hasil", "pengembangan", "kenaikan", "usia", "bersih", "pajak",
}
WORD = re.compile(r"[A-Za-zÀ-ÿ]+")


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every string a member can see or hear in `root` and its children."""
    out: list[tuple[str, str]] = [("title", root.windowTitle())]
    for w in [root, *root.findChildren(QWidget)]:
        where = f"{type(w).__name__}#{w.objectName()}"
        if w.toolTip():
            out.append((where + ".toolTip", w.toolTip()))
        if w.accessibleName():
            out.append((where + ".accessibleName", w.accessibleName()))
        if isinstance(w, QLabel) and w.textFormat() != Qt.TextFormat.RichText:
            out.append((where, w.text()))
        elif isinstance(w, QLabel):
            out.append((where, re.sub(r"<[^>]+>", " ", w.text())))
        elif isinstance(w, QAbstractButton):
            out.append((where, w.text()))
        elif isinstance(w, QGroupBox):
            out.append((where, w.title()))
        elif isinstance(w, QLineEdit):
            out.append((where + ".placeholder", w.placeholderText()))
        elif isinstance(w, QComboBox):
            out += [(where + ".item", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QTabBar):
            out += [(where + ".tab", w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QTabWidget):
            out += [(where + ".tab", w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QMenu):
            out.append((where, w.title()))
            out += [(where + ".action", a.text()) for a in w.actions() if not a.isSeparator()]
        elif isinstance(w, QHeaderView) and w.model() is not None and w.orientation() == Qt.Orientation.Horizontal:
            out += [(where, str(w.model().headerData(i, Qt.Orientation.Horizontal) or "")) for i in range(w.count())]
        if hasattr(w, "menuBar") and callable(w.menuBar) and w.menuBar() is not None:
            for a in w.menuBar().actions():
                out.append(("menu", a.text()))
                if a.menu():
                    out += [("menu." + a.text(), b.text()) for b in a.menu().actions() if not b.isSeparator()]
    # A path in the file dialog is the member's own folder, not our text.
    return [(where, text) for where, text in out if text and text.strip() and not text.startswith("/")]


def english_in(texts, foreign=frozenset(ENGLISH), glosses_allowed: bool = False) -> list[str]:
    """`glosses_allowed`: words in parentheses are not counted (the English window names JMO's
    own Indonesian labels that way: "Return (hasil pengembangan)")."""
    found = []
    for where, text in texts:
        if glosses_allowed:
            text = re.sub(r"\([^)]*\)", " ", text)
        words = {w.lower() for w in WORD.findall(text.replace("&", ""))}
        hits = (words & foreign) - SHARED
        if hits:
            found.append(f"{where}: {text!r} ({', '.join(sorted(hits))})")
    return sorted(set(found))


def _views(window):
    yield "welcome", lambda: window.stack.setCurrentIndex(window.PAGE_WELCOME)
    for key, _widget, _title in window._views:
        yield key, lambda k=key: window.show_view(k)


def _foreign_words_in_every_view(w, foreign, glosses_allowed=False) -> list[str]:
    w.resize(1366, 768)
    w.show()
    assert w.wait_until_loaded()
    found = []
    for _key, show in _views(w):
        show()
        found += english_in(visible_texts(w), foreign, glosses_allowed)
    return sorted(set(found))


@pytest.mark.parametrize("demo", [False, True], ids=["empty", "demo"])
def test_the_indonesian_window_shows_no_english(make_window, demo):
    found = _foreign_words_in_every_view(make_window(demo=demo), frozenset(ENGLISH))
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("demo", [False, True], ids=["empty", "demo"])
def test_the_english_window_shows_no_indonesian(make_window, demo):
    found = _foreign_words_in_every_view(make_window(demo=demo, lang="en"), frozenset(INDONESIAN), glosses_allowed=True)
    assert found == [], "\n".join(found)


def test_the_dialogs_show_no_english(qtbot, qapp_lang, tmp_path):
    from ui.about import AboutDialog
    from ui.help import GuideDialog
    from ui.quick_entry import QuickEntryDialog

    dialogs = [QuickEntryDialog(), AboutDialog(), GuideDialog()]
    box = QMessageBox(QMessageBox.Icon.Question, "Simpan?", "Simpan skenario ini?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel)
    ask = QInputDialog()
    ask.setLabelText("Nama skenario:")
    files = QFileDialog(None, "Pilih berkas", str(tmp_path), "PDF (*.pdf)")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialogs += [box, ask, files]
    found = []
    for d in dialogs:
        qtbot.addWidget(d)
        found += english_in(visible_texts(d))
    assert found == [], "\n".join(found)


def test_the_walker_sees_english_when_there_is_some(qtbot, qapp_lang):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QLabel("Saldo sekarang"))
    layout.addWidget(QPushButton("Undo import"))
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    layout.addWidget(box)
    assert english_in(visible_texts(root)) == ["QPushButton#: 'Undo import' (import, undo)"]
