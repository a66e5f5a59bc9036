"""Make the demo statements: RSJHT-like PDFs of a fictional member.

    python -m resources.demo.make_demo [--out FOLDER]

BUDI CONTOH SANTOSO does not exist ("contoh" is Indonesian for "example"); his NIK and
card numbers are well formed but made up. He worked for PT CONTOH MAJU SEJAHTERA (card 1,
03-2019 .. 10-2022), had no job from 11-2022 to 02-2023, then joined PT FIKTIF DIGITAL
NUSANTARA (card 2, from 03-2023), which raised his wage in February 2024 and paid the
difference as back pay (Rapel) with March's contribution. One payment (07-2021) was late.

Contributions follow the rules files (JHT employer + worker parts of the wage, JP parts up
to the JP ceiling); each year's development is credited with the projection method's
formula (shared/domain/projection-method.md) at the declared return where one is known and
at the planner's default return otherwise, counting each row in the month
planner.audit.counted_month assigns it. So the demo's statements add up, and their
effective return is the return they were made with.

The layout follows shared/domain/rsjht-format.md: title lines, two-column header, two-level
table header repeated on every page, rows, Jumlah, Summary JHT, Usia JHT and
"Halaman N dari M" footers. The PDFs are rendered with matplotlib's PDF backend with
TrueType (Type 42) fonts so that pypdf can extract the text; the CreationDate is fixed so
that re-running the script gives identical files.

:func:`write_statement_pdf` also makes the variants the tests need: Indonesian amounts,
slash dates, many pages, a password, and a "cells" producer whose every text sits in its
own form XObject (pypdf's plain mode then gives one cell per line), or a producer that
draws the table column by column (plain mode then gives columns; layout mode rebuilds rows).
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from models import Card, Contribution, Member, Segment, StatementYear
from planner.audit import counted_month
from planner.dates import add_months, birthday
from planner.rules import Rules, RulesError, load_rules
from resources import DEMO_DIR

CENT = Decimal("0.01")

MEMBER = Member(name="BUDI CONTOH SANTOSO", birth_date=dt.date(1990, 2, 1), nik="3171010102900001")
ADDRESS = "JL. CONTOH RAYA NO. 1, KOTA FIKTIF"

# (card, branch, first month, last month, {year: monthly wage})
CARDS = (
    (Card("19000012345", "PT CONTOH MAJU SEJAHTERA", "NN000001", Segment.PU), "JAKARTA CONTOH",
     (2019, 3), (2022, 10), {2019: 5_200_000, 2020: 5_500_000, 2021: 5_800_000, 2022: 6_200_000}),
    (Card("23000067890", "PT FIKTIF DIGITAL NUSANTARA", "NN000002", Segment.PU), "BANDUNG CONTOH",
     (2023, 3), (2025, 12), {2023: 7_800_000, 2024: 8_400_000, 2025: 8_900_000}),
)
RAISE_WITH_BACK_PAY = ("23000067890", (2024, 2))  # wage of this year from this month, paid late
LATE_PAYMENT = ("19000012345", (2021, 7), 23)  # paid on this day of the following month
STATEMENT_YEARS = {"19000012345": range(2019, 2023), "23000067890": range(2023, 2026)}


def _cents(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def _rate(rules: Rules, name: str, on: dt.date) -> Decimal:
    return Decimal(str(rules.value(name, on)))


def year_return(rules: Rules, year: int) -> Decimal:
    """The return the demo credits in `year`: declared if known, else the default return."""
    for name in ("jht.declared_return", "jht.declared_return_2023_estimate"):
        if name in rules:
            value = rules.parameter(name).for_year(year)
            if value is not None:
                return Decimal(str(value))
    param = rules.parameter("macro.default_return")
    on = max(dt.date(year, 12, 31), param.starts[0])
    return Decimal(str(param.entry_on(on)[1]))


def _row(rules: Rules, period: tuple[int, int], paid: dt.date, wage: Decimal, rapel: Decimal,
         earlier_wage: Decimal = Decimal(0)) -> Contribution:
    on = dt.date(period[0], period[1], 1)
    base = wage + rapel
    ceiling = Decimal(str(rules.value("jp.wage_ceiling", on)))
    # JP is owed on the month's whole wage up to the ceiling, less what was already paid.
    jp_base = min(earlier_wage + base, ceiling) - min(earlier_wage, ceiling)
    return Contribution(
        period=period, paid_on=paid, posted_on=paid + dt.timedelta(days=2), wage=wage, rapel=rapel,
        jht_employer=_cents(base * _rate(rules, "jht.rate_employer", on)),
        jht_worker=_cents(base * _rate(rules, "jht.rate_worker", on)),
        jp_employer=_cents(jp_base * _rate(rules, "jp.rate_employer", on)),
        jp_worker=_cents(jp_base * _rate(rules, "jp.rate_worker", on)),
    )


def _card_rows(rules: Rules, kpj: str, first: tuple[int, int], last: tuple[int, int],
               wages: dict[int, int]) -> list[Contribution]:
    rows = []
    period = first
    while period <= last:
        y, m = period
        wage = Decimal(wages[y])
        back_pay = None
        raise_kpj, raise_from = RAISE_WITH_BACK_PAY
        if kpj == raise_kpj and raise_from[0] == y and m < raise_from[1]:
            wage = Decimal(wages[y - 1])  # before the raise: last year's wage
        if (kpj, period) == RAISE_WITH_BACK_PAY:
            old = Decimal(wages[y - 1])
            back_pay, wage = wage - old, old
        ny, nm = add_months(y, m, 1)
        day = 8 + (y + m) % 5  # paid between the 8th and the 12th of the following month
        if (kpj, period) == LATE_PAYMENT[:2]:
            day = LATE_PAYMENT[2]
        rows.append(_row(rules, period, dt.date(ny, nm, day), wage, Decimal(0)))
        if back_pay is not None:
            # Decided a month later: paid with the next month's contribution.
            py, pm = add_months(ny, nm, 1)
            rows.append(_row(rules, period, dt.date(py, pm, day), Decimal(0), back_pay, wage))
        period = add_months(y, m, 1)
    rows.sort(key=lambda r: (r.paid_on, r.period, -r.wage))
    return rows


def demo_statements(rules: Rules | None = None) -> list[StatementYear]:
    """Every statement year of the fictional member, oldest first, card by card."""
    rules = rules or load_rules()
    out = []
    claim_age = int(rules.value("jht.claim_age", dt.date(2019, 1, 1)))
    for card, branch, first, last, wages in CARDS:
        rows = _card_rows(rules, card.kpj, first, last, wages)
        opening = Decimal(0)
        jp_total = Decimal(0)
        jp_months: set[tuple[int, int]] = set()
        for year in STATEMENT_YEARS[card.kpj]:
            year_rows = tuple(r for r in rows if r.posted_on and r.posted_on.year == year)
            contributions = sum((r.jht_total for r in year_rows), Decimal(0))
            weighted = sum((r.jht_total * (12 - counted_month(r, year)) / 12 for r in year_rows), Decimal(0))
            development = _cents(year_return(rules, year) * (opening + weighted))
            closing = opening + contributions + development
            jp_accumulated = jp_total
            jp_total += sum((r.jp_total for r in year_rows), Decimal(0))
            jp_months |= {r.period for r in year_rows if r.jp_total > 0}
            jumlah = tuple(sum((getattr(r, f) for r in year_rows), Decimal(0))
                           for f in ("jht_employer", "jht_worker", "jp_employer", "jp_worker"))
            out.append(StatementYear(
                card=card, member=MEMBER, year=year, opening=opening, contributions=contributions,
                development=development, closing=closing, rows=year_rows,
                printed_on=dt.date(year + 1, 1, 20), branch=branch,
                member_since=f"{first[1]:02d}-{first[0]:04d}", jp_months=len(jp_months),
                jp_accumulated=jp_accumulated, jumlah=jumlah,  # type: ignore[arg-type]
                jht_age_date=birthday(MEMBER.birth_date, claim_age),
            ))
            opening = closing
    return out


# --------------------------------------------------------------------------- rendering

PAGE_W, PAGE_H = 595.28, 841.89  # A4 in points
FONT = 7.0
LINE = 11.0
# (x in points, horizontal alignment) of the ten table columns
COLUMNS = ((45, "center"), (85, "center"), (128, "center"), (172, "center"), (252, "right"),
           (312, "right"), (378, "right"), (432, "right"), (500, "right"), (560, "right"))


def _fmt_amount(x: Decimal, style: str) -> str:
    text = f"{abs(x):,.2f}"
    if style == "id":
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return ("-" if x < 0 else "") + text


def _fmt_date(d: dt.date | None, sep: str) -> str:
    return "-" if d is None else f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year:04d}"


def _fmt_period(p: tuple[int, int], sep: str) -> str:
    return f"{p[1]:02d}{sep}{p[0]:04d}"


class _Page:
    """One A4 page: text placed in points from the bottom-left corner."""

    def __init__(self, draw_order: str):
        from matplotlib.figure import Figure

        self.fig = Figure(figsize=(PAGE_W / 72, PAGE_H / 72))
        self.draw_order = draw_order
        self.deferred: list[tuple] = []  # table cells, for the column-by-column producer

    def text(self, x, y, s, size=FONT, ha="left", bold=False):
        self.fig.text(x / PAGE_W, y / PAGE_H, s, fontsize=size, ha=ha, va="baseline",
                      fontweight="bold" if bold else "normal", family="DejaVu Sans")

    def cell(self, col, y, s):
        if self.draw_order == "columns":
            self.deferred.append((col, y, s))
        else:
            x, ha = COLUMNS[col]
            self.text(x, y, s, ha=ha)

    def rule(self, y):
        from matplotlib.lines import Line2D

        self.fig.add_artist(Line2D([30 / PAGE_W, 565 / PAGE_W], [y / PAGE_H, y / PAGE_H],
                                   linewidth=0.5, color="black"))

    def finish(self):
        for col, y, s in sorted(self.deferred, key=lambda c: (c[0], -c[1])):
            x, ha = COLUMNS[col]
            self.text(x, y, s, ha=ha)
        self.deferred = []
        return self.fig


def _title(page: _Page, year: int) -> float:
    page.text(PAGE_W / 2, 805, "BPJS KETENAGAKERJAAN", size=11, ha="center", bold=True)
    page.text(PAGE_W / 2, 790, f"INFORMASI DANA DAN USIA PENSIUN PESERTA JHT - JP TAHUN {year}",
              size=9, ha="center", bold=True)
    return 770


def _header(page: _Page, st: StatementYear, y: float, sep: str, address: str) -> float:
    since = st.member_since.replace("-", sep if sep == "/" else "-")
    left = (
        ("Tanggal", _fmt_date(st.printed_on, sep)),
        ("Kantor Cabang", st.branch),
        ("Keps Awal JHT/JP", f"{since} / {since}"),
        ("NPP/Divisi", f"{st.card.npp} / 000"),
        ("Masa Iuran JP", f"{st.jp_months or 0} Bulan"),
        ("Nama Pemberi Kerja", st.card.employer),
        ("Ket. Nonaktif", "-"),
    )
    right = (
        ("Nomor Kartu/NIK/Nomor Peg.", f"{st.card.kpj} / {st.member.nik or '-'} / -"),
        ("Nama Peserta", st.member.name),
        ("Tanggal Lahir", _fmt_date(st.member.birth_date, sep)),
        ("Alamat, Kota/Kabupaten", address),
    )
    for i, (label, value) in enumerate(left):
        page.text(30, y, label)
        page.text(112, y, ":")
        page.text(117, y, value)
        if i < len(right):
            rl, rv = right[i]
            page.text(290, y, rl)
            page.text(400, y, ":")
            page.text(405, y, rv)
        y -= LINE
    return y - 6


def _table_header(page: _Page, y: float) -> float:
    page.rule(y + 9)
    first = ("No", "Tgl Setor", "BL-TH", "Tgl Posting", "Upah", "Rapel")
    for (x, ha), label in zip(COLUMNS, first):
        page.text(x, y, label, ha=ha, bold=True)
    page.text(385, y, "Iuran JHT", ha="center", bold=True)
    page.text(510, y, "Iuran JP", ha="center", bold=True)
    y -= LINE
    for col, label in ((6, "Pemberi Kerja"), (7, "TK"), (8, "Pemberi Kerja"), (9, "TK")):
        x, ha = COLUMNS[col]
        page.text(x, y, label, ha=ha, bold=True)
    page.rule(y - 4)
    return y - LINE - 2


def _summary(page: _Page, st: StatementYear, y: float, style: str, sep: str, claim_age: int) -> float:
    page.text(30, y, "Summary JHT", size=8, bold=True)
    y -= LINE + 2
    lines = (
        (f"Saldo Awal Per {_fmt_date(dt.date(st.year, 1, 1), sep)}", st.opening),
        ("Iuran", st.contributions),
        ("Pengembangan", st.development),
        (f"Saldo Akhir Per {_fmt_date(st.as_of, sep)}", st.closing),
    )
    for label, value in lines:
        page.text(30, y, label)
        page.text(200, y, "Rp")
        page.text(300, y, _fmt_amount(value, style), ha="right")
        y -= LINE
    y -= 4
    page.text(30, y, "Informasi Usia Pensiun dan Usia JHT", size=8, bold=True)
    y -= LINE + 2
    if st.jht_age_date is not None:
        page.text(30, y, f"Usia JHT {claim_age} tahun pada tanggal {_fmt_date(st.jht_age_date, sep)}")
        y -= LINE
    return y


def render_statement(statement: StatementYear, *, style: str = "en", date_sep: str = "-",
                     rows_per_page: int = 40, draw_order: str = "rows",
                     address: str = ADDRESS, rules: Rules | None = None) -> list:
    """The statement's pages as matplotlib Figures."""
    rules = rules or load_rules()
    try:
        claim_age = int(rules.value("jht.claim_age", statement.as_of))
    except RulesError:
        claim_age = int(rules.parameter("jht.claim_age").values[-1])
    st = statement
    rows = list(st.rows)
    chunks = [rows[i:i + rows_per_page] for i in range(0, len(rows), rows_per_page)] or [[]]
    summary_lines = 14
    if len(chunks[-1]) + summary_lines > rows_per_page + 10 and rows:
        chunks.append([])  # the summary gets a page of its own
    total = len(chunks)
    figures = []
    number = 0
    for index, chunk in enumerate(chunks):
        page = _Page(draw_order)
        y = _title(page, st.year)
        if index == 0:
            y = _header(page, st, y, date_sep, address)
        y = _table_header(page, y)
        if index == 0:
            page.text(COLUMNS[0][0] - 10, y, f"Akumulasi Iuran JP s.d. Desember {st.year - 1}")
            page.text(COLUMNS[9][0], y, _fmt_amount(st.jp_accumulated or Decimal(0), style), ha="right")
            y -= LINE
        for row in chunk:
            number += 1
            cells = (str(number), _fmt_date(row.paid_on, date_sep), _fmt_period(row.period, date_sep),
                     _fmt_date(row.posted_on, date_sep), _fmt_amount(row.wage, style),
                     _fmt_amount(row.rapel, style), _fmt_amount(row.jht_employer, style),
                     _fmt_amount(row.jht_worker, style), _fmt_amount(row.jp_employer, style),
                     _fmt_amount(row.jp_worker, style))
            for col, text in enumerate(cells):
                page.cell(col, y, text)
            y -= LINE
        if index == total - 1:
            page.rule(y + 7)
            page.text(COLUMNS[0][0] - 10, y, "Jumlah", bold=True)
            jumlah = st.jumlah or (Decimal(0),) * 4
            for col, value in zip(range(6, 10), jumlah):
                page.cell(col, y, _fmt_amount(value, style))
            y -= LINE * 2
            _summary(page, st, y, style, date_sep, claim_age)
        page.text(PAGE_W / 2, 25, f"Halaman {index + 1} dari {total}", ha="center")
        figures.append(page.finish())
    return figures


def write_statement_pdf(statement: StatementYear, path: str | Path, *, style: str = "en",
                        date_sep: str = "-", password: str | None = None, rows_per_page: int = 40,
                        cells: bool = False, draw_order: str = "rows", address: str = ADDRESS) -> Path:
    """Write `statement` as an RSJHT-like PDF and return its path.

    style 'en' (4,000,000.00) or 'id' (4.000.000,00); date_sep '-' or '/'; password: encrypt
    (AES-128) with it; cells: every text in its own form XObject; draw_order 'columns': the
    table is drawn column by column.
    """
    if style not in ("en", "id") or date_sep not in ("-", "/") or draw_order not in ("rows", "columns"):
        raise ValueError("style must be en/id, date_sep -//, draw_order rows/columns")
    path = Path(path)
    figures = render_statement(statement, style=style, date_sep=date_sep, rows_per_page=rows_per_page,
                               draw_order=draw_order, address=address)
    created = dt.datetime(statement.year + 1, 1, 20, 8, 0, tzinfo=dt.timezone.utc)
    metadata = {"Title": f"Rincian Saldo JHT {statement.year}", "Creator": "resources/demo/make_demo.py",
                "Producer": "JHT planner demo", "CreationDate": created}
    data = pdf_bytes(figures, metadata)
    if cells or password is not None:
        data = _rewrite(data, cells=cells, password=password)
    path.write_bytes(data)
    return path


def pdf_bytes(figures: list, metadata: dict) -> bytes:
    """The pages as one PDF, fonts embedded as TrueType, compressed the same way every time
    (so a generator run twice writes the same bytes)."""
    import matplotlib  # the Agg/PDF backends only, loaded when a PDF is written
    from matplotlib.backends.backend_pdf import PdfPages

    buffer = io.BytesIO()
    with matplotlib.rc_context({"pdf.fonttype": 42, "pdf.compression": 6}):
        with PdfPages(buffer, metadata=metadata) as pdf:
            for fig in figures:
                pdf.savefig(fig)
    return buffer.getvalue()


def _rewrite(data: bytes, *, cells: bool, password: str | None) -> bytes:
    """Post-process with pypdf: texts into form XObjects and/or encryption."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (ArrayObject, ContentStream, DictionaryObject, FloatObject,
                               NameObject, StreamObject)

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    if cells:
        count = 0  # form names are unique in the file: pages may share one resource dictionary
        for page in writer.pages:
            resources = page["/Resources"]
            content = ContentStream(page.get_contents(), writer)
            ops = content.operations
            new_ops, forms, i = [], {}, 0
            while i < len(ops):
                if ops[i][1] == b"q" and i + 2 < len(ops) and ops[i + 1][1] == b"cm" and ops[i + 2][1] == b"BT":
                    j = i
                    while ops[j][1] != b"Q":
                        j += 1
                    block = ContentStream(None, writer)
                    block.operations = ops[i:j + 1]
                    form = StreamObject()
                    form.set_data(block.get_data())
                    form.update({
                        NameObject("/Type"): NameObject("/XObject"),
                        NameObject("/Subtype"): NameObject("/Form"),
                        NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0),
                                                          FloatObject(PAGE_W), FloatObject(PAGE_H)]),
                        NameObject("/Resources"): resources,
                    })
                    name = NameObject(f"/Cell{count}")
                    count += 1
                    forms[name] = writer._add_object(form)
                    new_ops.append(([name], b"Do"))
                    i = j + 1
                else:
                    new_ops.append(ops[i])
                    i += 1
            content.operations = new_ops
            page.replace_contents(content)
            xobjects = resources.get_object().get("/XObject")
            if xobjects is None:
                xobjects = DictionaryObject()
                resources.get_object()[NameObject("/XObject")] = xobjects
            xobjects = xobjects.get_object()
            for name, ref in forms.items():
                xobjects[name] = ref
    if password is not None:
        writer.encrypt(user_password=password, owner_password=None, algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def file_name(st: StatementYear) -> str:
    return f"rsjht-{st.card.kpj}-{st.year}.pdf"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the demo RSJHT statements.")
    parser.add_argument("--out", type=Path, default=DEMO_DIR, help="folder to write to")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for st in demo_statements():
        path = write_statement_pdf(st, args.out / file_name(st))
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
