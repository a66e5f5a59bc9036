"""The "Rincian Saldo JHT" PDF that JMO exports (layout: shared/domain/rsjht-format.md).

One reader for every layout known: the reconstructed one (a "Summary JHT" list with "Rp",
"Akumulasi Iuran JP s.d. Desember YYYY <total>") and the one BPJS really prints (a summary
grid "URAIAN Nominal ..." with colons and no "Rp", "Akumulasi Iuran JP <employer> <worker>",
the JP beneficiaries beside the member's fields, "Masa Iuran JP : 47 Bln", zero-padded row
numbers). It anchors on labels, never on positions: the text layer is flattened to one line
of single-spaced tokens, so one-cell-per-line, one-row-per-line, plain and layout
extractions, and two header columns interleaved or one after the other all read the same.

* Header: every ``Label : value`` pair; a value runs to the next known label. The labels of
  the JP beneficiaries' block ("Susunan Penerima Manfaat JP", "Suami/Istri", "Anak",
  "Ayah/Ibu") are known too, so their names never run into the member's fields; they are
  kept as :class:`models.Beneficiary` on the card.
* Rows: ``No Tgl-Setor BL-TH Tgl-Posting Upah Rapel JHT-PK JHT-TK JP-PK JP-TK``. Repeated
  table headers and "Halaman N dari M" footers between rows are skipped because they do not
  have that shape. Rows must be numbered 1..N without a gap, and every place where a row
  starts must parse: otherwise the statement is incomplete (and the caller may retry with
  another extraction mode).
* Amounts: the document's style (English ``4,000,000.00`` or Indonesian ``4.000.000,00``) is
  detected once from all its amounts; each amount must then be well formed in that style.
* Summary JHT (list or grid), the Jumlah line, "Akumulasi Iuran JP" and the "Usia Pensiun" /
  "Usia JHT" lines are read wherever they are.
* A repeated page header (title and member fields) between rows is cut out before the rows
  are read.

A PDF holding several statements one after another gives one StatementYear each.
:func:`read_lines` reads a statement from lines of text (what OCR gives).
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from models import Beneficiary, Card, Contribution, Member, Relation, Segment, StatementYear
from planner.importers import register
from planner.importers.errors import IncompleteStatement
from planner.parse import ParseError, amount_in_style, detect_style, parse_date, parse_period

_DATE = r"\d{1,2}[-/.]\d{1,2}[-/.]\d{4}"
_PERIOD = r"\d{1,2}[-/]\d{4}"
_AMT = r"\(?-?\d(?:[\d.,]*\d)?\)?|-(?!\d)"
_RP = r"(?:Rp\.?\s?)?"

_TITLE = re.compile(r"INFORMASI\s+DANA\s+DAN\s+USIA\s+PENSIUN\s+PESERTA\s+JHT\s*-?\s*JP\s+TAHUN\s+(\d{4})", re.I)
_TABLE_START = re.compile(r"(?<!\S)No\.?\s+Tgl\.?\s*Setor", re.I)
_ROW = re.compile(
    rf"(?<!\S)(\d{{1,5}}) ({_DATE}|-) ({_PERIOD}) ({_DATE}|-) "
    rf"({_AMT}) ({_AMT}) ({_AMT}) ({_AMT}) ({_AMT}) ({_AMT})(?!\S)"
)
_ROW_START = re.compile(rf"(?<!\S)\d{{1,5}} (?:{_DATE}|-)(?!\S)")
_AFTER_AMOUNT_NOT_A_ROW = rf"(?!\S)(?! (?:{_DATE}|-)(?!\S))"  # the amount is not a row's "No"
_JUMLAH_ALL = re.compile(rf"(?<!\S)Jumlah\s?:?\s?{_RP}({_AMT}) {_RP}({_AMT}) {_RP}({_AMT}) {_RP}({_AMT})(?!\S)", re.I)
# "Akumulasi Iuran JP s.d. Desember 2023 2,106,000.00" (one total) or, as BPJS prints it,
# "Akumulasi Iuran JP 2,800,000.00 1,400,000.00" (employer, worker). A second amount counts
# only when it does not start the first row ("1 08-01-2024 ...").
_AKUMULASI = re.compile(
    rf"Akumulasi\s+Iuran\s+JP(?:\s+s\.?\s?d\.?\s+Desember\s+(\d{{4}}))?\s?:?\s?{_RP}({_AMT})"
    rf"(?: {_RP}({_AMT}){_AFTER_AMOUNT_NOT_A_ROW})?(?!\S)", re.I)
_SUMMARY = re.compile(r"Summary\s+JHT|URAIAN\s+Nominal", re.I)
_HEADER_END = re.compile(r"(?<!\S)(?:Tgl\.?\s*Setor|BL-TH)(?!\S)", re.I)
_SALDO_AWAL = re.compile(rf"Saldo\s+Awal\s+Per\s+({_DATE})\s?:?\s?{_RP}({_AMT})(?!\S)", re.I)
_IURAN = re.compile(rf"(?<![A-Za-z])Iuran(?:\s+JHT)?\s?:?\s?{_RP}({_AMT})(?!\S)", re.I)
_PENGEMBANGAN = re.compile(rf"(?:Estimasi\s+)?Pengembangan\s?:?\s?{_RP}({_AMT})(?!\S)", re.I)
_SALDO_AKHIR = re.compile(rf"Saldo\s+Akhir\s+Per\s+({_DATE})\s?:?\s?{_RP}({_AMT})(?!\S)", re.I)
_USIA_JHT = re.compile(rf"Usia\s+JHT\s?:?\s?\d{{2}}\s+tahun\s+pada\s+tanggal\s?:?\s?({_DATE})", re.I)
_USIA_PENSIUN = re.compile(
    rf"Usia\s+Pensiun(?:\s+JP)?\s?:?\s?\d{{2}}\s+tahun\s+pada\s+tanggal\s?:?\s?({_DATE})", re.I)
_AMOUNT_LIKE = re.compile(r"(?<![\d.,])\d[\d.,]*[.,]\d{2}(?![\d.,])")

# Header labels (name, pattern); each must be followed by a colon.
_HEADER_LABELS = (
    ("tanggal", r"Tanggal"),
    ("kantor_cabang", r"Kantor\s*Cabang"),
    ("keps_awal", r"Keps\.?\s*Awal\s*JHT\s*/\s*JP"),
    ("npp", r"NPP\s*/\s*Divisi"),
    ("masa_jp", r"Masa\s*Iuran\s*JP"),
    ("employer", r"Nama\s*Pemberi\s*Kerja"),
    ("nonaktif", r"Ket\.?\s*Nonaktif"),
    ("kartu", r"Nomor\s*Kartu\s*/\s*NIK\s*/\s*Nomor\s*Peg\.?"),
    ("nama", r"Nama\s*Peserta"),
    ("lahir", r"Tanggal\s*Lahir"),
    ("alamat", r"Alamat(?:\s*,\s*Kota\s*/\s*Kabupaten)?"),
    ("kota", r"Kota\s*/\s*Kabupaten"),
    ("spouse", r"Suami\s*/\s*Istri"),
    ("child", r"Anak"),
    ("parent", r"Ayah\s*/\s*Ibu"),
)
# The title of the beneficiaries' block has no colon; it ends the value before it.
_BLOCK_TITLES = (("beneficiaries", r"Susunan\s*Penerima\s*Manfaat\s*JP\s?\**"),)
_HEADER = re.compile("|".join(
    [rf"(?P<{name}>(?<![A-Za-z]){pat}\s?:)" for name, pat in _HEADER_LABELS]
    + [rf"(?P<{name}>(?<![A-Za-z]){pat})" for name, pat in _BLOCK_TITLES]), re.I)
_RELATIONS = {"spouse": Relation.SPOUSE, "child": Relation.CHILD, "parent": Relation.PARENT}



def _flat(text: str) -> str:
    return " ".join(text.split())


def _fail(id_detail: str, en_detail: str) -> IncompleteStatement:
    return IncompleteStatement(id_detail, en_detail)


class _Amounts:
    """Amounts of one document, in the style the document uses."""

    def __init__(self, flat: str):
        samples = _AMOUNT_LIKE.findall(flat)
        style = detect_style(samples)
        if style is None:
            if re.search(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,])", flat):
                style = "id"
            else:
                style = "en"
        self.style = style

    def __call__(self, token: str) -> Decimal:
        return strict_amount(token, self.style)


def strict_amount(token: str, style: str) -> Decimal:
    """An amount that must be well formed in `style` ('en' 4,000,000.00 / 'id' 4.000.000,00)."""
    try:
        return amount_in_style(token, style)
    except ParseError:
        raise _fail(f"angka {token!r} tidak sesuai format dokumen",
                    f"amount {token!r} does not fit the document's number style") from None


def _date(text: str | None) -> dt.date | None:
    if text is None or text.strip() in ("", "-"):
        return None
    try:
        return parse_date(text)
    except ParseError:
        raise _fail(f"tanggal {text!r} tidak valid", f"date {text!r} is not valid") from None


def _header_pairs(flat: str) -> list[tuple[str, str]]:
    """(label, value) of the header part (before the table), in the order printed."""
    stops = [m.start() for m in (_TABLE_START.search(flat), _HEADER_END.search(flat), _AKUMULASI.search(flat),
                                 _ROW_START.search(flat), _SUMMARY.search(flat), _SALDO_AWAL.search(flat)) if m]
    region = flat[: min(stops)] if stops else flat
    matches = list(_HEADER.finditer(region))
    pairs = []
    for i, m in enumerate(matches):
        stop = matches[i + 1].start() if i + 1 < len(matches) else len(region)
        pairs.append((m.lastgroup or "", region[m.end():stop].strip()))
    return pairs


def _header(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """Label -> its first value."""
    values: dict[str, str] = {}
    for label, value in pairs:
        values.setdefault(label, value)
    return values


def _beneficiaries(pairs: list[tuple[str, str]]) -> tuple[Beneficiary, ...]:
    """The JP beneficiaries named in the header ("Suami/Istri : -/NAME"; "-/-" names nobody).

    The part before the slash is what the statement prints beside the name (a dash on the
    one statement seen); the name is the rest.
    """
    out = []
    for label, value in pairs:
        relation = _RELATIONS.get(label)
        if relation is None:
            continue
        name = value.split("/", 1)[1] if "/" in value else value
        name = name.strip()
        if name and name != "-":
            out.append(Beneficiary(relation, name))
    return tuple(out)


def _without_repeated_headers(region: str) -> str:
    """The table region with each repeated page header (title .. table header) cut out."""
    out, at = [], 0
    for title in _TITLE.finditer(region):
        if title.start() < at:
            continue
        end = _HEADER_END.search(region, title.end()) or _TABLE_START.search(region, title.end())
        out.append(region[at:title.start()])
        at = end.start() if end else len(region)
    out.append(region[at:])
    return " ".join(part.strip() for part in out if part.strip())


def _split_statements(flat: str) -> list[str]:
    """One chunk per statement when a file holds several.

    A title that follows a Saldo Akhir starts the next statement (a title with no Saldo Akhir
    before it is a page header repeated); without titles, each statement ends with its summary.
    """
    titles = [m.start() for m in _TITLE.finditer(flat)]
    if titles:
        starts = [titles[0]]
        for at in titles[1:]:
            if _SALDO_AKHIR.search(flat, starts[-1], at):
                starts.append(at)
        if len(starts) > 1:
            starts[0] = 0
            return [flat[a:b] for a, b in zip(starts, starts[1:] + [len(flat)])]
        return [flat]
    ends = []
    for m in _SALDO_AKHIR.finditer(flat):
        usia = _USIA_JHT.search(flat, m.end())
        nxt = _SALDO_AWAL.search(flat, m.end())
        end = m.end()
        if usia and (nxt is None or usia.start() < nxt.start()):
            end = usia.end()
        ends.append(end)
    if len(ends) <= 1:
        return [flat]
    chunks, start = [], 0
    for end in ends:
        chunks.append(flat[start:end])
        start = end
    if chunks and flat[start:].strip():
        chunks[-1] += flat[start:]
    return chunks


class RsjhtExtractor:
    name = "rsjht"
    version = "1"
    title_id = "Rincian Saldo JHT (PDF JMO)"
    title_en = "JHT balance statement, Rincian Saldo JHT (JMO PDF)"
    source = "pdf"
    labels = ("INFORMASI DANA DAN USIA PENSIUN", "Nomor Kartu/NIK", "BL-TH", "Saldo Awal Per",
              "Saldo Akhir Per", "Summary JHT")

    def matches(self, text: str) -> bool:
        flat = _flat(text).upper()
        squeezed = flat.replace(" ", "")
        hits = sum(1 for label in self.labels if label.upper().replace(" ", "") in squeezed)
        return hits >= 3 or (hits >= 2 and "BPJS KETENAGAKERJAAN" in flat)

    def extract(self, text: str) -> list[StatementYear]:
        flat = _flat(text)
        return [self._one(chunk) for chunk in _split_statements(flat)]

    def extract_lines(self, lines: list[str]) -> list[StatementYear]:
        """Every statement year in lines of text (OCR output, one text line each)."""
        return self.extract("\n".join(lines))

    # ------------------------------------------------------------------ one statement
    def _one(self, flat: str) -> StatementYear:
        amount = _Amounts(flat)
        pairs = _header_pairs(flat)
        head = _header(pairs)

        kartu = head.get("kartu", "")
        m = re.match(r"(\d[\d ]*\d)\s*/\s*(\d+|-)?", kartu)
        if not m:
            raise _fail("nomor kartu (KPJ) tidak ditemukan", "the card number (KPJ) is missing")
        kpj = m.group(1).replace(" ", "")
        nik = m.group(2) if m.group(2) and m.group(2) != "-" else None
        name = head.get("nama", "").strip()
        if not name:
            raise _fail("nama peserta tidak ditemukan", "the member's name is missing")
        birth = _date(_first_date(head.get("lahir")))
        npp_text = head.get("npp", "")
        npp = npp_text.split("/")[0].strip() if npp_text else ""
        if npp == "-":
            npp = ""
        employer = head.get("employer", "").strip()
        if employer == "-":
            employer = ""
        member_since = ""
        keps = re.match(rf"({_PERIOD})", head.get("keps_awal", ""))
        if keps:
            try:
                y, mo = parse_period(keps.group(1))
            except ParseError:
                raise _fail(f"Keps Awal {keps.group(1)!r} tidak valid",
                            f"the membership start {keps.group(1)!r} is not valid") from None
            member_since = f"{mo:02d}-{y:04d}"
        jp_months = None
        masa = re.match(r"(\d+)", head.get("masa_jp", ""))
        if masa:
            if len(masa.group(1)) > 4:  # a lifetime is under 10,000 months: the text is damaged
                raise _fail("Masa Iuran JP tidak valid", "the JP contribution period is not valid")
            jp_months = int(masa.group(1))
        printed_on = _date(_first_date(head.get("tanggal")))
        branch = head.get("kantor_cabang", "").strip()

        # Summary
        summary_at = _SUMMARY.search(flat)
        awal = _SALDO_AWAL.search(flat)
        akhir = _SALDO_AKHIR.search(flat)
        if not awal or not akhir:
            raise _fail("ringkasan (Saldo Awal/Saldo Akhir) tidak ditemukan", "the summary (opening/closing balance) is missing")
        region_start = min(summary_at.start() if summary_at else awal.start(), awal.start())
        iuran = _IURAN.search(flat, region_start)
        pengembangan = _PENGEMBANGAN.search(flat, region_start)
        if not iuran or not pengembangan:
            raise _fail("Iuran atau Pengembangan di ringkasan tidak ditemukan", "the summary's contributions or development are missing")
        opening = amount(awal.group(2))
        closing = amount(akhir.group(2))
        contributions = amount(iuran.group(1))
        development = amount(pengembangan.group(1))
        closing_date = _date(akhir.group(1))

        title = _TITLE.search(flat)
        year = int(title.group(1)) if title else (closing_date.year if closing_date else None)
        if year is None:
            raise _fail("tahun rincian tidak ditemukan", "the statement's year is missing")
        if year < dt.MINYEAR:  # "TAHUN 0000": no date can be made in it
            raise _fail(f"tahun rincian {year:04d} tidak valid", f"the statement's year {year:04d} is not valid")

        rows = self._rows(flat, amount)

        jumlah = None
        jm = _JUMLAH_ALL.search(flat)
        if jm:
            jumlah = tuple(amount(jm.group(i)) for i in range(1, 5))
            if not rows and any(jumlah):
                raise _fail("tabel iuran tidak terbaca", "the contribution table could not be read")
        jp_acc = jp_parts = None
        ak = _AKUMULASI.search(flat)
        if ak:
            jp_acc = amount(ak.group(2))
            if ak.group(3) is not None:
                jp_parts = (jp_acc, amount(ak.group(3)))
                jp_acc = jp_parts[0] + jp_parts[1]
        usia = _USIA_JHT.search(flat)
        jht_age_date = _date(usia.group(1)) if usia else None
        pensiun = _USIA_PENSIUN.search(flat)
        jp_pension_date = _date(pensiun.group(1)) if pensiun else None

        return StatementYear(
            card=Card(kpj=kpj, employer=employer, npp=npp, segment=Segment.PU,
                      beneficiaries=_beneficiaries(pairs)),
            member=Member(name=name, birth_date=birth, nik=nik),
            year=year,
            opening=opening,
            contributions=contributions,
            development=development,
            closing=closing,
            rows=tuple(rows),
            printed_on=printed_on,
            branch=branch,
            member_since=member_since,
            jp_months=jp_months,
            jp_accumulated=jp_acc,
            jp_accumulated_parts=jp_parts,
            jumlah=jumlah,  # type: ignore[arg-type]
            jht_age_date=jht_age_date,
            jp_pension_date=jp_pension_date,
        )

    def _rows(self, flat: str, amount: _Amounts) -> list[Contribution]:
        table = _TABLE_START.search(flat)
        region = _without_repeated_headers(flat[table.start():] if table else flat)
        rows: list[Contribution] = []
        numbers: list[int] = []
        for m in _ROW.finditer(region):
            numbers.append(int(m.group(1)))
            try:
                period = parse_period(m.group(3))
            except ParseError:
                raise _fail(f"bulan {m.group(3)!r} tidak valid", f"month {m.group(3)!r} is not valid") from None
            values = [amount(m.group(i)) for i in range(5, 11)]
            rows.append(Contribution(
                period=period,
                paid_on=_date(m.group(2)),
                posted_on=_date(m.group(4)),
                wage=values[0],
                rapel=values[1],
                jht_employer=values[2],
                jht_worker=values[3],
                jp_employer=values[4],
                jp_worker=values[5],
            ))
        starts = len(_ROW_START.findall(region))
        if numbers != list(range(1, len(numbers) + 1)):
            gap = next((i + 1 for i, n in enumerate(numbers) if n != i + 1), len(numbers) + 1)
            raise _fail(f"baris iuran nomor {gap} tidak terbaca (mungkin ada halaman yang hilang)",
                        f"contribution row {gap} could not be read (a page may be missing)")
        if starts > len(rows):
            raise _fail(f"baris iuran nomor {len(rows) + 1} tidak terbaca",
                        f"contribution row {len(rows) + 1} could not be read")
        return rows


def _first_date(text: str | None) -> str | None:
    if not text:
        return None
    m = re.search(_DATE, text)
    return m.group(0) if m else None


def read_lines(lines: list[str]) -> list[StatementYear]:
    """Every statement year in lines of text, e.g. what OCR reads from a picture of the PDF.

    Raises IncompleteStatement (a UserError) when the lines are a statement that cannot be read
    whole, and NotAStatement-like refusal is the caller's: check :meth:`RsjhtExtractor.matches`.
    """
    return RsjhtExtractor().extract_lines(lines)


register(RsjhtExtractor())
