"""Withdrawal choices side by side: keep until the claim age, cash out, or a partial claim.

Every option is valued the same way, so they can be compared in one column:

* **today's rupiah** (the as-of date of the balance), **after the final tax** (PP 68/2009);
* money paid out before the claim date counts at its net amount deflated from the day it is
  paid to today's rupiah; it is *not* assumed to be reinvested (it is spent or kept as cash);
* money still in JHT counts at its net balance at the claim date, in today's rupiah;
* **cost vs keeping** = the keep option's value − the option's value (positive: the option
  leaves the member with less, in today's rupiah).

Options (one deterministic path, the assumptions of the projection):

* ``keep``: the projection itself.
* ``cash_out``: contributions stop at the resignation date; after the waiting time
  (``jht.resignation_wait_months``) the whole balance is paid. Optionally a new job from a
  date with a wage starts a new balance that is paid at the claim date (taxed on its own).
* ``partial``: 10% (retirement preparation) or 30% (housing) of the balance on the claim day,
  only after ``jht.partial_claim_min_years`` of membership and only once (PP 60/2015). The
  amount taken stops earning on that day; the rest is credited as if nothing were taken. It
  is taxed with the same final scheme; whether it uses up part of the Rp0-tax band of the final
  claim follows ``tax.partial_claim_shares_band`` [R].

The balance on an arbitrary day comes from the one engine: a plan whose claim date is that day
(:func:`balance_on`), with the contributions masked after the stop date.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from models import Assumptions
from planner.dates import birthday, month_index
from planner.errors import Field, InvalidInput, Message, UserError
from planner.format import date_long
from planner.projection import constant_paths, final_tax, make_plan, simulate
from planner.rules import RuleUsage, Rules, load_rules
from planner.texts import both

CONVENTION_ID, CONVENTION_EN = both("rules.withdrawal.convention")


class WithdrawalRefused(UserError):
    """A withdrawal the rules do not allow, with the reason in Indonesian and English."""


Refusal = Message  # why the rules do not allow a choice, in both languages


@dataclass(frozen=True)
class NewJob:
    start: dt.date
    wage: float  # monthly wage at the start, rupiah of that day


@dataclass(frozen=True)
class Payment:
    on: dt.date
    gross: float
    tax: float
    net: float
    net_real: float  # today's rupiah


@dataclass(frozen=True)
class WithdrawalOption:
    kind: str  # "keep", "cash_out" or "partial"
    payments: tuple[Payment, ...]  # paid before the claim date
    at_claim: Payment | None  # what is paid at the claim date (None: nothing left)
    value_real: float  # Σ net_real of everything paid, today's rupiah
    cost_vs_keep: float  # keep's value_real − value_real
    refusal: Refusal | None = None
    details: dict[str, Any] | None = None

    @property
    def refused(self) -> bool:
        return self.refusal is not None


@dataclass(frozen=True)
class Comparison:
    claim_date: dt.date
    options: tuple[WithdrawalOption, ...]  # keep first
    convention_id: str = CONVENTION_ID
    convention_en: str = CONVENTION_EN

    @property
    def keep(self) -> WithdrawalOption:
        return self.options[0]


def _refuse(code: str, **fields: Field) -> WithdrawalRefused:
    """The refusal `code` with its sentence ``errors.withdrawal.<code>`` from the catalog."""
    return WithdrawalRefused.of(code, f"errors.withdrawal.{code}", **fields)


def _date(d: dt.date) -> Field:
    return lambda lang: date_long(d, lang)


def _first_not_due(d: dt.date) -> int:
    """Month index of the first month whose first day is not before `d`."""
    return month_index(d) + (1 if d.day > 1 else 0)


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def balance_on(a: Assumptions, on: dt.date, stop: dt.date | None = None, rules: Rules | None = None,
               today: dt.date | None = None) -> tuple[float, float, int]:
    """(balance, deflator, months credited in `on`'s year) on day `on`, by the projection method.

    `a` must be resolved (``make_plan(...).assumptions``). The balance is what a claim on `on`
    would pay: development pro-rated for the months of that year whose first day lies before
    `on`. Contributions stop at `stop` (and at the member's own stop date).
    """
    rules = rules or load_rules()
    age = int(a.claim_age)
    if (on.month, on.day) == (2, 29) and not calendar.isleap(on.year - age):
        age -= age % 4  # keep the fake birthday on a 29 February
    fake = replace(a, birth_date=dt.date(on.year - age, on.month, on.day), claim_age=age, stop_age=age,
                   wage_change=a.wage_change if a.wage_change is None or a.wage_change.on < on else None)
    plan = make_plan(fake, rules, today)
    own_stop = birthday(a.birth_date, int(a.stop_age))
    last = min(_first_not_due(own_stop), _first_not_due(stop) if stop is not None else _first_not_due(on))
    starts = plan.years[:, None] * 12 + np.arange(12)[None, :]
    due = (plan.due & (starts < last))[None]
    arrays = simulate(plan, *constant_paths(plan), due=due)
    k = _first_not_due(on) - on.year * 12
    return float(arrays.closing[0, -1]), float(arrays.deflator[0, -1]), k


def _payment(gross: float, on: dt.date, deflator: float, rules: Rules, usage: RuleUsage, tax: float | None = None) -> Payment:
    t = final_tax(gross, on, rules, usage) if tax is None else tax
    return Payment(on, gross, t, gross - t, (gross - t) / deflator)


def keep(a: Assumptions, rules: Rules | None = None, today: dt.date | None = None) -> WithdrawalOption:
    """Keep the balance until the claim date: the projection, net of tax, in today's rupiah."""
    rules = rules or load_rules()
    plan = make_plan(a, rules, today)
    arrays = simulate(plan, *constant_paths(plan))
    at = _payment(float(arrays.closing[0, -1]), plan.claim_date, float(arrays.deflator[0, -1]), rules, plan.usage)
    return WithdrawalOption("keep", (), at, at.net_real, 0.0)


def cash_out(a: Assumptions, resign: dt.date, new_job: NewJob | None = None, rules: Rules | None = None,
             today: dt.date | None = None) -> WithdrawalOption:
    """Resign on `resign`, claim everything after the wait; optionally a new balance from a new job."""
    rules = rules or load_rules()
    plan = make_plan(a, rules, today)
    a = plan.assumptions
    usage = plan.usage
    wait = int(rules.value("jht.resignation_wait_months", max(resign, rules.parameter("jht.resignation_wait_months").starts[0]), usage))
    paid_on = add_months(resign, wait)
    if resign <= a.as_of:
        raise _refuse("cash_out_past")
    if paid_on >= plan.claim_date:
        raise _refuse("cash_out_after_claim", paid_on=_date(paid_on), claim=_date(plan.claim_date))
    gross, deflator, _ = balance_on(a, paid_on, stop=resign, rules=rules, today=today)
    payment = _payment(gross, paid_on, deflator, rules, usage)
    at_claim = None
    details: dict[str, Any] = {"resign": resign.isoformat(), "paid_on": paid_on.isoformat(), "wait_months": wait}
    if new_job is not None:
        if new_job.start < resign:
            raise _refuse("new_job_before_resign")
        if new_job.start < plan.stop_date:
            new_a = Assumptions(balance=0.0, as_of=new_job.start - dt.timedelta(days=1), birth_date=a.birth_date,
                                wage=new_job.wage, wage_growth=a.wage_growth, annual_return=a.annual_return,
                                inflation=a.inflation, claim_age=a.claim_age, stop_age=a.stop_age, segment=a.segment)
            new_plan = make_plan(new_a, rules, max(today or dt.date.today(), new_job.start))
            arrays = simulate(new_plan, *constant_paths(new_plan))
            shift = (1.0 + a.inflation) ** ((month_index(new_a.as_of) - month_index(a.as_of)) / 12.0)
            at_claim = _payment(float(arrays.closing[0, -1]), plan.claim_date, float(arrays.deflator[0, -1]) * shift,
                                rules, usage)
            details.update({"new_job_start": new_job.start.isoformat(), "new_job_wage": new_job.wage})
    value = payment.net_real + (at_claim.net_real if at_claim else 0.0)
    return WithdrawalOption("cash_out", (payment,), at_claim, value, 0.0, details=details)


def check_partial(a: Assumptions, share_pct: int, on: dt.date, member_since: dt.date | None,
                  previous_claim: dt.date | None, claim_date: dt.date, rules: Rules, usage: RuleUsage | None = None) -> float:
    """The share (fraction) a partial claim on `on` may take. Raises WithdrawalRefused with the reason."""
    shares = {round(float(rules.value(n, max(on, rules.parameter(n).starts[0]), usage)) * 100): n
              for n in ("jht.partial_claim_retirement", "jht.partial_claim_housing")}
    if share_pct not in shares:
        low, high = sorted(shares)
        raise _refuse("partial_share", low=low, high=high)
    if previous_claim is not None:
        raise _refuse("partial_twice", on=_date(previous_claim))
    if member_since is None:
        raise _refuse("partial_needs_membership")
    years = int(rules.value("jht.partial_claim_min_years", max(on, rules.parameter("jht.partial_claim_min_years").starts[0]), usage))
    allowed_from = birthday(member_since, years)
    if on < allowed_from:
        raise _refuse("partial_too_early", years=years, allowed_from=_date(allowed_from), since=_date(member_since))
    if on <= a.as_of or on >= claim_date:
        raise _refuse("partial_date")
    return float(rules.value(shares[share_pct], max(on, rules.parameter(shares[share_pct]).starts[0]), usage))


def partial_claim(a: Assumptions, share_pct: int, on: dt.date, member_since: dt.date | None,
                  previous_claim: dt.date | None = None, rules: Rules | None = None,
                  today: dt.date | None = None) -> WithdrawalOption:
    """Take `share_pct`% of the balance on `on`; the rest stays until the claim date."""
    rules = rules or load_rules()
    plan = make_plan(a, rules, today)
    a = plan.assumptions
    usage = plan.usage
    share = check_partial(a, share_pct, on, member_since, previous_claim, plan.claim_date, rules, usage)
    returns, growth, inflation = constant_paths(plan)
    keep_arrays = simulate(plan, returns, growth, inflation)
    balance, deflator, k = balance_on(a, on, rules=rules, today=today)
    taken = share * balance
    # A rupiah taken on `on` would have earned r × (e − k)/12 for the rest of that year and
    # r × span in each later year; the rest of the balance is credited as if nothing were taken.
    y = int(on.year - plan.years[0])
    e = 12 if y < plan.n_years - 1 else _first_not_due(plan.claim_date) - on.year * 12
    r = returns[0]
    growth_after = (1.0 + r[y] * (e - k) / 12.0) * float(np.prod(1.0 + r[y + 1:] * plan.span[y + 1:]))
    remaining = float(keep_arrays.closing[0, -1]) - taken * growth_after
    tax_taken = final_tax(taken, on, rules, usage)
    shares_band = bool(rules.value("tax.partial_claim_shares_band", max(on, rules.parameter("tax.partial_claim_shares_band").starts[0]), usage))
    tax_rest = (final_tax(taken + remaining, plan.claim_date, rules, usage) - tax_taken) if shares_band \
        else final_tax(remaining, plan.claim_date, rules, usage)
    paid = _payment(taken, on, deflator, rules, usage, tax_taken)
    at_claim = _payment(remaining, plan.claim_date, float(keep_arrays.deflator[0, -1]), rules, usage, tax_rest)
    details = {"share": share, "on": on.isoformat(), "balance_on_day": balance, "shares_tax_band": shares_band,
               "member_since": member_since.isoformat() if member_since else None}
    return WithdrawalOption("partial", (paid,), at_claim, paid.net_real + at_claim.net_real, 0.0, details=details)


def compare(a: Assumptions, *, cash_out_on: dt.date | None = None, new_job: NewJob | None = None,
            partial_pct: int | None = None, partial_on: dt.date | None = None, member_since: dt.date | None = None,
            previous_partial: dt.date | None = None, rules: Rules | None = None,
            today: dt.date | None = None) -> Comparison:
    """Keep, and whichever of cash-out and partial claim are asked for, valued the same way.

    A choice the rules do not allow comes back as an option with `refusal` set (its reason in
    Indonesian and English) instead of raising, so the others are still shown.
    """
    rules = rules or load_rules()
    plan = make_plan(a, rules, today)
    base = keep(a, rules, today)
    options = [base]
    asked = []
    if cash_out_on is not None:
        asked.append(("cash_out", lambda: cash_out(a, cash_out_on, new_job, rules, today)))
    if partial_pct is not None:
        if partial_on is None:
            raise InvalidInput.of("missing", "errors.withdrawal.partial_date_missing")
        asked.append(("partial", lambda: partial_claim(a, partial_pct, partial_on, member_since, previous_partial,
                                                       rules, today)))
    for kind, make in asked:
        try:
            opt = make()
            options.append(replace(opt, cost_vs_keep=base.value_real - opt.value_real))
        except WithdrawalRefused as exc:
            options.append(WithdrawalOption(kind, (), None, 0.0, 0.0, Refusal(exc.code, exc.id_text, exc.en_text)))
    return Comparison(plan.claim_date, tuple(options))


def parse_member_since(text: str) -> dt.date:
    """Keps Awal JHT as a statement prints it ("MM-YYYY"), or "YYYY-MM" / "YYYY-MM-DD"."""
    t = text.strip()
    try:
        parts = [int(p) for p in t.replace("/", "-").split("-")]
        if len(parts) == 2 and parts[0] <= 12 and parts[1] > 12:
            return dt.date(parts[1], parts[0], 1)
        if len(parts) == 2:
            return dt.date(parts[0], parts[1], 1)
        if len(parts) == 3:
            return dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        pass
    raise InvalidInput.of("bad_member_since", "errors.withdrawal.bad_member_since", text=text)


def _payment_json(p: Payment | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {"date": p.on.isoformat(), "gross": p.gross, "tax": p.tax, "net": p.net, "net_real": p.net_real}


def comparison_json(c: Comparison | None) -> dict[str, Any] | None:
    """The "withdrawal" object of the CLI JSON (docs/cli.md)."""
    if c is None:
        return None
    return {
        "claim_date": c.claim_date.isoformat(),
        "convention": {"id": c.convention_id, "en": c.convention_en},
        "options": [
            {
                "kind": o.kind,
                "refused": None if o.refusal is None else {"code": o.refusal.code, "id": o.refusal.id_text,
                                                           "en": o.refusal.en_text},
                "payments": [_payment_json(p) for p in o.payments],
                "at_claim": _payment_json(o.at_claim),
                "value_real": None if o.refused else o.value_real,
                "cost_vs_keep": None if o.refused else o.cost_vs_keep,
                "details": o.details,
            }
            for o in c.options
        ],
    }
