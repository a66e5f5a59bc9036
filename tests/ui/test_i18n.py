"""Every visible string is translated, and the shipped .qm files match their .ts sources."""
from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET

import pytest

from ui import i18n


def _messages(ts) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name"), m.findtext("source"))
            for ctx in root.iter("context") for m in ctx.iter("message")
            if (m.find("translation") is None or m.find("translation").get("type") not in ("vanished", "obsolete"))}


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    """The .ts files as lupdate makes them from today's code, and .qm files built from them."""
    out = tmp_path_factory.mktemp("translations")
    for lang in i18n.LANGUAGES:
        shutil.copy(i18n.ts_path(lang), out / i18n.ts_path(lang).name)
    i18n.build(out)
    return out


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_the_ts_sources_hold_every_string_of_the_code(fresh, lang):
    shipped, current = _messages(i18n.ts_path(lang)), _messages(fresh / i18n.ts_path(lang).name)
    assert current - shipped == set(), "strings missing from the .ts: run python -m ui.i18n --build"
    assert shipped - current == set(), "strings no longer in the code: run python -m ui.i18n --build"


def test_every_string_has_an_indonesian_translation(fresh):
    missing = i18n.untranslated(fresh / i18n.ts_path("id").name)
    assert missing == [], f"untranslated in jht_planner_id.ts: {missing[:10]}"


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_the_shipped_qm_is_built_from_the_ts(fresh, lang):
    built = (fresh / i18n.qm_path(lang).name).read_bytes()
    assert i18n.qm_path(lang).read_bytes() == built, "stale .qm: run python -m ui.i18n --build and commit"


def test_indonesian_is_the_default_and_loads(qapp):
    from PySide6.QtCore import QCoreApplication

    assert i18n.DEFAULT_LANGUAGE == "id"
    try:
        assert i18n.install(qapp, "id") == "id"
        assert QCoreApplication.translate("MainWindow", "&File") == "&Berkas"
        i18n.install(qapp, "en")
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    finally:
        i18n.install(qapp, "id")


@pytest.mark.parametrize(("source", "is_key"), [
    ("remedies.view.copy", True), ("remedies.view.kind.{l.kind.value}", True), ("import.save_text_button", True),
    ("Import", False), ("&File", False), ("e.g. 25,000,000 or 25 million", False), ("JHT Planner", False),
    ("{0} is missing.", False), ("docs/guide.md", False),
])
def test_catalog_keys_that_lupdate_takes_for_qt_strings_are_dropped(source, is_key):
    assert bool(i18n._CATALOG_KEY.match(source)) is is_key


def test_one_word_per_thing_berkas_not_file():
    """The Indonesian window says "berkas" for a file, never "file"."""
    import re

    said = [m.findtext("translation") or "" for m in ET.parse(i18n.ts_path("id")).iter("message")]
    assert [t for t in said if re.search(r"\bfiles?\b", t, re.IGNORECASE)] == []
