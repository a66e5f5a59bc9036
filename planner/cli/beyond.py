"""The `project` command beyond one line: bands, a target, JP, withdrawal choices, adequacy.

Kept apart from project_cmd.py so that file only registers the flags and merges the JSON.
Nothing here computes: it parses flags, calls planner.montecarlo / jp / withdrawal /
adequacy, and shapes their results for the JSON and the text summary.
"""
from __future__ import annotations

import argparse
from typing import Any

from models import Assumptions
from planner import adequacy as ad
from planner import jp as jpm
from planner import montecarlo as mc
from planner import withdrawal as wd
from planner.cli.arguments import amount_arg, date_arg
from planner.errors import InvalidInput
from planner.format import date_long, mask_digits, percent, rupiah
from planner.plausibility import note_text
from planner.texts import tr
from planner.workspace import BandRequest, Choices, MonthlyIncome, Results, Workspace, WithdrawalRequest


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


def choices(args: argparse.Namespace) -> Choices:
    """The JP and adequacy flags as the workspace's Choices."""
    return Choices(
        jp_months=args.jp_months,
        jp_wage=amount_arg(args.jp_wage, "Upah JP (--jp-wage)", "The JP wage (--jp-wage)") if args.jp_wage else None,
        jp_accumulated=amount_arg(args.jp_accumulated, "Akumulasi iuran JP", "The accumulated JP contributions")
        if args.jp_accumulated else None,
        payout_years=args.payout_years,
        replacement_target=args.replacement_target,
    )


def band_request(args: argparse.Namespace) -> BandRequest | None:
    """The Monte Carlo flags; None without --paths (a target then needs them)."""
    if args.paths is None:
        if args.target is not None or args.target_pct_wage is not None:
            raise InvalidInput("target_needs_paths", "Peluang mencapai target butuh simulasi: tambahkan --paths.",
                               "The chance of reaching a target needs the simulation: add --paths.")
        return None
    spreads = mc.Spreads(returns=args.return_spread, growth=args.growth_spread, inflation=args.inflation_spread,
                         gap_chance=args.gap_chance, gap_months=args.gap_months)  # None: the rules' default
    target = None
    if args.target is not None:
        target = mc.Target(amount=amount_arg(args.target, "Target (--target)", "The target (--target)"),
                           real=not args.target_nominal)
    elif args.target_pct_wage is not None:
        target = mc.Target(pct_wage=args.target_pct_wage, payout_years=args.payout_years)
    return BandRequest(args.paths, args.seed, spreads, target)


def withdrawal_request(args: argparse.Namespace) -> WithdrawalRequest | None:
    """The withdrawal flags; None when no choice is asked for."""
    if not (args.cash_out_date or args.partial is not None):
        return None
    new_job = None
    if args.new_job_date or args.new_job_wage:
        if not (args.new_job_date and args.new_job_wage and args.cash_out_date):
            raise InvalidInput("new_job_incomplete", "Kerja baru butuh --cash-out-date, --new-job-date dan --new-job-wage.",
                               "A new job needs --cash-out-date, --new-job-date and --new-job-wage.")
        new_job = wd.NewJob(date_arg(args.new_job_date, "Tanggal kerja baru", "The new job date"),
                            amount_arg(args.new_job_wage, "Upah kerja baru", "The new job wage"))
    return WithdrawalRequest(
        cash_out_on=date_arg(args.cash_out_date, "Tanggal berhenti kerja", "The resignation date") if args.cash_out_date else None,
        new_job=new_job,
        partial_pct=args.partial,
        partial_on=date_arg(args.partial_date, "Tanggal klaim sebagian", "The partial claim date") if args.partial_date else None,
        member_since=wd.parse_member_since(args.member_since) if args.member_since else None,
        previous_partial=date_arg(args.previous_partial, "Klaim sebagian sebelumnya", "The earlier partial claim")
        if args.previous_partial else None,
    )


def compute(args: argparse.Namespace, ws: Workspace, assumptions: Assumptions) -> Results:
    """Everything the flags ask for, from the workspace. Raises InvalidInput with a plain sentence."""
    args = argparse.Namespace(**{**_DEFAULTS, **vars(args)})  # callers whose parser lacks these flags
    results = ws.results(assumptions, choices(args), band_request(args), withdrawal_request(args), lang=args.lang)
    if (args.jp or args.jp_months is not None) and results.outlook.jp is None:  # asked for: its absence is said
        raise results.outlook.jp_error or InvalidInput(
            "jp_no_data", "Tidak ada data JP: isi --jp-months (dan --jp-wage) atau impor laporan yang memuat Masa Iuran JP.",
            "There is no JP data: give --jp-months (and --jp-wage) or import a statement that shows Masa Iuran JP.")
    return results


def to_json(x: Results, lang: str = "id") -> dict[str, Any]:
    o = x.outlook
    return {
        "bands": mc.montecarlo_json(x.bands) if x.bands else None,
        "target": mc.target_json(x.bands.target) if x.bands else None,
        "jp": jpm.jp_json(o.jp),
        "withdrawal": wd.comparison_json(x.withdrawal),
        "adequacy": ad.adequacy_json(o.adequacy),
        "income": income_json(o.income),
        "saldo_origin": None if x.saldo_origin is None else {
            "kind": x.saldo_origin.kind, "as_of": x.saldo_origin.as_of.isoformat(), "text": x.saldo_origin.text()},
        "findings": [{"code": f.code, "kpj": mask_digits(f.kpj) if f.kpj else None, "year": f.year,
                      "periods": list(f.periods)} for f in x.findings],
        "unusual": [{"code": n.code, "value": n.value, "limit": n.limit, "text": note_text(n, lang)}
                    for n in o.unusual],
    }


def income_json(i: MonthlyIncome | None) -> dict[str, Any] | None:
    if i is None:
        return None
    return {"real": i.real, "nominal": i.nominal, "years": i.years, "jp_lump_sum_added": i.jp_lump_sum_added}


def warnings(x: Results) -> list[str]:
    """The projection's warnings, then the simulation's and JP's that are not among them."""
    own = list(x.outlook.projection.warnings) if x.outlook.projection is not None else []
    more = list(x.bands.warnings if x.bands else ()) + list(x.outlook.jp.warnings if x.outlook.jp else ())
    return own + [w for w in dict.fromkeys(more) if w not in own]


def summary_text(results: Results, lang: str = "id") -> str:
    """The bands, JP, withdrawal choices and adequacy as text (after the projection table)."""
    bands, jp, comparison, adequacy = results.bands, results.outlook.jp, results.withdrawal, results.outlook.adequacy
    rp = lambda v: rupiah(v, lang)  # noqa: E731
    pct = lambda v: percent(v, lang)  # noqa: E731
    lines: list[str] = [""]
    if bands:
        b = bands
        count = f"{b.paths:,}".replace(",", tr("workspace.cli.thousands", lang))
        lines.append(tr("workspace.cli.bands", lang, count=count, seed=b.seed))
        lines.append(tr("workspace.cli.spreads", lang, ret=pct(b.spreads.returns), growth=pct(b.spreads.growth),
                        inf=pct(b.spreads.inflation)))
        lines.append(tr("workspace.cli.net_percentiles", lang, values=", ".join(
            f"P{p} {rp(v)}" for p, v in zip(b.percentiles, b.net_at_claim_real))))
        if b.target:
            t = b.target
            what = tr("workspace.cli.of_last_wage", lang, pct=pct(t.pct_wage)) if t.basis == "pct_wage" else rp(t.amount)
            lines.append(tr("workspace.cli.chance", lang, what=what, chance=pct(t.chance)))
        lines.append("")
    if jp:
        lines.append(tr("workspace.cli.jp_head", lang, age=jp.pension_age, date=date_long(jp.pension_date, lang),
                        months=jp.months))
        if jp.monthly_benefit is not None:
            lines.append(tr("workspace.cli.jp_monthly", lang, amount=rp(jp.monthly_benefit),
                            real=rp(jp.monthly_benefit_real)))
        else:
            lines.append(tr("workspace.cli.jp_lump_sum", lang, min=jp.min_months, amount=rp(jp.lump_sum),
                            real=rp(jp.lump_sum_real)))
            lines.append("  " + tr(f"jp.accumulated_source.{jp.accumulated_source}", lang))
        lines.append("")
    if comparison:
        lines.append(tr("workspace.cli.withdrawal_head", lang))
        for o in comparison.options:
            name = tr(f"workspace.cli.option_{o.kind}", lang)
            if o.refusal:
                lines.append(tr("workspace.cli.option_refused", lang, name=name, reason=o.refusal.text(lang)))
            elif o.kind == "keep":
                lines.append(f"  {name}: {rp(o.value_real)}")
            else:
                lines.append(tr("workspace.cli.option_cost", lang, name=name, value=rp(o.value_real),
                                cost=rp(o.cost_vs_keep)))
        conventions = {"id": comparison.convention_id, "en": comparison.convention_en}
        lines.append("  " + conventions.get(lang, comparison.convention_id))
        lines.append("")
    if adequacy:
        lines.append(adequacy.text(lang))
    return "\n".join(lines) + ("\n" if lines else "")
