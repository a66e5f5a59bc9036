"""`jht-planner project`: the JHT balance at claim, from typed figures or from statements."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from models import Assumptions, ProjectionResult
from planner.cli import add_common, beyond
from planner.cli.arguments import add_assumption_args, assumption_flags
from planner.cli.import_cmd import add_source_args, demo_files
from planner.errors import InvalidInput
from planner.format import date_long, mask_digits, percent, rupiah
from planner.recovery import open_for_cli
from planner.plausibility import note_text
from planner.serialize import projection_json
from planner.texts import tr
from planner.workspace import (
    Results, Workspace, remember_saldo_from, source_from_files, source_from_store, typed_source,
)


def register(subs: argparse._SubParsersAction) -> None:
    p = subs.add_parser("project", help="proyeksi saldo JHT di usia klaim",
                        description="Proyeksi saldo JHT sampai usia klaim (metode: docs/method.md).")
    add_common(p)
    add_assumption_args(p)
    add_source_args(p)
    beyond.add_args(p)
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=run)


def workspace_for(args: argparse.Namespace) -> Workspace:
    """The workspace of --statement/--stored/--demo, or of the typed figures alone."""
    lang = args.lang
    saldo_from = getattr(args, "saldo_from", None)  # None: the stored choice, else the newest figure
    if args.demo and (getattr(args, "statement", None) or getattr(args, "stored", False)):
        raise InvalidInput("sources", "Pilih satu sumber: --demo, --statement atau --stored.",
                           "Choose one source: --demo, --statement or --stored.")
    if getattr(args, "stored", False):
        with open_for_cli(lang) as store:  # the recovery path the window uses too
            if saldo_from:
                remember_saldo_from(store, saldo_from)
            source = source_from_store(store, lang)
    elif getattr(args, "statement", None):
        source = source_from_files(args.statement, "statements", getattr(args, "password", None), lang)
    elif args.demo:
        source = source_from_files(demo_files(), "demo", None, lang)
    else:
        source = typed_source()
    return Workspace(source, saldo_from=saldo_from, lang=lang)


def assumptions_for(args: argparse.Namespace, ws: Workspace) -> Assumptions:
    """The workspace's baseline with every flag the member gave on top; without statements,
    the flags alone (balance, its date, the birth date and the wage are then required)."""
    flags = assumption_flags(args)
    if ws.source.kind == "typed":
        for key, what_id, what_en in (("balance", "Saldo (--balance)", "The balance (--balance)"),
                                      ("as_of", "Tanggal saldo (--as-of)", "The balance date (--as-of)"),
                                      ("birth_date", "Tanggal lahir (--birth-date)", "The birth date (--birth-date)"),
                                      ("wage", "Upah (--wage)", "The wage (--wage)")):
            if flags[key] is None:
                raise InvalidInput("missing", f"{what_id} belum diisi.", f"{what_en} is missing.")
    return ws.starting_assumptions(**flags)


def baseline_json(results: Results, lang: str = "id") -> dict | None:
    base = results.baseline
    if base is None:
        return None
    return {
        "source": base.source,
        "balance": float(base.balance),
        "as_of": base.as_of.isoformat(),
        "wage": None if base.wage is None else float(base.wage),
        "birth_date": base.birth_date.isoformat() if base.birth_date else None,
        "cards": [{"kpj": mask_digits(c.card.kpj), "year": c.year, "closing": float(c.closing),
                   "carried": float(c.carried)} for c in base.per_card],
        "notes": [n.text(lang) for n in base.notes],
        "origin": results.saldo_origin.text(lang) if results.saldo_origin is not None else None,
    }


def run(args: argparse.Namespace) -> int:
    ws = workspace_for(args)
    results = beyond.compute(args, ws, assumptions_for(args, ws))
    result = results.outlook.projection
    lang = args.lang
    if args.json:
        out = projection_json(result)
        out.update(beyond.to_json(results, lang))
        if results.baseline is not None:
            out["baseline"] = baseline_json(results, lang)
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        if results.saldo_origin is not None:
            sys.stdout.write(results.saldo_origin.text(lang) + "\n")
        sys.stdout.write(summary_text(result, lang))
        sys.stdout.write(beyond.summary_text(results, lang))
    for n in (results.baseline.notes if results.baseline is not None else ()):
        sys.stderr.write(tr("workspace.cli.note", lang, text=n.text(lang)) + "\n")
    for u in results.outlook.unusual:  # values above experience: allowed, but said
        sys.stderr.write(tr("workspace.cli.note", lang, text=note_text(u, lang)) + "\n")
    for w in beyond.warnings(results):
        sys.stderr.write(tr("workspace.cli.warning", lang, text=w) + "\n")
    return 0


def summary_text(r: ProjectionResult, lang: str = "id") -> str:
    a = r.assumptions
    rp = lambda x: rupiah(x, lang)  # noqa: E731
    pct = lambda x: percent(x, lang)  # noqa: E731
    lines = [
        tr("workspace.cli.summary.title", lang, date=date_long(r.claim_date, lang), age=a.claim_age),
        tr("workspace.cli.summary.balance", lang, balance=rp(a.balance), date=date_long(a.as_of, lang), wage=rp(a.wage)),
        tr("workspace.cli.summary.assumptions", lang, growth=pct(a.wage_growth), ret=pct(a.annual_return),
           inf=pct(a.inflation), stop=a.stop_age),
        tr("workspace.cli.summary.at_claim", lang, nominal=rp(r.balance_at_claim), real=rp(r.balance_at_claim_real)),
        tr("workspace.cli.summary.tax", lang, tax=rp(r.tax), net=rp(r.net)),
        "",
    ]
    head = tr("workspace.cli.summary.columns", lang).split("|")
    widths = (5, 4, 17, 15, 15, 17, 24)
    lines.append("  ".join(h.rjust(w) for h, w in zip(head, widths)))
    for y in r.years:
        cells = (str(y.year), str(y.age), rp(y.opening), rp(y.contributions), rp(y.development), rp(y.closing), rp(y.closing_real))
        lines.append("  ".join(c.rjust(w) for c, w in zip(cells, widths)))
    return "\n".join(lines) + "\n"
