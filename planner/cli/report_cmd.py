"""`jht-planner report`: the projection report as an A4 PDF.

Sources: statement files (``--statement FILE...``), the stored data (``--stored``), the bundled
demo statements (``--demo``), or the quick-entry flags of ``project``. With a statement source
the quick-entry flags are optional and override what the statements say.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import sys
from pathlib import Path
from dataclasses import dataclass
from typing import Any

from models import Card, Finding, Member, Segment, StatementYear
from planner.cli.project_cmd import _amount, _date, add_assumption_args, assumptions_from_args
from planner.errors import InvalidInput
from planner.projection import project
from planner.report import Provenance, ReportData, build_report, report_today
from planner.report_text import tr
from planner.rules import Rules, load_rules


def register(subs: argparse._SubParsersAction) -> None:
    from planner.cli import add_common

    p = subs.add_parser("report", help="laporan PDF proyeksi JHT",
                        description="Laporan proyeksi JHT dalam PDF A4 (bahasa Indonesia; --lang en untuk Inggris).")
    add_common(p)
    from planner.cli.import_cmd import add_source_args

    add_source_args(p)
    add_assumption_args(p)
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="berkas PDF yang ditulis")
    p.add_argument("--show-ids", action="store_true", help="tampilkan NIK dan KPJ lengkap (default: disamarkan)")
    mc = p.add_argument_group("rentang hasil (simulasi Monte Carlo)")
    mc.add_argument("--paths", type=int, metavar="N", help="jumlah jalur simulasi (default dari planner.montecarlo)")
    mc.add_argument("--seed", type=int, metavar="N", help="benih acak; benih dan data yang sama = laporan yang sama")
    mc.add_argument("--no-bands", action="store_true", help="tanpa simulasi Monte Carlo")
    mc.add_argument("--target", metavar="RP", help="target saldo bersih saat klaim, dalam nilai uang hari ini")
    mc.add_argument("--target-nominal", action="store_true", help="--target dalam rupiah saat klaim, bukan nilai kini")
    mc.add_argument("--target-pct-wage", type=float, metavar="RATE",
                    help="target penghasilan bulanan sebagai bagian dari upah terakhir, mis. 0.4")
    jp = p.add_argument_group("Jaminan Pensiun (JP)")
    jp.add_argument("--jp-months", type=int, metavar="N",
                    help="bulan iuran JP sejauh ini (entri cepat; dengan laporan dibaca dari Masa Iuran JP)")
    wd = p.add_argument_group("pilihan pencairan")
    wd.add_argument("--cash-out", metavar="YYYY-MM-DD", help="bandingkan: berhenti kerja pada tanggal ini dan cairkan semua")
    wd.add_argument("--new-job-date", metavar="YYYY-MM-DD", help="dengan --cash-out: kerja baru mulai tanggal ini")
    wd.add_argument("--new-job-wage", metavar="RP", help="dengan --cash-out: upah bulanan kerja baru")
    wd.add_argument("--partial", type=int, metavar="PCT", help="bandingkan: klaim sebagian 10 atau 30 (persen)")
    wd.add_argument("--partial-on", metavar="YYYY-MM-DD", help="tanggal klaim sebagian")
    wd.add_argument("--member-since", metavar="YYYY-MM", help="awal kepesertaan JHT (Keps Awal JHT), bila tidak dari laporan")
    p.set_defaults(func=run)


@dataclass
class _Source:
    kind: str = "quick"
    statements: tuple[StatementYear, ...] = ()
    findings: tuple[Finding, ...] = ()
    provenance: tuple[Any, ...] = ()
    member: Member | None = None
    cards: tuple[Card, ...] = ()
    quick: Any = None


def _read_source(args: argparse.Namespace) -> _Source:
    """The statements of --statement/--stored/--demo (planner.cli.import_cmd), with their provenance."""
    from planner.cli.import_cmd import demo_files, has_source, load_source

    if not has_source(args):
        return _Source()
    src = load_source(args)
    statements = tuple(src.statements)
    member = next((st.member for st in statements if st.member and st.member.name), None)
    cards: tuple[Card, ...] = ()
    if src.kind == "stored":
        from planner.store import Store

        with Store.open() as store:
            provenance = tuple(store.imports())
            member = store.member() or member
            cards = tuple(store.cards())
    else:
        paths = list(args.statement or []) or demo_files()
        provenance = tuple(Provenance(Path(p).name, hashlib.sha256(Path(p).read_bytes()).hexdigest()) for p in paths)
    kind = {"statement": "statements", "demo": "demo", "stored": "stored"}.get(src.kind, "statements")
    return _Source(kind, statements, tuple(src.findings), provenance, member, cards, src.quick)


def _assumptions(args: argparse.Namespace, source: _Source, rules: Rules):
    """As `project` does it (planner.cli.project_cmd.assumptions_for), from an already loaded source."""
    if source.kind == "quick":
        return assumptions_from_args(args), []
    from planner.baseline import from_statements, to_assumptions

    base = from_statements(source.statements, source.quick, rules)
    a = assumptions_from_args(argparse.Namespace(**{
        **vars(args),
        "balance": args.balance if args.balance is not None else format(base.balance, "f"),
        "as_of": args.as_of or base.as_of.isoformat(),
        "birth_date": args.birth_date or (base.birth_date.isoformat() if base.birth_date else None),
        "wage": args.wage if args.wage is not None else (format(base.wage, "f") if base.wage is not None else None),
        "segment": args.segment or base.segment.value,
    }))
    a = to_assumptions(base, balance=a.balance, as_of=a.as_of, wage=a.wage, birth_date=a.birth_date,
                       segment=a.segment, wage_growth=a.wage_growth, annual_return=a.annual_return,
                       inflation=a.inflation, claim_age=a.claim_age, stop_age=a.stop_age,
                       career_break=a.career_break, wage_change=a.wage_change)
    if source.member is None and base.name:
        source.member = Member(base.name, base.birth_date)
    if not source.cards:
        source.cards = base.cards
    return a, [n.text(args.lang) for n in base.notes]


def _bands(args: argparse.Namespace, assumptions, rules: Rules, today: dt.date):
    if args.no_bands:
        return None
    from planner.montecarlo import DEFAULT_PATHS, Target, run_monte_carlo

    target = None
    if args.target_pct_wage is not None:
        target = Target(pct_wage=args.target_pct_wage)
    elif args.target is not None:
        target = Target(amount=_amount(args.target, "Target (--target)", "The target (--target)"),
                        real=not args.target_nominal)
    return run_monte_carlo(assumptions, paths=DEFAULT_PATHS if args.paths is None else args.paths, seed=args.seed,
                           target=target, rules=rules, today=today)


def _jp(args: argparse.Namespace, source: _Source, result, rules: Rules, today: dt.date):
    from planner.jp import jp_benefit, jp_for_assumptions, jp_input_from_statements

    a = result.assumptions
    if a.segment != Segment.PU:
        return None
    if args.jp_months is not None:
        return jp_for_assumptions(a, args.jp_months, stop_date=result.stop_date, rules=rules, today=today)
    if not source.statements:
        return None
    inp = jp_input_from_statements(source.statements, rules)
    if inp is None:
        return None
    return jp_benefit(a.birth_date, inp, wage_growth=a.wage_growth, inflation=a.inflation,
                      annual_return=a.annual_return, stop_date=result.stop_date, career_break=a.career_break,
                      wage_change=a.wage_change, rules=rules, today=today)


def _member_since(args: argparse.Namespace, source: _Source) -> dt.date | None:
    from planner.withdrawal import parse_member_since

    if args.member_since:
        return parse_member_since(args.member_since)
    starts = []
    for st in source.statements:
        if st.member_since:
            try:
                starts.append(parse_member_since(st.member_since))
            except InvalidInput:
                continue
    return min(starts) if starts else None


def _withdrawal(args: argparse.Namespace, source: _Source, assumptions, rules: Rules, today: dt.date):
    if args.cash_out is None and args.partial is None:
        return None
    from planner.withdrawal import NewJob, compare

    new_job = None
    if args.new_job_date or args.new_job_wage:
        new_job = NewJob(_date(args.new_job_date, "Tanggal kerja baru (--new-job-date)", "The new job date (--new-job-date)"),
                         _amount(args.new_job_wage, "Upah kerja baru (--new-job-wage)", "The new job's wage (--new-job-wage)"))
    cash_out = None if args.cash_out is None else _date(args.cash_out, "Tanggal berhenti kerja (--cash-out)",
                                                        "The resignation date (--cash-out)")
    partial_on = None if args.partial_on is None else _date(args.partial_on, "Tanggal klaim sebagian (--partial-on)",
                                                            "The partial claim date (--partial-on)")
    return compare(assumptions, cash_out_on=cash_out, new_job=new_job, partial_pct=args.partial, partial_on=partial_on,
                   member_since=_member_since(args, source), rules=rules, today=today)


def run(args: argparse.Namespace) -> int:
    lang = args.lang
    today = report_today()
    rules = load_rules()
    source = _read_source(args)
    assumptions, notes = _assumptions(args, source, rules)
    result = project(assumptions, rules, today)
    data = ReportData(
        result=result,
        member=source.member,
        cards=source.cards,
        statements=source.statements,
        bands=_bands(args, assumptions, rules, today),
        jp=_jp(args, source, result, rules, today),
        withdrawal=_withdrawal(args, source, assumptions, rules, today),
        findings=source.findings,
        provenance=source.provenance,
        notes=tuple(notes),
        source=source.kind,
        lang=lang,
        show_ids=args.show_ids,
    )
    info = build_report(data, args.out, rules=rules)
    sys.stdout.write(tr(lang, "written", path=info.path, pages=info.pages, kb=max(1, round(info.bytes / 1024))) + "\n")
    return 0
