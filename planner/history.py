"""The balance year by year, from the statements: one computation for the window and the report.

A year sums the cards whose statement for it has a summary. A card with no statement for a
later year (an earlier job, not yet claimed) still holds money: its last printed Saldo Akhir is
carried forward with the declared JHT return of each year where the rules know it, else the
legal floor (the same cautious rule as :mod:`planner.baseline`, so the last year's total is the
baseline's balance). What carrying adds is development, marked as estimated.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, Sequence

from models import StatementYear
from planner.audit import effective_return
from planner.csvio import has_summary
from planner.rules import Rules, RulesError, load_rules

ZERO = Decimal(0)
CENT = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class HistoryYear:
    """One year of the balance history, summed over the cards asked for.

    ``opening + contributions + development == printed_closing`` when the statements add up;
    ``carried`` is the estimated value of cards without a statement this year.
    """

    year: int
    kpjs: tuple[str, ...]  # cards with a statement this year
    opening: Decimal  # Σ Saldo Awal of those statements
    contributions: Decimal  # Σ Iuran
    development: Decimal  # Σ Pengembangan
    printed_closing: Decimal  # Σ Saldo Akhir as printed
    carried: Decimal  # cards without a statement this year, carried forward (estimate)
    carried_kpjs: tuple[str, ...]
    base: Decimal  # Σ Saldo Awal of each card's first statement (money from before the history)
    cum_contributions: Decimal  # Σ Iuran of all years up to this one
    cum_development: Decimal  # Σ Pengembangan up to this one, plus what carrying added
    effective_return: float | None  # the year's return read back from its statements

    @property
    def total(self) -> Decimal:
        return self.printed_closing + self.carried

    @property
    def as_of(self) -> dt.date:
        return dt.date(self.year, 12, 31)

    @property
    def unexplained(self) -> Decimal:
        """What base + cumulative iuran + cumulative development leaves of the total."""
        return self.total - self.base - self.cum_contributions - self.cum_development


def carry_rate(year: int, rules: Rules) -> tuple[float, str] | None:
    """(return, parameter name) used to carry a balance through `year`: declared, else the floor."""
    declared = rules.parameter("jht.declared_return").for_year(year) if "jht.declared_return" in rules else None
    if declared is not None:
        return float(declared), "jht.declared_return"
    try:
        return float(rules.value("jht.return_floor", dt.date(year, 12, 31))), "jht.return_floor"
    except RulesError:
        return None


def carry(amount: Decimal, from_year: int, to_year: int, rules: Rules) -> tuple[Decimal, tuple[tuple[int, str, float], ...]]:
    """`amount` at the end of `from_year`, grown to the end of `to_year`; and the rates used."""
    used = []
    for year in range(from_year + 1, to_year + 1):
        rate = carry_rate(year, rules)
        if rate is None:
            continue
        amount = amount * (1 + Decimal(str(rate[0])))
        used.append((year, rate[1], rate[0]))
    return amount.quantize(CENT), tuple(used)


def summary_years(statements: Iterable[StatementYear]) -> dict[str, dict[int, StatementYear]]:
    """kpj -> year -> the statement, for statements that carry a summary (one per card and year)."""
    out: dict[str, dict[int, StatementYear]] = {}
    for st in statements:
        if has_summary(st):
            out.setdefault(st.card.kpj, {}).setdefault(st.year, st)
    return out


def balance_history(statements: Sequence[StatementYear], kpj: str | None = None,
                    rules: Rules | None = None) -> list[HistoryYear]:
    """The history of one card (`kpj`) or of all cards summed, oldest year first."""
    rules = rules or load_rules()
    per_card = summary_years(st for st in statements if kpj is None or st.card.kpj == kpj)
    if not per_card:
        return []
    first_year = min(min(years) for years in per_card.values())
    last_year = max(max(years) for years in per_card.values())
    starts = {k: min(years) for k, years in per_card.items()}
    base = cum_c = cum_d = ZERO
    last_printed: dict[str, tuple[int, Decimal]] = {}
    carried_before: dict[str, Decimal] = {}
    out = []
    for year in range(first_year, last_year + 1):
        present = {k: years[year] for k, years in per_card.items() if year in years}
        carried = ZERO
        carried_kpjs = []
        for k, (printed_year, closing) in sorted(last_printed.items()):
            if k in present:
                continue
            value, _ = carry(closing, printed_year, year, rules)
            cum_d += value - carried_before.get(k, closing)  # what carrying adds counts as development
            carried_before[k] = value
            carried += value
            carried_kpjs.append(k)
        sts = list(present.values())
        base += sum((s.opening for k, s in present.items() if starts[k] == year), ZERO)
        contributions = sum((s.contributions for s in sts), ZERO)
        development = sum((s.development for s in sts), ZERO)
        cum_c += contributions
        cum_d += development
        eff = None
        if len(sts) == 1 and sts[0].effective_return is not None:
            eff = sts[0].effective_return
        elif sts and all(s.rows for s in sts):
            merged = dataclasses.replace(sts[0], opening=sum((s.opening for s in sts), ZERO), development=development,
                                         rows=tuple(r for s in sts for r in s.rows))
            eff = effective_return(merged)
        for k, s in present.items():
            last_printed[k] = (year, s.closing)
            carried_before.pop(k, None)
        if not sts and not carried_kpjs:
            continue
        out.append(HistoryYear(
            year=year, kpjs=tuple(sorted(present)),
            opening=sum((s.opening for s in sts), ZERO), contributions=contributions, development=development,
            printed_closing=sum((s.closing for s in sts), ZERO), carried=carried, carried_kpjs=tuple(carried_kpjs),
            base=base, cum_contributions=cum_c, cum_development=cum_d, effective_return=eff,
        ))
    return out
