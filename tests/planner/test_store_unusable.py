"""Whatever the database holds, every command answers and the window opens (issue 14 item 2):
a stored record that cannot be used becomes a finding and is left out; never a traceback."""
from __future__ import annotations

import pytest

from planner import paths
from planner.store import Store
from tests.planner.test_store import result, statement
from ui.launcher import main

# As an older version, a hand edit or an import from before planner.validate could have left them.
CASES = {
    "year 0000": ["INSERT INTO statements (kpj, year, opening, contributions, development, closing, import_id) "
                  "SELECT kpj, 0, opening, contributions, development, closing, import_id FROM statements"],
    "year 9998": ["INSERT INTO statements (kpj, year, opening, contributions, development, closing, import_id) "
                  "SELECT kpj, 9998, opening, contributions, development, closing, import_id FROM statements"],
    "31 nines": ["UPDATE statements SET closing = '9999999999999999999999999999999'"],
    "40 digits": ["UPDATE rows SET wage = '1234567890123456789012345678901234567890' WHERE id = 3"],
    "2014 summary with rows": [
        "INSERT INTO rows (kpj, year, period, paid_on, posted_on, wage, rapel, jht_employer, jht_worker, "
        "jp_employer, jp_worker, import_id) SELECT kpj, 2014, '2014-05', '2014-06-10', '', wage, rapel, "
        "jht_employer, jht_worker, jp_employer, jp_worker, import_id FROM rows LIMIT 1",
        "INSERT INTO statements (kpj, year, opening, contributions, development, closing, import_id) "
        "SELECT kpj, 2014, '0', '100', '1', '101', import_id FROM statements"],
    "balance after today": ["UPDATE statements SET year = 2200"],
    "negative opening": ["UPDATE statements SET opening = '-5000000'"],
    "not a number": ["UPDATE rows SET wage = 'abc' WHERE id = 1", "UPDATE rows SET period = '2023-13' WHERE id = 2"],
    "unknown segment": ["UPDATE cards SET segment = 'XYZ'"],
    "bad dates": ["UPDATE statements SET printed_on = '2024-02-30'", "UPDATE members SET birth_date = 'kemarin'",
                  "UPDATE imports SET imported_at = 'x'"],
    "bad quick entry": ["INSERT INTO quick_entries (saldo, saldo_date, wage, birth_date, saved_at) "
                        "VALUES ('lots', '2024-13-01', '1', '1990-01-01', 'x')",
                        "INSERT INTO scenarios (name, assumptions, created, updated) VALUES ('s', '{', 'x', 'y')"],
}


#: Cases whose statement years can still be used (what cannot is dropped without a finding).
USABLE = ("bad quick entry", "bad dates", "2014 summary with rows")


@pytest.fixture(autouse=True)
def default_profile(monkeypatch):
    monkeypatch.setattr(paths, "_PROFILE", [None])


def spoil(case: str) -> None:
    with Store.open() as store:
        store.import_results([result(statement(year=2023))])
        for sql in CASES[case]:
            store._conn.execute(sql)


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_store_reads_whatever_it_holds(case):
    spoil(case)
    with Store.open() as store:
        statements = store.statements()
        findings = store.card_findings("en")
        store.member(), store.cards(), store.imports(), store.findings(), store.quick_entries(), store.scenarios()
        store.plan_import([result(statement(year=2022), name="again.pdf")])
    unusable = [f for f in findings if f.code == "stored_unusable"]
    if case not in USABLE:
        assert unusable and all("cannot be used" in f.message for f in unusable)
    assert all(1977 <= st.year <= 2100 for st in statements)


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_command_answers(case, capsys, tmp_path):
    spoil(case)
    for argv in (["history"], ["history", "--json"], ["project", "--stored", "--json"],
                 ["report", "--stored", "--out", str(tmp_path / "r.pdf")],
                 ["export-csv", "--stored", "--out", str(tmp_path / "x.csv")]):
        code = main(argv)
        err = capsys.readouterr().err
        assert code in (0, 2) and "Traceback" not in err, (argv, err)
    assert main(["history", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    if case not in USABLE:
        assert "Stored data cannot be used" in out
