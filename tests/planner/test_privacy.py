"""Personal data: NIK and KPJ masked unless asked, never in the log, files readable by the member only.

The demo member's identifiers (fictional) are the ones looked for: the full KPJ of each card
and the NIK. "Masked" is planner.format.mask_digits; the log uses planner.logs.redact.
"""
from __future__ import annotations

import json
import logging
import os
import stat
from pathlib import Path

import pypdf
import pytest

from planner.cli import main
from planner.format import mask_digits
from planner.logs import log_path, setup_logging
from planner.paths import config_dir, data_dir, database_path, log_dir
from resources import DEMO_DIR
from resources.demo.make_demo import demo_statements

DEMO = sorted(DEMO_DIR.glob("rsjht-*.pdf"))
# One file of each card: both KPJs, the NIK, in two imports.
FILES = [next(p for p in DEMO if "19000012345" in p.name), next(p for p in DEMO if "23000067890" in p.name)]
KPJS = sorted({st.card.kpj for st in demo_statements()})
NIKS = sorted({st.member.nik for st in demo_statements() if st.member.nik})
IDS = KPJS + NIKS


def _full_ids_in(text: str) -> list[str]:
    return [i for i in IDS if i in text]


def test_the_demo_really_has_the_identifiers_looked_for():
    assert len(KPJS) == 2 and len(NIKS) == 1 and all(len(n) == 16 for n in NIKS)
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(FILES[0]).pages)
    assert _full_ids_in(text)  # the statements print them, so a leak would show


def test_command_line_output_masks_identifiers_unless_asked(capsys):
    assert main(["import", *map(str, FILES)]) == 0
    assert main(["history"]) == 0
    assert main(["history", "--json"]) == 0
    assert main(["project", "--stored", "--json"]) == 0
    out = capsys.readouterr()
    assert _full_ids_in(out.out + out.err) == []
    assert all(mask_digits(k) in out.out for k in KPJS)  # shown, masked
    assert main(["history", "--show-ids"]) == 0
    assert set(KPJS) <= set(_full_ids_in(capsys.readouterr().out))


def _pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)


def test_the_report_masks_identifiers_unless_asked(planner_home, capsys):
    assert main(["import", *map(str, FILES)]) == 0
    masked, full = planner_home / "masked.pdf", planner_home / "full.pdf"
    assert main(["report", "--stored", "--no-bands", "--out", str(masked)]) == 0
    assert main(["report", "--stored", "--no-bands", "--show-ids", "--out", str(full)]) == 0
    capsys.readouterr()
    masked_text, full_text = _pdf_text(masked), _pdf_text(full)
    assert _full_ids_in(masked_text) == []
    assert any(mask_digits(k) in masked_text for k in KPJS)
    assert set(KPJS) <= set(_full_ids_in(full_text))


@pytest.fixture
def debug_log():
    root = logging.getLogger()
    level = root.level
    path = setup_logging(logging.DEBUG)
    root.setLevel(logging.DEBUG)
    yield path
    root.setLevel(level)
    for h in list(root.handlers):
        if getattr(h, "_jht_planner", False):
            root.removeHandler(h)
            h.close()


def test_an_import_at_debug_level_leaves_no_identifier_in_the_log(planner_home, debug_log, capsys):
    log = logging.getLogger("planner.test_privacy")
    # A damaged copy named like JMO names them (with the KPJ) exercises the error paths too.
    damaged = planner_home / FILES[0].name
    damaged.write_bytes(FILES[0].read_bytes()[:5000] + b"\n%%EOF\n")
    assert main(["import", str(damaged)]) == 2
    assert main(["import", *map(str, FILES)]) == 0
    assert main(["history", "--show-ids"]) == 0  # printed in full on purpose: still not logged
    # What a careless debug line or a crash would write: whole statements, in a traceback too.
    statements = demo_statements()
    log.debug("read %r", statements[0])
    log.info("card %s of NIK %s, file %s", KPJS[0], NIKS[0], FILES[0].name)
    try:
        raise ValueError(f"cannot handle {statements[-1]!r}")
    except ValueError:
        log.exception("import failed for %s", FILES[1].name)
    for h in logging.getLogger().handlers:
        h.flush()
    capsys.readouterr()
    text = debug_log.read_text(encoding="utf-8")
    assert "read StatementYear(" in text and "Traceback" in text and "import failed" in text
    assert _full_ids_in(text) == []
    assert "DEBUG" in text


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_data_folders_and_files_are_readable_by_the_member_only(planner_home, debug_log, capsys):
    old = os.umask(0)  # the most permissive umask: the modes must not depend on it
    try:
        assert main(["import", *map(str, FILES)]) == 0
        logging.getLogger("planner.test_privacy").warning("written")
        for h in logging.getLogger().handlers:
            h.flush()
    finally:
        os.umask(old)
    capsys.readouterr()
    for folder in (data_dir(), log_dir(), config_dir()):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE(database_path().stat().st_mode) == 0o600
    assert stat.S_IMODE(log_path().stat().st_mode) == 0o600
    leftovers = [p.name for p in data_dir().iterdir() if p != database_path()]
    assert leftovers == []  # no journal left behind


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_database_copied_in_with_open_permissions_is_made_private(planner_home, capsys):
    from planner.store import Store

    db = database_path()
    with Store.open(db):
        pass
    db.chmod(0o644)  # as a restore from a backup or a copy might leave it
    assert main(["history"]) == 0
    capsys.readouterr()
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_nothing_identifying_in_the_stored_file_names_shown(capsys):
    assert main(["import", *map(str, FILES)]) == 0
    capsys.readouterr()
    assert main(["history", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    names = [i["file_name"] for i in data["imports"]]
    assert names and _full_ids_in(" ".join(names)) == []
