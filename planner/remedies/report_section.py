"""The remedies section of the PDF report (issue 17 item 6): one function the report calls.

``remedies_section(arrears, readiness, lang, show_ids)`` returns a
:class:`models.remedies.RemediesSection` (title, table head and rows, paragraphs, checklist);
the report lays it out with its own table and paragraph blocks. ``empty`` is true when there
is nothing to show (no findings and no claim reason chosen): the report then skips it.
"""
from __future__ import annotations

from models.remedies import Arrears, Readiness, RemediesSection
from planner.format import date_long, rupiah
from planner.remedies.letters import card_label, method_notes, summary_lines, wage_notes
from planner.remedies.readiness import checklist_lines, readiness_title
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
        paragraphs += summary_lines(arrears, lang)
    checklist: tuple[str, ...] = ()
    checklist_title = ""
    if readiness is not None:
        checklist_title = readiness_title(readiness, lang)
        checklist = tuple(checklist_lines(readiness))
    head = (tr("remedies.report.card", lang), *tr("remedies.table.columns", lang).split("|"))
    return RemediesSection(tr("remedies.report.title", lang), head, tuple(rows), tuple(paragraphs), checklist,
                           checklist_title)
