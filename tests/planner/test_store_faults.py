"""Faults of the database (issue 14 items 4 and 5): each one sentence naming the file, exit 2,
nothing written; another application's SQLite file is never written to."""
from __future__ import annotations

import os
import sqlite3
import threading

import pytest

from planner import paths
from planner.cli.import_cmd import demo_files
from planner.paths import database_path
from planner.recovery import open_store_or_recover
from planner.store import APPLICATION_ID, DatabaseFull, DatabaseUnreadable, NotOurDatabase, Store, schema
from tests.planner.test_store import _old_database, result, statement
from ui.launcher import main


@pytest.fixture(autouse=True)
def default_profile(monkeypatch):
    monkeypatch.setattr(paths, "_PROFILE", [None])


@pytest.fixture(scope="module")
def demo() -> list[str]:
    return [str(p) for p in demo_files()]


def _one_sentence(err: str) -> str:
    err = err.strip()
    assert err and "\n" not in err and "Traceback" not in err, err
    return err


def _app_id(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA application_id").fetchone()[0]
    finally:
        conn.close()


def _foreign(path) -> bytes:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x TEXT)")
    conn.execute("INSERT INTO notes VALUES ('someone else''s data')")
    conn.commit()
    conn.close()
    return path.read_bytes()


# --------------------------------------------------------------------------- application_id

def test_another_applications_sqlite_file_is_never_written_to(demo, capsys):
    db = database_path()
    before = _foreign(db)
    for argv in (["history"], ["import", demo[0]], ["project", "--stored"]):
        assert main(argv) == 2
        err = _one_sentence(capsys.readouterr().err)
        assert str(db) in err and "aplikasi lain" in err
    assert db.read_bytes() == before
    assert sorted(p.name for p in db.parent.iterdir()) == [db.name]  # nothing set aside, nothing beside it


def test_new_older_and_own_databases_carry_the_planners_id(tmp_path):
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    older = tmp_path / "older.sqlite3"
    _old_database(older, 2)
    for path in (empty, older, tmp_path / "fresh.sqlite3"):
        with Store.open(path) as store:
            assert store.schema_version == schema.SCHEMA_VERSION
        assert _app_id(path) == APPLICATION_ID


def test_a_file_with_some_other_schema_and_no_id_is_not_ours(tmp_path):
    path = tmp_path / "x.sqlite3"
    _old_database(path, 1)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE extra (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotOurDatabase):
        Store.open(path)
    assert path.read_bytes() == before


# --------------------------------------------------------------------------- locks, disk, permissions

def test_a_lock_held_by_another_process_is_waited_for_then_one_sentence(demo, capsys, monkeypatch):
    assert main(["import", demo[0]]) == 0
    capsys.readouterr()
    before = database_path().read_bytes()
    monkeypatch.setattr(schema, "LOCK_WAIT_SECONDS", 1)
    holder = sqlite3.connect(database_path(), isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    try:
        assert main(["import", demo[1]]) == 2
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 2 and lines[0].startswith("Menunggu") and str(database_path()) in lines[1]
    assert "Traceback" not in lines[1] and "1 detik" in lines[1]
    assert database_path().read_bytes() == before


def test_the_wait_ends_as_soon_as_the_other_process_lets_go(demo, capsys):
    holder = sqlite3.connect(database_path(), isolation_level=None, check_same_thread=False)
    with Store.open():
        pass
    holder.execute("BEGIN IMMEDIATE")
    release = threading.Timer(1.0, lambda: holder.execute("ROLLBACK"))
    release.start()
    try:
        assert main(["import", demo[0]]) == 0
    finally:
        release.join()
        holder.close()
    assert "Menunggu" in capsys.readouterr().err


def test_disk_full_during_an_import_says_so_and_leaves_the_database_as_it_was(tmp_path):
    path = tmp_path / "db.sqlite3"
    with Store.open(path) as store:
        pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
        store._conn.execute(f"PRAGMA max_page_count = {pages}")  # as if the disk were full
        before = path.read_bytes()
        with pytest.raises(DatabaseFull) as err:
            store.import_results([result(statement(year=y), name=f"{y}.pdf") for y in range(2016, 2026)])
        assert "Disk penuh" in err.value.text("id") and str(path) in err.value.text("id")
        assert "disk is full" in err.value.text("en")
        assert store.is_empty()
    assert path.read_bytes() == before


def _deny(monkeypatch, target, mode_bit):
    real = os.access

    def access(path, mode, *args, **kwargs):
        if os.fspath(path) == os.fspath(target) and mode & mode_bit:
            return False
        return real(path, mode, *args, **kwargs)

    monkeypatch.setattr(schema.os, "access", access)


def test_a_database_that_cannot_be_read_is_not_called_damaged(demo, capsys, monkeypatch):
    assert main(["import", demo[0]]) == 0
    capsys.readouterr()
    db = database_path()
    _deny(monkeypatch, db, os.R_OK)
    with pytest.raises(DatabaseUnreadable):
        open_store_or_recover()
    assert main(["history", "--lang", "en"]) == 2
    err = _one_sentence(capsys.readouterr().err)
    assert str(db) in err and "permission" in err and "damaged" not in err.replace("not damaged", "")
    assert sorted(p.name for p in db.parent.iterdir() if "corrupt" in p.name) == []


@pytest.mark.parametrize("target", ["file", "folder"])
def test_a_read_only_database_is_read_and_refuses_writes_in_one_sentence(demo, capsys, monkeypatch, target):
    assert main(["import", demo[0]]) == 0
    capsys.readouterr()
    db = database_path()
    before = db.read_bytes()
    _deny(monkeypatch, db if target == "file" else db.parent, os.W_OK)
    assert main(["history", "--json"]) == 0
    assert '"statements"' in capsys.readouterr().out
    assert main(["import", demo[1]]) == 2
    err = _one_sentence(capsys.readouterr().err)
    assert str(db) in err and "hanya bisa dibaca" in err
    store, notice = open_store_or_recover()
    with store:
        assert notice is not None and "impor" in notice.text("id").lower()
    assert db.read_bytes() == before


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="permissions are not enforced for root")
def test_real_permissions(demo, capsys):
    assert main(["import", demo[0]]) == 0
    db = database_path()
    db.chmod(0o400)
    try:
        assert main(["import", demo[1]]) == 2
        assert "hanya bisa dibaca" in capsys.readouterr().err
    finally:
        db.chmod(0o600)
    db.chmod(0)
    try:
        assert main(["history"]) == 2
        assert "izin" in capsys.readouterr().err
    finally:
        db.chmod(0o600)
