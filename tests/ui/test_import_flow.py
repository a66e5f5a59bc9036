"""Import in the window: drop files, password, review before writing, history after saving."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog

from planner.paths import database_path
from resources import DEMO_DIR

DEMO_PDFS = sorted(Path(DEMO_DIR).glob("*.pdf"))
needs_demo = pytest.mark.skipif(not DEMO_PDFS, reason="the demo statements are not generated")


def drop(window, paths) -> None:
    """What the platform does when files are dropped on the window."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    args = (QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(QPoint(20, 20), *args[1:])  # takes a QPoint before PySide6 6.12
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()  # the window takes file drops
    QApplication.sendEvent(window, QDropEvent(*args))


def stored_statements(window) -> list:
    from planner.store import Store

    with Store.open() as store:
        return store.statements()


@needs_demo
def test_dropped_pdfs_are_reviewed_before_anything_is_written(make_window, qtbot):
    w = make_window()
    flow = w.import_flow
    with qtbot.waitSignal(flow.review_opened, timeout=20000) as opened:
        drop(w, DEMO_PDFS[:2])
    review = opened.args[0]
    assert review.isVisible() and review.windowModality() == Qt.WindowModality.WindowModal  # open(), not exec()
    additions = review.group_item("additions")
    assert additions is not None and additions.childCount() == 2
    years = sorted(additions.child(i).text(1) for i in range(2))
    assert years == ["2019", "2020"]
    assert "•" in additions.child(0).text(0)  # KPJ masked in the review too
    assert stored_statements(w) == []  # nothing written while the member reviews
    with qtbot.waitSignal(flow.applied):
        review.accept()
    assert [s.year for s in stored_statements(w)] == [2019, 2020]
    # The window follows: the history tab shows the saved years.
    assert w.tabs.currentWidget() is w.history_view
    assert [s.year for s in w.history_view.statements()] == [2019, 2020]
    assert w.history_view.model.rowCount() > 0


@needs_demo
def test_cancelling_the_review_writes_nothing(make_window, qtbot):
    w = make_window()
    with qtbot.waitSignal(w.import_flow.review_opened, timeout=20000) as opened:
        drop(w, DEMO_PDFS[:1])
    with qtbot.waitSignal(w.import_flow.finished):
        opened.args[0].reject()
    assert stored_statements(w) == []
    assert w.history_view.statements() == []


@needs_demo
def test_importing_the_same_file_again_finds_only_duplicates(make_window, qtbot):
    w = make_window()
    with qtbot.waitSignal(w.import_flow.review_opened, timeout=20000) as opened:
        drop(w, DEMO_PDFS[:1])
    with qtbot.waitSignal(w.import_flow.applied):
        opened.args[0].accept()
    with qtbot.waitSignal(w.import_flow.review_opened, timeout=20000) as again:
        drop(w, DEMO_PDFS[:1])
    review = again.args[0]
    assert review.group_item("additions") is None
    assert review.group_item("duplicates") is not None
    assert not review.save_button().isEnabled()
    review.reject()


def test_a_bad_file_shows_a_sentence_and_writes_nothing(make_window, qtbot, tmp_path):
    bad = tmp_path / "rincian.pdf"
    bad.write_bytes(b"%PDF-1.7\n" + os.urandom(4000))
    w = make_window()
    flow = w.import_flow
    with qtbot.waitSignal(flow.error_shown) as shown:
        drop(w, [bad])
    text = shown.args[0]
    assert text.startswith("rincian.pdf: ")
    assert "Traceback" not in text and "Error" not in text
    assert "rusak" in text  # the importer's Indonesian sentence for a damaged file
    assert flow.message_box is not None and flow.message_box.isVisible()
    assert flow.review is None
    assert stored_statements(w) == []
    flow.message_box.accept()


def test_a_text_file_that_is_no_statement_is_refused_in_english(make_window, qtbot, tmp_path):
    other = tmp_path / "notes.csv"
    other.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    w = make_window()
    w.set_language("en")
    with qtbot.waitSignal(w.import_flow.error_shown) as shown:
        drop(w, [other])
    assert "not a document the planner knows" in shown.args[0]
    assert stored_statements(w) == []


@needs_demo
def test_a_locked_pdf_asks_for_its_password_and_never_stores_it(make_window, qtbot, tmp_path):
    from resources.demo.make_demo import demo_statements, write_statement_pdf

    secret = "01021990"
    locked = write_statement_pdf(demo_statements()[0], tmp_path / "terkunci.pdf", password=secret)
    w = make_window()
    flow = w.import_flow
    with qtbot.waitSignal(flow.password_requested) as asked:
        drop(w, [locked])
    dialog = asked.args[0]
    assert "DDMMYYYY" in dialog.hint.text()
    assert not dialog.error.isVisibleTo(dialog)
    assert dialog.edit.echoMode() == dialog.edit.EchoMode.Password
    # A wrong password asks again, saying so.
    dialog.edit.setText("12345678")
    with qtbot.waitSignal(flow.password_requested) as asked_again:
        dialog.accept()
    dialog = asked_again.args[0]
    assert dialog.error.isVisibleTo(dialog)
    dialog.edit.setText(secret)
    with qtbot.waitSignal(flow.review_opened) as opened:
        dialog.accept()
    review = opened.args[0]
    assert review.group_item("additions").childCount() == 1
    with qtbot.waitSignal(flow.applied):
        review.accept()
    assert len(stored_statements(w)) == 1
    # The password is in no file the planner wrote.
    home = Path(os.environ["JHT_PLANNER_HOME"])
    for path in home.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path.name
    assert database_path().exists()


@needs_demo
def test_skipping_the_password_reports_the_file_and_imports_the_others(make_window, qtbot, tmp_path):
    from resources.demo.make_demo import demo_statements, write_statement_pdf

    locked = write_statement_pdf(demo_statements()[3], tmp_path / "terkunci.pdf", password="01021990")
    bad = tmp_path / "rusak.pdf"
    bad.write_bytes(b"%PDF-1.4\n" + os.urandom(500))
    w = make_window()
    flow = w.import_flow
    with qtbot.waitSignal(flow.password_requested) as asked:
        drop(w, [DEMO_PDFS[0], locked, bad])
    with qtbot.waitSignal(flow.review_opened) as opened:
        asked.args[0].reject()
    review = opened.args[0]
    problems = review.group_item("problems")
    assert problems.childCount() == 2
    assert {problems.child(i).text(0) for i in range(2)} == {"terkunci.pdf", "rusak.pdf"}
    assert review.group_item("additions").childCount() == 1
    review.reject()
    assert stored_statements(w) == []


@needs_demo
def test_reading_runs_in_the_background(make_window, qtbot):
    """With the real thread pool the drop returns at once; the review arrives by signal."""
    from ui import worker

    w = make_window()
    worker.set_synchronous(False)
    try:
        with qtbot.waitSignal(w.import_flow.review_opened, timeout=20000) as opened:
            drop(w, DEMO_PDFS[:1])
            assert w.import_flow.busy and w.import_flow.review is None  # not read yet: no freeze
        opened.args[0].reject()
    finally:
        worker.wait_all()
        worker.set_synchronous(True)


def test_review_dialog_on_its_own_lists_conflicts_and_can_ask_to_replace(qtbot):
    """A plan with a year that differs from the stored one: listed, with the replace box."""
    import datetime as dt
    from decimal import Decimal

    from planner.store import FilePlan, ImportPlan, YearConflict
    from tests.ui import fake_data
    from ui.import_flow import ReviewDialog

    st = fake_data.history()[0]

    class Result:
        file_name = "x.pdf"
        sha256 = "0"
        statements = (st,)
        findings = ()

    conflict = YearConflict(st.card.kpj, st.year, ("closing",), (Decimal(1), Decimal(2), Decimal(3), Decimal(6)),
                            (Decimal(1), Decimal(2), Decimal(3), Decimal(7)), "x.pdf")
    plan = ImportPlan((FilePlan(Result(), (dt.datetime(2024, 1, 2),), (), (), 0, 0, (conflict,), (), st.findings),))
    review = ReviewDialog(plan, lang="id")
    qtbot.addWidget(review)
    assert review.replace_box.isVisibleTo(review)
    conflicts = review.group_item("conflicts")
    assert conflicts.childCount() == 1 and "Rp 6" in conflicts.child(0).text(2) and "Rp 7" in conflicts.child(0).text(2)
    assert review.save_button().isEnabled()
    with qtbot.waitSignal(review.replace_toggled) as toggled:
        review.replace_box.setChecked(True)
    assert toggled.args == [True]
    assert review.result() == QDialog.DialogCode.Rejected  # not accepted by anything above


@needs_demo
def test_file_import_menu_opens_a_file_dialog_that_does_not_block(make_window, qtbot):
    w = make_window()
    w.act_import.trigger()  # File > Import (Ctrl+O)
    dialog = w.import_flow.file_dialog
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(w.import_flow.review_opened) as opened:
        dialog.filesSelected.emit([str(DEMO_PDFS[0])])
    opened.args[0].reject()
    assert w.settings.last_folder == str(DEMO_PDFS[0].parent)
    dialog.reject()



def test_an_unreadable_pdf_can_be_saved_as_text_without_identity(make_window, qtbot, tmp_path):
    import matplotlib  # Agg/PDF only: a PDF with a text layer that is no known layout
    from matplotlib.backends.backend_pdf import FigureCanvasPdf
    from matplotlib.figure import Figure
    from PySide6.QtWidgets import QMessageBox

    fig = Figure(figsize=(8.27, 11.69))
    fig.text(0.1, 0.6, "Nama Peserta : SITI CONTOH RAHAYU")
    fig.text(0.1, 0.5, "Nomor Kartu/NIK : 17012345678/3273015407880002 Saldo 8,512,340.35")
    unknown = tmp_path / "rincian.pdf"
    with matplotlib.rc_context({"pdf.fonttype": 42}):
        FigureCanvasPdf(fig).print_pdf(unknown)
    w = make_window()
    flow = w.import_flow
    with qtbot.waitSignal(flow.error_shown):
        drop(w, [unknown])
    box = flow.message_box
    save = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole)
    assert save.text().startswith("Simpan teks")
    save.click()
    dialog = flow.file_dialog
    assert dialog is not None
    target = tmp_path / "teks.txt"
    with qtbot.waitSignal(flow.error_shown) as done:
        dialog.fileSelected.emit(str(target))
    assert str(target) in done.args[0]
    text = target.read_text(encoding="utf-8")
    assert "8,512,340.35" in text
    for secret in ("SITI", "RAHAYU", "17012345678", "3273015407880002"):
        assert secret not in text
    dialog.reject()
    flow.message_box.accept()
    assert stored_statements(w) == []
