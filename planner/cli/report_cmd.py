"""`jht-planner report`: the projection report as an A4 PDF."""
from __future__ import annotations

import argparse
import sys

from planner.cli.project_cmd import _amount, add_assumption_args, assumptions_from_args
from planner.errors import InvalidInput
from planner.projection import project
from planner.report import ReportData, build_report, report_today
from planner.report_text import tr
from planner.rules import load_rules


def register(subs: argparse._SubParsersAction) -> None:
    from planner.cli import add_common

    p = subs.add_parser("report", help="laporan PDF proyeksi JHT",
                        description="Laporan proyeksi JHT dalam PDF A4 (bahasa Indonesia; --lang en untuk Inggris).")
    add_common(p)
    add_assumption_args(p)
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="berkas PDF yang ditulis")
    p.add_argument("--show-ids", action="store_true", help="tampilkan NIK dan KPJ lengkap (default: disamarkan)")
    mc = p.add_argument_group("rentang hasil (simulasi Monte Carlo)")
    mc.add_argument("--paths", type=int, metavar="N", help="jumlah jalur simulasi (default dari planner.montecarlo)")
    mc.add_argument("--seed", type=int, metavar="N", help="benih acak; sama benih dan data = laporan yang sama")
    mc.add_argument("--no-bands", action="store_true", help="tanpa simulasi Monte Carlo")
    mc.add_argument("--target", metavar="RP", help="target saldo bersih saat klaim, dalam nilai uang hari ini")
    mc.add_argument("--target-nominal", action="store_true", help="--target dalam rupiah saat klaim, bukan nilai kini")
    mc.add_argument("--target-pct-wage", type=float, metavar="RATE",
                    help="target penghasilan bulanan sebagai bagian dari upah terakhir, mis. 0.4")
    p.set_defaults(func=run)


def _bands(args: argparse.Namespace, assumptions, rules, today):
    if args.no_bands:
        return None
    from planner.montecarlo import DEFAULT_PATHS, Target, run_monte_carlo

    target = None
    if args.target_pct_wage is not None:
        target = Target(pct_wage=args.target_pct_wage)
    elif args.target is not None:
        target = Target(amount=_amount(args.target, "Target (--target)", "The target (--target)"),
                        real=not args.target_nominal)
    return run_monte_carlo(assumptions, paths=DEFAULT_PATHS if args.paths is None else args.paths, seed=args.seed, target=target,
                           rules=rules, today=today)


def run(args: argparse.Namespace) -> int:
    lang = args.lang
    if args.demo:
        raise InvalidInput("demo_missing", tr("id", "err_demo_missing"), tr("en", "err_demo_missing"))
    today = report_today()
    rules = load_rules()
    assumptions = assumptions_from_args(args)
    result = project(assumptions, rules, today)
    bands = _bands(args, assumptions, rules, today)
    data = ReportData(result=result, bands=bands, source="quick", lang=lang, show_ids=args.show_ids)
    info = build_report(data, args.out, rules=rules)
    sys.stdout.write(tr(lang, "written", path=info.path, pages=info.pages, kb=max(1, round(info.bytes / 1024))) + "\n")
    return 0
