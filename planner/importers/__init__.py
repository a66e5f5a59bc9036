"""Reading statements from files: one extractor per document type, chosen by content.

A file's type is decided by what it says, never by its name. PDFs are opened with pypdf
(decrypted with the password the member typed; the password is neither kept nor logged),
their text layer extracted in pypdf's plain mode and, when the extractor cannot read a
complete statement from that, in layout mode; a PDF without a text layer, and a picture
(PNG, JPEG, ...), is read by OCR (:mod:`planner.importers.picture`). Text files are decoded and offered to the
text extractors (CSV and the app's own export, registered by :mod:`planner.csvio`).

Each statement read is audited (:func:`planner.audit.audit_statement`); findings across the
statements of one file go in :attr:`ImportResult.findings`, and :func:`read_files` audits
across every file given.

Every problem is a :class:`planner.importers.errors.ImportProblem` (a
:class:`planner.errors.UserError`) with a stable code; nothing else escapes.
"""
from __future__ import annotations

import dataclasses
import hashlib
import importlib
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Literal, Protocol, runtime_checkable

from models import Finding, StatementYear
from models.picture import UncertainField
from planner.errors import UserError
from planner.importers.errors import (
    CannotOpen,
    CorruptFile,
    EmptyFile,
    ImportProblem,
    IncompleteStatement,
    NoTextLayer,
    NotAStatement,
    PasswordRequired,
    TooLarge,
    UnsupportedEncryption,
    WrongPassword,
)

__all__ = [
    "MAX_BYTES", "MAX_PAGES", "Extractor", "ImportResult", "register", "extractors",
    "read_file", "read_files", "read_bytes", "pdf_text",
    "ImportProblem", "NotAStatement", "NoTextLayer", "PasswordRequired", "WrongPassword",
    "CorruptFile", "EmptyFile", "TooLarge", "IncompleteStatement", "CannotOpen",
    "UnsupportedEncryption",
]

# Product limits (not BPJS rules): a year's statement is a few pages and well under 1 MB.
MAX_MEGABYTES = 20
MAX_BYTES = MAX_MEGABYTES * 1024 * 1024
MAX_PAGES = 200

# Modules whose extractors register themselves when imported. planner.csvio is optional
# here (it is developed beside this package) and is skipped while it does not exist.
_EXTRACTOR_MODULES = ("planner.importers.rsjht", "planner.importers.csv_extractor")


@runtime_checkable
class Extractor(Protocol):
    """Reads one document type. Registered with :func:`register`."""

    name: str
    version: str
    title_id: str
    title_en: str
    source: Literal["pdf", "text"]
    labels: tuple[str, ...]

    def matches(self, text: str) -> bool:
        """True when `text` carries this document type's labels."""

    def extract(self, text: str) -> list[StatementYear]:
        """Every statement year in `text`; raises a UserError when it cannot."""


@dataclass(frozen=True)
class ImportResult:
    path: Path
    file_name: str
    sha256: str
    extractor: str
    extractor_version: str
    statements: tuple[StatementYear, ...]
    findings: tuple[Finding, ...]  # across the statements of this file; per-year ones sit in each
    uncertain: tuple[UncertainField, ...] = ()  # values read from a picture that a person must check


_REGISTRY: dict[str, Extractor] = {}
_loaded = False


def register(extractor: Extractor) -> None:
    """Add (or replace, by name) an extractor."""
    _REGISTRY[extractor.name] = extractor


def _load_builtin() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    for module in _EXTRACTOR_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise


def extractors() -> list[Extractor]:
    """Every registered extractor, in registration order."""
    _load_builtin()
    return list(_REGISTRY.values())


# --------------------------------------------------------------------------- reading

def read_file(path: str | Path, password: str | None = None, lang: str = "id") -> ImportResult:
    """Read one file. The size limit is checked before the file is read."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise TooLarge(MAX_MEGABYTES, MAX_PAGES)
        data = path.read_bytes()
    except OSError:
        raise CannotOpen() from None
    result = read_bytes(data, path.name, password, lang=lang)
    return dataclasses.replace(result, path=path)


def read_files(paths: Iterable[str | Path], password: str | None = None,
               lang: str = "id") -> tuple[list[ImportResult], list[Finding]]:
    """Read several files; the second item audits across every statement of every file.

    Those findings (chain breaks between years, missing months over a card's whole span,
    duplicates) cover and supersede each result's own ``findings``. A file that cannot be
    read raises its ImportProblem; call :func:`read_file` per file to collect problems instead.
    """
    from planner.audit import audit_cards

    results = [read_file(p, password, lang=lang) for p in paths]
    every = [st for r in results for st in r.statements]
    return results, audit_cards(every, lang=lang)


def read_bytes(data: bytes, name: str, password: str | None = None, lang: str = "id") -> ImportResult:
    """Read a file's bytes (`name` is only reported back, never used to guess the type)."""
    from planner.audit import audit_cards, audit_statement
    from planner.rules import load_rules

    if len(data) > MAX_BYTES:
        raise TooLarge(MAX_MEGABYTES, MAX_PAGES)
    if not data.strip():
        raise EmptyFile()
    digest = hashlib.sha256(data).hexdigest()
    # Imported here: picture imports this package (ImportResult, extractors).
    from planner.importers import picture

    if picture.is_picture(data):
        return picture.read_picture_files([(name, data)], lang)
    if _looks_like_pdf(data):
        try:
            extractor, statements = _read_pdf(data, password)
        except NoTextLayer:  # a scanned PDF: its pages are pictures
            return picture.read_picture_files([(name, data)], lang, password=password)
    else:
        extractor, statements = _read_text(data)
    rules = load_rules()
    audited = tuple(audit_statement(st, rules, lang=lang) for st in statements)
    findings = tuple(audit_cards(audited, lang=lang))
    return ImportResult(Path(name), Path(name).name, digest, extractor.name, extractor.version,
                        audited, findings)


def _looks_like_pdf(data: bytes) -> bool:
    return b"%PDF-" in data[:1024]


def _not_a_statement(source: str) -> NotAStatement:
    """Names every document type the planner reads (`source` kept for future wording)."""
    known = extractors()
    return NotAStatement([e.title_id for e in known], [e.title_en for e in known])


# --------------------------------------------------------------------------- PDF

def _open_pdf(data: bytes, password: str | None):
    """A decrypted pypdf reader whose page count is within the limit; no text extracted yet."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    if b"%%EOF" not in data[-4096:]:
        raise CorruptFile()  # truncated: the end-of-file marker is missing
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            result = reader.decrypt(password if password is not None else "")
            if not result:
                raise PasswordRequired() if password is None else WrongPassword()
        count = _page_count(reader)
    except UserError:
        raise
    except DependencyError:
        raise UnsupportedEncryption() from None
    except Exception:  # anything pypdf raises on a damaged file
        raise CorruptFile() from None
    if count > MAX_PAGES:
        raise TooLarge(MAX_MEGABYTES, MAX_PAGES)
    if count == 0:
        raise EmptyFile()
    return reader


def _page_count(reader) -> int:
    """Pages from the page tree's /Count, without flattening the tree or reading content."""
    try:
        count = int(reader.trailer["/Root"].get_object()["/Pages"].get_object()["/Count"])
        if count >= 0:
            return count
    except Exception:
        pass
    return len(reader.pages)


def pdf_text(reader, mode: str = "plain") -> str:
    """The text layer of every page, pages separated by a newline."""
    pages = []
    for page in reader.pages:
        if mode == "layout":
            pages.append(page.extract_text(extraction_mode="layout"))
        else:
            pages.append(page.extract_text())
    return "\n".join(pages)


def _extract_pdf_text(reader, mode: str) -> str:
    try:
        return pdf_text(reader, mode)
    except Exception:
        raise CorruptFile() from None


def _read_pdf(data: bytes, password: str | None) -> tuple[Extractor, list[StatementYear]]:
    reader = _open_pdf(data, password)
    plain = _extract_pdf_text(reader, "plain")
    if not plain.strip():
        raise NoTextLayer()
    layout: str | None = None

    def layout_text() -> str:
        nonlocal layout
        if layout is None:
            layout = _extract_pdf_text(reader, "layout")
        return layout

    pdf_extractors = [e for e in extractors() if e.source == "pdf"]
    candidates = [(e, plain) for e in pdf_extractors if _safe_matches(e, plain)]
    if not candidates:
        text = layout_text()
        candidates = [(e, text) for e in pdf_extractors if _safe_matches(e, text)]
    if not candidates:
        raise _not_a_statement("pdf")
    first_problem: UserError | None = None
    for extractor, text in candidates:
        texts = [text] if text is layout else [text, None]
        for t in texts:
            t = layout_text() if t is None else t
            try:
                statements = extractor.extract(t)
            except IncompleteStatement as exc:
                first_problem = first_problem or exc
                continue
            except UserError:
                raise
            except Exception:  # an extractor's bug must not reach the member as a traceback
                continue
            if statements:
                return extractor, statements
    raise first_problem or _not_a_statement("pdf")


def _safe_matches(extractor: Extractor, text: str) -> bool:
    try:
        return bool(extractor.matches(text))
    except Exception:
        return False


# --------------------------------------------------------------------------- text files

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _decode_text(data: bytes) -> str | None:
    """The file as text, or None when it is binary."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if len(_CONTROL.findall(text)) > max(2, len(text) // 200):
            return None
        return text
    return None


def _read_text(data: bytes) -> tuple[Extractor, list[StatementYear]]:
    text = _decode_text(data)
    if text is None:
        raise _not_a_statement("text")
    if not text.strip():
        raise EmptyFile()
    for extractor in extractors():
        if extractor.source != "text" or not _safe_matches(extractor, text):
            continue
        try:
            statements = extractor.extract(text)
        except UserError:
            raise
        except Exception:
            raise _not_a_statement("text") from None
        if statements:
            return extractor, statements
    raise _not_a_statement("text")
