"""Statements in the layout BPJS really prints (shared/domain/rsjht-format.md, "What the real
statement shows"), for fictional members, so the importer is tested on that layout.

    python -m resources.demo.make_real_layout --out FOLDER

The two members do not exist ("contoh" is Indonesian for "example"); their NIK, card and NPP
numbers are well formed but made up, and so are their JP beneficiaries.

* :data:`SITI_2020`: a plain year: twelve contributions, one posted a month after it was paid,
  Akumulasi Iuran JP with employer and worker amounts, Jumlah whose JP columns include it.
* :data:`RUDI_2021`: what goes wrong: a back-pay row (Rapel), two months without a contribution,
  a summary that does not add up (Saldo Akhir Rp10,000 short); long enough to run over two
  pages when asked (title, member fields and table header repeated on page 2).

What the one real statement settled is followed: no "BPJS KETENAGAKERJAAN" text line, the
title then "Tanggal: dd-mm-yyyy", two header columns (the JP beneficiaries beside the member's
fields), values without spaces around "/", "Masa Iuran JP : N Bln", "Ket. Nonaktif :-/-", a
three-line table header with "Upah*", zero-padded row numbers, "Akumulasi Iuran JP <employer>
<worker>", "Jumlah : a b c d", and the summary as a grid "URAIAN Nominal URAIAN Nominal
INFORMASI USIA PENSIUN DAN USIA JHT" with colons and no "Rp". What the published text cut off
(the rest of the grid, the page footer) is a guess, and the options cover the guesses: the
grid in two or three columns, the header columns drawn interleaved (pypdf's plain mode then
gives ``Nama Peserta : <member> Suami/Istri : -/<spouse>``) or one after the other.

Contributions follow the rules files; development is credited with the projection method's
formula at the year's return, as in make_demo.
"""
from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from models import Beneficiary, Card, Contribution, Member, Relation, Segment, StatementYear
from planner.audit import counted_month
from planner.dates import add_months, birthday
from planner.rules import Rules, load_rules

# The page machinery and number formats of the demo generator: one way to draw a statement.
from resources.demo.make_demo import (
    COLUMNS,
    LINE,
    PAGE_W,
    _cents,
    _fmt_amount,
    _fmt_date,
    _fmt_period,
    pdf_bytes,
    _Page,
    _rewrite,
    _row,
    year_return,
)

SHORT_BY = Decimal(10_000)  # RUDI_2021's Saldo Akhir is printed this much below what adds up

SITI = Member(name="SITI CONTOH RAHAYU", birth_date=dt.date(1988, 7, 14), nik="3273015407880002")
SITI_CARD = Card("17012345678", "PT CONTOH SENTOSA ABADI", "12345678", Segment.PU, beneficiaries=(
    Beneficiary(Relation.SPOUSE, "AHMAD CONTOH WIJAYA"),
    Beneficiary(Relation.CHILD, "PUTRI CONTOH LESTARI"),
))
RUDI = Member(name="RUDI CONTOH PRATAMA", birth_date=dt.date(1985, 3, 9), nik="3578010903850004")
RUDI_CARD = Card("18098765432", "CV FIKTIF KARYA MANDIRI", "87654321", Segment.PU, beneficiaries=(
    Beneficiary(Relation.SPOUSE, "DEWI CONTOH ANGGRAINI"),
    Beneficiary(Relation.CHILD, "BAYU CONTOH PRATAMA"),
    Beneficiary(Relation.CHILD, "SARI CONTOH PRATIWI"),
    Beneficiary(Relation.PARENT, "SUTRISNO CONTOH"),
))
ADDRESSES = {"17012345678": ("JL. FIKTIF MELATI NO. 7", "KOTA CONTOH"),
             "18098765432": ("JL. CONTOH KENANGA GG. II NO. 15", "KABUPATEN FIKTIF")}


def _statement(rules: Rules, member: Member, card: Card, year: int, *, branch: str, since: tuple[int, int],
               wage: int, opening: Decimal, skip: frozenset[tuple[int, int]] = frozenset(),
               back_pay: tuple[tuple[int, int], int] | None = None, posted_late: tuple[int, int] | None = None,
               short_by: Decimal = Decimal(0), printed_on: dt.date) -> StatementYear:
    """One year: BL-TH 12 of the year before .. 11, each paid on the 10th of the month after."""
    rows: list[Contribution] = []
    period = (year - 1, 12)
    while period <= (year, 11):
        paid_y, paid_m = add_months(*period, 1)
        if period not in skip:
            row = _row(rules, period, dt.date(paid_y, paid_m, 10), Decimal(wage), Decimal(0))
            if period == posted_late:  # paid 10-mm, posted the same day a month later
                py, pm = add_months(paid_y, paid_m, 1)
                row = replace(row, posted_on=dt.date(py, pm, 10))
            rows.append(row)
        period = add_months(*period, 1)
    if back_pay is not None:
        (by, bm), amount = back_pay
        paid = dt.date(*add_months(by, bm, 2), 12)
        rows.append(_row(rules, (by, bm), paid, Decimal(0), Decimal(amount), Decimal(wage)))
    rows.sort(key=lambda r: (r.paid_on, r.period, -r.wage))
    # JP months before the statement year (from Keps Awal to November of the year before; the
    # December row is paid, and counted, in the statement's year).
    before = (year - 1 - since[0]) * 12 + 11 - since[1] + 1
    jp_month = _row(rules, (year - 1, 11), dt.date(year - 1, 12, 10), Decimal(wage), Decimal(0))
    acc = (jp_month.jp_employer * before, jp_month.jp_worker * before)
    contributions = sum((r.jht_total for r in rows), Decimal(0))
    weighted = sum((r.jht_total * (12 - counted_month(r, year)) / 12 for r in rows), Decimal(0))
    development = _cents(year_return(rules, year) * (opening + weighted))
    sums = [sum((getattr(r, f) for r in rows), Decimal(0))
            for f in ("jht_employer", "jht_worker", "jp_employer", "jp_worker")]
    jumlah = (sums[0], sums[1], acc[0] + sums[2], acc[1] + sums[3])  # JP columns include Akumulasi
    as_of = dt.date(year, 12, 31)
    assert member.birth_date is not None
    return StatementYear(
        card=card, member=member, year=year, opening=opening, contributions=contributions,
        development=development, closing=opening + contributions + development - short_by,
        rows=tuple(rows), printed_on=printed_on, branch=branch,
        member_since=f"{since[1]:02d}-{since[0]:04d}",
        jp_months=before + len({r.period for r in rows if r.jp_total > 0}),
        jp_accumulated=acc[0] + acc[1], jp_accumulated_parts=acc, jumlah=jumlah,
        jht_age_date=birthday(member.birth_date, int(rules.value("jht.claim_age", as_of))),
        jp_pension_date=birthday(member.birth_date, int(rules.value("jp.pension_age", as_of))),
    )


def real_statements(rules: Rules | None = None) -> dict[str, StatementYear]:
    """The fictional statements by name."""
    rules = rules or load_rules()
    return {
        "siti-2020": _statement(rules, SITI, SITI_CARD, 2020, branch="BANDUNG CONTOH", since=(2017, 2),
                                wage=4_000_000, opening=Decimal("8512340.35"), posted_late=(2020, 7),
                                printed_on=dt.date(2021, 9, 16)),
        "rudi-2021": _statement(rules, RUDI, RUDI_CARD, 2021, branch="SURABAYA FIKTIF", since=(2015, 6),
                                wage=5_600_000, opening=Decimal("41208115.60"),
                                skip=frozenset({(2021, 4), (2021, 5)}), back_pay=((2021, 2), 350_000),
                                short_by=SHORT_BY, printed_on=dt.date(2022, 2, 3)),
    }


# --------------------------------------------------------------------------- rendering

_LEFT_X, _LEFT_COLON, _RIGHT_X, _RIGHT_COLON = 30, 140, 330, 425


def _identity(page: _Page, st: StatementYear, y: float, order: str) -> float:
    """Title, date and the two header columns; `order` 'interleaved' or 'sequential'."""
    page.text(PAGE_W / 2, 805, f"INFORMASI DANA DAN USIA PENSIUN PESERTA JHT - JP TAHUN {st.year}",
              size=9, ha="center", bold=True)
    page.text(PAGE_W / 2, 793, f"Tanggal: {_fmt_date(st.printed_on, '-')}", ha="center")
    address, city = ADDRESSES[st.card.kpj]
    left = (
        ("Kantor Cabang", st.branch),
        ("NPP/Divisi", f"{st.card.npp}/000"),
        ("Nama Pemberi Kerja", st.card.employer),
        ("Nomor Kartu/NIK/Nomor Peg.", f"{st.card.kpj}/{st.member.nik}/-"),
        ("Nama Peserta", st.member.name),
        ("Tanggal Lahir", _fmt_date(st.member.birth_date, "-")),
        ("Alamat", address),
        ("Kota/Kabupaten", city),
    )
    by_relation = {rel: [b.name for b in st.card.beneficiaries if b.relation == rel] for rel in Relation}
    children = by_relation[Relation.CHILD] + ["-"] * 2
    right = (
        ("Keps Awal JHT/JP", f"{st.member_since} / {st.member_since}"),
        ("Masa Iuran JP", f"{st.jp_months} Bln"),
        ("Ket. Nonaktif", "-/-"),
        ("Susunan Penerima Manfaat JP**", None),
        ("Suami/Istri", "-/" + (by_relation[Relation.SPOUSE] or ["-"])[0]),
        ("Anak", f"-/{children[0]}"),
        ("Anak", f"-/{children[1]}"),
        ("Ayah/Ibu", "-/" + (by_relation[Relation.PARENT] or ["-"])[0]),
    )

    def pair(x: float, colon: float, yy: float, label: str, value: str | None) -> None:
        page.text(x, yy, label, bold=value is None)
        if value is not None:
            page.text(colon, yy, f":{value}" if label == "Ket. Nonaktif" else f": {value}")

    top = y
    if order == "interleaved":
        for (ll, lv), (rl, rv) in zip(left, right):
            pair(_LEFT_X, _LEFT_COLON, y, ll, lv)
            pair(_RIGHT_X, _RIGHT_COLON, y, rl, rv)
            y -= LINE
    else:
        for ll, lv in left:
            pair(_LEFT_X, _LEFT_COLON, y, ll, lv)
            y -= LINE
        for i, (rl, rv) in enumerate(right):
            pair(_RIGHT_X, _RIGHT_COLON, top - i * LINE, rl, rv)
    return y - 6


def _table_header(page: _Page, y: float) -> float:
    page.rule(y + 9)
    page.text(COLUMNS[2][0], y, "BL-TH", ha="center", bold=True)
    page.text(405, y, "Iuran JHT", ha="center", bold=True)
    page.text(530, y, "Iuran JP", ha="center", bold=True)
    y -= LINE
    for col, label in ((0, "No"), (1, "Tgl Setor"), (3, "Tgl Posting"), (4, "Upah*"), (5, "Rapel")):
        x, ha = COLUMNS[col]
        page.text(x, y, label, ha=ha, bold=True)
    y -= LINE
    page.text(COLUMNS[5][0] - 30, y, "Iuran", bold=True)
    for col, label in ((6, "Pemberi Kerja"), (7, "TK"), (8, "Pemberi Kerja"), (9, "TK")):
        x, ha = COLUMNS[col]
        page.text(x, y, label, ha=ha, bold=True)
    page.rule(y - 4)
    return y - LINE - 2


def _summary(page: _Page, st: StatementYear, y: float, style: str, grid: int) -> None:
    """The grid: label : amount pairs in two columns, the ages in a third or below."""
    page.text(30, y, "URAIAN", bold=True)
    page.text(200, y, "Nominal", ha="right", bold=True)
    page.text(220, y, "URAIAN", bold=True)
    page.text(390, y, "Nominal", ha="right", bold=True)
    if grid == 3:
        page.text(405, y, "INFORMASI USIA PENSIUN DAN USIA JHT", bold=True, size=6)
    y -= LINE
    cells = (
        ((f"Saldo Awal Per {_fmt_date(dt.date(st.year, 1, 1), '-')}", st.opening), ("Pengembangan", st.development)),
        (("Iuran", st.contributions), (f"Saldo Akhir Per {_fmt_date(st.as_of, '-')}", st.closing)),
    )
    ages = []
    if st.jp_pension_date is not None:
        age = st.jp_pension_date.year - (st.member.birth_date or st.jp_pension_date).year
        ages.append(f"Usia Pensiun {age} tahun pada tanggal {_fmt_date(st.jp_pension_date, '-')}")
    if st.jht_age_date is not None:
        age = st.jht_age_date.year - (st.member.birth_date or st.jht_age_date).year
        ages.append(f"Usia JHT {age} tahun pada tanggal {_fmt_date(st.jht_age_date, '-')}")
    for i, line in enumerate(cells):
        for (label, value), (x, right) in zip(line, ((30, 200), (220, 390))):
            page.text(x, y, label)
            page.text(right - 60, y, ":")
            page.text(right, y, _fmt_amount(value, style), ha="right")
        if grid == 3 and i < len(ages):
            page.text(405, y, ages[i], size=6)
        y -= LINE
    if grid == 2:
        y -= 4
        page.text(30, y, "INFORMASI USIA PENSIUN DAN USIA JHT", bold=True)
        for text in ages:
            y -= LINE
            page.text(30, y, text)


def render_real(st: StatementYear, *, style: str = "en", rows_per_page: int = 40, header: str = "interleaved",
                grid: int = 3) -> list:
    """The statement's pages as matplotlib Figures."""
    rows = list(st.rows)
    chunks = [rows[i:i + rows_per_page] for i in range(0, len(rows), rows_per_page)] or [[]]
    figures = []
    number = 0
    for index, chunk in enumerate(chunks):
        page = _Page("rows")
        y = _identity(page, st, 775, header)
        y = _table_header(page, y)
        if index == 0:
            page.text(COLUMNS[0][0] - 10, y, "Akumulasi Iuran JP")
            parts = st.jp_accumulated_parts or (Decimal(0), Decimal(0))
            page.cell(8, y, _fmt_amount(parts[0], style))
            page.cell(9, y, _fmt_amount(parts[1], style))
            y -= LINE
        for row in chunk:
            number += 1
            cells = (f"{number:02d}", _fmt_date(row.paid_on, "-"), _fmt_period(row.period, "-"),
                     _fmt_date(row.posted_on, "-"), _fmt_amount(row.wage, style), _fmt_amount(row.rapel, style),
                     _fmt_amount(row.jht_employer, style), _fmt_amount(row.jht_worker, style),
                     _fmt_amount(row.jp_employer, style), _fmt_amount(row.jp_worker, style))
            for col, text in enumerate(cells):
                page.cell(col, y, text)
            y -= LINE
        if index == len(chunks) - 1:
            page.rule(y + 7)
            page.text(COLUMNS[0][0] - 10, y, "Jumlah :", bold=True)
            for col, value in zip(range(6, 10), st.jumlah or (Decimal(0),) * 4):
                page.cell(col, y, _fmt_amount(value, style))
            _summary(page, st, y - LINE * 2, style, grid)
        figures.append(page.finish())
    return figures


def write_real_pdf(st: StatementYear, path: str | Path, *, style: str = "en", rows_per_page: int = 40,
                   header: str = "interleaved", grid: int = 3, cells: bool = False) -> Path:
    """Write `st` in the real layout; style 'en'/'id', header 'interleaved'/'sequential', grid 2/3."""
    if style not in ("en", "id") or header not in ("interleaved", "sequential") or grid not in (2, 3):
        raise ValueError("style en/id, header interleaved/sequential, grid 2/3")
    figures = render_real(st, style=style, rows_per_page=rows_per_page, header=header, grid=grid)
    created = dt.datetime(st.year + 1, 2, 1, 8, 0, tzinfo=dt.timezone.utc)
    metadata = {"Title": f"RSJHT {st.year}", "Creator": "resources/demo/make_real_layout.py",
                "Producer": "JHT planner test generator", "CreationDate": created}
    data = pdf_bytes(figures, metadata)
    if cells:
        data = _rewrite(data, cells=True, password=None)
    path = Path(path)
    path.write_bytes(data)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write fictional statements in the real RSJHT layout.")
    parser.add_argument("--out", type=Path, required=True, help="folder to write to")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, st in real_statements().items():
        print(write_real_pdf(st, args.out / f"rsjht-real-{name}.pdf", rows_per_page=8))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
