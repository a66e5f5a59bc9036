"""Where a projection starts: the balance, its date, the last wage, the birth date.

From statements (imported now or stored), from what the member typed (a quick entry), or
both. Rules of thumb, all said to the member in :attr:`Baseline.notes`:

* **Balance** = the sum over cards of each card's latest printed Saldo Akhir, at the latest
  year-end any card reaches (the as-of date). A card whose statements end earlier (a past
  job) is carried forward to that date year by year: with the declared JHT return of the
  year where the rules files know it (``jht.declared_return``), else with the legal floor of
  the return (``jht.return_floor``, PP 46/2015 Ps. 27(4)) -- a cautious figure, so the
  balance is not overstated. If such a card was already claimed, the member should remove it.
* **Last wage** = the Upah of the latest month with a regular (non-rapel) row across cards;
  when several cards have a regular row in that month (two jobs at once), their wages add up,
  since each job contributes on its own wage.
* **Quick entry**: a saldo the member read in JMO, its date, the current wage and the birth
  date. With no statements it is the baseline. With statements, a quick entry dated on or
  after the statements' as-of date wins (it is newer): as the total saldo, or, when it names
  one of several cards, as that card's saldo added to the other cards' (taken as above).
  The typed wage replaces the statements' last wage. An older quick entry is not used.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Iterable

from models import Assumptions, Card, Segment, StatementYear
from planner.errors import InvalidInput, Message
from planner.format import mask_digits, percent
from planner.history import carry, summary_years
from planner.rules import Rules, load_rules


@dataclass(frozen=True)
class QuickEntry:
    """What a member without a PDF types from JMO's screen."""

    saldo: Decimal
    saldo_date: dt.date
    wage: Decimal
    birth_date: dt.date
    kpj: str = ""
    employer: str = ""
    name: str = ""
    saved_at: dt.datetime | None = None
    id: int | None = None  # set by the store

    def validated(self, today: dt.date | None = None) -> "QuickEntry":
        """Self, or InvalidInput with a plain sentence."""
        today = today or dt.date.today()
        if self.saldo < 0:
            raise InvalidInput("balance_range", "Saldo tidak boleh negatif.", "The balance cannot be negative.")
        if self.wage < 0:
            raise InvalidInput("wage_range", "Upah tidak boleh negatif.", "The wage cannot be negative.")
        if self.birth_date > today:
            raise InvalidInput("birth_date_future", "Tanggal lahir tidak boleh di masa depan.",
                               "The birth date cannot be in the future.")
        if self.saldo_date > today:
            raise InvalidInput("as_of_future", "Tanggal saldo tidak boleh di masa depan.",
                               "The balance date cannot be in the future.")
        if self.saldo_date < self.birth_date:
            raise InvalidInput("as_of_before_birth", "Tanggal saldo tidak boleh sebelum tanggal lahir.",
                               "The balance date cannot be before the birth date.")
        if self.kpj and not self.kpj.isdigit():
            raise InvalidInput("kpj_digits", "Nomor KPJ hanya berisi angka.", "A KPJ number has digits only.")
        return self


Note = Message  # a sentence about how the baseline was made, in both languages


@dataclass(frozen=True)
class CardBalance:
    card: Card
    year: int  # year of the card's latest statement with a summary
    closing: Decimal  # its Saldo Akhir, as printed
    carried: Decimal  # its value at the baseline's as-of date
    carried_with: tuple[tuple[int, str, float], ...] = ()  # (year, rule name, rate) used to carry it


@dataclass(frozen=True)
class Baseline:
    balance: Decimal
    as_of: dt.date
    wage: Decimal | None
    birth_date: dt.date | None
    name: str
    cards: tuple[Card, ...]
    per_card: tuple[CardBalance, ...] = ()
    segment: Segment = Segment.PU
    source: str = "statements"  # "statements", "quick_entry" or "statements+quick_entry"
    notes: tuple[Note, ...] = field(default_factory=tuple)


class NoBaseline(InvalidInput):
    def __init__(self) -> None:
        super().__init__("no_baseline",
                         "Belum ada saldo: impor Rincian Saldo JHT atau isi entri cepat (saldo, tanggal, upah, tanggal lahir).",
                         "There is no balance yet: import a JHT statement or fill in the quick entry "
                         "(balance, date, wage, birth date).")


def _last_wage(statements: list[StatementYear]) -> tuple[Decimal | None, Segment, int]:
    """(wage, segment, number of cards) of the latest month with a regular row."""
    best: dict[str, tuple[tuple[int, int], dt.date, Decimal]] = {}
    segments: dict[str, Segment] = {}
    for st in statements:
        segments[st.card.kpj] = st.card.segment
        for r in st.rows:
            if r.wage <= 0:
                continue
            key = (r.period, r.paid_on or dt.date.min, r.wage)
            if st.card.kpj not in best or key[:2] > best[st.card.kpj][:2]:
                best[st.card.kpj] = key
    if not best:
        return None, Segment.PU, 0
    latest = max(v[0] for v in best.values())
    kpjs = [k for k, v in best.items() if v[0] == latest]
    wage = sum((best[k][2] for k in kpjs), Decimal(0))
    return wage, segments[kpjs[0]], len(kpjs)


def from_statements(statements: Iterable[StatementYear], quick: QuickEntry | None = None,
                    rules: Rules | None = None, prefer: str | None = None) -> Baseline:
    """The baseline from statements and/or a quick entry (see the module doc). Raises NoBaseline.

    ``prefer`` is the member's choice when both exist: "statements" (the quick entry is not
    used), "quick_entry" (it is used even when older), None (the newer one wins)."""
    statements = list(statements)
    rules = rules or load_rules()
    notes: list[Note] = []
    by_card = summary_years(statements)
    cards_seen: dict[str, Card] = {}
    for st in statements:
        cards_seen.setdefault(st.card.kpj, st.card)
    names = [st.member.name for st in statements if st.member.name]
    births = Counter(st.member.birth_date for st in statements if st.member.birth_date)
    name = names[0] if names else ""
    birth = births.most_common(1)[0][0] if births else None
    if len(births) > 1:
        notes.append(Note("birth_dates_differ",
                          "Rincian saldo mencantumkan tanggal lahir yang berbeda; dipakai yang paling sering muncul.",
                          "The statements show different birth dates; the most frequent one is used."))
    wage, segment, wage_cards = _last_wage(statements)
    if wage_cards > 1:
        notes.append(Note("wages_added",
                          f"{wage_cards} kartu punya iuran reguler di bulan terakhir; upahnya dijumlahkan.",
                          f"{wage_cards} cards have a regular contribution in the latest month; their wages are added."))
    for kpj in cards_seen.keys() - by_card.keys():
        notes.append(Note("card_without_summary",
                          f"Kartu {_mask(kpj)} tidak punya ringkasan saldo; saldonya tidak ikut dihitung.",
                          f"Card {_mask(kpj)} has no balance summary; its balance is not counted."))

    per_card: list[CardBalance] = []
    if by_card:
        last_year = max(max(years) for years in by_card.values())
        for kpj in sorted(by_card):
            years = by_card[kpj]
            y = max(years)
            st = years[y]
            carried, used = carry(st.closing, y, last_year, rules)
            per_card.append(CardBalance(st.card, y, st.closing, carried, used))
            if y < last_year:
                rates_id = ", ".join(f"{yy} {percent(rate, 'id', 2)}" for yy, _, rate in used)
                rates_en = ", ".join(f"{yy} {percent(rate, 'en', 2)}" for yy, _, rate in used)
                notes.append(Note(
                    "card_carried",
                    f"Saldo kartu {_mask(kpj)} terakhir tercetak per 31 Desember {y}; "
                    f"dibawa ke 31 Desember {last_year} dengan "
                    f"hasil pengembangan yang diumumkan, atau batas bawahnya menurut PP 46/2015 bila belum diketahui "
                    f"({rates_id}). Jika saldo kartu ini sudah diklaim, hapus kartunya.",
                    f"Card {_mask(kpj)}'s balance was last printed for 31 December {y}; "
                    f"it is carried to 31 December {last_year} "
                    f"with the declared return, or its legal floor (PP 46/2015) where none is known ({rates_en}). "
                    f"If this card was already claimed, remove it."))
        balance = sum((c.carried for c in per_card), Decimal(0))
        as_of = dt.date(last_year, 12, 31)
        source = "statements"
    else:
        balance, as_of, source = Decimal(0), None, ""  # type: ignore[assignment]

    if quick is not None and prefer == "statements" and as_of is not None:
        notes.append(Note("quick_entry_not_chosen",
                          f"Entri cepat (saldo per {quick.saldo_date}) tidak dipakai: Anda memilih saldo rincian saldo.",
                          f"The quick entry (balance as of {quick.saldo_date}) is not used: you chose the statements' balance."))
    elif quick is not None:
        if as_of is None or quick.saldo_date >= as_of or prefer == "quick_entry":
            named = [c for c in per_card if quick.kpj and c.card.kpj == quick.kpj]
            if named and len(per_card) > 1:
                others = sum((c.carried for c in per_card if c.card.kpj != quick.kpj), Decimal(0))
                balance = quick.saldo + others
                notes.append(Note("quick_entry_card",
                                  f"Saldo entri cepat untuk kartu {_mask(quick.kpj)} ditambah saldo kartu lain per {as_of}.",
                                  f"The quick entry's balance of card {_mask(quick.kpj)} is added to the other cards' "
                                  f"balances as of {as_of}."))
            else:
                balance = quick.saldo
                per_card = []
            as_of = quick.saldo_date
            wage = quick.wage
            birth = quick.birth_date
            name = quick.name or name
            if quick.kpj and quick.kpj not in cards_seen:
                cards_seen[quick.kpj] = Card(quick.kpj, quick.employer)
            source = "statements+quick_entry" if source else "quick_entry"
        else:
            notes.append(Note("quick_entry_older",
                              f"Entri cepat (saldo per {quick.saldo_date}) lebih lama dari rincian saldo (per {as_of}); "
                              "tidak dipakai.",
                              f"The quick entry (balance as of {quick.saldo_date}) is older than the statements "
                              f"(as of {as_of}); it is not used."))
    if as_of is None:
        raise NoBaseline()
    return Baseline(balance=balance, as_of=as_of, wage=wage, birth_date=birth, name=name,
                    cards=tuple(cards_seen[k] for k in sorted(cards_seen)), per_card=tuple(per_card),
                    segment=segment, source=source, notes=tuple(notes))


def from_quick_entry(quick: QuickEntry, rules: Rules | None = None) -> Baseline:
    return from_statements((), quick, rules)


def _mask(kpj: str) -> str:
    return mask_digits(kpj)


def to_assumptions(b: Baseline, *, balance: float | None = None, as_of: dt.date | None = None,
                   wage: float | None = None, birth_date: dt.date | None = None,
                   segment: Segment | None = None, **rest: Any) -> Assumptions:
    """The baseline as Assumptions; any keyword given (not None) overrides it.

    `rest` takes the other Assumptions fields (wage_growth, annual_return, inflation,
    claim_age, stop_age, career_break, wage_change); None keeps the rules' default.
    """
    w = wage if wage is not None else (float(b.wage) if b.wage is not None else None)
    born = birth_date or b.birth_date
    if w is None:
        raise InvalidInput("missing", "Upah bulanan tidak ada di rincian saldo; isi dengan --wage.",
                           "The statements show no monthly wage; give one with --wage.")
    if born is None:
        raise InvalidInput("missing", "Tanggal lahir tidak ada di rincian saldo; isi dengan --birth-date.",
                           "The statements show no birth date; give one with --birth-date.")
    return Assumptions(
        balance=float(b.balance) if balance is None else balance,
        as_of=as_of or b.as_of,
        birth_date=born,
        wage=w,
        segment=segment or b.segment,
        **{k: v for k, v in rest.items() if v is not None},
    )
