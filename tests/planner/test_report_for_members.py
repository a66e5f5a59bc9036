"""The report is for members (issue 15, item 3): no parameter keys, command-line flags, issue
numbers, document file names or English maintainer notes in the Indonesian report, and the
assumptions line lists everything the numbers include."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from planner import texts
from planner.rules import load_rules
from ui.launcher import main

EPOCH = "1780000000"  # 2026-05-28 UTC

# What a maintainer writes and a member should never read.
DEVELOPER_TEXT = {
    "parameter key": re.compile(r"\b(?:%s)\.[a-z][a-z0-9_]+" % "|".join(sorted({p.name.split(".")[0]
                                                                                 for p in load_rules()}))),
    "command-line flag": re.compile(r"(?<![\w-])--[a-z][a-z-]+"),
    "issue number": re.compile(r"\bissue\s*\d", re.IGNORECASE),
    "document file name": re.compile(r"\b[\w-]+\.(?:md|toml|py)\b"),
    "English maintainer note": re.compile(r"\b(?:planner (?:convention|assumption)|unverified|see also|see)\b",
                                          re.IGNORECASE),
    "English word": re.compile(r"\b(?:the|and|of|from|with|after|before|letters|amending|audited|via|widely|"
                               r"repeated|rounded|default|ranged|full|claim pages)\b"),
}


def _report_text(tmp_path: Path, *args: str) -> str:
    out = tmp_path / "r.pdf"
    assert main(["report", "--demo", "--no-bands", *args, "--out", str(out)]) == 0
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(out)).pages).split())


@pytest.fixture(scope="module")
def indonesian(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
    try:
        yield _report_text(tmp_path_factory.mktemp("members"), "--break-start", "2030-01", "--break-months", "12",
                           "--wage-change-date", "2031-01-01", "--wage-change", "12000000", "--stop-age", "50")
    finally:
        mp.undo()


@pytest.mark.parametrize("kind", sorted(DEVELOPER_TEXT))
def test_indonesian_report_has_no_developer_text(indonesian, kind):
    found = DEVELOPER_TEXT[kind].findall(indonesian)
    assert not found, f"{kind} in the Indonesian report: {found[:5]}"


def test_rule_parameters_are_named_in_words(indonesian):
    # The rules table and the [R] note name each parameter by what it is.
    assert "Asumsi hasil pengembangan JHT per tahun" in indonesian
    assert "Asumsi perencana" in indonesian
    assert "Angka bertanda [R] memakai angka yang banyak dikutip atau asumsi perencana" in indonesian


def test_assumptions_line_lists_break_wage_change_and_stop_age(indonesian):
    line = re.search(r"Asumsi: kenaikan upah .*?klaim di usia \d+\.", indonesian)
    assert line is not None
    text = line.group(0)
    assert "iuran sampai usia 50" in text
    assert "jeda kerja 12 bulan mulai 1 Januari 2030" in text
    assert "upah menjadi Rp 12.000.000 mulai 1 Januari 2031" in text


def test_every_maintainer_reference_has_member_words():
    """A rules-file reference that is a maintainer's note needs a fit.source text in the
    catalog, or the report would print it as it is."""
    catalog = texts.catalog()
    rules = load_rules()
    notes = [p.name for p in rules
             if DEVELOPER_TEXT["document file name"].search(p.reference)
             or DEVELOPER_TEXT["English maintainer note"].search(p.reference)]
    assert notes  # the rules files do carry such notes: this test has something to check
    assert [n for n in notes if f"fit.source.{n}" not in catalog] == []


def test_dates_in_notes_are_written_out_not_masked(indonesian):
    # A card carried forward: its dates read as dates (they were masked like a card number).
    assert "terakhir tercetak per 31 Desember 2022; dibawa ke 31 Desember 2025" in indonesian
