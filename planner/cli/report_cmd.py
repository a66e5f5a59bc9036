"""`jht-planner report`: the projection report as an A4 PDF.

Sources: statement files (``--statement FILE...``), the stored data (``--stored``), the bundled
demo statements (``--demo``), or the quick-entry flags of ``project``. With a statement source
the quick-entry flags are optional and override what the statements say. The report reads the
same workspace (planner.workspace) as ``project`` and the window.
"""
from __future__ import annotations

import argparse
import sys

from planner.cli import add_common, beyond
from planner.cli.arguments import add_assumption_args
from planner.cli.arrears_cmd import add_claim_args, claim_from_args
from planner.cli.import_cmd import add_source_args
from planner.cli.project_cmd import assumptions_for, workspace_for
from planner.montecarlo import DEFAULT_PATHS
from planner.report import build_report
from planner.display import shown_path
from planner.report_text import tr
from planner.workspace import report_data


def register(subs: argparse._SubParsersAction) -> None:
    p = subs.add_parser("report", help="laporan PDF proyeksi JHT",
                        description="Laporan proyeksi JHT dalam PDF A4 (bahasa Indonesia; --lang en untuk Inggris).")
    add_common(p)
    add_source_args(p)
    add_assumption_args(p)
    beyond.add_args(p)  # the same bands, target, JP, withdrawal and adequacy flags as `project`
    p.add_argument("--no-bands", action="store_true", help="tanpa simulasi Monte Carlo (default: dengan)")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="berkas PDF yang ditulis")
    p.add_argument("--show-ids", action="store_true", help="tampilkan NIK dan KPJ lengkap (default: disamarkan)")
    # The "Siap cair" checklist of a claim reason (as `ready`); --member-since is beyond's.
    add_claim_args(p, "--reason-date", required=False)
    p.set_defaults(paths=DEFAULT_PATHS)  # a report shows the range of outcomes unless --no-bands
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    lang = args.lang
    if args.no_bands:
        args.paths = None
    claim = claim_from_args(args)  # a bad date is said before any work
    ws = workspace_for(args)
    results = beyond.compute(args, ws, assumptions_for(args, ws))
    info = build_report(report_data(ws, results, lang, args.show_ids, claim), args.out, rules=ws.rules)
    sys.stdout.write(tr(lang, "written", path=shown_path(info.path), pages=info.pages, kb=max(1, round(info.bytes / 1024))) + "\n")
    return 0
