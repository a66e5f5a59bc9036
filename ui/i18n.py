"""Translations: English source strings in the code, Bahasa Indonesia the default language.

    install(app, "id")   # load resources/translations/jht_planner_id.qm (+ Qt's own)

Qt's own strings (standard buttons, undo/redo, the line-edit menu, Qt's file dialog) have no
Indonesian translation from Qt: resources/translations/jht_qt_id.ts, kept by hand with Qt's
contexts (QPlatformTheme, QUndoStack, QLineEdit, QFileDialog, ...), gives them. The window uses
Qt's own dialogs, not the system's (ui/app.py), so a file dialog speaks the chosen language.
    current_language()   # "id" or "en"

Installing a translator makes Qt send QEvent.LanguageChange to every widget; widgets re-set
their texts in ``changeEvent`` (``retranslate_ui``).

Build (run after changing any visible string; commit the .ts and the .qm)::

    python -m ui.i18n --build

runs ``pyside6-lupdate`` over ui/*.py to bring the .ts sources up to date, fills the English
.ts with the source texts, then ``pyside6-lrelease`` to build the .qm files. Translate new
Indonesian strings in resources/translations/jht_planner_id.ts (Qt Linguist, or by hand:
replace ``<translation type="unfinished"></translation>``) and build again.
tests/ui/test_i18n.py fails while a string is untranslated or a .qm is stale.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from resources import TRANSLATIONS_DIR

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"
UI_DIR = Path(__file__).resolve().parent

_state = {"lang": DEFAULT_LANGUAGE, "translators": []}


class Retranslatable:
    """Mixin for widgets: on QEvent.LanguageChange, call ``self.retranslate_ui()``.

    Put it before the Qt base class (``class View(Retranslatable, QWidget)``). Widgets that
    handle other change events too still define ``changeEvent`` and call ``super()``.
    """

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def ts_path(lang: str) -> Path:
    return TRANSLATIONS_DIR / f"jht_planner_{lang}.ts"


def qm_path(lang: str) -> Path:
    return TRANSLATIONS_DIR / f"jht_planner_{lang}.qm"


def qt_ts_path(lang: str) -> Path:
    """Our translation of Qt's own strings (only where Qt ships none)."""
    return TRANSLATIONS_DIR / f"jht_qt_{lang}.ts"


def qt_qm_path(lang: str) -> Path:
    return TRANSLATIONS_DIR / f"jht_qt_{lang}.qm"


def current_language() -> str:
    return _state["lang"]


def install(app, lang: str) -> str:
    """Replace the installed translators by those of `lang`. Returns the language in force."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    for old in _state["translators"]:
        app.removeTranslator(old)
    _state["translators"] = []
    ours = QTranslator(app)
    if ours.load(str(qm_path(lang))):
        _state["translators"].append(ours)
    qt_own = QTranslator(app)  # standard dialog buttons (OK, Cancel) when Qt ships them
    if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _state["translators"].append(qt_own)
    elif qt_qm_path(lang).exists():  # Qt has no qtbase_id: ours
        qt_ours = QTranslator(app)
        if qt_ours.load(str(qt_qm_path(lang))):
            _state["translators"].append(qt_ours)
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia) if lang == "id"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    _state["lang"] = lang
    for t in _state["translators"]:
        app.installTranslator(t)
    # Deliver the LanguageChange events now, so the open window is retranslated on return.
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return lang


def style_date_edit(edit, month_only: bool = False) -> None:
    """A date box in the window's one date style ("2 Des 2026", "Des 2026"), in the language in
    force: call at creation and again from ``retranslate_ui`` (a widget keeps the locale it
    was made with)."""
    from PySide6.QtCore import QLocale  # like install(): this module loads without Qt for the build

    edit.setLocale(QLocale())
    edit.setDisplayFormat("MMM yyyy" if month_only else "d MMM yyyy")


# ---------------------------------------------------------------------------- build
def _tool(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    import PySide6

    candidate = Path(PySide6.__file__).parent / name.replace("pyside6-", "")
    if candidate.exists():
        return str(candidate)
    raise SystemExit(f"{name} not found (it comes with PySide6)")


def sources() -> list[Path]:
    return sorted(p for p in UI_DIR.glob("*.py") if p.name not in ("i18n.py", "launcher.py"))


# A key of the message catalog (planner/texts.py), "remedies.view.copy": lupdate takes any
# call named tr(...) for Qt's, including planner.texts.tr; those are not Qt strings.
_CATALOG_KEY = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_{}]+[a-z0-9_.{}]*)+$")


def update_ts(ts: Path, lang: str) -> None:
    """lupdate: add new strings, mark vanished ones obsolete, drop obsolete entries; then
    drop what lupdate took from calls of the message catalog's tr()."""
    subprocess.run([_tool("pyside6-lupdate"), *map(str, sources()), "-no-obsolete", "-locations", "none",
                    "-source-language", "en", "-target-language", lang, "-ts", str(ts)],
                   check=True, capture_output=True)
    tree = ET.parse(ts)
    changed = False
    for context in list(tree.getroot().iter("context")):
        for message in list(context.iter("message")):
            if _CATALOG_KEY.match(message.findtext("source") or ""):
                context.remove(message)
                changed = True
        if context.find("message") is None:
            tree.getroot().remove(context)
    if changed:
        _write_ts(tree, ts)


def fill_source_language(ts: Path) -> None:
    """The English .ts translates every string to itself."""
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        source = message.find("source")
        translation = message.find("translation")
        if source is not None and translation is not None:
            translation.text = source.text
            translation.attrib.pop("type", None)
    _write_ts(tree, ts)


def _write_ts(tree: ET.ElementTree, ts: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def release(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)


def untranslated(ts: Path) -> list[str]:
    """Source texts of `ts` without a finished translation."""
    out = []
    for message in ET.parse(ts).iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") \
                or not (translation.text or "").strip():
            out.append(message.findtext("source") or "")
    return out


def build(folder: Path = TRANSLATIONS_DIR) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = folder / ts_path(lang).name
        update_ts(ts, lang)
        if lang == "en":
            fill_source_language(ts)
        release(ts, folder / qm_path(lang).name)
        if (folder / qt_ts_path(lang).name).exists():
            release(folder / qt_ts_path(lang).name, folder / qt_qm_path(lang).name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.i18n", description=__doc__.split("\n")[0])
    parser.add_argument("--build", action="store_true", help="update the .ts sources and build the .qm files")
    parser.add_argument("--check", action="store_true", help="list untranslated Indonesian strings")
    args = parser.parse_args(argv)
    if args.build:
        build()
    missing = untranslated(ts_path("id"))
    for text in missing:
        sys.stdout.write(f"untranslated: {text}\n")
    return 1 if (args.check and missing) else 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
