"""`jht-planner export-csv`: the history (statements and rows) or the projection as CSV."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from planner import csvio
from planner.cli import add_common
from planner.cli.arguments import add_assumption_args
from planner.cli.import_cmd import add_source_args, has_source
from planner.cli.project_cmd import assumptions_for, workspace_for
from planner.errors import UserError
from planner.texts import tr


class CannotWrite(UserError):
    def __init__(self, path: Path):
        super().__init__("cannot_write", f"Berkas {path.name} tidak bisa ditulis; periksa folder dan izinnya.",
                         f"The file {path.name} cannot be written; check the folder and its permissions.")


def register(subs: argparse._SubParsersAction) -> None:
    p = subs.add_parser("export-csv", help="ekspor riwayat atau proyeksi ke CSV",
                        description="Menulis riwayat (ringkasan tahunan dan baris iuran, bisa diimpor lagi) "
                                    "atau tabel proyeksi ke CSV. Format: docs/csv-format.md.")
    add_common(p)
    p.add_argument("--out", required=True, metavar="FILE", help="berkas CSV yang ditulis")
    p.add_argument("--what", choices=("history", "projection"), default="history",
                   help="history (default): riwayat; projection: tabel proyeksi")
    add_source_args(p)
    add_assumption_args(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not has_source(args) and not (args.what == "projection" and args.balance is not None):
        args.stored = True  # the default source: what is stored
    ws = workspace_for(args)
    if args.what == "history":
        text = csvio.write_history_csv(ws.statements)
    else:
        outlook = ws.outlook(assumptions_for(args, ws))
        if outlook.error is not None:
            raise outlook.error
        text = csvio.write_projection_csv(outlook.projection)
    out = Path(args.out)
    try:
        csvio.write_text(out, text)
    except OSError:
        raise CannotWrite(out) from None
    lines = text.count("\n")
    sys.stdout.write(tr("workspace.cli.written_lines", args.lang, path=out, lines=lines) + "\n")
    return 0
