from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from planner.rules import RuleUsage, Rules, RulesError, apply_brackets, load_rules
from resources import RULES_DIR

ROOT = Path(__file__).resolve().parents[2]


def test_every_parameter_is_dated_cited_and_graded():
    rules = load_rules()
    params = list(rules)
    assert len(params) >= 25
    for p in params:
        assert p.reference and p.label and p.unit
        assert p.confidence in ("C", "R", "calc")
        assert p.starts == tuple(sorted(p.starts))


def test_value_on_a_date():
    rules = load_rules()
    assert rules.value("jp.wage_ceiling", dt.date(2025, 2, 28)) == 10_042_300
    assert rules.value("jp.wage_ceiling", dt.date(2025, 3, 1)) == 10_547_400
    assert rules.value("jp.pension_age", dt.date(2026, 6, 1)) == 59
    assert rules.parameter("jht.declared_return").for_year(2016) == pytest.approx(0.0719)
    assert rules.parameter("jht.declared_return").for_year(2018) is None
    with pytest.raises(RulesError):
        rules.value("jp.wage_ceiling", dt.date(2014, 1, 1))


def test_stale_parameters_give_a_warning(tmp_path):
    (tmp_path / "x.toml").write_text(
        '[rate]\nlabel="a"\nunit="fraction"\nreference="ref"\nconfidence="C"\n'
        'last_verified=2020-01-01\nvalues=[{from=2020-01-01, value=0.1}]\n')
    rules = Rules.load(tmp_path)
    usage = RuleUsage()
    rules.value("x.rate", dt.date(2024, 1, 1), usage)
    assert usage.warnings(dt.date(2026, 1, 1))
    assert not usage.warnings(dt.date(2020, 6, 1))
    assert [p.name for p in rules.stale(dt.date(2026, 1, 1))] == ["x.rate"]


def test_malformed_rules_file_is_a_rules_error(tmp_path):
    (tmp_path / "x.toml").write_text('[rate]\nlabel="a"\n')
    with pytest.raises(RulesError):
        Rules.load(tmp_path)


def test_final_tax_bands():
    bands = load_rules().value("tax.final_lump_sum", dt.date(2046, 1, 1))
    assert apply_brackets(40_000_000, bands) == 0
    assert apply_brackets(150_000_000, bands) == pytest.approx(5_000_000)


def test_no_rate_is_written_in_the_code():
    """Rates live in resources/rules only: no JHT rate or tax band written in the packages.

    (Layout numbers such as 0.02 and UI ranges such as a Rp50 jt slider end are not rules;
    the tax band is looked for in the core only.)
    """
    rates = re.compile(r"(?<![\d.])(0\.057|0\.037|5\.7 ?%|3\.7 ?%)")
    band = re.compile(r"(?<![\d.])50_?000_?000(?![\d_])")
    offenders = []
    for pkg in ("models", "planner", "ui"):
        pattern = rates if pkg == "ui" else re.compile(rates.pattern + "|" + band.pattern)
        for path in (ROOT / pkg).rglob("*.py"):
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                code = line.split("#", 1)[0]
                if pattern.search(code):
                    offenders.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert not offenders, "\n".join(offenders)
