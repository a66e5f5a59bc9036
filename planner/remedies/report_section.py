"""The remedies section of the PDF report (issue 17 item 6): one function the report calls.

``remedies_section(arrears, readiness, lang, show_ids)`` returns a
:class:`models.remedies.RemediesSection` (title, table head and rows, paragraphs, checklist);
the report lays it out with its own table and paragraph blocks. ``empty`` is true when there
is nothing to show (no findings and no claim reason chosen): the report then skips it.
"""
from __future__ import annotations

import datetime as dt
from typing import Sequence

from models import Finding, StatementYear
from models.remedies import Arrears, Letter, LetterKind, Readiness, RemediesSection
from planner.audit import audit_cards
from planner.format import date_long, rupiah
from planner.remedies.arrears import compute_arrears
from planner.remedies.letters import card_label, letters, method_notes, summary_lines, unverified_note, wage_notes
from planner.remedies.readiness import checklist_lines, figures_line, readiness_title
from planner.rules import Rules
from planner.texts import tr

def remedies_section(arrears: Arrears | None, readiness: Readiness | None = None, lang: str = "id",
                     show_ids: bool = False) -> RemediesSection:
    rows: list[tuple[str, ...]] = []
    paragraphs: list[str] = []
    if arrears is not None and arrears.has_findings:
        for card in arrears.cards:
            for m in card.months:
                rows.append((card_label(card.card.kpj, show_ids), m.period, tr(f"remedies.kind.{m.kind.value}", lang),
                             rupiah(m.wage_used, lang), rupiah(m.shortfall_jht, lang), rupiah(m.shortfall_jp, lang),
                             rupiah(m.lost_development, lang)))
            if card.months:
                paragraphs += wage_notes(card.months, lang)
        paragraphs.append(tr("remedies.letter.summary", lang, shortfall=rupiah(arrears.total_shortfall, lang),
                             date=date_long(arrears.as_of, lang), lost=rupiah(arrears.total_lost_development, lang)))
        paragraphs += method_notes(arrears, lang)
        paragraphs.append(tr("remedies.report.letters", lang))
        paragraphs += summary_lines(letters(arrears, lang, show_ids))
    checklist: tuple[str, ...] = ()
    checklist_title = ""
    if readiness is not None:
        checklist_title = readiness_title(readiness, lang)
        checklist = readiness_lines(readiness, lang)
    head = (tr("remedies.report.card", lang), *tr("remedies.table.columns", lang).split("|"))
    return RemediesSection(tr("remedies.report.title", lang), head, tuple(rows), tuple(paragraphs), checklist,
                           checklist_title)


def section_for_statements(statements: Sequence[StatementYear], card_findings: Sequence[Finding], lang: str,
                           show_ids: bool, as_of: dt.date | None = None, rules: Rules | None = None,
                           ready: Readiness | None = None) -> RemediesSection:
    """The section for the report of these statements, with the checklist of the claim reason
    chosen (`ready`), if any."""
    return remedies_section(compute_arrears(statements, card_findings, None, as_of, rules), ready, lang, show_ids)


def readiness_lines(r: Readiness, lang: str) -> tuple[str, ...]:
    """The checklist, the claim's figures, then the notes (the window's and the report's order)."""
    items = checklist_lines(r)
    figures = figures_line(r, lang)
    return tuple(items[:len(r.checklist)] + ([figures] if figures else []) + items[len(r.checklist):])


def remedies_for_statements(statements: Sequence[StatementYear], lang: str, show_ids: bool = False,
                            as_of: dt.date | None = None,
                            rules: Rules | None = None) -> tuple[RemediesSection, tuple[Letter, ...], str]:
    """What the window's "Tunggakan & bukti" view shows for these statements: the section, the
    three letters and the member's note on unverified law (audited across years here)."""
    arrears = compute_arrears(statements, audit_cards(statements, lang), None, as_of, rules)
    if not arrears.has_findings:
        return remedies_section(arrears, None, lang, show_ids), (), ""
    return (remedies_section(arrears, None, lang, show_ids), letters(arrears, lang, show_ids, rules=rules),
            unverified_note(tuple(LetterKind), lang, arrears.as_of, rules))
