"""A member of BPJS Ketenagakerjaan and the cards (KPJ) they hold."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum


class Segment(str, Enum):
    """Membership segment as JMO names it."""

    PU = "PU"    # Penerima Upah: wage earner, 5.7% of wage to JHT
    BPU = "BPU"  # Bukan Penerima Upah: self-employed, 2% of declared income
    PMI = "PMI"  # Pekerja Migran Indonesia


@dataclass(frozen=True, slots=True)
class Member:
    name: str
    birth_date: dt.date | None = None
    nik: str | None = None  # 16 digits; never logged, masked when shown


class Relation(str, Enum):
    """Who a JP beneficiary is to the member, as "Susunan Penerima Manfaat JP" lists them."""

    SPOUSE = "spouse"  # Suami/Istri
    CHILD = "child"  # Anak
    PARENT = "parent"  # Ayah/Ibu


@dataclass(frozen=True, slots=True)
class Beneficiary:
    """A person the statement names as receiving JP after the member: never the member.

    `name` identifies a person like the NIK does: masked or left out wherever identity is shown.
    """

    relation: Relation
    name: str


@dataclass(frozen=True, slots=True)
class Card:
    """One KPJ card: one membership with one employer (or as BPU)."""

    kpj: str  # 11 digits
    employer: str = ""
    npp: str = ""
    segment: Segment = Segment.PU
    # JP beneficiaries printed on the card's statement (the real layout only). They do not
    # make a card different (compare=False) and never appear in a repr (logs).
    beneficiaries: tuple[Beneficiary, ...] = field(default=(), compare=False, repr=False)
