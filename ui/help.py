"""Bantuan > Panduan: the user guide, offline, in the window's language.

The guide is written in docs/panduan.md (Bahasa Indonesia) and docs/guide.md (English) with
its pictures in docs/img/. docs/ is not part of the installed package, so a copy ships as
package data in resources/guide/ (the same files, byte for byte):

    python -m ui.help --build      # after editing the guide or its pictures; commit the copy

tests/ui/test_help.py fails while the copy is stale. The dialog renders the Markdown with
QTextBrowser.setMarkdown; links inside the guide move within it, links to other documents
are not followed (nothing is fetched from the network).
"""
from __future__ import annotations

import argparse
import re
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QUrl
from PySide6.QtGui import QAction, QImageReader, QKeySequence, QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from resources import GUIDE_DIR
from ui.i18n import Retranslatable, current_language

DOCS_DIR = Path(__file__).resolve().parent.parent / "docs"
GUIDE_FILES = {"id": "panduan.md", "en": "guide.md"}
PICTURE_WIDTH = 740  # pixels; the dialog opens 820 wide
_IMAGE = re.compile(r"\]\((img/[^)\s]+)\)")


def guide_file(lang: str, folder: Path = GUIDE_DIR) -> Path:
    return folder / GUIDE_FILES.get(lang, GUIDE_FILES["id"])


def shipped_files(docs: Path = DOCS_DIR) -> list[Path]:
    """The guide's files below docs/: both texts and every picture they show."""
    files = [docs / name for name in GUIDE_FILES.values()]
    pictures = {m for f in files for m in _IMAGE.findall(f.read_text(encoding="utf-8"))}
    return files + [docs / p for p in sorted(pictures)]


def build(docs: Path = DOCS_DIR, out: Path = GUIDE_DIR) -> list[Path]:
    """Copy the guide into the package data; returns the files written."""
    written = []
    if out.exists():
        shutil.rmtree(out)
    for src in shipped_files(docs):
        dest = out / src.relative_to(docs)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dest)
        written.append(dest)
    return written


class GuideDialog(Retranslatable, QDialog):
    """The guide in the window's language; follows a language switch while open."""

    def __init__(self, parent: QWidget | None = None, folder: Path = GUIDE_DIR):
        super().__init__(parent)
        self._folder = folder
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # no document outside the guide, nothing from the network
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setSearchPaths([str(folder)])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(self.buttons)
        self.resize(820, 640)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Guide — JHT Planner"))
        self.browser.setAccessibleName(self.tr("User guide"))
        path = guide_file(current_language(), self._folder)
        self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        self._fit_pictures(PICTURE_WIDTH)

    def _fit_pictures(self, width: int) -> None:
        """Pictures (window screenshots, 1280 px wide) shown at most `width` pixels wide."""
        doc = self.browser.document()
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    size = QImageReader(str(self._folder / image.name())).size()
                    if size.isValid() and size.width() > width:
                        image.setWidth(width)
                        image.setHeight(size.height() * width / size.width())
                        cursor = QTextCursor(doc)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(image)
                it += 1
            block = block.next()

    def _follow(self, url: QUrl) -> None:
        if url.hasFragment() and not url.path():
            self.browser.scrollToAnchor(url.fragment())


class _Retranslator(QObject):
    """Re-sets the Help menu's guide action when the language changes (actions get no event)."""

    def __init__(self, window, action: QAction):
        super().__init__(window)
        self.action = action
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Guide"))
        self.action.setStatusTip(self.tr("The user guide, on this computer"))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def open_guide(window) -> GuideDialog:
    dialog = GuideDialog(window)
    dialog.setModal(False)
    dialog.show()
    return dialog


def install(window) -> None:
    """Help > Guide (F1), before About."""
    action = QAction(window)
    action.setShortcut(QKeySequence.StandardKey.HelpContents)
    action.triggered.connect(lambda: setattr(window, "guide_dialog", open_guide(window)))
    first = window.help_menu.actions()[0] if window.help_menu.actions() else None
    window.help_menu.insertAction(first, action)
    window.act_guide = action
    _Retranslator(window, action)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.help", description="copy the guide into resources/guide")
    parser.add_argument("--build", action="store_true")
    if parser.parse_args(argv).build:
        for path in build():
            sys.stdout.write(f"{path}\n")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
