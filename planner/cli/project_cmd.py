"""`jht-planner project`: the JHT balance at claim, from typed figures or from statements."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from models import Assumptions, CareerBreak, ProjectionResult, Segment, WageChange
from planner.errors import InvalidInput
from planner.format import date_long, percent, rupiah
from planner.parse import ParseError, parse_amount, parse_date
from planner.projection import project
from planner.rules import load_rules
from planner.serialize import projection_json


def register(subs: argparse._SubParsersAction) -> None:
    from planner.cli import add_common

    p = subs.add_parser("project", help="proyeksi saldo JHT di usia klaim",
                        description="Proyeksi saldo JHT sampai usia klaim (metode: docs/method.md).")
    add_common(p)
    add_assumption_args(p)
    from planner.cli.import_cmd import add_source_args

    add_source_args(p)
    from planner.cli import beyond

    beyond.add_args(p)
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=run)


def add_assumption_args(p: argparse.ArgumentParser) -> None:
    """The quick-entry figures and the assumptions, shared by project and report."""
    g = p.add_argument_group("saldo dan data peserta (entri cepat)")
    g.add_argument("--balance", metavar="RP", help="saldo JHT pada tanggal --as-of")
    g.add_argument("--as-of", metavar="YYYY-MM-DD", help="tanggal saldo")
    g.add_argument("--birth-date", metavar="YYYY-MM-DD", help="tanggal lahir")
    g.add_argument("--wage", metavar="RP", help="upah bulanan sekarang (BPU: penghasilan yang dilaporkan)")
    g.add_argument("--segment", choices=[s.value for s in (Segment.PU, Segment.BPU)], default=None)
    a = p.add_argument_group("asumsi (default dari resources/rules)")
    a.add_argument("--wage-growth", type=float, metavar="RATE", help="kenaikan upah per tahun, mis. 0.05")
    a.add_argument("--return", dest="annual_return", type=float, metavar="RATE", help="hasil pengembangan per tahun, mis. 0.06")
    a.add_argument("--inflation", type=float, metavar="RATE", help="inflasi per tahun, mis. 0.025")
    a.add_argument("--claim-age", type=int, metavar="AGE", help="usia klaim JHT (default 56)")
    a.add_argument("--stop-age", type=int, metavar="AGE", help="usia berhenti bekerja (default = usia klaim)")
    a.add_argument("--break-start", metavar="YYYY-MM", help="awal jeda kerja (tanpa iuran)")
    a.add_argument("--break-months", type=int, default=0, metavar="N", help="lama jeda kerja dalam bulan")
    a.add_argument("--wage-change-date", metavar="YYYY-MM-DD", help="tanggal upah berubah")
    a.add_argument("--wage-change", metavar="RP", help="upah bulanan baru sejak --wage-change-date")


def date_arg(text: str | None, what_id: str, what_en: str) -> dt.date:
    if not text:
        raise InvalidInput("missing", f"{what_id} belum diisi.", f"{what_en} is missing.")
    try:
        return parse_date(text)
    except ParseError:
        raise InvalidInput("bad_date", f"{what_id} tidak valid: {text} (pakai YYYY-MM-DD).",
                           f"{what_en} is not a valid date: {text} (use YYYY-MM-DD).") from None


def amount_arg(text: str | None, what_id: str, what_en: str) -> float:
    if text is None:
        raise InvalidInput("missing", f"{what_id} belum diisi.", f"{what_en} is missing.")
    try:
        return float(parse_amount(text))
    except ParseError:
        raise InvalidInput("bad_amount", f"{what_id} bukan angka rupiah: {text}.",
                           f"{what_en} is not a rupiah amount: {text}.") from None


def _flags(args: argparse.Namespace) -> dict:
    """Every assumption flag the member gave, parsed; None where a flag was not given."""
    if args.break_months and not args.break_start:
        raise InvalidInput("break_needs_start", "Lama jeda kerja (--break-months) butuh awal jedanya (--break-start).",
                           "A career break length (--break-months) needs its start (--break-start).")
    career_break = None
    if args.break_start:
        career_break = CareerBreak(date_arg(args.break_start + "-01" if len(args.break_start) == 7 else args.break_start,
                                         "Awal jeda kerja", "The career break start"), args.break_months)
    wage_change = None
    if args.wage_change_date or args.wage_change:
        wage_change = WageChange(date_arg(args.wage_change_date, "Tanggal perubahan upah", "The wage change date"),
                                 amount_arg(args.wage_change, "Upah baru", "The new wage"))
    given = lambda value, parse, *what: None if value is None else parse(value, *what)  # noqa: E731
    return dict(
        balance=given(args.balance, amount_arg, "Saldo (--balance)", "The balance (--balance)"),
        as_of=given(args.as_of, date_arg, "Tanggal saldo (--as-of)", "The balance date (--as-of)"),
        birth_date=given(args.birth_date, date_arg, "Tanggal lahir (--birth-date)", "The birth date (--birth-date)"),
        wage=given(args.wage, amount_arg, "Upah (--wage)", "The wage (--wage)"),
        segment=Segment(args.segment) if args.segment else None,
        wage_growth=args.wage_growth,
        annual_return=args.annual_return,
        inflation=args.inflation,
        claim_age=args.claim_age,
        stop_age=args.stop_age,
        career_break=career_break,
        wage_change=wage_change,
    )


def assumptions_from_args(args: argparse.Namespace) -> Assumptions:
    """Quick-entry flags to Assumptions. Raises InvalidInput with a plain sentence."""
    flags = _flags(args)
    for key, what_id, what_en in (("balance", "Saldo (--balance)", "The balance (--balance)"),
                                  ("as_of", "Tanggal saldo (--as-of)", "The balance date (--as-of)"),
                                  ("birth_date", "Tanggal lahir (--birth-date)", "The birth date (--birth-date)"),
                                  ("wage", "Upah (--wage)", "The wage (--wage)")):
        if flags[key] is None:
            raise InvalidInput("missing", f"{what_id} belum diisi.", f"{what_en} is missing.")
    flags["segment"] = flags["segment"] or Segment.PU
    return Assumptions(**flags)


def assumptions_from_baseline(args: argparse.Namespace, base) -> Assumptions:
    """The statements' baseline (planner.baseline) with every flag the member gave on top."""
    from planner.baseline import to_assumptions

    return to_assumptions(base, **_flags(args))


def assumptions_for(args: argparse.Namespace):
    """(Assumptions, Baseline or None): from --statement/--stored/--demo, else from the flags alone.

    With a source, the balance, its date, the wage and the birth date come from the
    statements (planner.baseline); any of --balance, --as-of, --wage, --birth-date given wins.
    """
    from planner.baseline import from_statements
    from planner.cli.import_cmd import has_source, load_source

    if not has_source(args):
        return assumptions_from_args(args), None
    source = load_source(args)
    base = from_statements(source.statements, source.quick)
    return assumptions_from_baseline(args, base), base


def baseline_json(base, lang: str = "id") -> dict:
    from planner.format import mask_digits

    return {
        "source": base.source,
        "balance": float(base.balance),
        "as_of": base.as_of.isoformat(),
        "wage": None if base.wage is None else float(base.wage),
        "birth_date": base.birth_date.isoformat() if base.birth_date else None,
        "cards": [{"kpj": mask_digits(c.card.kpj), "year": c.year, "closing": float(c.closing),
                   "carried": float(c.carried)} for c in base.per_card],
        "notes": [n.text(lang) for n in base.notes],
    }


def run(args: argparse.Namespace) -> int:
    assumptions, base = assumptions_for(args)
    rules = load_rules()
    result = project(assumptions, rules, lang=args.lang)
    from planner.cli import beyond

    extras = beyond.compute(args, assumptions, result, rules)
    if args.json:
        out = projection_json(result)
        out.update(beyond.to_json(extras))
        if base is not None:
            out["baseline"] = baseline_json(base, args.lang)
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(summary_text(result, args.lang))
        sys.stdout.write(beyond.summary_text(extras, args.lang))
    for n in (base.notes if base is not None else ()):
        sys.stderr.write(("Catatan: " if args.lang != "en" else "Note: ") + n.text(args.lang) + "\n")
    for w in list(result.warnings) + [w for w in beyond.warnings(extras) if w not in result.warnings]:
        sys.stderr.write(("Peringatan: " if args.lang != "en" else "Warning: ") + w + "\n")
    return 0


def summary_text(r: ProjectionResult, lang: str = "id") -> str:
    a = r.assumptions
    en = lang == "en"
    rp = lambda x: rupiah(x, lang)  # noqa: E731
    lines = []
    if en:
        lines += [
            f"JHT projection to {date_long(r.claim_date, lang)} (claim at age {a.claim_age})",
            f"  Balance {rp(a.balance)} as of {date_long(a.as_of, lang)}; monthly wage {rp(a.wage)}",
            f"  Assumptions: wage growth {percent(a.wage_growth, lang)}, return {percent(a.annual_return, lang)}, "
            f"inflation {percent(a.inflation, lang)}, stop working at {a.stop_age}",
            f"  Balance at claim: {rp(r.balance_at_claim)} nominal; {rp(r.balance_at_claim_real)} in today's rupiah",
            f"  Final tax (PPh 21): {rp(r.tax)}; net {rp(r.net)}",
            "",
        ]
        head = ("Year", "Age", "Opening", "Contributions", "Development", "Closing", "Closing (today's Rp)")
    else:
        lines += [
            f"Proyeksi JHT sampai {date_long(r.claim_date, lang)} (klaim di usia {a.claim_age})",
            f"  Saldo {rp(a.balance)} per {date_long(a.as_of, lang)}; upah bulanan {rp(a.wage)}",
            f"  Asumsi: kenaikan upah {percent(a.wage_growth, lang)}, hasil pengembangan {percent(a.annual_return, lang)}, "
            f"inflasi {percent(a.inflation, lang)}, berhenti bekerja di usia {a.stop_age}",
            f"  Saldo saat klaim: {rp(r.balance_at_claim)} nominal; {rp(r.balance_at_claim_real)} nilai hari ini",
            f"  Pajak final (PPh 21): {rp(r.tax)}; bersih {rp(r.net)}",
            "",
        ]
        head = ("Tahun", "Usia", "Saldo awal", "Iuran", "Pengembangan", "Saldo akhir", "Saldo akhir (nilai kini)")
    widths = (5, 4, 17, 15, 15, 17, 24)
    lines.append("  ".join(h.rjust(w) for h, w in zip(head, widths)))
    for y in r.years:
        cells = (str(y.year), str(y.age), rp(y.opening), rp(y.contributions), rp(y.development), rp(y.closing), rp(y.closing_real))
        lines.append("  ".join(c.rjust(w) for c, w in zip(cells, widths)))
    return "\n".join(lines) + "\n"
