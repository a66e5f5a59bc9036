"""`jht-planner report`: the projection report as an A4 PDF.

Sources: statement files (``--statement FILE...``), the stored data (``--stored``), the bundled
demo statements (``--demo``), or the quick-entry flags of ``project``. With a statement source
the quick-entry flags are optional and override what the statements say.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path
from dataclasses import dataclass
from typing import Any

from models import Card, Finding, Member, Segment, StatementYear
from planner.cli.project_cmd import add_assumption_args, assumptions_from_args, assumptions_from_baseline
from planner.display import shown_path
from planner.projection import project
from planner.remedies.report_section import section_for_statements
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
    from planner.cli import beyond
    from planner.montecarlo import DEFAULT_PATHS

    beyond.add_args(p)  # the same bands, target, JP, withdrawal and adequacy flags as `project`
    p.add_argument("--no-bands", action="store_true", help="tanpa simulasi Monte Carlo (default: dengan)")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="berkas PDF yang ditulis")
    p.add_argument("--show-ids", action="store_true", help="tampilkan NIK dan KPJ lengkap (default: disamarkan)")
    p.set_defaults(paths=DEFAULT_PATHS)  # a report shows the range of outcomes unless --no-bands
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
    from planner.baseline import from_statements

    base = from_statements(source.statements, source.quick, rules)
    a = assumptions_from_baseline(args, base)
    if source.member is None and base.name:
        source.member = Member(base.name, base.birth_date)
    if not source.cards:
        source.cards = base.cards
    return a, [n.text(args.lang) for n in base.notes]


def _wants_jp(args: argparse.Namespace, source: _Source, assumptions, rules: Rules) -> bool:
    """JP is shown whenever it can be computed: asked for, or the statements carry Masa Iuran JP."""
    if args.jp or args.jp_months is not None:
        return True
    if not source.statements or assumptions.segment != Segment.PU:
        return False
    from planner.jp import jp_input_from_statements

    return jp_input_from_statements(source.statements, rules) is not None


def run(args: argparse.Namespace) -> int:
    from planner.cli import beyond

    lang = args.lang
    today = report_today()
    rules = load_rules()
    source = _read_source(args)
    assumptions, notes = _assumptions(args, source, rules)
    result = project(assumptions, rules, today, lang=args.lang)
    if args.no_bands:
        args.paths = None
    args.jp = _wants_jp(args, source, assumptions, rules)
    extras = beyond.compute(args, assumptions, result, rules, today, statements=source.statements)
    data = ReportData(
        result=result,
        member=source.member,
        cards=source.cards,
        statements=source.statements,
        bands=extras.bands,
        jp=extras.jp,
        withdrawal=extras.withdrawal,
        adequacy=extras.adequacy,
        findings=source.findings,
        provenance=source.provenance,
        notes=tuple(notes),
        source=source.kind,
        lang=lang,
        show_ids=args.show_ids,
        remedies=section_for_statements(source.statements, source.findings, lang, args.show_ids, today, rules),
    )
    info = build_report(data, args.out, rules=rules)
    sys.stdout.write(tr(lang, "written", path=shown_path(info.path), pages=info.pages, kb=max(1, round(info.bytes / 1024))) + "\n")
    return 0
