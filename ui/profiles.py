"""File > Profil: one person per profile (planner.profiles); new, switch, rename, delete after asking.

The window's title names the profile in use. Switching opens that profile's database as the
window's data source (which starts a fresh undo history: steps belong to one person's data).
Dialogs are opened with ``open()`` (window-modal, not blocking) so tests can drive them.
"""
from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QWidget

from planner import paths, profiles
from planner.errors import UserError
from planner.recovery import open_store_or_recover
from planner.store import Store
from planner.texts import tr as say  # not "tr": pyside6-lupdate would take it for Qt's
from ui.i18n import current_language

log = logging.getLogger(__name__)


def start(args: argparse.Namespace, interactive: bool = True) -> bool:
    """Before the window: the folders can be used and ``--profile`` (or the last one) is chosen.

    False after saying why not (a dialog when `interactive`, always one sentence on stderr)."""
    try:
        paths.check_folders()
        profiles.select(getattr(args, "profile", None))
    except UserError as exc:
        text = exc.text(getattr(args, "lang", None) or current_language())
        sys.stderr.write(text + "\n")
        if interactive:
            box = QMessageBox(QMessageBox.Icon.Critical, say("profiles.ui.cannot_start", current_language()), text)
            box.exec()
        return False
    return True


class ProfileMenu(QObject):
    """The File > Profil submenu of one window, and the profile's name in its title."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.menu = QMenu(window)
        self.menu.setObjectName("profileMenu")
        self.menu.aboutToShow.connect(self.rebuild)
        self.group = QActionGroup(self)
        self.dialog: QInputDialog | QMessageBox | None = None
        window.installEventFilter(self)
        self.rebuild()

    # --- words --------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.menu.setTitle(say("profiles.ui.menu", current_language()))
        self.rebuild()
        self.name_window()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.WindowTitleChange:
            self.name_window()
        elif watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.menu.setTitle(say("profiles.ui.menu", current_language()))
        return False

    def name_window(self) -> None:
        """"JHT Planner — profil Ibu": the title the window set, with the profile in use (not on the demo)."""
        if self.window.is_demo:
            return
        lang = current_language()
        profile = profiles.find(paths.profile_in_use()).title(lang)
        title = self.window.windowTitle()
        suffix = say("profiles.ui.title", lang, title="", profile=profile)
        if not title.endswith(suffix):
            base = title.split(" — ")[0] if " — " in title else title
            self.window.setWindowTitle(say("profiles.ui.title", lang, title=base, profile=profile))

    def rebuild(self) -> None:
        lang = current_language()
        self.menu.clear()
        self.menu.setTitle(say("profiles.ui.menu", lang))
        for action in self.group.actions():
            self.group.removeAction(action)
        in_use = paths.profile_in_use()
        for p in profiles.profiles():
            action = QAction(p.title(lang), self.menu, checkable=True)
            action.setChecked(p.name == in_use)
            action.triggered.connect(lambda _on=False, name=p.name: self.switch(name))
            self.group.addAction(action)
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.act_new = self.menu.addAction(say("profiles.ui.new", lang), self.ask_new)
        self.act_rename = self.menu.addAction(say("profiles.ui.rename", lang), self.ask_rename)
        self.act_rename.setEnabled(in_use is not None)
        self.act_delete = self.menu.addAction(say("profiles.ui.delete", lang), self.ask_delete)

    # --- operations -----------------------------------------------------------------------
    def switch(self, name: str | None) -> None:
        """Work on profile `name`: its database becomes the window's data."""
        old = self.window.data_source
        try:
            paths.use_profile(profiles.find(name).name)
            store, notice = open_store_or_recover()
        except UserError as exc:
            self._tell(exc.text(current_language()))
            return
        profiles.remember(paths.profile_in_use())
        self.window.set_data_source(store)
        if isinstance(old, Store) and old is not store:
            old.close()
        self.rebuild()
        self.name_window()
        if notice is not None:
            self._tell(notice.text(current_language()))

    def ask_new(self) -> QInputDialog:
        dialog = self._input(say("profiles.ui.new_prompt", current_language()), "")
        dialog.textValueSelected.connect(self._create)
        dialog.open()
        return dialog

    def _create(self, name: str) -> None:
        try:
            profile = profiles.create(name)
        except UserError as exc:
            self._tell(exc.text(current_language()))
            return
        self.switch(profile.name)

    def ask_rename(self) -> QInputDialog | None:
        current = paths.profile_in_use()
        if current is None:
            return None
        dialog = self._input(say("profiles.ui.rename_prompt", current_language(), name=current), current)
        dialog.textValueSelected.connect(lambda new: self._rename(current, new))
        dialog.open()
        return dialog

    def _rename(self, old: str, new: str) -> None:
        source = self.window.data_source
        self.window.whatif_memory.flush()  # the settings noted for the old name are written first
        try:
            if isinstance(source, Store):
                source.close()  # the file is renamed: reopen it under its new name below
            renamed = profiles.rename(old, new)
        except UserError as exc:
            self._tell(exc.text(current_language()))
            renamed = profiles.find(old)
        else:
            self.window.settings.rename_profile(old, renamed.name)  # its what-if settings and open view go along
        self.switch(renamed.name)

    def ask_delete(self) -> QWidget:
        lang = current_language()
        deletable = [p for p in profiles.profiles() if not p.is_default and p.name != paths.profile_in_use()]
        if not deletable:
            return self._tell(say("profiles.ui.nothing_to_delete", lang))
        dialog = self._input(say("profiles.ui.delete_prompt", lang), "")
        dialog.setComboBoxItems([p.title(lang) for p in deletable])
        dialog.setComboBoxEditable(False)
        dialog.textValueSelected.connect(self._confirm_delete)
        dialog.open()
        return dialog

    def _confirm_delete(self, name: str) -> QMessageBox:
        profile = profiles.find(name)
        box = QMessageBox(QMessageBox.Icon.Warning, say("profiles.ui.dialog_title", current_language()),
                          say("profiles.ui.delete_confirm", current_language(), name=name, path=profile.path),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self.window)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self._delete(name))
        self.dialog = box
        box.open()
        return box

    def _delete(self, name: str) -> None:
        try:
            profiles.delete(name)
        except UserError as exc:
            self._tell(exc.text(current_language()))
        else:
            self.window.settings.forget_profile(name)
        self.rebuild()

    # --- dialogs --------------------------------------------------------------------------
    def _input(self, label: str, text: str) -> QInputDialog:
        dialog = QInputDialog(self.window)
        dialog.setObjectName("profileDialog")
        dialog.setWindowTitle(say("profiles.ui.dialog_title", current_language()))
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        return dialog

    def _tell(self, text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, say("profiles.ui.dialog_title", current_language()), text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = box
        box.open()
        return box


def install(window) -> None:
    """Add File > Profil to the window and name the profile in its title."""
    menu = ProfileMenu(window)
    window.profile_menu = menu
    window.add_file_action(menu.menu.menuAction())
    menu.name_window()
