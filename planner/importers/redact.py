"""A statement's text with the member's identity removed, for a report about a file the
planner cannot read (``jht-planner import FILE --save-text OUT.txt``, the window's button).

What goes: names (member, employer, JP beneficiaries), NIK, KPJ, NPP, staff number, address,
city, birth date (it is often the PDF's password) -- each replaced by a placeholder such as
``<NAMA PESERTA>``. What stays: amounts, dates, months and the statement's own labels, since
they identify nobody and are what a fix needs.

Three passes, so that a layout the planner does not know is covered too:

1. label-anchored: the value after every identity label (any layout, any line) is replaced,
   and the words it held are remembered;
2. every remembered value or word is replaced wherever else it appears (a repeated page
   header, the layout-mode copy of the text);
3. whatever still looks like an identity is replaced: 8 or more digits in a row, digits grouped
   like a NIK (``3171-0101-0290-0001``), and any all-capital word that is not a word of the
   statement's own vocabulary (names are printed in capitals; labels are not).
"""
from __future__ import annotations

import os
import re
import shlex
import tempfile
from errno import ENOSPC
from pathlib import Path

import pypdf

import planner
from planner.errors import UserError
from planner.importers import CannotOpen, NoTextLayer, _looks_like_pdf, _open_pdf, pdf_text
from planner.importers.errors import ImportProblem
from planner.format import mask_digits
from planner.texts import both

# (label pattern, placeholder); a label is followed by a colon. Order matters: longer first.
_IDENTITY_LABELS: tuple[tuple[str, str], ...] = (
    (r"Nomor\s*Kartu\s*/\s*NIK\s*/\s*Nomor\s*Peg\.?", "<KPJ>/<NIK>/<NOMOR PEGAWAI>"),
    (r"Nama\s*Pemberi\s*Kerja", "<PEMBERI KERJA>"),
    (r"Nama\s*Perusahaan", "<PEMBERI KERJA>"),
    (r"Nama\s*Peserta", "<NAMA PESERTA>"),
    (r"Nama", "<NAMA>"),
    (r"NPP\s*/\s*Divisi", "<NPP>/<DIVISI>"),
    (r"NPP", "<NPP>"),
    (r"Nomor\s*Kartu|No\.?\s*Kartu|KPJ", "<KPJ>"),
    (r"NIK", "<NIK>"),
    (r"Nomor\s*Peg(?:awai)?\.?", "<NOMOR PEGAWAI>"),
    (r"Tanggal\s*Lahir|Tgl\.?\s*Lahir", "<TANGGAL LAHIR>"),
    (r"Alamat(?:\s*,\s*Kota\s*/\s*Kabupaten)?", "<ALAMAT>"),
    (r"Kota\s*/\s*Kabupaten", "<KOTA>"),
    (r"Suami\s*/\s*Istri", "<PENERIMA MANFAAT>"),
    (r"Anak", "<PENERIMA MANFAAT>"),
    (r"Ayah\s*/\s*Ibu", "<PENERIMA MANFAAT>"),
    (r"Ahli\s*Waris", "<PENERIMA MANFAAT>"),
)
# Labels whose values stay; they end an identity value printed before them on the same line.
_OTHER_LABELS = (r"Tanggal", r"Kantor\s*Cabang", r"Keps\.?\s*Awal\s*JHT\s*/\s*JP", r"Masa\s*Iuran\s*JP",
                 r"Ket\.?\s*Nonaktif", r"Susunan\s*Penerima\s*Manfaat\s*JP\s?\**", r"Jumlah", r"BL-TH",
                 r"No\.?\s+Tgl\.?\s*Setor", r"Akumulasi", r"Summary", r"URAIAN")
_LABEL = re.compile("|".join(
    [rf"(?P<i{i}>(?<![A-Za-z])(?:{pat})\s*:)" for i, (pat, _) in enumerate(_IDENTITY_LABELS)]
    + [rf"(?<![A-Za-z])(?:{pat})(?:\s*:|(?=\s|$))" for pat in _OTHER_LABELS]), re.I)
_GAP = re.compile(r"\s{3,}")  # layout mode: columns apart by several spaces
_AMOUNT = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,]\d{3})*[.,]\d{2}(?![\d.,])")  # ends a value: kept

_LONG_DIGITS = re.compile(r"(?<![\d.,])\d{8,}(?![\d]|[.,]\d)")
_GROUPED_ID = re.compile(r"(?<![\d.,-])(?:\d{4}[ .-]\d{4}[ .-]\d{4}[ .-]\d{4}|\d{6}[ .-]\d{6}[ .-]\d{4}"
                         r"|\d{2}[ .-]\d{3}[ .-]\d{3}[ .-]\d{3})(?![\d])")
_NAME_DIGITS = re.compile(r"\d(?:[ .-]?\d){7,}")
_CAPS_WORD = re.compile(r"(?<![A-Za-z<])[A-Z][A-Z'.]*[A-Z](?![A-Za-z>])")

# Capital words the statement itself prints (titles, column heads, abbreviations, months).
VOCABULARY = frozenset("""
INFORMASI DANA DAN USIA PENSIUN PESERTA JHT JP TAHUN BPJS KETENAGAKERJAAN URAIAN NOMINAL SUMMARY
NPP NIK KPJ TK BL-TH BL TH RP IDR JKK JKM JKP PU BPU PMI NO PADA TANGGAL HALAMAN DARI BLN BULAN
JANUARI FEBRUARI MARET APRIL MEI JUNI JULI AGUSTUS SEPTEMBER OKTOBER NOVEMBER DESEMBER
SALDO AWAL AKHIR PER IURAN PENGEMBANGAN JUMLAH AKUMULASI RAPEL UPAH SETOR POSTING PEMBERI KERJA
RINCIAN HARI TUA JAMINAN ESTIMASI TOTAL S.D. SD
NAMA NOMOR KARTU PEG PEGAWAI LAHIR ALAMAT KOTA KABUPATEN SUAMI ISTRI ANAK AYAH IBU DIVISI KANTOR
CABANG KEPS MASA KET NONAKTIF SUSUNAN PENERIMA MANFAAT TGL PERUSAHAAN AHLI WARIS
""".split())


def _identity_label(match: re.Match) -> str | None:
    """The placeholder when `match` is an identity label, else None."""
    for name, value in match.groupdict().items():
        if value is not None:
            return _IDENTITY_LABELS[int(name[1:])][1]
    return None


def _redact_labels(line: str, found: set[str], longest: int | None = None) -> str:
    """Pass 1 on one line: every identity label's value replaced, its words added to `found`.

    `longest` caps a value's length (for the whole text flattened to one line, where a value
    printed on the line after its label is found, but an unknown layout's value could run on).
    """
    out, at = [], 0
    matches = list(_LABEL.finditer(line))
    for i, m in enumerate(matches):
        placeholder = _identity_label(m)
        if placeholder is None:
            continue
        end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        gap = _GAP.search(line, m.end(), end)
        value_end = gap.start() if gap and line[m.end():gap.start()].strip() else end
        amount = _AMOUNT.search(line, m.end(), value_end)
        value_end = amount.start() if amount else value_end
        value = line[m.end():value_end if longest is None else min(value_end, m.end() + longest)].rstrip()
        if not value.strip(" -/"):  # "-/-": nobody named
            continue
        value_end = m.end() + len(value)
        found.add(value.strip())
        out.append(line[at:m.end()])
        out.append(" " + placeholder if value.startswith(" ") else placeholder)
        at = value_end
    out.append(line[at:])
    return "".join(out)


def _words(values: set[str]) -> list[str]:
    """Values, and the words in them worth replacing elsewhere, longest first."""
    words = set(values)
    for value in values:
        for word in re.split(r"[\s/,]+", value):
            word = word.strip(".:()")
            if len(word) >= 3 and not word.isdigit() and word.upper() not in VOCABULARY and "<" not in word:
                words.add(word)
            elif word.isdigit() and len(word) >= 6:
                words.add(word)
    return sorted((w for w in words if w.strip() and w.strip() != "-"), key=len, reverse=True)


def redact(texts: list[str]) -> list[str]:
    """The texts (e.g. plain and layout extraction of one file) with identity removed."""
    found: set[str] = set()
    first = ["\n".join(_redact_labels(line, found) for line in text.splitlines()) for text in texts]
    for text in texts:  # a value on the line after its label (one cell per line)
        _redact_labels(" ".join(text.split()), found, longest=60)
    words = _words(found)
    out = []
    for text in first:
        for word in words:
            text = re.sub(rf"(?<![A-Za-z0-9]){re.escape(word)}(?![A-Za-z0-9])", "<DIHAPUS>", text)
        text = _LONG_DIGITS.sub("<NOMOR>", text)
        text = _GROUPED_ID.sub("<NOMOR>", text)
        text = _CAPS_WORD.sub(lambda m: m.group(0) if m.group(0).strip(".'") in VOCABULARY else "<KATA>", text)
        out.append(text)
    return out


def with_text_offer(problem: ImportProblem, path: str | Path) -> ImportProblem:
    """`problem`, its sentence followed by the offer to save the file's text (when it has one)."""
    if not problem.offers_text:
        return problem
    # A NIK or KPJ in the file name stays hidden, however its digits are grouped.
    shown = _NAME_DIGITS.sub(lambda m: mask_digits(m.group(0)), shlex.quote(str(path)))
    offer_id, offer_en = both("import.save_text_offer", file=shown)
    offered = ImportProblem(problem.code, f"{problem.id_text} {offer_id}", f"{problem.en_text} {offer_en}")
    offered.offers_text = True
    return offered


def statement_text(data: bytes, password: str | None = None) -> list[tuple[str, str]]:
    """(mode, text) of a PDF's text layer in pypdf's plain and layout modes."""
    if not _looks_like_pdf(data):
        raise ImportProblem("save_text_pdf_only", *both("import.save_text_pdf_only"))
    reader = _open_pdf(data, password)
    plain = pdf_text(reader, "plain")
    if not plain.strip():
        raise NoTextLayer()
    return [("plain", plain), ("layout", pdf_text(reader, "layout"))]


def redacted_document(data: bytes, password: str | None = None) -> str:
    """The whole file the member can attach to a report: a header, then each mode's text."""
    modes = statement_text(data, password)
    texts = redact([text for _, text in modes])
    head_id, head_en = both("import.save_text_header")
    parts = [f"# {head_id}\n# {head_en}\n# jht-planner {planner.__version__}, pypdf {pypdf.__version__}\n"]
    for (mode, _), text in zip(modes, texts):
        parts.append(f"\n# ---- extraction_mode={mode} ----\n{text}\n")
    return "".join(parts)


def save_redacted_text(source: str | Path, target: str | Path, password: str | None = None) -> Path:
    """Write the redacted text of `source` to `target`: whole or not at all."""
    source, target = Path(source), Path(target)
    try:
        data = source.read_bytes()
    except OSError:
        raise CannotOpen() from None
    document = redacted_document(data, password)
    target = target.resolve()
    part: str | None = None
    try:
        fd, part = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(document)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(part, target)
    except OSError as exc:
        if part is not None:
            Path(part).unlink(missing_ok=True)
        raise _write_failed(target, exc) from None
    return target


def _write_failed(target: Path, exc: OSError) -> UserError:
    key = "common.disk_full" if exc.errno == ENOSPC else "import.save_text_failed"
    return UserError("save_text_failed", *both(key, path=str(target)))
