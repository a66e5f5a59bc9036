"""The About dialog: version, rule-set date, JMO note, dependency licences."""
from __future__ import annotations

import datetime as dt
from email.message import Message
from importlib import metadata

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSize

import ui.about as about
from ui import i18n
from planner import __version__
from planner.format import date_long
from planner.rules import Rules

RULE = """
[some_rate]
label = "A rate"
unit = "fraction"
reference = "test"
confidence = "C"
last_verified = {verified}
values = [{{ from = 2015-07-01, value = 0.5 }}]
"""


def _rules(tmp_path, *verified: dt.date) -> Rules:
    folder = tmp_path / "rules"
    folder.mkdir()
    for i, day in enumerate(verified):
        (folder / f"t{i}.toml").write_text(RULE.format(verified=day.isoformat()), encoding="utf-8")
    return Rules.load(folder)


@pytest.fixture
def dialog_for(qtbot, qapp, monkeypatch):
    """Dialogs in the English source texts, whatever translator an earlier test left installed,
    with Indonesian dates; Indonesian is installed again afterwards (as tests/ui/conftest.py does)."""
    monkeypatch.setattr(about, "_language", lambda: "id")
    i18n.install(qapp, "en")

    def make(rules=None):
        dialog = about.AboutDialog(rules=rules)
        qtbot.addWidget(dialog)
        return dialog
    yield make
    i18n.install(qapp, "id")


def test_shows_version_and_the_newest_verification_date(dialog_for, tmp_path):
    today = dt.date.today()
    older, newest = today - dt.timedelta(days=40), today - dt.timedelta(days=3)
    dialog = dialog_for(_rules(tmp_path, older, newest))
    assert __version__ in dialog.version_label.text()
    assert date_long(newest, "id") in dialog.rules_label.text()
    assert date_long(older, "id") not in dialog.rules_label.text()
    assert "review" not in dialog.rules_label.text()
    assert "JMO" in dialog.official_label.text()


def test_stale_rules_ask_for_a_newer_version(dialog_for, tmp_path):
    fresh = dialog_for(_rules(tmp_path, dt.date.today()))
    (tmp_path / "old").mkdir()
    stale = dialog_for(_rules(tmp_path / "old", dt.date.today() - dt.timedelta(days=800)))
    assert stale.rules_label.text().startswith(fresh.rules_label.text().split(" up to ")[0])
    assert "due for review" in stale.rules_label.text() and "due for review" not in fresh.rules_label.text()


def test_default_rules_are_the_shipped_ones(dialog_for):
    from planner.rules import load_rules

    dialog = dialog_for()
    assert date_long(load_rules().newest_verification(), "id") in dialog.rules_label.text()


def test_licence_table_lists_every_dependency_with_its_installed_version(dialog_for):
    dialog = dialog_for()
    rows = {dialog.table.item(r, 0).text(): (dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text())
            for r in range(dialog.table.rowCount())}
    assert list(rows) == list(about.DEPENDENCIES)
    for name in about.DEPENDENCIES:
        version, licence = rows[name]
        assert version == metadata.version(name)
        assert licence, name


def test_missing_package_is_said_not_hidden(dialog_for, monkeypatch):
    real = about.dependency_licences
    monkeypatch.setattr(about, "dependency_licences", lambda: real(("numpy", "no-such-package-jht")))
    dialog = dialog_for()
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(1, 0).text() == "no-such-package-jht"
    assert dialog.table.item(1, 1).text() == dialog.tr("not found")


def _meta(**fields) -> Message:
    m = Message()
    for key, value in fields.items():
        for v in value if isinstance(value, list) else [value]:
            m[key.replace("_", "-")] = v
    return m


def test_licence_prefers_expression_then_short_field_then_classifiers():
    assert about.licence_of(_meta(License_Expression="BSD-3-Clause", License="long")) == "BSD-3-Clause"
    assert about.licence_of(_meta(License="MIT")) == "MIT"
    long_text = "License agreement\n" + "x" * 200
    classifiers = ["Programming Language :: Python", "License :: OSI Approved :: Python Software Foundation License"]
    assert about.licence_of(_meta(License=long_text, Classifier=classifiers)) == "Python Software Foundation License"
    assert about.licence_of(_meta(Classifier=["Programming Language :: Python"])) is None


def test_language_change_retranslates(dialog_for, monkeypatch, tmp_path):
    today = dt.date.today()  # the latest 17 May: "Mei" and "May" tell the languages apart
    day = dt.date(today.year if (today.month, today.day) >= (5, 17) else today.year - 1, 5, 17)
    dialog = dialog_for(_rules(tmp_path, day))
    assert date_long(day, "id") in dialog.rules_label.text()
    monkeypatch.setattr(about, "_language", lambda: "en")
    QCoreApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    assert date_long(day, "en") in dialog.rules_label.text()
    assert date_long(day, "id") != date_long(day, "en")


def test_app_icon_has_small_and_large_sizes(qapp):
    sizes = about.app_icon().availableSizes()
    assert QSize(16, 16) in sizes and QSize(256, 256) in sizes
