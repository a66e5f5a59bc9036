from __future__ import annotations

import logging

from planner.logs import redact, setup_logging


def test_identifiers_are_redacted():
    text = redact("KPJ 15023456789 NIK 3171014102900003 saldo 4.000.000")
    assert "15023456789" not in text and "3171014102900003" not in text
    assert "4.000.000" in text  # an amount of 7 digits is not an identifier


def test_log_file_lives_under_the_planner_home_and_never_holds_a_nik(planner_home):
    path = setup_logging()
    try:
        assert planner_home in path.parents
        logging.getLogger("planner.test").warning("imported card %s for NIK %s", "15023456789", "3171014102900003")
        try:
            raise ValueError("bad NIK 3171014102900003")
        except ValueError:
            logging.getLogger("planner.test").exception("failed")
        for h in logging.getLogger().handlers:
            h.flush()
        content = path.read_text(encoding="utf-8")
        assert "imported card" in content and "failed" in content
        assert "15023456789" not in content and "3171014102900003" not in content
    finally:
        for h in list(logging.getLogger().handlers):
            if getattr(h, "_jht_planner", False):
                logging.getLogger().removeHandler(h)
                h.close()
