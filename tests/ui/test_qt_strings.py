"""Qt's own strings (standard buttons, undo/redo, the line-edit menu, the file dialog) follow
the chosen language: Qt ships no Indonesian, resources/translations/jht_qt_id.ts does."""
from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit

from ui import i18n


def _buttons(qtbot):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.No)
    qtbot.addWidget(box)
    return [b.text().replace("&", "") for b in box.buttons()]


@pytest.mark.parametrize(("lang", "words"), [("id", {"OK", "Batal", "Ya", "Tidak"}),
                                             ("en", {"OK", "Cancel", "Yes", "No"})])
def test_standard_buttons_speak_the_chosen_language(qtbot, qapp_lang, lang, words):
    i18n.install(qapp_lang, lang)
    assert set(_buttons(qtbot)) == words


@pytest.mark.parametrize(("lang", "undo", "redo"), [("id", "Urungkan Impor", "Ulangi Impor"),
                                                    ("en", "Undo Impor", "Redo Impor")])
def test_undo_and_redo_texts(qapp_lang, lang, undo, redo):
    i18n.install(qapp_lang, lang)
    stack = QUndoStack()
    undo_action, redo_action = stack.createUndoAction(stack), stack.createRedoAction(stack)
    stack.push(QUndoCommand("Impor"))
    assert undo_action.text() == undo
    stack.undo()
    assert redo_action.text() == redo


def test_the_line_edit_menu_is_indonesian(qtbot, qapp_lang):
    edit = QLineEdit("8,1 juta")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    texts = {a.text().split("\t")[0].replace("&", "") for a in menu.actions() if not a.isSeparator()}
    assert {"Urungkan", "Ulangi", "Potong", "Salin", "Tempel", "Hapus", "Pilih Semua"} <= texts


def test_the_file_dialog_is_qt_s_own_and_indonesian(qtbot, qapp_lang, tmp_path):
    from ui.app import application

    application()
    assert QApplication.instance().testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    dialog = QFileDialog(None, "Pilih berkas", str(tmp_path), "PDF (*.pdf)")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    qtbot.addWidget(dialog)
    assert dialog.labelText(QFileDialog.DialogLabel.FileName).replace("&", "") == "Nama berkas:"
    assert dialog.labelText(QFileDialog.DialogLabel.FileType).replace("&", "") == "Jenis berkas:"
    assert dialog.labelText(QFileDialog.DialogLabel.LookIn).replace("&", "") == "Cari di:"
    assert dialog.labelText(QFileDialog.DialogLabel.Accept).replace("&", "") == "Buka"


def test_every_qt_string_we_translate_has_a_translation():
    import xml.etree.ElementTree as ET

    messages = list(ET.parse(i18n.qt_ts_path("id")).iter("message"))
    assert len(messages) > 100
    assert [m.findtext("source") for m in messages if not (m.findtext("translation") or "").strip()] == []
    words = " ".join(m.findtext("translation") for m in messages).lower()
    assert "file" not in words.replace("profil", "")  # one word per thing: berkas


def test_the_shipped_qt_qm_is_built_from_its_ts(tmp_path):
    shutil.copy(i18n.qt_ts_path("id"), tmp_path / i18n.qt_ts_path("id").name)
    i18n.release(tmp_path / i18n.qt_ts_path("id").name, tmp_path / "built.qm")
    assert (tmp_path / "built.qm").read_bytes() == i18n.qt_qm_path("id").read_bytes()


def test_qt_s_translations_are_not_installed_in_english(qapp_lang):
    i18n.install(qapp_lang, "en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    i18n.install(qapp_lang, "id")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Batal"
