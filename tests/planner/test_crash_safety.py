"""Crash safety: an import killed at any moment leaves a sound database holding whole imports.

A child process imports the seven demo statements into one database, one file per transaction
(as the command line does), and is SIGKILLed at a random moment while it writes. Each cycle
gives the statements new card numbers, so every import really writes rows. After every kill
the database is opened the way the app opens it (planner.store, which rolls back a hot
journal), passes ``PRAGMA integrity_check``, and every import it records holds exactly the
years and rows its file contains: all of them, never some.

POSIX only (SIGKILL). ``JHT_CRASH_KILLS`` sets the number of kills (default 30).

Then the database at start (planner.recovery): a damaged file or one from a newer version is
set aside under a timestamped name, byte for byte, and the member is told where and how to
put it back; a busy one is left alone.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
import pickle
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from planner.importers import read_files
from planner.paths import database_path
from planner.recovery import CannotSetAside, DatabaseBusy, open_store_or_recover, set_aside
from planner.store import SCHEMA_VERSION, DatabaseCorrupt, Store
from resources import DEMO_DIR

posix_only = pytest.mark.skipif(os.name != "posix" or not hasattr(signal, "SIGKILL"),
                                reason="SIGKILL is POSIX only")

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("JHT_CRASH_KILLS", "30"))
BUDGET_SECONDS = 40.0  # a safety net: the loop stops (and fails) rather than run on

# The child: load the pickled results, give the cards this cycle's numbers, import file by file.
CHILD = r"""
import dataclasses, pickle, sys
from planner.store import Store

db, results_file, cycle = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(results_file, "rb") as f:
    results = pickle.load(f)

def renumber(kpj):
    return "9" + f"{cycle:03d}" + kpj[4:]

def moved(r):
    statements = tuple(dataclasses.replace(st, card=dataclasses.replace(st.card, kpj=renumber(st.card.kpj)),
                                           findings=tuple(dataclasses.replace(x, kpj=renumber(x.kpj)) if x.kpj else x
                                                          for x in st.findings))
                       for st in r.statements)
    findings = tuple(dataclasses.replace(x, kpj=renumber(x.kpj)) if x.kpj else x for x in r.findings)
    return dataclasses.replace(r, statements=statements, findings=findings, sha256=f"{cycle:04d}" + r.sha256[4:])

results = [moved(r) for r in results]
store = Store.open(db)
sys.stdout.write("ready\n")
sys.stdout.flush()
for r in results:
    store.import_results([r])
store.close()
sys.stdout.write("done\n")
sys.stdout.flush()
"""


@pytest.fixture(scope="module")
def demo_results(tmp_path_factory):
    results, _ = read_files(sorted(DEMO_DIR.glob("rsjht-*.pdf")))
    path = tmp_path_factory.mktemp("crash") / "results.pickle"
    path.write_bytes(pickle.dumps(results))
    expected = {r.file_name: (len(r.statements), sum(len(st.rows) for st in r.statements)) for r in results}
    return path, expected


def _child(db: Path, results: Path, cycle: int) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.Popen([sys.executable, "-c", CHILD, str(db), str(results), str(cycle)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)


def check_database(db: Path, expected: dict[str, tuple[int, int]]) -> dict[str, int]:
    """Open as the app does, then check integrity and that every import is whole."""
    with Store.open(db) as store:  # rolls back a hot journal left by the kill
        assert store.schema_version >= 1
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        imports = conn.execute("SELECT id, file_name, added FROM imports ORDER BY id").fetchall()
        ids = {i for i, _, _ in imports}
        for table in ("statements", "rows", "findings"):
            orphans = conn.execute(f"SELECT count(*) FROM {table} WHERE import_id IS NOT NULL AND import_id NOT IN "
                                   "(SELECT id FROM imports)").fetchone()[0]
            assert orphans == 0, f"{orphans} {table} without their import"
        for import_id, name, added in imports:
            years = conn.execute("SELECT count(*) FROM statements WHERE import_id = ?", (import_id,)).fetchone()[0]
            rows = conn.execute("SELECT count(*) FROM rows WHERE import_id = ?", (import_id,)).fetchone()[0]
            assert (years, rows) == expected[name], f"import {import_id} of {name} is partial: {years} years, {rows} rows"
            assert added == years + rows
        total_rows = conn.execute("SELECT count(*) FROM rows").fetchone()[0]
        assert total_rows == sum(expected[name][1] for _, name, _ in imports)
        return {"imports": len(ids), "rows": total_rows}
    finally:
        conn.close()


@posix_only
def test_the_child_imports_everything_when_left_alone(tmp_path, demo_results):
    results, expected = demo_results
    db = tmp_path / "whole.sqlite3"
    proc = _child(db, results, 0)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err.decode()
    assert out.decode().split() == ["ready", "done"]
    counts = check_database(db, expected)
    assert counts["imports"] == len(expected)
    assert counts["rows"] == sum(rows for _, rows in expected.values()) > 0


@posix_only
def test_killed_imports_leave_whole_imports_or_none(tmp_path, demo_results):
    results, expected = demo_results
    db = tmp_path / "killed.sqlite3"
    rng = random.Random(20261124)
    # How long the writing takes here, to spread the kills over it.
    start = time.perf_counter()
    proc = _child(tmp_path / "calibrate.sqlite3", results, 999)
    assert proc.stdout.readline() == b"ready\n"
    ready = time.perf_counter()
    proc.communicate(timeout=60)
    write_seconds = max(0.02, time.perf_counter() - ready)
    deadline = start + BUDGET_SECONDS

    kills = cycles = 0
    partial_states = set()
    while kills < KILLS:
        assert time.perf_counter() < deadline, f"only {kills} kills in {BUDGET_SECONDS:.0f} s"
        cycles += 1
        proc = _child(db, results, cycles)
        line = proc.stdout.readline()
        if line != b"ready\n":
            proc.wait(timeout=30)
            pytest.fail(f"the child did not start: {proc.stderr.read().decode()}")
        time.sleep(rng.uniform(0, write_seconds))
        alive = proc.poll() is None
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        if alive and proc.returncode == -signal.SIGKILL:
            kills += 1
        counts = check_database(db, expected)
        partial_states.add(counts["imports"] % len(expected))
    # The kills landed at different points of the run, not always before or after it.
    assert len(partial_states) >= 3, partial_states
    print(f"\ncrash safety: {kills} kills in {cycles} cycles, {counts['imports']} whole imports, "
          f"{counts['rows']} rows; cut points {sorted(partial_states)}")


# --------------------------------------------------------------------------- at start: planner.recovery

NOW = dt.datetime(2026, 11, 24, 20, 54, 0)


def _stored_db(path: Path) -> bytes:
    """A real database with two imported statements; returns its bytes."""
    results, _ = read_files(sorted(DEMO_DIR.glob("rsjht-*.pdf"))[:2])
    with Store.open(path) as store:
        store.import_results(results)
    return path.read_bytes()


def _damage_page(data: bytes) -> bytes:
    """Overwrite the header of the database's third page: PRAGMA quick_check reports it."""
    page = int.from_bytes(data[16:18], "big") or 65536
    d = bytearray(data)
    d[2 * page:2 * page + 16] = b"\x07" * 16
    return bytes(d)


def _garbage(data: bytes) -> bytes:
    return b"this is not a database, just some text a sync tool left here\n" * 40


def _truncated(data: bytes) -> bytes:
    page = int.from_bytes(data[16:18], "big") or 65536
    return data[: 2 * page + page // 2]


@pytest.mark.parametrize("damage", [_damage_page, _garbage, _truncated], ids=["page", "garbage", "truncated"])
def test_a_damaged_database_is_set_aside_untouched_and_a_new_one_started(planner_home, damage):
    db = database_path()
    bad = damage(_stored_db(db))
    db.write_bytes(bad)
    with pytest.raises(DatabaseCorrupt):  # the store alone refuses it ...
        Store.open(db).close()
    assert db.read_bytes() == bad  # ... and leaves it as it was

    store, notice = open_store_or_recover(now=NOW)
    with store:
        assert store.is_empty() and store.path == db
        store.save_scenario("after recovery", _assumptions())  # the new database works
    kept = db.with_name("jht-planner.sqlite3.corrupt-20261124-205400")
    assert notice is not None and notice.code == "database_corrupt"
    assert notice.set_aside == kept and notice.original == db
    assert kept.read_bytes() == bad  # set aside byte for byte, never recreated over
    for lang in ("id", "en"):
        text = notice.text(lang)
        assert kept.name in text and str(db.parent) in text and "jht-planner.sqlite3" in text
        assert "\n" not in text
    assert notice.text("id") != notice.text("en")
    assert "cadangan" in notice.text("id") and "backup" in notice.text("en")
    # Opening again finds the new database healthy: no second set-aside.
    store, again = open_store_or_recover(now=NOW)
    store.close()
    assert again is None
    assert sorted(p.name for p in db.parent.iterdir() if ".corrupt-" in p.name) == [kept.name]


def test_a_database_from_a_newer_version_is_set_aside_with_how_to_use_it_again(planner_home):
    db = database_path()
    _stored_db(db)
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
    conn.close()
    original = db.read_bytes()
    store, notice = open_store_or_recover(now=NOW)
    store.close()
    kept = db.with_name("jht-planner.sqlite3.newer-20261124-205400")
    assert notice.code == "database_too_new" and notice.set_aside == kept
    assert kept.read_bytes() == original
    assert (notice.found_version, notice.known_version) == (SCHEMA_VERSION + 3, SCHEMA_VERSION)
    assert f"skema {SCHEMA_VERSION + 3}" in notice.text("id") and "perbarui aplikasi" in notice.text("id")
    assert f"schema {SCHEMA_VERSION + 3}" in notice.text("en") and "update the app" in notice.text("en")
    assert f"rename {kept.name} back to jht-planner.sqlite3" in notice.text("en")


def test_companion_files_travel_with_the_set_aside_file_and_names_never_collide(planner_home):
    db = database_path()
    db.write_bytes(_garbage(b""))
    db.with_name(db.name + "-journal").write_bytes(b"journal bytes")
    taken = db.with_name("jht-planner.sqlite3.corrupt-20261124-205400")
    taken.write_bytes(b"an earlier set-aside")
    kept = set_aside(db, "corrupt", NOW)
    assert kept.name == "jht-planner.sqlite3.corrupt-20261124-205400-2"
    assert taken.read_bytes() == b"an earlier set-aside"
    assert kept.read_bytes() == _garbage(b"")
    # A journal left beside the new database would be played into it by SQLite: it goes along.
    assert kept.with_name(kept.name + "-journal").read_bytes() == b"journal bytes"
    assert not db.exists() and not db.with_name(db.name + "-journal").exists()


def test_a_busy_database_is_not_mistaken_for_a_damaged_one(planner_home, monkeypatch):
    db = database_path()
    original = _stored_db(db)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    real_connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: real_connect(*a, **{**k, "timeout": 0.05}))
    try:
        with pytest.raises(DatabaseBusy) as err:
            open_store_or_recover(now=NOW)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert db.name in err.value.text("id") and db.name in err.value.text("en")
    assert db.read_bytes() == original
    assert not [p for p in db.parent.iterdir() if ".corrupt-" in p.name]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_file_that_cannot_be_moved_is_left_alone_with_a_plain_error(planner_home, monkeypatch):
    db = database_path()
    db.write_bytes(_garbage(b""))

    def refuse(*args):
        raise PermissionError("read-only folder")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(CannotSetAside) as err:
        open_store_or_recover(now=NOW)
    assert db.read_bytes() == _garbage(b"")
    assert "nothing was changed" in err.value.text("en") and "tidak ada yang diubah" in err.value.text("id")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_command_line_tells_the_member_and_goes_on(planner_home, capsys, lang):
    from planner.cli import main

    db = database_path()
    db.write_bytes(_garbage(b""))
    assert main(["history", "--lang", lang]) == 0
    err = capsys.readouterr().err
    kept = [p for p in db.parent.iterdir() if ".corrupt-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == _garbage(b"")
    assert kept[0].name in err
    assert err.startswith("Perhatian: " if lang == "id" else "Note: ")
    assert ("damaged" in err) == (lang == "en") and ("rusak" in err) == (lang == "id")


def _assumptions():
    from models import Assumptions

    return Assumptions(balance=10_000_000.0, as_of=dt.date(2024, 12, 31), birth_date=dt.date(1990, 2, 1),
                       wage=8_000_000.0)
