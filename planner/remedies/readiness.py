"""Claim readiness ("Siap cair"): for a reason and a date, what the member needs and what the
claim pays.

The figures come from planner.withdrawal (the one engine for a balance on a day and for the
final tax); this module only picks which of its functions fits the reason:

* resignation or dismissal: :func:`planner.withdrawal.cash_out` (contributions stop on the
  chosen day, paid after jht.resignation_wait_months);
* end of contract, leaving Indonesia, death, total disability: the balance on the chosen day
  (:func:`planner.withdrawal.balance_on`), paid that day, final tax;
* age: :func:`planner.withdrawal.keep` (the projection to the claim age);
* partial 10% / 30%: :func:`planner.withdrawal.partial_claim`; the later final claim's tax if
  it falls under the progressive Pasal 17 rates (tax.progressive_pasal17, [R]) is shown beside.

A chosen day on or before the balance date pays the known balance (no projection needed).
"""
from __future__ import annotations

import datetime as dt
from typing import Sequence

from models import Assumptions, Card, StatementYear
from models.remedies import CheckItem, CheckStatus, ClaimFigures, ClaimReason, Readiness
from planner.dates import birthday
from planner.format import date_long, rupiah
from planner.projection import final_tax, make_plan
from planner.remedies.letters import card_label
from planner.remedies.merge import merge_advice
from planner.rules import Rules, apply_brackets, load_rules
from planner.texts import tr
from planner.withdrawal import (WithdrawalRefused, add_months, balance_on, cash_out, keep, parse_member_since,
                                partial_claim)

_PARTIAL = {ClaimReason.PARTIAL_10: 10, ClaimReason.PARTIAL_30: 30}
_LEAVES_WORK = (ClaimReason.RESIGNATION, ClaimReason.CONTRACT_END)
# Payouts that follow the end of work, where the two-calendar-year window of the final tax matters.
_TAX_WINDOW = (ClaimReason.RESIGNATION, ClaimReason.CONTRACT_END, ClaimReason.LEAVING_INDONESIA, ClaimReason.AGE)


def _value(rules: Rules, name: str, on: dt.date):
    param = rules.parameter(name)
    return rules.value(name, max(on, param.starts[0]))


def earliest_claim(reason: ClaimReason, on: dt.date, birth_date: dt.date | None, rules: Rules) -> dt.date:
    """The first day the claim can be paid."""
    if reason == ClaimReason.RESIGNATION:
        return add_months(on, int(_value(rules, "jht.resignation_wait_months", on)))
    if reason == ClaimReason.AGE and birth_date is not None:
        return max(on, birthday(birth_date, int(_value(rules, "jht.claim_age", on))))
    return on


def _figures(reason: ClaimReason, a: Assumptions, on: dt.date, member_since: dt.date | None,
             rules: Rules, today: dt.date) -> ClaimFigures:
    """Raises WithdrawalRefused when the rules do not allow the claim."""
    if reason == ClaimReason.AGE:
        p = keep(a, rules, today).at_claim
        assert p is not None  # keep always pays at the claim date
        return ClaimFigures(p.on, p.gross, p.tax, p.net, p.net_real)
    if reason in _PARTIAL:
        option = partial_claim(a, _PARTIAL[reason], on, member_since, rules=rules, today=today)
        p, rest = option.payments[0], option.at_claim
        later = None if rest is None else apply_brackets(rest.gross, _value(rules, "tax.progressive_pasal17", rest.on))
        return ClaimFigures(p.on, p.gross, p.tax, p.net, p.net_real, later, None if rest is None else rest.gross)
    resolved = make_plan(a, rules, today).assumptions
    if reason == ClaimReason.RESIGNATION and on > resolved.as_of:
        p = cash_out(a, on, rules=rules, today=today).payments[0]
        return ClaimFigures(p.on, p.gross, p.tax, p.net, p.net_real)
    paid_on = earliest_claim(reason, on, a.birth_date, rules)
    if paid_on > resolved.as_of:
        gross, deflator, _ = balance_on(resolved, paid_on, stop=on, rules=rules, today=today)
    else:
        gross, deflator = resolved.balance, 1.0
    tax = final_tax(gross, paid_on, rules)
    return ClaimFigures(paid_on, gross, tax, gross - tax, (gross - tax) / deflator)


def _identity(statements: Sequence[StatementYear], lang: str) -> CheckItem:
    fields = {
        "name": {st.member.name.strip().upper() for st in statements if st.member.name},
        "nik": {st.member.nik for st in statements if st.member.nik},
        "birth": {st.member.birth_date for st in statements if st.member.birth_date},
    }
    differ = [tr(f"remedies.ready.field.{k}", lang) for k, v in fields.items() if len(v) > 1]
    if differ:
        return CheckItem("identity", CheckStatus.PROBLEM, tr("remedies.ready.identity_differs", lang,
                                                             fields=", ".join(differ)))
    return CheckItem("identity", CheckStatus.OK if statements else CheckStatus.CHECK,
                     tr("remedies.ready.identity_same", lang))


def _still_paid_after(statements: Sequence[StatementYear], on: dt.date) -> list[Card]:
    """Cards with a regular contribution for a month after the stop-working month."""
    stop = (on.year, on.month)
    return list({st.card.kpj: st.card for st in statements for r in st.rows if r.wage > 0 and r.period > stop}.values())


_MARKS = {CheckStatus.OK: "[v]", CheckStatus.CHECK: "[ ]", CheckStatus.PROBLEM: "[!]"}


def reason_label(reason: ClaimReason, lang: str, on: dt.date, rules: Rules | None = None) -> str:
    rules = rules or load_rules()
    return tr(f"remedies.reason.{reason.value}", lang, age=int(_value(rules, "jht.claim_age", on)))


def readiness_title(r: Readiness, lang: str, rules: Rules | None = None) -> str:
    return tr("remedies.cli.ready_title", lang, reason=reason_label(r.reason, lang, r.on, rules),
              date=date_long(r.earliest, lang))


def checklist_lines(r: Readiness) -> list[str]:
    """"[v] …" (fine), "[ ] …" (the member checks), "[!] …" (fix first), then the notes."""
    return [f"{_MARKS[i.status]} {i.text}" for i in r.checklist] + list(r.notes)


def figures_line(r: Readiness, lang: str) -> str:
    """Gross, tax, net and today's rupiah in one sentence ('' when the claim has no figures)."""
    f = r.figures
    if f is None:
        return ""
    return tr("remedies.cli.figures", lang, on=date_long(f.paid_on, lang), gross=rupiah(f.gross, lang),
              tax=rupiah(f.tax, lang), net=rupiah(f.net, lang), real=rupiah(f.net_real, lang)).strip()


def member_since(statements: Sequence[StatementYear]) -> dt.date | None:
    """The earliest Keps Awal JHT the statements print, or None."""
    known = [parse_member_since(st.member_since) for st in statements if st.member_since]
    return min(known) if known else None


def readiness(reason: ClaimReason, on: dt.date, a: Assumptions, statements: Sequence[StatementYear] = (),
              member_since: dt.date | None = None, today: dt.date | None = None, lang: str = "id",
              show_ids: bool = False, rules: Rules | None = None) -> Readiness:
    """The checklist and the numbers of a claim for `reason` around `on`."""
    rules = rules or load_rules()
    today = today or dt.date.today()
    earliest = earliest_claim(reason, on, a.birth_date, rules)
    items = [CheckItem("documents", CheckStatus.CHECK, tr("remedies.ready.documents", lang,
                                                          extra=tr(f"remedies.ready.docs.{reason.value}", lang)))]
    if reason in _LEAVES_WORK:
        still = _still_paid_after(statements, on)
        if still:
            items.append(CheckItem("deactivated", CheckStatus.PROBLEM, tr(
                "remedies.ready.still_paid", lang, cards=", ".join(card_label(c.kpj, show_ids) for c in still))))
        else:
            items.append(CheckItem("deactivated", CheckStatus.CHECK, tr("remedies.ready.deactivate", lang)))
    if earliest > today:
        items.append(CheckItem("wait", CheckStatus.CHECK, tr("remedies.ready.wait", lang, date=date_long(earliest, lang))))
    advice = merge_advice(statements, lang, show_ids)
    if len(advice.cards) > 1:
        items.append(CheckItem("merge", CheckStatus.PROBLEM, " ".join(advice.lines)))
    elif advice.cards:
        items.append(CheckItem("merge", CheckStatus.OK, tr("remedies.ready.one_card", lang)))
    items.append(_identity(statements, lang))
    items.append(CheckItem("bank", CheckStatus.CHECK, tr("remedies.ready.bank", lang)))
    notes: list[str] = []
    figures = None
    try:
        figures = _figures(reason, a, on, member_since, rules, today)
    except WithdrawalRefused as exc:
        items.append(CheckItem("allowed", CheckStatus.PROBLEM, exc.text(lang)))
    if figures is not None:
        band = rules.value("tax.final_lump_sum", max(figures.paid_on, rules.parameter("tax.final_lump_sum").starts[0]))[0]
        items.append(CheckItem("nik_tax", CheckStatus.CHECK, tr("remedies.ready.nik_tax", lang,
                                                               band=rupiah(band.get("upto", 0), lang))))
        if reason in _TAX_WINDOW:
            window = int(_value(rules, "claim.final_tax_window_years", on))
            stop_year = on.year if reason != ClaimReason.AGE else figures.paid_on.year
            progressive = apply_brackets(figures.gross, _value(rules, "tax.progressive_pasal17", figures.paid_on))
            notes.append(tr("remedies.ready.tax_window", lang, years=window, stop_year=stop_year,
                            last=date_long(dt.date(stop_year + window - 1, 12, 31), lang),
                            tax=rupiah(figures.tax, lang), progressive=rupiah(progressive, lang)))
        if figures.later_tax is not None and figures.later_gross is not None:
            notes.append(tr("remedies.ready.after_partial", lang, gross=rupiah(figures.later_gross, lang),
                            final=rupiah(final_tax(figures.later_gross, a.as_of, rules), lang),
                            progressive=rupiah(figures.later_tax, lang)))
    return Readiness(reason, on, earliest, tuple(items), figures, tuple(notes))
