"""Names in any script reach the report; the log and its rotated copies stay private."""
from __future__ import annotations

import datetime as dt
import logging
import os

import pytest
from pypdf import PdfReader

from models import Assumptions, Card, Member, Segment
from planner import fonts
from planner.logs import BACKUPS, log_path, setup_logging
from planner.projection import project
from planner.report import ReportData, build_report


def _data(name: str, employer: str) -> ReportData:
    a = Assumptions(balance=38887665.97, as_of=dt.date(2024, 12, 31), birth_date=dt.date(1990, 2, 1), wage=8100000.0)
    return ReportData(result=project(a, today=dt.date(2025, 1, 15)), member=Member(name, dt.date(1990, 2, 1)),
                      cards=(Card("15023456789", employer, "", Segment.PU),))


def test_names_in_any_script_never_stop_the_report(tmp_path):
    name, employer = "王小明 😀 BUDI\tCONTOH", "PT \x1b[31mMAJU ☺"
    for i in range(2):  # and the next report works too
        out = tmp_path / f"r{i}.pdf"
        build_report(_data(name, employer), out)
        text = PdfReader(out).pages[0].extract_text()
        assert "BUDI CONTOH" in text and "\x1b" not in text
        if fonts.fallback_paths():  # a CJK font was found on this computer: drawn as written
            assert "王小明" in text
        else:  # none: replaced visibly
            assert "\ufffd" in text


def test_printable_replaces_what_no_font_has():
    assert fonts.printable("a\tb\nc") == "a b\nc"
    assert fonts.printable("\U0010fffd") == fonts.REPLACEMENT
    assert fonts.advance("\U0010fffd") == fonts.advance(fonts.REPLACEMENT)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_rotated_logs_are_private_whatever_the_umask():
    old = os.umask(0)
    try:
        path = setup_logging()
        logger = logging.getLogger("planner.test_rotation")
        handler = next(h for h in logging.getLogger().handlers if getattr(h, "_jht_planner", False))
        handler.maxBytes = 2000
        for i in range(200):
            logger.warning("line %d %s", i, "x" * 50)
        handler.flush()
        files = [path] + [path.with_name(f"{path.name}.{i}") for i in range(1, BACKUPS + 1)]
        present = [f for f in files if f.exists()]
        assert len(present) == BACKUPS + 1
        assert {oct(f.stat().st_mode & 0o777) for f in present} == {"0o600"}
    finally:
        os.umask(old)
        for h in list(logging.getLogger().handlers):
            if getattr(h, "_jht_planner", False):
                logging.getLogger().removeHandler(h)
                h.close()


def test_the_log_follows_the_planner_home(tmp_path, monkeypatch):
    first = setup_logging()
    monkeypatch.setenv("JHT_PLANNER_HOME", str(tmp_path / "other"))
    second = setup_logging()
    assert second != first and second == log_path()
    logging.getLogger("planner.test").warning("here")
    for h in logging.getLogger().handlers:
        h.flush()
    assert "here" in second.read_text(encoding="utf-8")
