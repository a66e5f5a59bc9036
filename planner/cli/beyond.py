"""The `project` command beyond one line: bands, a target, JP, withdrawal choices, adequacy.

Kept apart from project_cmd.py so that file only registers the flags and merges the JSON.
Nothing here computes: it parses flags, calls planner.montecarlo / jp / withdrawal /
adequacy, and shapes their results for the JSON and the text summary.
"""
from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import dataclass
from typing import Any, Sequence

from models import Assumptions, ProjectionResult, StatementYear
from planner import adequacy as ad
from planner import jp as jpm
from planner import montecarlo as mc
from planner import withdrawal as wd
from planner.cli.project_cmd import amount_arg, date_arg
from planner.errors import InvalidInput
from planner.format import date_long, percent, rupiah
from planner.rules import Rules


def add_args(p: argparse.ArgumentParser) -> None:
    m = p.add_argument_group("rentang hasil (Monte Carlo; tanpa --paths tidak dijalankan)")
    m.add_argument("--paths", type=int, nargs="?", const=mc.DEFAULT_PATHS, metavar="N",
                   help=f"jumlah jalur simulasi (tanpa angka: {mc.DEFAULT_PATHS})")
    m.add_argument("--seed", type=int, metavar="S", help="seed acak (default: baru, dicetak di hasil)")
    m.add_argument("--return-spread", type=float, metavar="X", help="sebaran hasil pengembangan per tahun, mis. 0.01")
    m.add_argument("--growth-spread", type=float, metavar="X", help="sebaran kenaikan upah per tahun")
    m.add_argument("--inflation-spread", type=float, metavar="X", help="sebaran inflasi per tahun")
    m.add_argument("--gap-chance", type=float, metavar="X", help="peluang jeda kerja dimulai dalam setahun, mis. 0.1")
    m.add_argument("--gap-months", type=int, metavar="N", help="lama satu jeda kerja (bulan)")
    t = m.add_mutually_exclusive_group()
    t.add_argument("--target", metavar="RP", help="target saldo bersih saat klaim (rupiah hari ini)")
    t.add_argument("--target-pct-wage", type=float, metavar="X",
                   help="target penghasilan bulanan dari JHT sebagai bagian upah terakhir, mis. 0.4")
    m.add_argument("--target-nominal", action="store_true", help="--target dalam rupiah saat klaim, bukan rupiah hari ini")
    j = p.add_argument_group("Jaminan Pensiun (JP)")
    j.add_argument("--jp", action="store_true", help="hitung JP (dengan --statement/--stored/--demo: dari laporan)")
    j.add_argument("--jp-months", type=int, metavar="N", help="masa iuran JP sampai tanggal saldo (bulan)")
    j.add_argument("--jp-wage", metavar="RP", help="upah untuk JP (default: --wage)")
    j.add_argument("--jp-accumulated", metavar="RP", help="Akumulasi Iuran JP sampai tanggal saldo")
    w = p.add_argument_group("pilihan pencairan")
    w.add_argument("--cash-out-date", metavar="YYYY-MM-DD", help="berhenti kerja dan cairkan semua JHT")
    w.add_argument("--new-job-date", metavar="YYYY-MM-DD", help="mulai kerja baru (saldo baru)")
    w.add_argument("--new-job-wage", metavar="RP", help="upah bulanan di kerja baru")
    w.add_argument("--partial", type=int, metavar="10|30", help="klaim sebagian: 10 (persiapan pensiun) atau 30 (perumahan)")
    w.add_argument("--partial-date", metavar="YYYY-MM-DD", help="tanggal klaim sebagian")
    w.add_argument("--member-since", metavar="YYYY-MM", help="awal kepesertaan JHT (Keps Awal)")
    w.add_argument("--previous-partial", metavar="YYYY-MM-DD", help="tanggal klaim sebagian yang sudah pernah diambil")
    c = p.add_argument_group("kecukupan")
    c.add_argument("--payout-years", type=int, metavar="N", help="JHT dibagi menjadi penghasilan bulanan selama N tahun")
    c.add_argument("--replacement-target", type=float, metavar="X", help="target rasio penggantian Anda, mis. 0.6")


_DEFAULTS = {name: None for name in (
    "paths", "seed", "return_spread", "growth_spread", "inflation_spread", "gap_chance", "gap_months", "target",
    "target_pct_wage", "jp_months", "jp_wage", "jp_accumulated", "cash_out_date", "new_job_date", "new_job_wage",
    "partial", "partial_date", "member_since", "previous_partial", "payout_years", "replacement_target")}
_DEFAULTS.update(target_nominal=False, jp=False, lang="id")


@dataclass
class Extras:
    bands: mc.MonteCarloResult | None = None
    jp: jpm.JPResult | None = None
    withdrawal: wd.Comparison | None = None
    adequacy: ad.Adequacy | None = None


def _statements(args: argparse.Namespace) -> list:
    from planner.cli.import_cmd import has_source, load_source

    return list(load_source(args).statements) if has_source(args) else []


def compute(args: argparse.Namespace, assumptions: Assumptions, result: ProjectionResult, rules: Rules,
            today: dt.date | None = None, statements: Sequence[StatementYear] | None = None) -> Extras:
    """Everything the extra flags ask for. Raises InvalidInput with a plain sentence.

    `today` (default: the real date) is where defaults and stale-rule checks are read, so a
    report made with SOURCE_DATE_EPOCH reads the same rules on any day. `statements`: the
    source's statements when the caller has read them already (else they are read here,
    only if a flag needs them).
    """
    args = argparse.Namespace(**{**_DEFAULTS, **vars(args)})  # callers whose parser lacks these flags
    out = Extras()
    a = result.assumptions
    statements = list(statements) if statements is not None else None

    wants_target = args.target is not None or args.target_pct_wage is not None
    if wants_target and args.paths is None:
        raise InvalidInput("target_needs_paths", "Peluang mencapai target butuh simulasi: tambahkan --paths.",
                           "The chance of reaching a target needs the simulation: add --paths.")
    if args.paths is not None:
        spreads = mc.Spreads(returns=args.return_spread, growth=args.growth_spread, inflation=args.inflation_spread,
                             gap_chance=args.gap_chance, gap_months=args.gap_months)  # None: the rules' default
        target = None
        if args.target is not None:
            target = mc.Target(amount=amount_arg(args.target, "Target (--target)", "The target (--target)"),
                               real=not args.target_nominal)
        elif args.target_pct_wage is not None:
            target = mc.Target(pct_wage=args.target_pct_wage, payout_years=args.payout_years)
        out.bands = mc.run_monte_carlo(assumptions, paths=args.paths, seed=args.seed, spreads=spreads,
                                       target=target, rules=rules, today=today, lang=args.lang)

    if args.jp or args.jp_months is not None:
        if args.jp_months is not None:
            wage = amount_arg(args.jp_wage, "Upah JP (--jp-wage)", "The JP wage (--jp-wage)") if args.jp_wage else None
            acc = amount_arg(args.jp_accumulated, "Akumulasi iuran JP", "The accumulated JP contributions") \
                if args.jp_accumulated else None
            out.jp = jpm.jp_for_assumptions(a, args.jp_months, wage, accumulated=acc, stop_date=result.stop_date,
                                            rules=rules, today=today, lang=args.lang)
        else:
            if statements is None:
                statements = _statements(args)
            inp = jpm.jp_input_from_statements(statements, rules) if statements else None
            if inp is None:
                raise InvalidInput("jp_no_data", "Tidak ada data JP: isi --jp-months (dan --jp-wage) atau impor laporan "
                                   "yang memuat Masa Iuran JP.",
                                   "There is no JP data: give --jp-months (and --jp-wage) or import a statement "
                                   "that shows Masa Iuran JP.")
            out.jp = jpm.jp_benefit(a.birth_date, inp, wage_growth=a.wage_growth, inflation=a.inflation,
                                    annual_return=a.annual_return, stop_date=result.stop_date,
                                    career_break=a.career_break, rules=rules, today=today,
                                    segment=a.segment, lang=args.lang)

    if args.cash_out_date or args.partial is not None:
        new_job = None
        if args.new_job_date or args.new_job_wage:
            if not (args.new_job_date and args.new_job_wage and args.cash_out_date):
                raise InvalidInput("new_job_incomplete", "Kerja baru butuh --cash-out-date, --new-job-date dan --new-job-wage.",
                                   "A new job needs --cash-out-date, --new-job-date and --new-job-wage.")
            new_job = wd.NewJob(date_arg(args.new_job_date, "Tanggal kerja baru", "The new job date"),
                                amount_arg(args.new_job_wage, "Upah kerja baru", "The new job wage"))
        member_since = wd.parse_member_since(args.member_since) if args.member_since else None
        if args.partial is not None and member_since is None:
            if statements is None:
                statements = _statements(args)
            since = [s.member_since for s in statements if s.member_since]
            member_since = min((wd.parse_member_since(s) for s in since), default=None)
        out.withdrawal = wd.compare(
            assumptions,
            cash_out_on=date_arg(args.cash_out_date, "Tanggal berhenti kerja", "The resignation date") if args.cash_out_date else None,
            new_job=new_job,
            partial_pct=args.partial,
            partial_on=date_arg(args.partial_date, "Tanggal klaim sebagian", "The partial claim date") if args.partial_date else None,
            member_since=member_since,
            previous_partial=date_arg(args.previous_partial, "Klaim sebagian sebelumnya", "The earlier partial claim")
            if args.previous_partial else None,
            rules=rules,
            today=today,
        )

    out.adequacy = ad.adequacy_for(result, out.jp, payout_years=args.payout_years, target=args.replacement_target,
                                   rules=rules, today=today)
    return out


def to_json(x: Extras) -> dict[str, Any]:
    return {
        "bands": mc.montecarlo_json(x.bands) if x.bands else None,
        "target": mc.target_json(x.bands.target) if x.bands else None,
        "jp": jpm.jp_json(x.jp),
        "withdrawal": wd.comparison_json(x.withdrawal),
        "adequacy": ad.adequacy_json(x.adequacy),
    }


def warnings(x: Extras) -> list[str]:
    return (list(x.bands.warnings) if x.bands else []) + (list(x.jp.warnings) if x.jp else [])


def summary_text(x: Extras, lang: str = "id") -> str:
    en = lang == "en"
    rp = lambda v: rupiah(v, lang)  # noqa: E731
    lines: list[str] = [""]
    if x.bands:
        b = x.bands
        count = f"{b.paths:,}" if en else f"{b.paths:,}".replace(",", ".")
        lines.append(f"Range of outcomes ({count} paths, seed {b.seed})" if en
                     else f"Rentang hasil ({count} jalur, seed {b.seed})")
        lines.append(("  spreads: return ±{}, wage growth ±{}, inflation ±{}" if en
                      else "  sebaran: hasil pengembangan ±{}, kenaikan upah ±{}, inflasi ±{}").format(
            percent(b.spreads.returns, lang), percent(b.spreads.growth, lang), percent(b.spreads.inflation, lang)))
        label = "  net at claim, today's Rp" if en else "  bersih saat klaim, nilai kini"
        lines.append(label + ": " + ", ".join(f"P{p} {rp(v)}" for p, v in zip(b.percentiles, b.net_at_claim_real)))
        if b.target:
            t = b.target
            what = (f"{percent(t.pct_wage, lang)} of the last wage" if en else f"{percent(t.pct_wage, lang)} dari upah terakhir") \
                if t.basis == "pct_wage" else rp(t.amount)
            lines.append((f"  chance of reaching {what}: {percent(t.chance, lang)}" if en
                          else f"  peluang mencapai {what}: {percent(t.chance, lang)}"))
        lines.append("")
    if x.jp:
        j = x.jp
        head = (f"JP: pension age {j.pension_age} ({date_long(j.pension_date, lang)}), {j.months} contribution months"
                if en else f"JP: usia pensiun {j.pension_age} ({date_long(j.pension_date, lang)}), masa iuran {j.months} bulan")
        lines.append(head)
        if j.monthly_benefit is not None:
            lines.append((f"  monthly benefit {rp(j.monthly_benefit)} ({rp(j.monthly_benefit_real)} in today's rupiah)" if en
                          else f"  manfaat bulanan {rp(j.monthly_benefit)} ({rp(j.monthly_benefit_real)} nilai kini)"))
        else:
            lines.append((f"  fewer than {j.min_months} months: lump sum {rp(j.lump_sum)} ({rp(j.lump_sum_real)} today)" if en
                          else f"  kurang dari {j.min_months} bulan: dibayar sekaligus {rp(j.lump_sum)} ({rp(j.lump_sum_real)} nilai kini)"))
        lines.append("")
    if x.withdrawal:
        names = {"keep": ("Tetap sampai usia klaim", "Keep until the claim age"),
                 "cash_out": ("Cairkan saat berhenti kerja", "Cash out on resigning"),
                 "partial": ("Klaim sebagian", "Partial claim")}
        lines.append("Withdrawal choices (today's rupiah, after tax)" if en else "Pilihan pencairan (nilai kini, setelah pajak)")
        for o in x.withdrawal.options:
            name = names[o.kind][1 if en else 0]
            if o.refusal:
                lines.append(f"  {name}: " + ("not allowed — " if en else "tidak boleh — ") + o.refusal.text(lang))
            elif o.kind == "keep":
                lines.append(f"  {name}: {rp(o.value_real)}")
            else:
                lines.append(f"  {name}: {rp(o.value_real)}; " + ("cost vs keeping " if en else "biaya dibanding tetap ")
                             + rp(o.cost_vs_keep))
        lines.append("  " + (x.withdrawal.convention_en if en else x.withdrawal.convention_id))
        lines.append("")
    if x.adequacy:
        lines.append(x.adequacy.text(lang))
    return "\n".join(lines) + ("\n" if lines else "")
