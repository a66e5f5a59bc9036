"""CSV in and out: the templates a member can fill in, and the app's own export.

The format is documented for members in docs/csv-format.md; this module is its reference.
Two kinds of section, each starting with its header line (column names in Indonesian, as on
the statement):

* contribution rows: ``kpj,bl_th,tgl_setor,tgl_posting,upah,rapel,iuran_jht_pemberi_kerja,
  iuran_jht_tk,iuran_jp_pemberi_kerja,iuran_jp_tk`` (+ optional ``tahun`` and identity columns);
* year summaries: ``kpj,tahun,saldo_awal,iuran,pengembangan,saldo_akhir`` (+ optional columns).

A template file holds one or both sections (the header line says which); the app's own
export starts with the marker line :data:`EXPORT_MARKER` and holds both. Amounts are plain
decimals with ``.`` (no thousands separators; with ``;`` as the delimiter, as spreadsheets
set to Indonesian write it, ``,`` is the decimal separator instead); dates ISO
``YYYY-MM-DD`` (``DD-MM-YYYY`` is read too); BL-TH ``YYYY-MM`` or ``MM-YYYY``; UTF-8, with
or without BOM.

A card and year read from rows alone has no summary: it comes back as a
:class:`models.StatementYear` with zero summary figures and a ``summary_missing`` finding
(:func:`has_summary` tells). Nothing is guessed.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, Sequence

from models import Card, Contribution, Finding, Member, ProjectionResult, Segment, Severity, StatementYear
from planner import fileio
from planner.errors import UserError
from planner.parse import ParseError, amount_in_style, parse_date, style_of
from planner.texts import both

EXPORT_MARKER = "#jht-planner-ekspor"
EXPORT_VERSION = 1
SUMMARY_MISSING = "summary_missing"

IDENTITY_COLUMNS = ("nama_peserta", "tanggal_lahir", "nama_pemberi_kerja", "npp", "segmen")
ROW_COLUMNS = ("kpj", "tahun", "bl_th", "tgl_setor", "tgl_posting", "upah", "rapel", "iuran_jht_pemberi_kerja",
               "iuran_jht_tk", "iuran_jp_pemberi_kerja", "iuran_jp_tk")
ROW_REQUIRED = ("kpj", "bl_th", "upah", "iuran_jht_pemberi_kerja", "iuran_jht_tk")
SUMMARY_COLUMNS = ("kpj", "tahun", "saldo_awal", "iuran", "pengembangan", "saldo_akhir", "tanggal", "kantor_cabang",
                   "keps_awal", "masa_iuran_jp", "akumulasi_iuran_jp", "jumlah_jht_pemberi_kerja", "jumlah_jht_tk",
                   "jumlah_jp_pemberi_kerja", "jumlah_jp_tk", "usia_jht_tanggal", "akumulasi_iuran_jp_pemberi_kerja",
                   "akumulasi_iuran_jp_tk", "usia_pensiun_tanggal")
SUMMARY_REQUIRED = ("kpj", "tahun", "saldo_awal", "iuran", "pengembangan", "saldo_akhir")
PROJECTION_COLUMNS = ("tahun", "usia", "saldo_awal", "iuran", "pengembangan", "saldo_akhir",
                      "saldo_akhir_nilai_kini", "upah", "bulan_iuran")

_ROW_AMOUNTS = (("upah", "wage"), ("rapel", "rapel"), ("iuran_jht_pemberi_kerja", "jht_employer"),
                ("iuran_jht_tk", "jht_worker"), ("iuran_jp_pemberi_kerja", "jp_employer"),
                ("iuran_jp_tk", "jp_worker"))
_JUMLAH = ("jumlah_jht_pemberi_kerja", "jumlah_jht_tk", "jumlah_jp_pemberi_kerja", "jumlah_jp_tk")
_PERIOD_ISO = re.compile(r"^(\d{4})-(\d{1,2})$")
_PERIOD_BLTH = re.compile(r"^(\d{1,2})[-/](\d{4})$")


class CsvError(UserError):
    """A CSV file that does not follow docs/csv-format.md; the sentence says where."""


_STYLE_MARK = re.compile(r"^#\s*angka\s*=\s*(id|en)\s*$", re.I)
_QUOTED = re.compile("\u201c(.*?)\u201d", re.S)


def _one_line(text: str) -> str:
    """One line whatever a damaged cell holds: quoted cells shortened, a KPJ or NIK in them masked."""
    from planner.format import mask_digits

    def cell(m: re.Match) -> str:
        value = " ".join(m.group(1).split())
        value = re.sub(r"\d{8,}", lambda d: mask_digits(d.group(0)), value)
        return "\u201c" + (value if len(value) <= 40 else value[:40] + "\u2026") + "\u201d"

    return " ".join(_QUOTED.sub(cell, text).split())


def _err(line: int, id_text: str, en_text: str) -> CsvError:
    return CsvError("csv_invalid", _one_line(f"Baris {line} CSV: {id_text}"), _one_line(f"CSV line {line}: {en_text}"))


# --------------------------------------------------------------------------- summary-less years


def summary_missing_finding(kpj: str, year: int, lang: str = "id") -> Finding:
    msg = ("Untuk tahun ini hanya rincian iuran yang tersedia; ringkasan saldo (Saldo Awal/Akhir) tidak ada "
           "dalam data yang diimpor." if lang != "en" else
           "Only the contribution rows of this year are available; the balance summary (opening/closing) "
           "was not in the imported data.")
    return Finding(SUMMARY_MISSING, Severity.INFO, msg, (), kpj, year)


def has_summary(st: StatementYear) -> bool:
    """False for a year known only from contribution rows (its summary figures mean nothing).

    Such a year carries a ``summary_missing`` finding; since the audit replaces a statement's
    findings, the shape tells as well: rows, and all four summary figures zero (a printed
    statement with contributions cannot close at zero).
    """
    if any(f.code == SUMMARY_MISSING for f in st.findings):
        return False
    return not (st.rows and st.opening == st.contributions == st.development == st.closing == 0)


#: Audit findings about a year's summary; they mean nothing for a year without one.
SUMMARY_CODES = frozenset({"summary_mismatch", "iuran_mismatch", "return_vs_declared", "total_mismatch"})


def tidy_summaryless(statements: Sequence[StatementYear], findings: Sequence[Finding] = (),
                     lang: str = "id") -> tuple[list[StatementYear], list[Finding]]:
    """Years without a summary: their summary findings dropped, ``summary_missing`` put back.

    `findings` (across years, from planner.audit.audit_cards) lose the chain breaks that
    involve such a year: a chain_break of (card, Y) compares Y's closing with Y+1's opening.
    """
    from dataclasses import replace

    missing = {(st.card.kpj, st.year) for st in statements if not has_summary(st)}
    out = []
    for st in statements:
        if (st.card.kpj, st.year) in missing:
            kept = tuple(f for f in st.findings if f.code not in SUMMARY_CODES and f.code != SUMMARY_MISSING)
            st = replace(st, findings=(summary_missing_finding(st.card.kpj, st.year, lang),) + kept,
                         effective_return=None)
        out.append(st)
    across = [f for f in findings
              if not (f.code == "chain_break" and f.year is not None
                      and ((f.kpj, f.year) in missing or (f.kpj, f.year + 1) in missing))]
    return out, across


# --------------------------------------------------------------------------- detection


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def _first_line(text: str) -> str:
    """The first line that is not empty and not a ``#angka=`` mark."""
    for line in _strip_bom(text).splitlines():
        if line.strip() and not _STYLE_MARK.match(line.strip().rstrip(",;")):
            return line.strip()
    return ""


def _first_data_line(text: str) -> str:
    """The first line that is not empty and not a comment: it shows the delimiter."""
    for line in _strip_bom(text).splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            return line.strip()
    return ""


def _delimiter(line: str) -> str:
    return ";" if line.count(";") > line.count(",") else ","


def _header_kind(cells: Sequence[str]) -> str | None:
    names = {c.strip().lower() for c in cells}
    if "kpj" not in names:
        return None
    if "bl_th" in names:
        return "rows"
    if "saldo_akhir" in names:
        return "summary"
    return None


def is_export(text: str) -> bool:
    """The app's own export: its first line is the marker."""
    return _first_line(text).split(",")[0].split(";")[0].strip().lower() == EXPORT_MARKER


def is_template(text: str) -> bool:
    """A filled-in template: its first line is a rows or a summary header."""
    line = _first_line(text)
    if not line or line.startswith("#"):
        return False
    return _header_kind(next(csv.reader([line], delimiter=_delimiter(line)))) is not None


# --------------------------------------------------------------------------- reading


@dataclass
class _Ident:
    name: str = ""
    birth_date: dt.date | None = None
    employer: str = ""
    npp: str = ""
    segment: Segment = Segment.PU


def _amount(text: str, line: int, column: str, style: str) -> Decimal:
    try:
        return amount_in_style(text, style)
    except ParseError:
        raise _err(line, *both(f"import.csv_amount_{style}", column=column, text=text)) from None


_SLASH_DATE = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")


def _date_cell(text: str, line: int, column: str) -> dt.date:
    """YYYY-MM-DD, DD-MM-YYYY, or DD/MM/YYYY once :func:`_date_order` has ruled out the US order."""
    try:
        return parse_date(text)
    except ParseError:
        raise _err(line, f"kolom {column} bukan tanggal: \u201c{text}\u201d (tulis YYYY-MM-DD).",
                   f"column {column} is not a date: \u201c{text}\u201d (write YYYY-MM-DD).") from None


def _period(text: str, line: int) -> tuple[int, int]:
    t = text.strip()
    m = _PERIOD_ISO.match(t)
    y, mo = (int(m.group(1)), int(m.group(2))) if m else (0, 0)
    if not m:
        m = _PERIOD_BLTH.match(t)
        if m:
            y, mo = int(m.group(2)), int(m.group(1))
    if not m or not 1 <= mo <= 12:
        raise _err(line, f"kolom bl_th bukan bulan: \u201c{text}\u201d (tulis YYYY-MM).",
                   f"column bl_th is not a month: \u201c{text}\u201d (write YYYY-MM).")
    return y, mo


def _year(text: str, line: int) -> int:
    t = text.strip()
    if not re.fullmatch(r"\d{4}", t):
        raise _err(line, f"kolom tahun bukan tahun: \u201c{text}\u201d.", f"column tahun is not a year: \u201c{text}\u201d.")
    return int(t)


def _kpj(text: str, line: int) -> str:
    t = re.sub(r"[\s.-]", "", text)
    if not t.isdigit():
        raise _err(line, "kolom kpj harus berisi nomor kartu (angka).", "column kpj must hold the card number (digits).")
    return t


_AKUMULASI_PARTS = ("akumulasi_iuran_jp_pemberi_kerja", "akumulasi_iuran_jp_tk")
_AMOUNT_COLUMNS = frozenset(c for c, _ in _ROW_AMOUNTS) | {"saldo_awal", "iuran", "pengembangan", "saldo_akhir",
                                                          "akumulasi_iuran_jp", *_JUMLAH, *_AKUMULASI_PARTS}
_DATE_COLUMNS = frozenset({"tgl_setor", "tgl_posting", "tanggal_lahir", "tanggal", "usia_jht_tanggal",
                           "usia_pensiun_tanggal"})


def _records(text: str, delim: str) -> tuple[list[tuple[int, list[str]]], str | None]:
    """The non-empty, non-comment lines with their numbers, and a ``#angka=id|en`` mark if any."""
    records, mark = [], None
    for n, cells in enumerate(csv.reader(io.StringIO(text), delimiter=delim), 1):
        if not any(c.strip() for c in cells):
            continue
        first = cells[0].strip()
        if first.startswith("#"):
            m = _STYLE_MARK.match(delim.join(cells).strip().rstrip(",;"))
            mark = m.group(1).lower() if m else mark
            continue
        records.append((n, cells))
    return records, mark


def _columns_of(records: list[tuple[int, list[str]]], wanted: frozenset[str]) -> list[tuple[int, str]]:
    """(line, text) of every non-empty cell in a `wanted` column, under each section's header."""
    out, cols = [], {}
    for n, cells in records:
        if _header_kind(cells) is not None:
            cols = {c.strip().lower(): i for i, c in enumerate(cells) if c.strip()}
            continue
        for name, i in cols.items():
            if name in wanted and i < len(cells) and cells[i].strip():
                out.append((n, cells[i].strip()))
    return out


def _number_style(amounts: list[tuple[int, str]], mark: str | None) -> str:
    """The file's one number style, decided from all its amounts as the PDF reader does."""
    seen: dict[str, tuple[int, str]] = {}
    for n, text in amounts:
        style = style_of(text)
        if style is not None:
            seen.setdefault(style, (n, text))
    if "en" in seen and "id" in seen:
        (n_en, en), (n_id, id_) = seen["en"], seen["id"]
        raise _err(max(n_en, n_id), *both("import.csv_mixed_styles", en=en, id=id_, line_en=n_en, line_id=n_id))
    for style in ("en", "id"):
        if style in seen:
            if mark is not None and mark != style:
                raise _err(seen[style][0], *both("import.csv_mark_contradicted", text=seen[style][1]))
            return style
    if "either" in seen and mark is None:
        n, text = seen["either"]
        raise _err(n, *both("import.csv_style_undecided", text=text))
    return mark or "en"


def _date_order(dates: list[tuple[int, str]]) -> None:
    """Refuse month-first (US) dates and dates whose order the file leaves open; never guess."""
    day_first: tuple[int, str] | None = None
    ambiguous: tuple[int, str] | None = None
    for n, text in dates:
        m = _SLASH_DATE.match(text)
        if not m:
            continue
        a, b = int(m.group(1)), int(m.group(2))
        if b > 12 and a <= 12:
            raise _err(n, *both("import.csv_us_date", text=text))
        if a > 12:
            day_first = day_first or (n, text)
        elif a != b:
            ambiguous = ambiguous or (n, text)
    if ambiguous is not None and day_first is None:
        raise _err(ambiguous[0], *both("import.csv_date_undecided", text=ambiguous[1]))


def parse_csv(text: str, lang: str = "id") -> list[StatementYear]:
    """Read a template or an export (both sections allowed); raises CsvError.

    The number style is decided once for the whole file (:func:`_number_style`), and slash
    dates must be day-first throughout (:func:`_date_order`).
    """
    text = _strip_bom(text)
    delim = _delimiter(_first_data_line(text))
    records, mark = _records(text, delim)
    style = _number_style(_columns_of(records, _AMOUNT_COLUMNS), mark)
    _date_order(_columns_of(records, _DATE_COLUMNS))
    kind: str | None = None
    cols: dict[str, int] = {}
    idents: dict[str, _Ident] = defaultdict(_Ident)
    summaries: dict[tuple[str, int], StatementYear] = {}
    rows: dict[tuple[str, int], list[Contribution]] = defaultdict(list)
    saw_header = False
    for n, cells in records:
        header = _header_kind(cells)
        if header is not None:
            kind, saw_header = header, True
            cols = {c.strip().lower(): i for i, c in enumerate(cells) if c.strip()}
            required = ROW_REQUIRED if kind == "rows" else SUMMARY_REQUIRED
            missing = [c for c in required if c not in cols]
            if missing:
                raise _err(n, f"kolom wajib tidak ada: {', '.join(missing)}.", f"required columns missing: {', '.join(missing)}.")
            continue
        if kind is None:
            raise _err(n, "baris judul kolom (kpj, bl_th, \u2026 atau kpj, tahun, saldo_akhir, \u2026) tidak ditemukan.",
                       "the header line (kpj, bl_th, \u2026 or kpj, tahun, saldo_akhir, \u2026) was not found.")

        def cell(name: str) -> str:
            i = cols.get(name)
            return cells[i].strip() if i is not None and i < len(cells) else ""

        def need(name: str) -> str:
            value = cell(name)
            if not value:
                raise _err(n, f"kolom {name} kosong.", f"column {name} is empty.")
            return value

        kpj = _kpj(need("kpj"), n)
        ident = idents[kpj]
        ident.name = ident.name or cell("nama_peserta")
        ident.employer = ident.employer or cell("nama_pemberi_kerja")
        ident.npp = ident.npp or cell("npp")
        if cell("tanggal_lahir") and ident.birth_date is None:
            ident.birth_date = _date_cell(cell("tanggal_lahir"), n, "tanggal_lahir")
        if cell("segmen"):
            try:
                ident.segment = Segment(cell("segmen").upper())
            except ValueError:
                raise _err(n, "kolom segmen harus PU, BPU atau PMI.", "column segmen must be PU, BPU or PMI.") from None

        if kind == "rows":
            period = _period(need("bl_th"), n)
            paid = _date_cell(cell("tgl_setor"), n, "tgl_setor") if cell("tgl_setor") else None
            posted = _date_cell(cell("tgl_posting"), n, "tgl_posting") if cell("tgl_posting") else None
            amounts = {}
            for column, attr in _ROW_AMOUNTS:
                value = need(column) if column in ROW_REQUIRED else cell(column)
                amounts[attr] = _amount(value, n, column, style) if value else Decimal(0)
            if cell("tahun"):
                year = _year(cell("tahun"), n)
            else:
                year = (posted or paid or dt.date(period[0], period[1], 1)).year
            rows[(kpj, year)].append(Contribution(period, paid, posted, **amounts))
        else:
            year = _year(need("tahun"), n)
            figures = [_amount(need(c), n, c, style) for c in ("saldo_awal", "iuran", "pengembangan", "saldo_akhir")]
            jumlah_cells = [cell(c) for c in _JUMLAH]
            jumlah = (tuple(_amount(c, n, name, style) for c, name in zip(jumlah_cells, _JUMLAH))
                      if all(jumlah_cells) else None)
            jp_months = cell("masa_iuran_jp")
            if jp_months and not jp_months.isdigit():
                raise _err(n, "kolom masa_iuran_jp harus jumlah bulan.", "column masa_iuran_jp must be a number of months.")
            acc = cell("akumulasi_iuran_jp")
            part_cells = [cell(c) for c in _AKUMULASI_PARTS]
            parts = (tuple(_amount(c, n, name, style) for c, name in zip(part_cells, _AKUMULASI_PARTS))
                     if all(part_cells) else None)
            st = StatementYear(
                card=Card(kpj), member=Member(""), year=year,
                opening=figures[0], contributions=figures[1], development=figures[2], closing=figures[3],
                printed_on=_date_cell(cell("tanggal"), n, "tanggal") if cell("tanggal") else None,
                branch=cell("kantor_cabang"), member_since=cell("keps_awal"),
                jp_months=int(jp_months) if jp_months else None,
                jp_accumulated=_amount(acc, n, "akumulasi_iuran_jp", style) if acc else None,
                jumlah=jumlah,  # type: ignore[arg-type]
                jht_age_date=_date_cell(cell("usia_jht_tanggal"), n, "usia_jht_tanggal") if cell("usia_jht_tanggal") else None,
                jp_accumulated_parts=parts,  # type: ignore[arg-type]
                jp_pension_date=(_date_cell(cell("usia_pensiun_tanggal"), n, "usia_pensiun_tanggal")
                                 if cell("usia_pensiun_tanggal") else None),
            )
            seen = summaries.get((kpj, year))
            if seen is not None and _figures(seen) != _figures(st):
                raise _err(n, f"ringkasan kartu {kpj[:3]}\u2026 tahun {year} tertulis dua kali dengan angka berbeda.",
                           f"the summary of card {kpj[:3]}\u2026 for {year} appears twice with different figures.")
            summaries[(kpj, year)] = st
    if not saw_header:
        raise _err(1, "baris judul kolom tidak ditemukan.", "the header line was not found.")
    out = []
    for key in sorted(summaries.keys() | rows.keys()):
        kpj, year = key
        ident = idents[kpj]
        card = Card(kpj, ident.employer, ident.npp, ident.segment)
        member = Member(ident.name, ident.birth_date)
        st = summaries.get(key)
        if st is None:
            st = StatementYear(card, member, year, Decimal(0), Decimal(0), Decimal(0), Decimal(0),
                               findings=(summary_missing_finding(kpj, year, lang),))
        from dataclasses import replace

        out.append(replace(st, card=card, member=member, rows=tuple(rows.get(key, ()))))
    return out


def _figures(st: StatementYear) -> tuple:
    return (st.opening, st.contributions, st.development, st.closing)


# --------------------------------------------------------------------------- writing


#: Export settings: (delimiter, decimal separator). "id" is what a spreadsheet set to Indonesian
#: opens as columns and numbers (Excel Indonesia: ";" and a decimal comma); "en" is the default.
EXPORT_STYLES = {"en": (",", "."), "id": (";", ",")}


def _d(value: Decimal | None, style: str = "en") -> str:
    if value is None:
        return ""
    return format(value, "f").replace(".", EXPORT_STYLES[style][1])


def _iso(value: dt.date | None) -> str:
    return "" if value is None else value.isoformat()


def _writer(buf: io.StringIO, delimiter: str = ",") -> "csv._writer":
    return csv.writer(buf, lineterminator="\r\n", delimiter=delimiter)


def write_history_csv(statements: Iterable[StatementYear], style: str = "en") -> str:
    """The app's own export: marker line, year summaries, a blank line, contribution rows.

    `style` "en" (``,`` and ``4104000.00``) or "id" (``;`` and ``4104000,00``, for a
    spreadsheet set to Indonesian). Reading either back (:func:`parse_csv`) gives the same
    cards, years, summaries and rows. Write it with :func:`write_text` (BOM included).
    """
    if style not in EXPORT_STYLES:
        raise ValueError(f"style must be one of {sorted(EXPORT_STYLES)}")
    statements = sorted(statements, key=lambda s: (s.card.kpj, s.year))
    buf = io.StringIO()
    w = _writer(buf, EXPORT_STYLES[style][0])
    d = lambda value: _d(value, style)  # noqa: E731
    w.writerow([EXPORT_MARKER, f"versi={EXPORT_VERSION}"])
    w.writerow(list(SUMMARY_COLUMNS) + list(IDENTITY_COLUMNS))
    for st in statements:
        if not has_summary(st):
            continue
        j = st.jumlah or (None, None, None, None)
        w.writerow([st.card.kpj, st.year, d(st.opening), d(st.contributions), d(st.development), d(st.closing),
                    _iso(st.printed_on), st.branch, st.member_since,
                    "" if st.jp_months is None else st.jp_months, d(st.jp_accumulated), *(d(x) for x in j),
                    _iso(st.jht_age_date), *(d(x) for x in st.jp_accumulated_parts or (None, None)),
                    _iso(st.jp_pension_date), *_identity(st)])
    w.writerow([])
    w.writerow(list(ROW_COLUMNS) + list(IDENTITY_COLUMNS))
    for st in statements:
        for r in st.rows:
            w.writerow([st.card.kpj, st.year, r.period_text, _iso(r.paid_on), _iso(r.posted_on), d(r.wage),
                        d(r.rapel), d(r.jht_employer), d(r.jht_worker), d(r.jp_employer), d(r.jp_worker),
                        *_identity(st)])
    return buf.getvalue()


def _identity(st: StatementYear) -> list[str]:
    return [st.member.name, _iso(st.member.birth_date), st.card.employer, st.card.npp,
            getattr(st.card.segment, "value", str(st.card.segment))]


def write_projection_csv(result: ProjectionResult) -> str:
    """The projection's year table (not importable: it is a forecast, not a statement)."""
    buf = io.StringIO()
    w = _writer(buf)
    w.writerow(PROJECTION_COLUMNS)
    for y in result.years:
        w.writerow([y.year, y.age, f"{y.opening:.2f}", f"{y.contributions:.2f}", f"{y.development:.2f}",
                    f"{y.closing:.2f}", f"{y.closing_real:.2f}", f"{y.wage:.2f}", y.months])
    return buf.getvalue()


def template_text(kind: str) -> str:
    """An empty template: `kind` is "rows" or "summary"."""
    columns = ROW_COLUMNS if kind == "rows" else SUMMARY_REQUIRED
    return ",".join(columns) + "\r\n"


def write_text(path, text: str) -> None:
    """Write with a BOM, so spreadsheet programs open UTF-8 correctly; whole or not at all
    (planner.fileio: a full disk leaves an earlier export as it was)."""
    fileio.write_text(path, text, encoding="utf-8-sig")
