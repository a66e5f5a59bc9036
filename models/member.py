"""A member of BPJS Ketenagakerjaan and the cards (KPJ) they hold."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
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


@dataclass(frozen=True, slots=True)
class Card:
    """One KPJ card: one membership with one employer (or as BPU)."""

    kpj: str  # 11 digits
    employer: str = ""
    npp: str = ""
    segment: Segment = Segment.PU
