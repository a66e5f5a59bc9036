"""`jht-planner export-csv`: the history (statements and rows) or the projection as CSV."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from planner.display import shown_path


def register(subs: argparse._SubParsersAction) -> None:
    from planner.cli import add_common
    from planner.cli.import_cmd import add_source_args
    from planner.cli.project_cmd import add_assumption_args

    p = subs.add_parser("export-csv", help="ekspor riwayat atau proyeksi ke CSV",
                        description="Menulis riwayat (ringkasan tahunan dan baris iuran, bisa diimpor lagi) "
                                    "atau tabel proyeksi ke CSV. Format: docs/csv-format.md.")
    add_common(p)
    p.add_argument("--out", required=True, metavar="FILE", help="berkas CSV yang ditulis")
    p.add_argument("--what", choices=("history", "projection"), default="history",
                   help="history (default): riwayat; projection: tabel proyeksi")
    p.add_argument("--number-style", choices=("en", "id"), default="en",
                   help="en (default): koma pemisah kolom, titik desimal; id: untuk Excel berbahasa Indonesia "
                        "(titik koma, koma desimal)")
    add_source_args(p)
    add_assumption_args(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from planner import csvio
    from planner.cli.import_cmd import has_source, load_source

    if not has_source(args) and not (args.what == "projection" and args.balance is not None):
        args.stored = True  # the default source: what is stored
    if args.what == "history":
        text = csvio.write_history_csv(load_source(args).statements, args.number_style)
    else:
        from planner.cli.project_cmd import assumptions_for
        from planner.projection import project
        from planner.rules import load_rules

        assumptions, _ = assumptions_for(args)
        text = csvio.write_projection_csv(project(assumptions, load_rules()))
    out = Path(args.out)
    csvio.write_text(out, text)  # whole or not at all; a failure is one sentence (planner.fileio)
    lines = text.count("\n")
    shown = shown_path(out)
    sys.stdout.write((f"Written: {shown} ({lines} lines)\n" if args.lang == "en" else f"Ditulis: {shown} ({lines} baris)\n"))
    return 0
