"""Card merge guidance (penggabungan saldo): which cards to merge before a claim, what that
changes, what to bring, and which card's statements stopped."""
from __future__ import annotations

from typing import Sequence

from models import StatementYear
from models.remedies import MergeAdvice
from planner.format import mask_digits
from planner.texts import tr


def merge_advice(statements: Sequence[StatementYear], lang: str = "id", show_ids: bool = False) -> MergeAdvice:
    """Advice for the cards in `statements` (no lines for a single card)."""
    last_year: dict[str, int] = {}
    cards = {}
    for st in statements:
        last_year[st.card.kpj] = max(last_year.get(st.card.kpj, st.year), st.year)
        cards[st.card.kpj] = st.card
    order = sorted(cards, key=lambda k: (-last_year[k], k))
    newest = last_year[order[0]] if order else 0
    stopped = tuple(cards[k] for k in order if last_year[k] < newest)
    if len(order) < 2:
        return MergeAdvice(tuple(cards[k] for k in order), (), ())

    def label(kpj: str) -> str:
        return f"{kpj if show_ids else mask_digits(kpj)} ({cards[kpj].employer or '-'})"

    lines = [tr("remedies.merge.which", lang, count=len(order), cards=", ".join(label(k) for k in order)),
             tr("remedies.merge.changes", lang)]
    lines += [tr("remedies.merge.stopped", lang, card=label(c.kpj), year=last_year[c.kpj]) for c in stopped]
    lines.append(tr("remedies.merge.bring", lang))
    return MergeAdvice(tuple(cards[k] for k in order), stopped, tuple(lines))
