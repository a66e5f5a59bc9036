"""Letters from the arrears table: to the employer's HR, to BPJS Ketenagakerjaan, to the
labour inspectorate (Disnaker). Plain text the member edits before exporting; the app sends
nothing.

The legal basis comes from the rules (resources/rules/employer_duty.toml and
jht.payment_deadline_day). A parameter read in the regulation's text ([C]) is stated as law;
any other is only asked about ("please confirm whether …"), and :func:`unverified_note` tells
the member which ones those are.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Sequence

from models.remedies import Arrears, ArrearsMonth, LegalBasis, Letter, LetterKind, WageSource
from planner.format import date_long, mask_digits, percent, rupiah
from planner.rules import Rules, load_rules
from planner.texts import tr

# Which duties each letter cites, in order.
_BASES: dict[LetterKind, tuple[str, ...]] = {
    LetterKind.HR: ("employer_duty.collect_and_pay", "jht.payment_deadline_day", "employer_duty.late_fine_rate",
                    "employer_duty.criminal_prison_years"),
    LetterKind.BPJS: ("employer_duty.register", "employer_duty.collect_and_pay", "jht.payment_deadline_day",
                      "employer_duty.late_fine_rate", "employer_duty.administrative_sanctions"),
    LetterKind.DISNAKER: ("employer_duty.collect_and_pay", "jht.payment_deadline_day",
                          "employer_duty.administrative_sanctions", "employer_duty.criminal_prison_years",
                          "employer_duty.labour_inspection"),
}
_COLUMNS = (8, 22, 15, 14, 12, 12)


def legal_basis(kind: LetterKind, lang: str, on: dt.date, rules: Rules | None = None) -> tuple[LegalBasis, ...]:
    """The cited duties of one letter, in `lang`, as in force on `on`."""
    rules = rules or load_rules()
    out = []
    for name in _BASES[kind]:
        param = rules.parameter(name)
        value = param.entry_on(max(on, param.starts[0]))[1]
        if name == "jht.payment_deadline_day":
            text = tr("remedies.basis.deadline", lang, day=value)
        elif name == "employer_duty.criminal_prison_years":
            fine = rules.parameter("employer_duty.criminal_fine_max")
            text = tr("remedies.basis.criminal_sanction", lang, years=value,
                      fine=rupiah(fine.entry_on(max(on, fine.starts[0]))[1], lang))
        elif name == "employer_duty.late_fine_rate":
            text = tr("remedies.basis.late_fine_rate", lang, rate=percent(float(value), lang))
        else:
            text = tr(f"remedies.basis.{name.split('.', 1)[1]}", lang)
        out.append(LegalBasis(name, text, param.reference, param.confidence == "C"))
    return tuple(out)


def card_label(kpj: str, show_ids: bool) -> str:
    return kpj if show_ids else mask_digits(kpj)


def _row(cells: tuple[str, ...]) -> str:
    out = []
    for i, (cell, width) in enumerate(zip(cells, _COLUMNS)):
        out.append(cell.ljust(width) if i < 2 else cell.rjust(width))
    return " ".join(out).rstrip()


def table_lines(arrears: Arrears, lang: str, show_ids: bool = False) -> list[str]:
    """The arrears table as fixed-width text lines, one block per card, with its notes."""
    lines: list[str] = []
    heads = tuple(tr("remedies.table.columns", lang).split("|"))
    for card in arrears.cards:
        lines.append(tr("remedies.table.card", lang, kpj=card_label(card.card.kpj, show_ids),
                        employer=card.card.employer or "-", npp=card.card.npp or "-"))
        if not card.months:
            lines += [tr("remedies.table.none", lang), ""]
            continue
        lines.append(_row(heads))
        for m in card.months:
            lines.append(_row((m.period, tr(f"remedies.kind.{m.kind.value}", lang), rupiah(m.wage_used, lang),
                               rupiah(m.shortfall_jht, lang), rupiah(m.shortfall_jp, lang),
                               rupiah(m.lost_development, lang))))
        lines.append(tr("remedies.table.total", lang, shortfall=rupiah(card.total_shortfall, lang),
                        date=date_long(arrears.as_of, lang), lost=rupiah(card.total_lost_development, lang)))
        lines += wage_notes(card.months, lang)
        lines.append("")
    return lines


def wage_notes(months: tuple[ArrearsMonth, ...], lang: str) -> list[str]:
    """Say where a wage came from when it is not the one the employer reported."""
    out = [tr("remedies.table.nearest_wage", lang, period=m.period, source=m.wage_from, wage=rupiah(m.wage_used, lang))
           for m in months if m.wage_source == WageSource.NEAREST_PAID]
    declared = [m for m in months if m.wage_source == WageSource.DECLARED]
    if declared:
        out.append(tr("remedies.table.declared_wage", lang, wage=rupiah(declared[0].wage_used, lang)))
    return out


def method_notes(arrears: Arrears, lang: str) -> list[str]:
    floor_years = ", ".join(f"{r.year}: {percent(r.rate, lang, 2)}" for r in arrears.returns if not r.declared)
    out = []
    if floor_years:
        out.append(tr("remedies.table.returns", lang, years=floor_years))
    if any(m.due_jp for c in arrears.cards for m in c.months):
        out.append(tr("remedies.table.jp_note", lang))
    return out


def _months_count(arrears: Arrears) -> int:
    return sum(len(c.months) for c in arrears.cards)


def letter(arrears: Arrears, kind: LetterKind, lang: str = "id", show_ids: bool = False,
           branch: str = "", today: dt.date | None = None, rules: Rules | None = None) -> Letter:
    """One letter about every card in `arrears` that has findings, as plain text to edit."""
    today = today or arrears.as_of
    name = arrears.member.name if arrears.member and arrears.member.name else tr("remedies.letter.unknown_name", lang)
    flagged = [c for c in arrears.cards if c.months] or list(arrears.cards)
    employers = list(dict.fromkeys(c.card.employer for c in flagged if c.card.employer))
    cards = ", ".join(card_label(c.card.kpj, show_ids) for c in flagged)
    branch = branch or next((c.branch for c in reversed(flagged) if c.branch), "")
    subject = tr(f"remedies.letter.subject.{kind.value}", lang)
    recipient = tr(f"remedies.letter.to.{kind.value}", lang, employer=", ".join(employers) or "-",
                   branch=branch or tr("remedies.letter.unknown_branch", lang))
    shown = replace(arrears, cards=tuple(flagged))
    bases = legal_basis(kind, lang, today, rules)
    body = [
        tr("remedies.letter.place_date", lang, date=date_long(today, lang)),
        "",
        recipient,
        "",
        tr("remedies.letter.subject_line", lang, subject=subject),
        "",
        tr("remedies.letter.greeting", lang),
        "",
        tr("remedies.letter.intro", lang, name=name, cards=cards, count=_months_count(shown)),
        "",
        *table_lines(shown, lang, show_ids),
        tr("remedies.letter.summary", lang, shortfall=rupiah(shown.total_shortfall, lang),
           date=date_long(arrears.as_of, lang), lost=rupiah(shown.total_lost_development, lang)),
        *method_notes(shown, lang),
        "",
    ]
    verified = [b for b in bases if b.verified]
    asked = [b for b in bases if not b.verified]
    if verified:
        body.append(tr("remedies.letter.basis_intro", lang))
        body += [tr("remedies.letter.basis_verified", lang, text=b.text, reference=b.reference) for b in verified]
        body.append("")
    if asked:
        body.append(tr("remedies.letter.basis_ask", lang))
        body += [tr("remedies.letter.basis_item", lang, text=b.text, reference=b.reference) for b in asked]
        body.append("")
    body += [tr(f"remedies.letter.request.{kind.value}", lang), "", tr("remedies.letter.closing", lang), "",
             tr("remedies.letter.signature", lang, name=name)]
    return Letter(kind, lang, subject, recipient, employers[0] if len(employers) == 1 else "", "\n".join(body) + "\n")


def _by_employer(arrears: Arrears) -> list[Arrears]:
    """`arrears` split per employer with findings: the HR and the inspectorate letters go to one employer."""
    groups: dict[str, list] = {}
    for c in arrears.cards:
        if c.months:
            groups.setdefault(c.card.employer or c.card.kpj, []).append(c)
    return [replace(arrears, cards=tuple(cards)) for cards in groups.values()] or [arrears]


def letters(arrears: Arrears, lang: str = "id", show_ids: bool = False, branch: str = "",
            today: dt.date | None = None, rules: Rules | None = None) -> tuple[Letter, ...]:
    """The letters: to each employer's HR, one complaint to BPJS Ketenagakerjaan about every card,
    and a report on each employer to the labour inspectorate."""
    per_employer = _by_employer(arrears)
    return (tuple(letter(a, LetterKind.HR, lang, show_ids, branch, today, rules) for a in per_employer)
            + (letter(arrears, LetterKind.BPJS, lang, show_ids, branch, today, rules),)
            + tuple(letter(a, LetterKind.DISNAKER, lang, show_ids, branch, today, rules) for a in per_employer))


def unverified_note(kinds: tuple[LetterKind, ...], lang: str, on: dt.date, rules: Rules | None = None) -> str:
    """The member's note naming the basis these letters only ask about ('' when all is verified)."""
    asked = dict.fromkeys(b.text for kind in kinds for b in legal_basis(kind, lang, on, rules) if not b.verified)
    if not asked:
        return ""
    return tr("remedies.letter.note_unverified", lang, names="; ".join(asked))


def summary_lines(made: Sequence[Letter]) -> list[str]:
    """One line per letter: its subject and recipient (for the report)."""
    return [tr("remedies.letter.summary_line", l.lang, subject=l.subject, to=l.recipient) for l in made]
