"""File names and names from outside are shown safely (planner.display)."""
from __future__ import annotations

import os

import pytest

from planner.cli import main
from planner.display import mask_identifiers, safe_text, shown_name
from tests.reliability.corpus import DEMO_DIR


@pytest.mark.parametrize("nik", ["3171-0141-0290-0003", "3171.0141.0290.0003", "3171 0141 0290 0003",
                                 "3171_0141_0290_0003", "3171014102900003"])
def test_a_nik_is_masked_in_any_grouping(nik):
    shown = mask_identifiers(f"saldo {nik}.pdf")
    assert nik not in shown and "3171014102900003" not in shown and shown.startswith("saldo 317")


def test_amounts_and_years_are_not_identifiers():
    assert mask_identifiers("2024 Rp 4.104.000 x") == "2024 Rp 4.104.000 x"


def test_escape_sequences_and_controls_are_removed():
    assert safe_text("a\x1b[2J\x1b]0;title\x07b\x9b31mc\td\u202ee") == "ab" + "c?d?e"
    assert "\x1b" not in safe_text("\x1b")


def test_bytes_that_are_not_utf8_are_shown_as_replacement():
    name = os.fsdecode(b"saldo-\xff.pdf")
    assert shown_name(name) == "saldo-\ufffd.pdf"
    assert shown_name(b"/x/saldo-\xff.pdf") == "saldo-\ufffd.pdf"
    shown_name(name).encode("utf-8")  # printable everywhere


def test_import_and_history_show_file_names_masked_and_clean(tmp_path, capsys):
    demo = next(DEMO_DIR.glob("*.pdf")).read_bytes()
    raw = os.path.join(os.fsencode(tmp_path), b"rincian 3171-0141-0290-0003 \x1b[31m\xff.pdf")
    with open(raw, "wb") as fh:
        fh.write(demo)
    assert main(["import", os.fsdecode(raw)]) == 0
    assert main(["history"]) == 0
    out = capsys.readouterr().out
    assert "3171-0141-0290-0003" not in out and "\x1b" not in out and "rincian 317" in out
    out.encode("utf-8")


def test_the_report_masks_a_nik_written_with_dashes_in_a_file_name(tmp_path):
    from pypdf import PdfReader

    statement = tmp_path / "rincian 3171-0141-0290-0003.pdf"
    statement.write_bytes(next(DEMO_DIR.glob("*.pdf")).read_bytes())
    out = tmp_path / "laporan.pdf"
    assert main(["report", "--statement", str(statement), "--no-bands", "--out", str(out)]) == 0
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "rincian 317" in text
    assert "3171-0141-0290-0003" not in text and "3171014102900003" not in text
