from __future__ import annotations

import json
import sqlite3

import pytest

from planner.cli.import_cmd import demo_files
from planner.paths import database_path
from ui.launcher import main

STATEMENT_KEYS = {"kpj", "name", "birth_date", "employer", "npp", "year", "opening", "contributions", "development",
                  "closing", "effective_return", "from_picture", "confirmed", "rows", "findings"}
ROW_KEYS = {"period", "paid_on", "posted_on", "wage", "rapel", "jht_employer", "jht_worker", "jp_employer",
            "jp_worker"}


def _json(capsys) -> dict:
    return json.loads(capsys.readouterr().out)


def _stored_rows() -> int:
    path = database_path()
    if not path.exists():
        return 0
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM rows").fetchone()[0] + \
               conn.execute("SELECT count(*) FROM imports").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def demo() -> list[str]:
    return [str(p) for p in demo_files()]


def test_import_json_has_the_documented_shape_and_stores(capsys, demo):
    assert main(["import", *demo, "--json"]) == 0
    out = _json(capsys)
    assert set(out) == {"statements", "findings", "added", "duplicates", "conflicts", "unidentified_files"}
    assert len(out["statements"]) == len(demo)
    for st in out["statements"]:
        assert set(st) == STATEMENT_KEYS
        assert "•" in st["kpj"]  # masked by default
        assert all(set(r) == ROW_KEYS for r in st["rows"])
        assert all(set(f) == {"code", "severity", "message", "periods"} for f in st["findings"])
        assert isinstance(st["closing"], float) and isinstance(st["year"], int)
        assert len(st["rows"][0]["period"]) == 7
    total_rows = sum(len(s["rows"]) for s in out["statements"])
    assert out["added"] == total_rows + len(demo) and out["duplicates"] == 0 and out["conflicts"] == 0
    assert _stored_rows() == total_rows + len(demo)

    assert main(["import", demo[-1], "--json", "--show-ids"]) == 0
    again = _json(capsys)
    assert again["added"] == 0 and again["duplicates"] == len(again["statements"][0]["rows"]) + 1
    assert again["statements"][0]["kpj"].isdigit()


def test_dry_run_writes_nothing(capsys, demo):
    assert main(["import", *demo[:2], "--dry-run", "--json"]) == 0
    assert _json(capsys)["added"] > 0
    assert not database_path().exists()
    assert main(["import", "--demo"]) == 0  # the demo is only shown, never stored
    assert "uji coba" in capsys.readouterr().out
    assert not database_path().exists()


@pytest.mark.parametrize("content", [b"", b"%PDF-1.4 broken", b"\x00\x01\x02 binary" * 50, b"just some words\n"])
def test_unreadable_file_exits_2_with_one_sentence_and_writes_nothing(tmp_path, capsys, demo, content):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(content)
    assert main(["import", demo[0], str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err and "\n" not in err and "Traceback" not in err
    assert _stored_rows() == 0
    assert main(["import", str(bad), "--lang", "en"]) == 2
    assert "file" in capsys.readouterr().err.lower()


def test_readable_summary_is_indonesian_with_masked_kpj(capsys, demo):
    assert main(["import", demo[0]]) == 0
    text = capsys.readouterr().out
    assert "Kartu" in text and "saldo akhir" in text and "Disimpan" in text
    assert "19000012345" not in text and "190•••••345" in text
    assert main(["import", demo[0], "--lang", "en"]) == 0
    assert "already stored" in capsys.readouterr().out


def test_declared_wage_reports_underreported_months(capsys, demo):
    assert main(["import", demo[-1], "--dry-run", "--json", "--wage", "50000000"]) == 0
    codes = {f["code"] for st in _json(capsys)["statements"] for f in st["findings"]}
    assert "underreported_wage" in codes


def test_history_lists_what_is_stored(capsys, demo):
    assert main(["history"]) == 0
    assert "Belum ada" in capsys.readouterr().out
    assert main(["import", *demo, "--json"]) == 0
    capsys.readouterr()
    assert main(["history", "--json"]) == 0
    out = _json(capsys)
    assert set(out) == {"member", "cards", "imports", "statements", "findings", "quick_entry"}
    assert len(out["imports"]) == len(demo) and len(out["statements"]) == len(demo)
    assert {"file_name", "sha256", "extractor", "extractor_version", "imported_at"} <= set(out["imports"][0])
    assert all(set(s) == STATEMENT_KEYS for s in out["statements"])
    assert len(out["cards"]) == 2 and out["member"]["birth_date"]


def test_history_lists_the_workspaces_findings_across_statements(capsys, demo):
    # `history` reads the workspace `project --stored` and the window read: the findings across
    # statements it lists are exactly those beyond the statements' own in `project`'s JSON.
    assert main(["import", demo[0], demo[2]]) == 0  # 2019 and 2021: the year between is missing
    capsys.readouterr()
    assert main(["history", "--json"]) == 0
    history = _json(capsys)
    assert main(["project", "--stored", "--json"]) == 0
    project = _json(capsys)

    def key(f):  # history's finding JSON has no year; a finding's periods carry it
        return f["code"], tuple(f["periods"])

    own = {key(f) for st in history["statements"] for f in st["findings"]}
    across = [key(f) for f in history["findings"]]
    assert across and across == [key(f) for f in project["findings"] if key(f) not in own]


def test_project_from_statements_stored_and_demo_agree(capsys, demo):
    assert main(["project", "--demo", "--json"]) == 0
    from_demo = _json(capsys)
    assert main(["project", "--statement", *demo, "--json"]) == 0
    from_files = _json(capsys)
    assert main(["import", *demo]) == 0
    capsys.readouterr()
    assert main(["project", "--stored", "--json"]) == 0
    from_store = _json(capsys)
    for out in (from_files, from_store):
        assert out["assumptions"] == from_demo["assumptions"]
        assert out["balance_at_claim"] == from_demo["balance_at_claim"]
    base = from_demo["baseline"]
    assert from_demo["assumptions"]["balance"] == base["balance"] and base["as_of"].endswith("-12-31")
    assert len(base["cards"]) == 2 and base["notes"]  # the demo's cards end in different years
    assert from_demo["assumptions"]["birth_date"] == base["birth_date"]

    assert main(["project", "--demo", "--json", "--wage", "12000000", "--balance", "1000000"]) == 0
    over = _json(capsys)["assumptions"]
    assert over["wage"] == 12_000_000 and over["balance"] == 1_000_000
    assert over["as_of"] == from_demo["assumptions"]["as_of"]


def test_project_stored_with_nothing_stored_is_one_sentence(capsys):
    assert main(["project", "--stored"]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "impor" in err.lower()


def test_export_history_imports_back_as_duplicates(tmp_path, capsys, demo):
    assert main(["import", *demo]) == 0
    out = tmp_path / "riwayat.csv"
    assert main(["export-csv", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf#jht-planner-ekspor")
    capsys.readouterr()
    assert main(["import", str(out), "--json"]) == 0
    again = _json(capsys)
    assert again["added"] == 0 and again["conflicts"] == 0 and again["duplicates"] > 0


def test_export_projection_from_the_demo(tmp_path, capsys):
    out = tmp_path / "proyeksi.csv"
    assert main(["export-csv", "--demo", "--what", "projection", "--out", str(out)]) == 0
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("tahun,usia,saldo_awal") and len(lines) > 10
    assert not database_path().exists()


@pytest.mark.parametrize("damage", ["garbage", "newer"])
def test_damaged_or_newer_database_is_never_overwritten(capsys, demo, damage):
    """The command line goes through planner.recovery: the file is set aside, byte for byte."""
    path = database_path()
    if damage == "garbage":
        path.write_bytes(b"not a database" * 500)
    else:
        from planner.store import SCHEMA_VERSION

        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        conn.close()
    before = path.read_bytes()
    code = main(["import", demo[0]])
    captured = capsys.readouterr()
    assert code in (0, 2) and "Traceback" not in captured.err and captured.err.strip()
    kept = [f for f in path.parent.iterdir() if f.is_file() and f.read_bytes() == before]
    assert kept, "the original database must survive unchanged"
