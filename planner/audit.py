"""The audit: what a statement, or several years of one card, says that a member should see.

Pure functions over :mod:`models`; every rate and deadline comes from the rules files.

Checks, each with a stable code (periods are written "YYYY-MM"):

==================  ========  =====================================================================
code                severity  when
==================  ========  =====================================================================
summary_mismatch    error     Saldo Awal + Iuran + Pengembangan differs from Saldo Akhir by > Rp1
total_mismatch      error     a column of the printed Jumlah differs by > Rp1 from the rows' sum (JHT
                              columns; JP columns too when the statement prints one Akumulasi total)
                              or from Akumulasi + the rows' sum (JP columns of a statement printing
                              Akumulasi Iuran JP per column, as BPJS does)
iuran_mismatch      warning   the summary's Iuran differs from the rows' JHT total by > Rp1
rate_mismatch       warning   a row's JHT parts are not the rule rates of Upah + Rapel (> Rp1 a part)
late_payment        warning   a regular row was paid after the deadline day of the following month
underreported_wage  warning   Upah (+ Rapel) of a month below the wage the member says they earn
return_vs_declared  info      the year's effective return differs from the declared one by > 0.25 pp
chain_break         error     a card's Saldo Akhir of year Y differs from its Saldo Awal of Y+1
missing_months      warning   months without a contribution inside a card's first..last month
duplicate_statement warning   two different statements for the same card and year
==================  ========  =====================================================================

Tolerances are product choices, not BPJS rules: printed amounts carry cents, so a difference
up to Rp1 is rounding (:data:`AMOUNT_TOLERANCE`). For the rate check, the expected part is
(Upah + Rapel) × rate, unrounded; a part may differ from it by at most Rp1, which accepts any
rounding to the rupiah, up or down.

Effective return (projection-method.md, read backwards)::

    r = Pengembangan / (Saldo Awal + Σ contribution_m × (12 − m) / 12)

contribution_m is the JHT total (employer + worker) of the rows counted in month m. A row
counts in the month of its BL-TH when the BL-TH lies in the statement's year; a row for an
earlier (or later) year -- back pay, or December's contribution paid in January -- counts in
the month it was posted (Tgl Posting, else Tgl Setor, else January): that is when the money
reached the account, so that is when it starts earning.
"""
from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from decimal import Decimal
from typing import Iterable, Sequence

from models import Contribution, Finding, Severity, StatementYear, period_str
from planner.dates import add_months
from planner.rules import Rules, RulesError, load_rules
from planner.texts import tr

AMOUNT_TOLERANCE = Decimal(1)  # Rp: printed cents round; product choice, not a BPJS rule
RETURN_TOLERANCE = 0.0025  # 0.25 percentage points between effective and declared return

#: The finding codes; each one's sentence is ``audit.<code>`` in resources/texts/audit.toml.
FINDING_CODES = ("summary_mismatch", "total_mismatch", "iuran_mismatch", "rate_mismatch", "late_payment",
                 "late_payment_verified", "underreported_wage", "return_vs_declared", "chain_break",
                 "missing_months", "duplicate_statement")


def finding_message(code: str, lang: str = "id", **params: object) -> str:
    """The sentence for a finding `code` in `lang` ('id' or 'en'), filled with `params`."""
    return tr(f"audit.{code}", lang, **params)


def _money(amount: Decimal, lang: str) -> str:
    sign = "-" if amount < 0 else ""
    text = f"{abs(amount):,.2f}"
    if lang != "en":
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return f"{sign}Rp {text}"


def _pct(x: float, lang: str) -> str:
    text = f"{x * 100:.2f}".rstrip("0").rstrip(".")
    return (text if lang == "en" else text.replace(".", ",")) + "%"


def _card_label(kpj: str) -> str:
    from planner.format import mask_digits

    return mask_digits(kpj)


def _periods_text(periods: Sequence[str]) -> str:
    return ", ".join(periods)


# --------------------------------------------------------------------------- effective return

def counted_month(row: Contribution, year: int) -> int:
    """Month m of `year` in which a row's contribution starts earning (see module doc)."""
    if row.period[0] == year:
        return row.period[1]
    for d in (row.posted_on, row.paid_on):
        if d is not None and d.year == year:
            return d.month
    return 1


def effective_return(st: StatementYear) -> float | None:
    """r = Pengembangan / (Saldo Awal + Σ contribution_m × (12 − m)/12); None if undefined."""
    weighted = Decimal(0)
    for row in st.rows:
        m = counted_month(row, st.year)
        weighted += row.jht_total * (12 - m) / 12
    base = st.opening + weighted
    if base <= 0:
        return None
    return float(st.development / base)


# --------------------------------------------------------------------------- one statement

def _finding(code: str, severity: Severity, lang: str, st: StatementYear | None = None,
             periods: Sequence[str] = (), kpj: str = "", year: int | None = None,
             message_code: str | None = None, **params: object) -> Finding:
    if st is not None:
        kpj = kpj or st.card.kpj
        year = st.year if year is None else year
    params.setdefault("kpj", _card_label(kpj))
    params.setdefault("year", year)
    params.setdefault("periods", _periods_text(periods))
    return Finding(code, severity, finding_message(message_code or code, lang, **params),
                   tuple(periods), kpj, year)


def _first_of(period: tuple[int, int]) -> dt.date:
    return dt.date(period[0], period[1], 1)


def _rate(rules: Rules, name: str, on: dt.date) -> Decimal | None:
    try:
        return Decimal(str(rules.value(name, on)))
    except RulesError:
        return None


def _check_summary(st: StatementYear, lang: str) -> list[Finding]:
    expected = st.opening + st.contributions + st.development
    diff = st.closing - expected
    if abs(diff) <= AMOUNT_TOLERANCE:
        return []
    return [_finding("summary_mismatch", Severity.ERROR, lang, st,
                     opening=_money(st.opening, lang), iuran=_money(st.contributions, lang),
                     development=_money(st.development, lang), expected=_money(expected, lang),
                     closing=_money(st.closing, lang), diff=_money(diff, lang))]


_COLUMNS = ("jht_employer", "jht_worker", "jp_employer", "jp_worker")  # audit.column.* in audit.toml


def _jp_total_with_akumulasi(st: StatementYear, sums: tuple[Decimal, ...]) -> bool:
    """Jumlah's two JP columns add up to Akumulasi Iuran JP + the rows' JP (within Rp1)."""
    assert st.jumlah is not None and st.jp_accumulated is not None
    printed = st.jumlah[2] + st.jumlah[3]
    return abs(printed - (st.jp_accumulated + sums[2] + sums[3])) <= AMOUNT_TOLERANCE


def _check_totals(st: StatementYear, lang: str) -> list[Finding]:
    out = []
    sums = (
        sum((r.jht_employer for r in st.rows), Decimal(0)),
        sum((r.jht_worker for r in st.rows), Decimal(0)),
        sum((r.jp_employer for r in st.rows), Decimal(0)),
        sum((r.jp_worker for r in st.rows), Decimal(0)),
    )
    if st.jumlah is not None:
        names = [tr(f"audit.column.{column}", lang) for column in _COLUMNS]
        expected = sums
        if st.jp_accumulated_parts is not None:  # BPJS's Jumlah carries Akumulasi in its JP columns
            acc_employer, acc_worker = st.jp_accumulated_parts
            expected = (sums[0], sums[1], sums[2] + acc_employer, sums[3] + acc_worker)
        if st.jp_accumulated_parts is None and st.jp_accumulated is not None and _jp_total_with_akumulasi(st, sums):
            # The split of Akumulasi was not kept (a year stored or exported before it was), but
            # the JP columns together are Akumulasi + rows: the real layout's Jumlah, not an error.
            expected = (sums[0], sums[1], st.jumlah[2], st.jumlah[3])
        with_akumulasi = (False, False, st.jp_accumulated_parts is not None, st.jp_accumulated_parts is not None)
        for name, printed, summed, akumulasi in zip(names, st.jumlah, expected, with_akumulasi):
            if abs(printed - summed) > AMOUNT_TOLERANCE:
                out.append(_finding("total_mismatch", Severity.ERROR, lang, st, column=name,
                                    message_code="total_mismatch_akumulasi" if akumulasi else None,
                                    printed=_money(printed, lang), summed=_money(summed, lang)))
    if st.rows:
        jht = sums[0] + sums[1]
        if abs(jht - st.contributions) > AMOUNT_TOLERANCE:
            out.append(_finding("iuran_mismatch", Severity.WARNING, lang, st,
                                iuran=_money(st.contributions, lang), summed=_money(jht, lang)))
    return out


def _check_rates(st: StatementYear, rules: Rules, lang: str) -> list[Finding]:
    from models import Segment

    bad: list[str] = []
    shown: tuple[Decimal, Decimal] | None = None
    for row in st.rows:
        on = _first_of(row.period)
        base = row.wage + row.rapel
        if st.card.segment == Segment.BPU:
            rate = _rate(rules, "jht.rate_bpu", on)
            if rate is None:
                continue
            ok = abs(row.jht_total - base * rate) <= AMOUNT_TOLERANCE
            pair = (rate, Decimal(0))
        else:
            employer = _rate(rules, "jht.rate_employer", on)
            worker = _rate(rules, "jht.rate_worker", on)
            if employer is None or worker is None:
                continue
            ok = (abs(row.jht_employer - base * employer) <= AMOUNT_TOLERANCE
                  and abs(row.jht_worker - base * worker) <= AMOUNT_TOLERANCE)
            pair = (employer, worker)
        if not ok:
            bad.append(row.period_text)
            shown = shown or pair
    if not bad or shown is None:
        return []
    return [_finding("rate_mismatch", Severity.WARNING, lang, st, periods=_unique(bad),
                     rate_employer=_pct(float(shown[0]), lang), rate_worker=_pct(float(shown[1]), lang))]


def _check_late(st: StatementYear, rules: Rules, lang: str) -> list[Finding]:
    late: list[str] = []
    day_shown = None
    unverified = False
    for row in st.rows:
        if row.wage <= 0 or row.paid_on is None:  # back pay is late by nature: not flagged
            continue
        on = _first_of(row.period)
        try:
            param = rules.parameter("jht.payment_deadline_day")
            day = int(rules.value("jht.payment_deadline_day", on))
        except RulesError:
            continue
        y, m = add_months(row.period[0], row.period[1], 1)
        deadline = dt.date(y, m, min(day, calendar.monthrange(y, m)[1]))
        if row.paid_on > deadline:
            late.append(row.period_text)
            day_shown = day_shown or day
            unverified = unverified or param.confidence == "R"
    if not late:
        return []
    return [_finding("late_payment", Severity.WARNING, lang, st, periods=_unique(late),
                     message_code="late_payment" if unverified else "late_payment_verified",
                     day=day_shown)]


def _check_wage(st: StatementYear, declared_wage: Decimal | None, lang: str) -> list[Finding]:
    if declared_wage is None or declared_wage <= 0:
        return []
    per_month: dict[tuple[int, int], Decimal] = defaultdict(Decimal)
    regular: set[tuple[int, int]] = set()
    for row in st.rows:
        per_month[row.period] += row.wage + row.rapel
        if row.wage > 0:
            regular.add(row.period)
    low = sorted(p for p in regular if per_month[p] < declared_wage)
    if not low:
        return []
    return [_finding("underreported_wage", Severity.WARNING, lang, st,
                     periods=[period_str(*p) for p in low], wage=_money(declared_wage, lang))]


def _check_return(st: StatementYear, rules: Rules, r: float | None, lang: str) -> list[Finding]:
    if r is None or "jht.declared_return" not in rules:
        return []
    declared = rules.parameter("jht.declared_return").for_year(st.year)
    if declared is None or abs(r - float(declared)) <= RETURN_TOLERANCE:
        return []
    return [_finding("return_vs_declared", Severity.INFO, lang, st,
                     effective=_pct(r, lang), declared=_pct(float(declared), lang))]


def _unique(items: Iterable[str]) -> list[str]:
    return sorted(dict.fromkeys(items))


def audit_statement(st: StatementYear, rules: Rules | None = None,
                    declared_wage: Decimal | None = None, lang: str = "id") -> StatementYear:
    """`st` with its own findings (replacing any it had) and its effective return."""
    rules = rules or load_rules()
    r = effective_return(st)
    findings: list[Finding] = []
    findings += _check_summary(st, lang)
    findings += _check_totals(st, lang)
    findings += _check_rates(st, rules, lang)
    findings += _check_late(st, rules, lang)
    findings += _check_wage(st, declared_wage, lang)
    findings += _check_return(st, rules, r, lang)
    return st.with_findings(tuple(findings), r)


# --------------------------------------------------------------------------- across years

def _month_span(periods: set[tuple[int, int]]) -> list[tuple[int, int]]:
    first, last = min(periods), max(periods)
    out, cur = [], first
    while cur <= last:
        out.append(cur)
        cur = add_months(cur[0], cur[1], 1)
    return out


def audit_cards(statements: Iterable[StatementYear], lang: str = "id") -> list[Finding]:
    """Findings across statement years of each card: chain breaks, missing months, duplicates."""
    by_card: dict[str, list[StatementYear]] = defaultdict(list)
    for st in statements:
        by_card[st.card.kpj].append(st)
    out: list[Finding] = []
    for kpj in sorted(by_card):
        years: dict[int, StatementYear] = {}
        for st in sorted(by_card[kpj], key=lambda s: s.year):
            seen = years.get(st.year)
            if seen is None:
                years[st.year] = st
            elif _content(seen) != _content(st):
                out.append(_finding("duplicate_statement", Severity.WARNING, lang, st))
        ordered = sorted(years.values(), key=lambda s: s.year)
        for a, b in zip(ordered, ordered[1:]):
            if b.year == a.year + 1 and abs(a.closing - b.opening) > AMOUNT_TOLERANCE:
                out.append(_finding("chain_break", Severity.ERROR, lang, a, next_year=b.year,
                                    closing=_money(a.closing, lang), opening=_money(b.opening, lang)))
        periods = {row.period for st in ordered for row in st.rows}
        if periods:
            missing = [period_str(*p) for p in _month_span(periods) if p not in periods]
            if missing:
                out.append(_finding("missing_months", Severity.WARNING, lang, kpj=kpj,
                                    periods=missing, count=len(missing)))
    return out


def _content(st: StatementYear) -> tuple:
    return (st.opening, st.contributions, st.development, st.closing, st.rows)
