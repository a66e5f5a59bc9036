"""Profiles (issue 12 item 3) and faults of the data folder (issue 14 item 4), through the command line."""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import replace

import pytest

from models import Card, Member
from planner import paths, profiles
from planner.paths import database_path
from resources.demo.make_demo import demo_statements, write_statement_pdf
from ui.launcher import main

OTHERS = (Member("BUDI SANTOSO", dt.date(1985, 7, 12), "3201011207850001"),
          Member("SITI AMINAH", dt.date(1979, 3, 3), "3578014303790002"))


@pytest.fixture(autouse=True)
def default_profile(monkeypatch):
    monkeypatch.setattr(paths, "_PROFILE", [None])


@pytest.fixture(scope="module")
def people(tmp_path_factory) -> list[str]:
    """Three statements of three different people (different NIK, name, birth date and card)."""
    folder = tmp_path_factory.mktemp("people")
    st = demo_statements()[-1]
    out = [write_statement_pdf(st, folder / "rina.pdf")]
    for i, who in enumerate(OTHERS):
        other = replace(st, member=who, card=replace(st.card, kpj=f"1700000000{i}"))
        out.append(write_statement_pdf(other, folder / f"other{i}.pdf"))
    return [str(p) for p in out]


def _count(path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def test_statements_of_three_people_are_refused_by_name_and_nothing_is_written(people, capsys):
    assert main(["import", people[0]]) == 0
    capsys.readouterr()
    before = database_path().read_bytes()
    for path, who in zip(people[1:], OTHERS):
        assert main(["import", path]) == 2
        err = capsys.readouterr().err.strip()
        assert "\n" not in err and "Traceback" not in err
        assert who.name in err and who.nik not in err and who.nik[:3] in err
        assert "--profile" in err
    assert main(["import", people[1], "--lang", "en", "--dry-run"]) == 2
    assert "nothing was stored" in capsys.readouterr().err
    assert database_path().read_bytes() == before
    assert _count(database_path(), "members") == 1


def test_each_person_in_a_profile_of_their_own(people, capsys):
    assert main(["import", people[0]]) == 0
    profiles.create("Ibu Siti")
    assert main(["import", people[2], "--profile", "ibu siti"]) == 0
    capsys.readouterr()
    assert main(["history", "--json", "--profile", "Ibu Siti"]) == 0
    assert '"SITI AMINAH"' in capsys.readouterr().out
    assert main(["history", "--json"]) == 0  # without --profile: the main profile
    assert '"SITI AMINAH"' not in capsys.readouterr().out
    assert main(["history", "--profile", "nobody"]) == 2
    err = capsys.readouterr().err
    assert "nobody" in err and "Ibu Siti" in err and "utama" in err


def test_existing_database_is_the_default_profile_untouched(people, capsys):
    assert main(["import", people[0]]) == 0
    before = database_path().read_bytes()
    assert [p.name for p in profiles.profiles()] == [None]
    assert profiles.current().is_default and profiles.current().path == database_path()
    assert main(["history", "--profile", "utama"]) == 0
    assert database_path().read_bytes() == before


def test_create_rename_delete(capsys):
    a = profiles.create("Bapak")
    assert a.path.exists() and a.path.parent.name == "profiles"
    with pytest.raises(profiles.ProfileError):
        profiles.create("bapak")
    for bad in ("", "../x", "a/b", "." * 3, "x" * 41, "utama", "Main", "con", "Lpt1.txt", "a\tb", "x\x1b[31m"):
        with pytest.raises(profiles.ProfileError):
            profiles.create(bad)
    profiles.remember("Bapak")
    b = profiles.rename("Bapak", "Ayah")
    assert not a.path.exists() and b.path.exists() and profiles.current().name == "Ayah"
    with pytest.raises(profiles.ProfileError):
        profiles.rename("utama", "x")
    paths.use_profile("Ayah")
    with pytest.raises(profiles.ProfileError):  # not the one open
        profiles.delete("Ayah")
    paths.use_profile(None)
    profiles.delete("Ayah")
    assert not b.path.exists() and profiles.current().is_default


@pytest.mark.parametrize("lang", ["id", "en"])
def test_planner_home_that_is_a_file_is_one_sentence(tmp_path, monkeypatch, capsys, lang):
    home = tmp_path / "home"
    home.write_text("not a folder")
    monkeypatch.setenv(paths.ENV_HOME, str(home))
    assert main(["history", "--lang", lang]) == 2
    err = capsys.readouterr().err.strip()
    assert str(home) in err and "\n" not in err and "Traceback" not in err


def test_data_folder_that_is_a_file_is_one_sentence(planner_home, capsys):
    planner_home.mkdir(parents=True, exist_ok=True)
    (planner_home / "data").write_text("not a folder")
    assert main(["history"]) == 2
    err = capsys.readouterr().err.strip()
    assert str(planner_home / "data") in err and "berkas" in err


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="permissions are not enforced")
def test_read_only_data_folder_is_one_sentence(planner_home, capsys):
    folder = planner_home / "data"
    folder.mkdir(exist_ok=True)
    folder.chmod(0o500)
    try:
        assert main(["history"]) == 2
        err = capsys.readouterr().err.strip()
        assert str(folder) in err and "\n" not in err
    finally:
        folder.chmod(0o700)
