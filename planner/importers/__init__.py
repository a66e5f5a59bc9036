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
import os
import re
import stat
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Literal, Protocol, runtime_checkable

from models import Finding, StatementYear
from models.picture import UncertainField
from planner.display import safe_text, shown_name
from planner.errors import UserError
from planner.importers.errors import (
    CannotOpen,
    CorruptFile,
    EmptyFile,
    ImportProblem,
    IncompleteStatement,
    NoTextLayer,
    NotAStatement,
    NotARegularFile,
    PasswordRequired,
    TooLarge,
    UnsupportedEncryption,
    WrongPassword,
)
from planner.logs import library_warnings_to_log
from planner.validate import limits, validate_statements

__all__ = [
    "MAX_BYTES", "MAX_PAGES", "Extractor", "ImportResult", "register", "extractors",
    "read_file", "read_files", "read_bytes", "pdf_text",
    "ImportProblem", "NotAStatement", "NoTextLayer", "PasswordRequired", "WrongPassword",
    "CorruptFile", "EmptyFile", "TooLarge", "IncompleteStatement", "CannotOpen",
    "UnsupportedEncryption", "NotARegularFile",
]

# Product limits (not BPJS rules), from resources/limits.toml (planner.validate.limits).
MAX_MEGABYTES = limits().max_file_megabytes
MAX_BYTES = limits().max_file_bytes
MAX_PAGES = limits().max_pdf_pages

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
    # Each picture statement's Saldo Awal as read, with its crop (`why` empty): listed in
    # `uncertain` too when the previous year's stored closing differs (picture.check_openings).
    openings: tuple[UncertainField, ...] = ()


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
    """Read one file: a regular file only, at most MAX_BYTES of it (counted as read)."""
    path = Path(path)
    data = read_regular_file(path)
    result = read_bytes(data, path.name, password, lang=lang)
    return dataclasses.replace(result, path=path)


def read_regular_file(path: Path) -> bytes:
    """The bytes of `path`, refused before reading when it is not a regular file (a folder, a
    device such as /dev/zero, a FIFO that would wait forever) and cut off at MAX_BYTES + 1
    bytes read whatever the file system says its size is."""
    name = shown_name(path)
    if path.is_dir():
        raise NotARegularFile(name)
    # O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just below.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        raise CannotOpen() from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotARegularFile(name)
        chunks, total = [], 0
        while total <= MAX_BYTES:
            chunk = os.read(fd, min(1 << 20, MAX_BYTES + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError:
        raise CannotOpen() from None
    finally:
        os.close(fd)
    if total > MAX_BYTES:
        raise TooLarge(MAX_MEGABYTES, MAX_PAGES)
    return b"".join(chunks)


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
        scanned = False
        with library_warnings_to_log(limits().max_library_warnings):
            try:
                extractor, statements = _read_pdf(data, password)
            except NoTextLayer:  # a scanned PDF: its pages are pictures
                if not picture.is_scanned_pdf(data, password):
                    raise  # no text and no picture either (a damaged file): nothing for OCR to read
                scanned = True
        if scanned:
            return picture.read_picture_files([(name, data)], lang, password=password)
    else:
        extractor, statements = _read_text(data)
    validate_statements(statements, name)  # figures that cannot be true never reach the store
    rules = load_rules()
    audited = tuple(audit_statement(st, rules, lang=lang) for st in statements)
    findings = tuple(audit_cards(audited, lang=lang))
    # The name is kept as the store records it: bytes that are not UTF-8 and control characters
    # replaced (planner.display), so it can be stored and shown; identifiers are masked when shown.
    return ImportResult(Path(name), safe_text(Path(name).name), digest, extractor.name, extractor.version,
                        audited, findings)


def _looks_like_pdf(data: bytes) -> bool:
    return b"%PDF-" in data[:1024]


def _not_a_statement(source: str) -> NotAStatement:
    """Names every document type the planner reads; a PDF's text can be saved for a report."""
    known = extractors()
    return NotAStatement([e.title_id for e in known], [e.title_en for e in known], offers_text=source == "pdf")


# --------------------------------------------------------------------------- PDF

def _open_pdf(data: bytes, password: str | None):
    """A decrypted pypdf reader whose page tree holds at most MAX_PAGES pages; no text extracted yet."""
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
        count = _count_pages(reader, MAX_PAGES)
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


def _count_pages(reader, limit: int) -> int:
    """The pages the page tree really holds, counted up to ``limit + 1`` by walking its nodes,
    never trusting /Count (a tree claiming 1 page held 60,000, and pypdf extracted them all in
    34 s and 386 MB) and without pypdf's flattening, which would build every page first.

    Shared subtrees are counted each time they are reached, as pypdf would flatten them; a
    cycle or a tree of empty nodes ends when the walk has visited 10 nodes per allowed page.
    """
    from pypdf.generic import ArrayObject, DictionaryObject

    stack = [reader.trailer["/Root"].get_object()["/Pages"]]
    pages = visits = 0
    while stack:
        visits += 1
        if visits > 10 * (limit + 1):
            return limit + 1
        node = stack.pop().get_object()  # resolved only when reached: a /Kids of 60,000 costs nothing
        if not isinstance(node, DictionaryObject):
            continue
        kids = node.get("/Kids")
        if node.get("/Type") == "/Pages" or (kids is not None and "/Type" not in node):
            kids = kids.get_object() if kids is not None else None
            if isinstance(kids, ArrayObject):
                stack.extend(reversed(kids))
            continue
        pages += 1
        if pages > limit:
            return pages
    return pages


def pdf_text(reader, mode: str = "plain", deadline: float | None = None) -> str:
    """The text layer of every page, pages separated by a newline.

    With `deadline` (a time.monotonic() value), :class:`TooLarge` once it has passed, checked
    between pages."""
    pages = []
    for page in reader.pages:
        if deadline is not None and time.monotonic() > deadline:
            raise TooLarge(MAX_MEGABYTES, MAX_PAGES)
        if mode == "layout":
            pages.append(page.extract_text(extraction_mode="layout"))
        else:
            pages.append(page.extract_text())
    return "\n".join(pages)


def _extract_pdf_text(reader, mode: str, deadline: float) -> str:
    try:
        return pdf_text(reader, mode, deadline)
    except UserError:
        raise
    except Exception:
        raise CorruptFile() from None


def _read_pdf(data: bytes, password: str | None) -> tuple[Extractor, list[StatementYear]]:
    deadline = time.monotonic() + limits().pdf_seconds
    reader = _open_pdf(data, password)
    plain = _extract_pdf_text(reader, "plain", deadline)
    if not plain.strip():
        raise NoTextLayer()
    layout: str | None = None

    def layout_text() -> str:
        nonlocal layout
        if layout is None:
            layout = _extract_pdf_text(reader, "layout", deadline)
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
