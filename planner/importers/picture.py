"""Statements read from pictures: photos, scans, screenshots, and PDFs without a text layer.

    file(s) -> page images -> OCR words (planner.importers.ocr) -> lines (ocr_lines)
            -> the same extractor and audit as a PDF's text -> self-checks (ocr_checks)

Pictures are PNG, JPEG and whatever else Pillow opens (TIFF pages, BMP, WebP, GIF); a PDF
without text is rendered with PDFium at :data:`DPI`. Several pictures given together are
pages of one printout in the order given: their lines are read as one text, which the
extractor splits into statements at each summary, so a two-page printout photographed page
by page is one statement and pictures of two statements are two.

Nothing read here is stored silently: :attr:`PictureResult.uncertain` lists every value a
person must check (see :mod:`planner.importers.ocr_checks`), each with the crop of the
picture it came from; the statements carry ``from_picture=True`` and ``confirmed=False``.

A picture that yields no statement gets one plain sentence: too small, too blurred, a JMO
"Cek Saldo" screen (its figures go to the quick entry, see :func:`read_cek_saldo`), or not
a statement; each names the quick entry as the next step.
"""
from __future__ import annotations

import dataclasses
import hashlib
import io
import math
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Callable, Sequence

import numpy as np
from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

from models import StatementYear
from models.picture import UncertainField
from planner.csvio import has_summary
from planner.errors import UserError
from planner.importers import (
    MAX_BYTES,
    MAX_MEGABYTES,
    MAX_PAGES,
    ImportResult,
    extractors,
    read_regular_file,
)
from planner.importers.errors import CorruptFile, ImportProblem, TooLarge
from planner.importers.ocr import PAGE_SIDE, read_words
from planner.importers.ocr_checks import TOLERANCE, confusion, labelled, review
from planner.importers.ocr_checks import Finding as CheckFinding
from planner.importers.ocr_lines import Line, fix_separators, group_lines
from planner.format import mask_digits, rupiah
from planner.parse import ParseError, parse_amount, parse_date, parse_period
from planner.rules import load_rules
from planner.texts import both, tr
from planner.validate import validate_statements

DPI = 200  # a scanned PDF page is rendered at this resolution at most (A4: 1654 x 2339 px)
MIN_SIDE = 400  # px: below this a picture's text is too small to read
# Every page is read at most this long, the size the OCR engine reads a page at anyway (it
# used to scale larger ones down itself, after they had been decoded in full, with a linear
# filter that lost a 12-megapixel photo's Jumlah line). A JPEG is decoded at a reduced scale
# straight away: 0.1 s of CPU for a 12-megapixel photo instead of 0.45 (docs/reliability.md).
MAX_SIDE = PAGE_SIDE
# Variance of the Laplacian (half size) below which a page is too blurred: measured 25 on the
# generated blurred photo, 700 to 4,000 on the readable pictures (tests/generators).
BLUR_LIMIT = 100.0
Image.MAX_IMAGE_PIXELS = 60_000_000  # a decompression bomb is refused, not read

_PICTURE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM", b"II*\x00", b"MM\x00*", b"RIFF")

Progress = Callable[[float, float], None]


class TooSmall(ImportProblem):
    def __init__(self) -> None:
        super().__init__("picture_too_small", *both("ocr.too_small"))


class TooBlurred(ImportProblem):
    def __init__(self) -> None:
        super().__init__("picture_too_blurred", *both("ocr.too_blurred"))


class PictureNotAStatement(ImportProblem):
    def __init__(self) -> None:
        super().__init__("picture_not_a_statement", *both("ocr.not_a_statement"))


@dataclass(frozen=True)
class CekSaldo:
    """What a JMO "Cek Saldo" screenshot shows, for the quick entry (never stored as read)."""

    saldo: Decimal
    kpj: str = ""
    employer: str = ""
    last_month: tuple[int, int] | None = None  # (year, month) of the last contribution


class CekSaldoScreen(ImportProblem):
    """The picture is JMO's balance screen, not a statement: its figures fill the quick entry."""

    def __init__(self, found: CekSaldo) -> None:
        super().__init__("cek_saldo_screen", tr("ocr.cek_saldo", "id", saldo=rupiah(found.saldo, "id")),
                         tr("ocr.cek_saldo", "en", saldo=rupiah(found.saldo, "en")))
        self.found = found


def is_picture(data: bytes) -> bool:
    """PNG, JPEG, GIF, TIFF, WebP or BMP by their first bytes (a text file starting "BM" is not)."""
    if data.startswith(b"RIFF"):
        return data[8:12] == b"WEBP"
    if data.startswith(b"BM"):
        return data[6:10] == b"\0\0\0\0"
    return data.startswith(_PICTURE_MAGIC)


# ------------------------------------------------------------------ pages

def is_scanned_pdf(data: bytes, password: str | None = None) -> bool:
    """True when a page of the PDF draws a picture (a scan): only then is OCR worth running."""
    # Imported here: pypdf loads on the first PDF read, as in planner.importers.
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(password or ""):
            return False
        for page in reader.pages[:MAX_PAGES]:
            objects = page.get("/Resources", {}).get_object().get("/XObject", {}).get_object()
            if any(x.get_object().get("/Subtype") == "/Image" for x in objects.values()):
                return True
    except Exception:  # a damaged file is not a scan; its NoTextLayer sentence stands
        return False
    return False


def page_images(data: bytes, password: str | None = None) -> list[Image.Image]:
    """The pages of a picture file or of a PDF (rendered; `password` opens a locked one)."""
    if b"%PDF-" in data[:1024]:
        return _pdf_pages(data, password)
    try:
        image = Image.open(io.BytesIO(data))
        if min(image.size) < MIN_SIDE:
            raise TooSmall()
        if image.format == "JPEG" and max(image.size) > MAX_SIDE:
            scale = MAX_SIDE / max(image.size)
            image.draft(None, (math.ceil(image.width * scale), math.ceil(image.height * scale)))
        frames = [ImageOps.exif_transpose(f.copy()).convert("RGB") for f in ImageSequence.Iterator(image)]
    except (UnidentifiedImageError, Image.DecompressionBombError):
        raise CorruptFile() from None
    except (OSError, ValueError, SyntaxError):  # truncated or damaged picture data
        raise CorruptFile() from None
    if image.format == "GIF":
        frames = frames[:1]  # an animation's frames are not pages
    if len(frames) > MAX_PAGES:
        raise TooLarge(MAX_MEGABYTES, MAX_PAGES)
    return [_bounded(f) for f in frames]


def _pdf_pages(data: bytes, password: str | None) -> list[Image.Image]:
    # Imported here: PDFium is only needed for a PDF without text, which is rare.
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError:
        raise CorruptFile() from None
    try:
        if len(pdf) > MAX_PAGES:
            raise TooLarge(MAX_MEGABYTES, MAX_PAGES)
        pages = []
        for i in range(len(pdf)):
            page = pdf[i]
            scale = min(DPI / 72, MAX_SIDE / max(page.get_size()))  # drawn at the size it is read at
            pages.append(_bounded(page.render(scale=scale).to_pil().convert("RGB")))
        return pages
    finally:
        pdf.close()


def _bounded(image: Image.Image) -> Image.Image:
    if max(image.size) > MAX_SIDE:
        image = image.copy()
        image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    elif min(image.size) < MIN_SIDE:
        raise TooSmall()
    return image


def sharpness(image: Image.Image) -> float:
    """Variance of the Laplacian of the grey picture: low for a blurred photo."""
    grey = np.asarray(image.convert("L").resize((image.width // 2 or 1, image.height // 2 or 1)), dtype=np.float32)
    lap = (grey[1:-1, :-2] + grey[1:-1, 2:] + grey[:-2, 1:-1] + grey[2:, 1:-1] - 4 * grey[1:-1, 1:-1])
    return float(lap.var())


# ------------------------------------------------------------------ reading

def read_lines(images: Sequence[Image.Image], progress: Progress | None = None) -> list[list[Line]]:
    """OCR every page; the lines of each. `progress(done, total)` after each page."""
    total = len(images)
    if progress:
        progress(0, total)
    out = []
    for number, image in enumerate(images, start=1):
        out.append(group_lines(read_words(image, number)))
        if progress:
            progress(number, total)
    return out


def _style(lines: list[Line]) -> str:
    en = sum(bool(re.fullmatch(r"\d{1,3}(?:,\d{3})*\.\d{2}", t.text)) for ln in lines for t in ln.tokens)
    id_ = sum(bool(re.fullmatch(r"\d{1,3}(?:\.\d{3})*,\d{2}", t.text)) for ln in lines for t in ln.tokens)
    return "id" if id_ > en else "en"


def _regroup_amounts(lines: list[Line]) -> None:
    """Separators OCR lost, settled in the document's style: two amounts run together
    ("0.00192,400.00") are split, an amount with a lost or misplaced separator regrouped, and
    a row number read as a letter ("l 09-01-2020 ...") made a digit, and a row number OCR did
    not see at all (a lone small "1" on a screenshot) put back as the one after the row above.
    Each change is kept as a changed token, so it is stored only when a check confirms it."""
    style = _style(lines)
    one = r"\d{1,3}(?:,\d{3})*\.\d{2}" if style == "en" else r"\d{1,3}(?:\.\d{3})*,\d{2}"
    good, two = re.compile(one), re.compile(f"({one})({one})")
    last_row = 0
    for line in lines:
        tokens: list = []
        for tok in line.tokens:
            text = tok.text
            pair = two.fullmatch(text)
            if pair and not good.fullmatch(text):
                x0, y0, x1, y1 = tok.box
                cut = x0 + (x1 - x0) * len(pair.group(1)) // len(text)
                tokens += [dataclasses.replace(tok, text=pair.group(1), box=(x0, y0, cut, y1)),
                           dataclasses.replace(tok, text=pair.group(2), box=(cut, y0, x1, y1))]
                continue
            bare = text.lstrip(":")
            if (re.fullmatch(r"\d[\d.,]*[.,]\d[\d.,]*", bare) and not good.fullmatch(bare)
                    and not re.fullmatch(r"\d{1,2}[.]\d{1,2}[.]\d{4}", bare)):  # not a dotted date
                fixed = fix_separators(bare, style)
                if fixed:
                    tok = dataclasses.replace(tok, text=text[: len(text) - len(bare)] + fixed)
            tokens.append(tok)
        if len(tokens) > 1 and tokens[0].text in _ROW_NUMBER_LOOKALIKE and _ROW_DATE.fullmatch(tokens[1].text):
            tokens[0] = dataclasses.replace(tokens[0], text=_ROW_NUMBER_LOOKALIKE[tokens[0].text])
        texts = [t.text for t in tokens]
        if _ROW_SHAPE.fullmatch(" ".join(texts[:10])):  # a row without its number
            x0, y0, _, y1 = tokens[0].box
            width = max(4, (y1 - y0) // 2)
            tokens.insert(0, dataclasses.replace(tokens[0], text=str(last_row + 1), read="",
                                                 box=(max(0, x0 - 3 * width), y0, max(1, x0 - 2 * width), y1)))
        elif texts and texts[0].isdigit() and len(tokens) > 1 and _ROW_DATE.fullmatch(texts[1]):
            last_row = int(texts[0])
        if tokens and tokens[0].read == "":
            last_row += 1
        line.tokens = tokens


_ROW_NUMBER_LOOKALIKE = {"l": "1", "I": "1", "|": "1", "i": "1", "O": "0", "o": "0", "S": "5", "s": "5", "B": "8"}
_ROW_DATE = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|-")
_AMT = r"\(?-?\d[\d.,]*\)?|-"
_ROW_SHAPE = re.compile(rf"(?:{_ROW_DATE.pattern}) \d{{1,2}}[-/]\d{{4}} (?:{_ROW_DATE.pattern})(?: (?:{_AMT})){{6}}")


# A header label whose value is a lone "-" that OCR did not see: the value would otherwise run
# on into the label before it ("PT CONTOH Ket. Nonaktif").
_BARE_LABEL = re.compile(r"Ket\.?\s*Nonaktif$", re.I)


def _line_text(line: Line) -> str:
    text = line.text
    return text + " : -" if _BARE_LABEL.search(text) else text


_END = re.compile(r"Usia\s+JHT\s+\d+\s+tahun", re.I)


def _statement_chunks(lines: list[Line], count: int) -> list[list[Line]]:
    """The lines of each of `count` statements (each ends with its "Usia JHT" line)."""
    chunks: list[list[Line]] = [[]]
    for line in lines:
        chunks[-1].append(line)
        if _END.search(line.text):
            chunks.append([])
    if not chunks[-1]:
        chunks.pop()
    if len(chunks) > count:  # trailing lines (a footer) belong to the last statement
        chunks[count - 1:] = [[ln for c in chunks[count - 1:] for ln in c]]
    return chunks if len(chunks) == count else [lines] * count


def extract_checked(lines: list[Line], lang: str = "id"):
    """(extractor, audited statements, values to check) from a printout's OCR lines, or
    (None, (), []) when no extractor recognises them. Raises the extractor's UserError."""
    # Imported here: planner.audit imports planner.importers (this package) at its top.
    from planner.audit import audit_statement

    _regroup_amounts(lines)
    text = "\n".join(_line_text(ln) for ln in lines)
    extractor = next((e for e in extractors() if e.source == "pdf" and e.matches(text)), None)
    statements = extractor.extract(text) if extractor is not None else []
    if not statements:
        return None, (), []
    rules = load_rules()
    audited = tuple(dataclasses.replace(audit_statement(st, rules, lang=lang), from_picture=True)
                    for st in statements)
    found = [(i, f) for i, (st, chunk) in enumerate(zip(audited, _statement_chunks(lines, len(audited))))
             for f in review(st, chunk, rules, lang)]
    return extractor, audited, found


def read_picture_files(files: Sequence[tuple[str, bytes]], lang: str = "id",
                       progress: Progress | None = None, password: str | None = None) -> ImportResult:
    """Read pictures that are pages of one printout (in order); audit like a PDF's text."""
    # Imported here: planner.audit imports planner.importers (this package) at its top.
    from planner.audit import audit_cards

    images: list[Image.Image] = []
    for _, data in files:
        if len(data) > MAX_BYTES:
            raise TooLarge(MAX_MEGABYTES, MAX_PAGES)
        images += page_images(data, password)
    if len(images) > MAX_PAGES:
        raise TooLarge(MAX_MEGABYTES, MAX_PAGES)
    lines = [ln for page in read_lines(images, progress) for ln in page]
    as_read = "\n".join(ln.text for ln in lines)  # before extract_checked regroups the amounts
    extractor, audited, found = extract_checked(lines, lang)
    if extractor is None:
        raise _unreadable(images, as_read)
    validate_statements(audited, files[0][0])  # figures that cannot be true never reach the store
    uncertain = tuple(crop_field(f, images, i) for i, f in found)
    openings = tuple(crop_field(CheckFinding("summary.opening", toks, ""), images, i)
                     for i, chunk in enumerate(_statement_chunks(lines, len(audited)))
                     if (toks := tuple(labelled(chunk).get("summary.opening", ()))))
    names = " + ".join(name for name, _ in files)
    digest = hashlib.sha256(b"".join(hashlib.sha256(d).digest() for _, d in files)).hexdigest()
    first = Path(files[0][0]) if files else Path("")
    return ImportResult(first, names, digest, f"{extractor.name}+ocr", extractor.version,
                        audited, tuple(audit_cards(audited, lang=lang)), uncertain, openings)


def read_picture_paths(paths: Sequence[str | Path], lang: str = "id",
                       progress: Progress | None = None) -> ImportResult:
    """Read picture files that are pages of one printout, in the order given."""
    files = [(Path(p).name, read_regular_file(Path(p))) for p in paths]
    return dataclasses.replace(read_picture_files(files, lang, progress), path=Path(paths[0]))


def split_pictures(paths: Sequence[str | Path]) -> tuple[list[str | Path], list[str | Path]]:
    """(pictures, other files) among `paths`, by content, each in the order given."""
    pictures, others = [], []
    for p in paths:
        # The whole file (at most MAX_BYTES): a FIFO or a device is refused, never waited on.
        (pictures if is_picture(read_regular_file(Path(p))[:16]) else others).append(p)
    return pictures, others


def crop_field(found: CheckFinding, images: Sequence[Image.Image], statement: int = 0) -> UncertainField:
    """The value to check, with the crop of the page it was read from."""
    first = found.tokens[0]
    box = (min(t.box[0] for t in found.tokens), min(t.box[1] for t in found.tokens),
           max(t.box[2] for t in found.tokens), max(t.box[3] for t in found.tokens))
    image = images[first.page - 1]
    pad = max(8, (box[3] - box[1]) // 2)
    crop = image.crop((max(0, box[0] - 3 * pad), max(0, box[1] - pad),
                       min(image.width, box[2] + 3 * pad), min(image.height, box[3] + pad)))
    crop.thumbnail((800, 200))
    buf = io.BytesIO()
    crop.save(buf, format="PNG")
    return UncertainField(statement=statement, page=first.page, line=first.line, field=found.field, value=found.value,
                          why=found.why, box=box, crop_png=buf.getvalue())


def _unreadable(images: Sequence[Image.Image], text: str) -> UserError:
    found = read_cek_saldo(text)
    if found is not None:
        return CekSaldoScreen(found)
    if min(sharpness(im) for im in images) < BLUR_LIMIT:
        return TooBlurred()
    return PictureNotAStatement()


# ------------------------------------------------------------------ JMO Cek Saldo

_MONTHS = {name: i for i, names in enumerate(
    (("januari", "january", "jan"), ("februari", "february", "feb"), ("maret", "march", "mar"),
     ("april", "apr"), ("mei", "may"), ("juni", "june", "jun"), ("juli", "july", "jul"),
     ("agustus", "august", "agu", "aug"), ("september", "sep"), ("oktober", "october", "okt", "oct"),
     ("november", "nov"), ("desember", "december", "des", "dec")), start=1) for name in names}
_SALDO = re.compile(r"Saldo(?:\s+JHT)?\s*:?\s*Rp\.?\s*([\d.,]+)", re.I)
_KPJ = re.compile(r"(?:KPJ|Nomor\s+Kartu|No\.?\s+Kartu)\s*:?\s*(\d{11})", re.I)
_MONTH = re.compile(r"(?:Iuran\s+Terakhir|Bulan\s+Iuran\s+Terakhir|Terakhir)\s*:?\s*([A-Za-z]+)\s+(\d{4})", re.I)
_EMPLOYER = re.compile(r"(?<![A-Z])((?:PT|CV)\.?\s+[A-Z0-9][A-Z0-9 .&-]*?)"
                       r"(?=\s+(?:NPP|Segmen|Saldo|Status|Nomor|KPJ|Program|Iuran)\b|\s+[a-z\d]|$)")


def read_cek_saldo(text: str) -> CekSaldo | None:
    """The figures of JMO's Cek Saldo screen in OCR'd text, or None when it is not that screen."""
    flat = " ".join(text.split())
    m = _SALDO.search(flat)
    if not m:
        return None
    raw = m.group(1).rstrip(".,")
    # JMO writes rupiah the Indonesian way: 12.345.678 or 12.345.678,90
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?", raw):
        number = raw.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?", raw):
        number = raw.replace(",", "")
    else:
        return None
    try:
        saldo = Decimal(number)
    except InvalidOperation:
        return None
    kpj = _KPJ.search(flat)
    month = _MONTH.search(flat)
    last = None
    if month and month.group(1).lower() in _MONTHS:
        last = (int(month.group(2)), _MONTHS[month.group(1).lower()])
    employer = _EMPLOYER.search(flat)
    return CekSaldo(saldo=saldo, kpj=kpj.group(1) if kpj else "",
                    employer=employer.group(1).strip() if employer else "", last_month=last)


# ------------------------------------------------------------------ the previous year, as stored

_SUMMARY_REST = ("summary.contributions", "summary.development", "summary.closing")


def check_openings(result: ImportResult, stored: Sequence[StatementYear], lang: str = "id") -> ImportResult:
    """`result` with the Saldo Awal of each statement read from a picture checked against the
    Saldo Akhir of the same card's previous year in `stored` (the store's statements).

    When they differ, the opening is listed for a person, saying the stored closing. When the
    stored closing makes the summary add up (Saldo Awal + Iuran + Pengembangan = Saldo Akhir,
    with Iuran the table's JHT total), the opening was most likely misread: the reason says so,
    and how (one digit for another, a digit dropped, ...); the summary's other three figures are
    then confirmed by that sum and no longer listed. The value shown stays the one read: the
    member corrects it. A statement a person already confirmed is left as it is."""
    closings = {(st.card.kpj, st.year): st for st in stored if has_summary(st)}
    opening_at = {f.statement: f for f in result.openings}
    uncertain = list(result.uncertain)
    for index, st in enumerate(result.statements):
        before = closings.get((st.card.kpj, st.year - 1))
        read = opening_at.get(index)
        if (before is None or read is None or st.confirmed or not st.from_picture or not has_summary(st)
                or abs(before.closing - st.opening) <= TOLERANCE):
            continue
        closing = rupiah(before.closing, lang, 2)
        jht_rows = sum((r.jht_total for r in st.rows), Decimal(0))
        fits = (abs(before.closing + st.contributions + st.development - st.closing) <= TOLERANCE
                and (not st.rows or abs(jht_rows - st.contributions) <= TOLERANCE))
        if fits:
            found = confusion(read.value, f"{before.closing:.2f}")
            how = tr(found[0], lang, **found[1]) if found else tr("ocr.confusion.unknown", lang)
            why = tr("ocr.why.opening_misread", lang, year=before.year, closing=closing, how=how)
            uncertain = [f for f in uncertain if not (f.statement == index and f.field in _SUMMARY_REST)]
        else:
            why = tr("ocr.why.opening", lang, year=before.year, closing=closing)
        flagged = next((k for k, f in enumerate(uncertain)
                        if f.statement == index and f.field == "summary.opening"), None)
        if flagged is None:
            uncertain.append(dataclasses.replace(read, why=why))
        else:
            old = uncertain[flagged].why  # why the statement's own checks listed it
            if not old.startswith(why):  # (else checked before: the same reason already)
                uncertain[flagged] = dataclasses.replace(uncertain[flagged], why=why if fits else f"{why}; {old}")
    uncertain.sort(key=lambda f: (f.statement, f.page, f.line, f.box[0]))
    return dataclasses.replace(result, uncertain=tuple(uncertain))


# ------------------------------------------------------------------ what the CLI prints

_LONG_DIGITS = re.compile(r"\d{8,}")


def uncertain_text(fields: Sequence[UncertainField], lang: str, show_ids: bool, stored: bool) -> str:
    """The uncertain values, one line each (page, line, value, why); KPJ and NIK masked."""
    lines = [tr("ocr.cli.head", lang, count=len(fields))]
    for f in fields:
        value = f.value if show_ids else _LONG_DIGITS.sub(lambda m: mask_digits(m.group(0)), f.value)
        lines.append(tr("ocr.cli.line", lang, page=f.page, line=f.line, value=value, why=f.why))
    lines.append(tr("ocr.cli.stored" if stored else "ocr.cli.nothing_stored", lang))
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ a person's corrections

_ROW_FIELD = re.compile(r"row\.(\d+)\.(\w+)")
_SUMMARY = {"summary.opening": "opening", "summary.contributions": "contributions",
            "summary.development": "development", "summary.closing": "closing"}


class BadCorrection(UserError):
    def __init__(self, value: str) -> None:
        super().__init__("ocr_bad_correction", *both("ocr.bad_correction", value=value))


def _corrected(field: str, text: str):
    """`text` typed for `field`, as the value the statement keeps."""
    try:
        if field.endswith(("paid_on", "posted_on", "birth_date", "printed_on")):
            return parse_date(text) if text.strip() not in ("", "-") else None
        if field.endswith(".period"):
            return parse_period(text)
        if field.startswith(("row.", "summary.", "jumlah.", "akumulasi.")):
            return parse_amount(text)
    except ParseError:
        raise BadCorrection(text) from None
    return text.strip()


def confirm(result: ImportResult, values: dict[tuple[int, str], str], lang: str = "id") -> ImportResult:
    """`result` after a person checked every uncertain value: `values` holds what they
    confirmed or typed, by (statement index, field). The statements are audited again and
    marked confirmed."""
    # Imported here: planner.audit imports planner.importers (this package) at its top.
    from planner.audit import audit_cards, audit_statement

    rules = load_rules()
    out = []
    for index, st in enumerate(result.statements):
        rows = list(st.rows)
        summary: dict[str, object] = {}
        jumlah = list(st.jumlah) if st.jumlah else None
        card, member, jp_acc = st.card, st.member, st.jp_accumulated
        for (which, field), text in values.items():
            if which != index:
                continue
            value = _corrected(field, text)
            if m := _ROW_FIELD.fullmatch(field):
                k, name = int(m.group(1)), m.group(2)
                if 1 <= k <= len(rows) and name != "no":
                    rows[k - 1] = dataclasses.replace(rows[k - 1], **{name: value})
            elif field in _SUMMARY:
                summary[_SUMMARY[field]] = value
            elif field.startswith("jumlah.") and jumlah:
                jumlah[int(field.split(".")[1]) - 1] = value
            elif field == "akumulasi.1":
                jp_acc = value  # type: ignore[assignment]
            elif field == "header.name":
                member = dataclasses.replace(member, name=str(value))
            elif field == "header.birth_date":
                member = dataclasses.replace(member, birth_date=value)
            elif field == "header.employer":
                card = dataclasses.replace(card, employer=str(value))
            elif field == "header.kpj":
                card = dataclasses.replace(card, kpj=re.sub(r"\D", "", str(value).split("/")[0]))
        fixed = dataclasses.replace(st, rows=tuple(rows), card=card, member=member, jp_accumulated=jp_acc,
                                    jumlah=tuple(jumlah) if jumlah else None, confirmed=True,
                                    findings=(), **summary)
        out.append(audit_statement(fixed, rules, lang=lang))
    return dataclasses.replace(result, statements=tuple(out), uncertain=(),
                               findings=tuple(audit_cards(out, lang=lang)))
