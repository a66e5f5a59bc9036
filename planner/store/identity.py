"""One person per database: is the member a statement names the member this database holds?

Two descriptions are the same person unless something both carry differs: the NIK, the birth
date, or — where either lacks a NIK — the name after normalising case and spaces. A statement
that names nobody (a CSV without NIK, name or birth date) belongs to whoever the database holds.
"""
from __future__ import annotations

from dataclasses import dataclass

from models import Member
from planner.display import shown_text
from planner.format import mask_digits
from planner.texts import tr


def mask_long_digits(text: str) -> str:
    """A KPJ or NIK inside a file name masked in any grouping (3171-0141-…), escape sequences
    and control characters removed: planner.display, the one place that decides this."""
    return shown_text(text)


def normalised_name(name: str) -> str:
    return " ".join(name.upper().split())


def has_identity(m: Member) -> bool:
    return bool(m.nik or m.birth_date or normalised_name(m.name))


def same_person(a: Member, b: Member) -> bool:
    if a.nik and b.nik and a.nik != b.nik:
        return False
    if a.birth_date and b.birth_date and a.birth_date != b.birth_date:
        return False
    if not (a.nik and b.nik):
        na, nb = normalised_name(a.name), normalised_name(b.name)
        if na and nb and na != nb:
            return False
    return True


def merged(known: Member, more: Member) -> Member:
    """What is known of one person from two descriptions of them (blanks filled, nothing replaced)."""
    return Member(known.name or more.name, known.birth_date or more.birth_date, known.nik or more.nik)


def describe(m: Member, lang: str) -> str:
    """The member as named in a sentence: their name and the NIK masked (or the birth year)."""
    name = " ".join(m.name.split()) or tr("store.member_unnamed", lang)
    if m.nik:
        return tr("store.member_with_nik", lang, name=name, nik=mask_digits(m.nik))
    if m.birth_date:
        return tr("store.member_with_birth", lang, name=name, birth=m.birth_date.year)
    return name


@dataclass(frozen=True)
class MemberMismatch:
    """A file whose statements belong to another person than the one the database holds."""

    file_name: str
    stored: Member
    incoming: Member
