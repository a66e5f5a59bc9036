"""The statement variants kept as text fixtures, and how each one is made.

Regenerate the fixtures (after changing the demo generator or upgrading pypdf) with

    python -m tests.planner.importers.variants

VARIANTS are the demo member's statements in the reconstructed layout (make_demo);
REAL_VARIANTS are fictional members' statements in the layout BPJS really prints
(make_real_layout).

Each fixture's first line names the pypdf version and extraction mode that produced it.
"""
from __future__ import annotations

import io
from pathlib import Path

import pypdf

from models import StatementYear
from resources.demo.make_demo import demo_statements, write_statement_pdf
from resources.demo.make_real_layout import real_statements, write_real_pdf

FIXTURES = Path(__file__).resolve().parent / "fixtures"

# name: (kpj, year, write_statement_pdf options, pypdf extraction mode)
VARIANTS: dict[str, tuple[str, int, dict, str]] = {
    # One table row per line (pypdf plain mode on a row-by-row producer); has a back-pay row.
    "rsjht-rows-en": ("23000067890", 2024, {}, "plain"),
    # One cell per line: every text in its own form XObject.
    "rsjht-cells-en": ("23000067890", 2024, {"cells": True}, "plain"),
    # Indonesian amounts and slash dates.
    "rsjht-rows-id-slash": ("23000067890", 2024, {"style": "id", "date_sep": "/"}, "plain"),
    # A producer drawing the table column by column: plain mode cannot be read ...
    "rsjht-columns-plain": ("23000067890", 2024, {"draw_order": "columns"}, "plain"),
    # ... layout mode rebuilds the rows.
    "rsjht-columns-layout": ("23000067890", 2024, {"draw_order": "columns"}, "layout"),
    # Several pages, table header repeated, "Halaman N dari M"; has the late payment.
    "rsjht-multipage-en": ("19000012345", 2021, {"rows_per_page": 4}, "plain"),
    # All at once: one cell per line, Indonesian amounts, slash dates, several pages.
    "rsjht-cells-id-slash-multipage": ("19000012345", 2021,
                                       {"cells": True, "style": "id", "date_sep": "/", "rows_per_page": 5},
                                       "plain"),
}


# The layout BPJS really prints (resources/demo/make_real_layout.py), fictional members.
# name: (statement, write_real_pdf options, pypdf extraction mode)
REAL_VARIANTS: dict[str, tuple[str, dict, str]] = {
    # The two header columns on the same lines: "Nama Peserta : <member> Suami/Istri : -/<spouse>".
    "real-interleaved-en": ("siti-2020", {}, "plain"),
    # The left header column, then the right one; the grid in two columns, ages below it.
    "real-sequential-en": ("siti-2020", {"header": "sequential", "grid": 2}, "plain"),
    # Layout mode: the columns rebuilt from positions.
    "real-layout-en": ("siti-2020", {}, "layout"),
    # One cell per line, Indonesian amounts.
    "real-cells-id": ("siti-2020", {"cells": True, "style": "id"}, "plain"),
    # Two pages, title, member fields and table header repeated; back pay, two months without
    # a contribution, a summary Rp10,000 short.
    "real-two-pages-en": ("rudi-2021", {"rows_per_page": 8}, "plain"),
    "real-two-pages-id-layout": ("rudi-2021", {"rows_per_page": 8, "style": "id", "header": "sequential",
                                               "grid": 2}, "layout"),
}


def real_source(name: str) -> StatementYear:
    """The statement a REAL_VARIANTS fixture was written from."""
    return real_statements()[REAL_VARIANTS[name][0]]


def make_real_pdf(name: str, folder: Path) -> Path:
    statement, options, _ = REAL_VARIANTS[name]
    return write_real_pdf(real_statements()[statement], folder / f"{name}.pdf", **options)


def source_statement(kpj: str, year: int) -> StatementYear:
    return next(st for st in demo_statements() if st.card.kpj == kpj and st.year == year)


def make_pdf(name: str, folder: Path) -> Path:
    kpj, year, options, _ = VARIANTS[name]
    return write_statement_pdf(source_statement(kpj, year), folder / f"{name}.pdf", **options)


def extract(path: Path, mode: str) -> str:
    reader = pypdf.PdfReader(path)
    if mode == "layout":
        return "\n".join(p.extract_text(extraction_mode="layout") for p in reader.pages)
    return "\n".join(p.extract_text() for p in reader.pages)


def mode_of(name: str) -> str:
    return VARIANTS[name][3] if name in VARIANTS else REAL_VARIANTS[name][2]


def header_line(name: str) -> str:
    return f"# pypdf {pypdf.__version__}, extraction_mode={mode_of(name)}, variant {name}\n"


def read_fixture(name: str) -> tuple[str, str]:
    """(header line, extracted text) of a fixture."""
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    first, _, rest = text.partition("\n")
    return first + "\n", rest


def main() -> int:
    import tempfile

    FIXTURES.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, (_, _, _, mode) in VARIANTS.items():
            text = extract(make_pdf(name, Path(tmp)), mode)
            (FIXTURES / f"{name}.txt").write_text(header_line(name) + text, encoding="utf-8")
            print(FIXTURES / f"{name}.txt")
        for name, (_, _, mode) in REAL_VARIANTS.items():
            text = extract(make_real_pdf(name, Path(tmp)), mode)
            (FIXTURES / f"{name}.txt").write_text(header_line(name) + text, encoding="utf-8")
            print(FIXTURES / f"{name}.txt")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
