"""What is not a regular file is refused before it is read; limits hold on what is read."""
from __future__ import annotations

import logging
import os
import time

import pytest

from planner.cli import main
from planner.importers import MAX_BYTES, MAX_PAGES, NotARegularFile, TooLarge, read_bytes, read_file
from planner.logs import log_path
from tests.reliability.corpus import lying_page_tree, misplaced_objects, multiplying_page_tree


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(NotARegularFile) as exc:
        read_file(tmp_path)
    assert tmp_path.name in exc.value.text("id")


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_dev_zero_is_refused_before_reading():
    started = time.monotonic()
    with pytest.raises(NotARegularFile):
        read_file("/dev/zero")
    assert time.monotonic() - started < 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "pipa.pdf"
    os.mkfifo(fifo)
    with pytest.raises(NotARegularFile):
        read_file(fifo)


def test_the_size_limit_counts_bytes_read(tmp_path, monkeypatch):
    big = tmp_path / "besar.csv"
    with open(big, "wb") as fh:
        fh.truncate(MAX_BYTES + 10)  # sparse
    real_fstat = os.fstat

    class _Small:  # a file system that says the file is small
        def __init__(self, st):
            self.st_mode, self.st_size = st.st_mode, 10

    monkeypatch.setattr(os, "fstat", lambda fd: _Small(real_fstat(fd)))
    monkeypatch.setattr(os, "stat", lambda *a, **k: _Small(real_fstat(os.open(a[0], os.O_RDONLY))))
    with pytest.raises(TooLarge):
        read_file(big)


def test_a_page_tree_that_lies_about_its_size_is_refused_quickly():
    data = lying_page_tree(20_000)
    started = time.process_time()
    with pytest.raises(TooLarge):
        read_bytes(data, "bohong.pdf")
    assert time.process_time() - started < 5  # was 34 s for 60,000 pages; measured 0.5 s here


def test_pages_that_multiply_through_shared_subtrees_are_counted_as_pypdf_would():
    with pytest.raises(TooLarge):
        read_bytes(multiplying_page_tree(40), "ganda.pdf")


def test_a_tree_within_the_limit_is_read():
    with pytest.raises(Exception) as exc:  # read, then not a statement: the pages were extracted
        read_bytes(lying_page_tree(MAX_PAGES), "halaman.pdf")
    assert exc.value.code == "not_a_statement"


def test_the_time_budget_stops_extraction(monkeypatch):
    import planner.importers as importers
    from planner.validate import Limits, limits

    fast = Limits(**{**limits().__dict__, "pdf_seconds": -1.0})
    monkeypatch.setattr(importers, "limits", lambda: fast)
    with pytest.raises(TooLarge):
        read_bytes(lying_page_tree(3, claim=3), "lambat.pdf")


def test_library_warnings_go_to_the_log_capped_never_the_terminal(tmp_path, capfd):
    path = tmp_path / "rusak.pdf"
    path.write_bytes(misplaced_objects(200))
    assert main(["import", str(path)]) == 2
    err = capfd.readouterr().err
    assert err.count("\n") == 1 and "Ignoring" not in err
    for h in logging.getLogger().handlers:
        h.flush()
    log = log_path().read_text(encoding="utf-8")
    assert log.count("pypdf") == 50 and "more library warnings not logged" in log
