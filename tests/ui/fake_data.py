"""Fictional statements for the UI tests: no real member, no real card."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from models import Card, Contribution, Finding, Member, Severity, StatementYear

MEMBER = Member("RINA CONTOH", dt.date(1990, 2, 1))
CARD_A = Card("15023456789", "PT CONTOH MAJU")
CARD_B = Card("16098765432", "CV FIKTIF JAYA")


def statement(card: Card, year: int, opening: Decimal, wage: int = 4_000_000, months: range = range(1, 13),
              findings: tuple[Finding, ...] = ()) -> StatementYear:
    rows = []
    for m in months:
        w = Decimal(wage)
        rows.append(Contribution((year, m), dt.date(year, m, 10), dt.date(year, m, 15), w, Decimal(0),
                                 (w * Decimal("0.037")).quantize(Decimal(1)), (w * Decimal("0.02")).quantize(Decimal(1))))
    contributions = sum((r.jht_total for r in rows), Decimal(0))
    development = (opening * Decimal("0.06")).quantize(Decimal("0.01"))
    return StatementYear(card, MEMBER, year, opening, contributions, development, opening + contributions + development,
                         tuple(rows), findings)


def history(card: Card = CARD_A, years: range = range(2019, 2024), opening: Decimal = Decimal(5_000_000),
            with_findings: bool = True) -> list[StatementYear]:
    out = []
    bal = opening
    for y in years:
        findings: tuple[Finding, ...] = ()
        months = range(1, 13)
        if with_findings and y == years[1]:
            months = range(1, 11)
            findings = (
                Finding("missing_months", Severity.WARNING, "Tidak ada iuran untuk 2 bulan.",
                        (f"{y}-11", f"{y}-12"), card.kpj, None),
                Finding("late_payment", Severity.INFO, "Iuran disetor setelah tanggal 15.", (f"{y}-03",), card.kpj, y),
            )
        if with_findings and y == years[-1]:
            findings = (Finding("rate_mismatch", Severity.ERROR, "Iuran tidak sama dengan 5,7% upah.",
                                (f"{y}-06",), card.kpj, y),)
        st = statement(card, y, bal, 4_000_000 + 250_000 * (y - years[0]), months, findings)
        out.append(st)
        bal = st.closing
    return out

