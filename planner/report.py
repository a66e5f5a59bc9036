"""The projection report: an A4 PDF built from plain inputs with matplotlib's PDF backend.

Call :func:`build_report` with a :class:`ReportData`. Every section appears when its input is
present; when it is absent, the section says so in one sentence instead of vanishing.

    data = ReportData(result=project(assumptions), member=..., statements=..., lang="id")
    info = build_report(data, "laporan.pdf", progress=lambda f: not cancelled)

``progress(fraction)`` is called with 0..1 as pages are drawn; returning ``False`` (or setting
the ``cancel`` event) stops the export, removes the partial file and raises
:class:`ReportCancelled`. The file is written beside the target and renamed into place, so an
existing report is never left half-written.

Determinism: for the same inputs and the same ``SOURCE_DATE_EPOCH`` the bytes are identical;
the printed date, the PDF CreationDate and the "today" used for stale-parameter warnings all
come from ``SOURCE_DATE_EPOCH`` when it is set.
"""
from __future__ import annotations

import datetime as dt
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

import matplotlib
import numpy as np
from matplotlib.ticker import FuncFormatter, MaxNLocator

from models import Card, Finding, Member, RuleUse, Severity
from models.remedies import RemediesSection
from planner import __version__
from planner.display import shown_text
from planner.fileio import WriteFailed, atomic_write
from planner.format import compact_rupiah, date_long, date_short, mask_digits, percent, rupiah
from planner.history import balance_history
from planner.adequacy import Adequacy
from planner.jp import JPResult
from planner.montecarlo import MonteCarloResult
from planner.withdrawal import Comparison, WithdrawalOption
from planner.report_layout import (
    ACCENT, CONTENT_W, INK, MARGIN_L, MARGIN_T, MUTED, PAGE_H, PAGE_W, RULE, Block, Chart, Column,
    Heading, Note, Page, PageBreak, Paragraph, Spacer, Table, paginate,
)
from planner.report_text import RULE_LABELS_ID, refusal_text, rule_source, tr, withdrawal_units
# The report's inputs live in planner.report_data (no matplotlib); re-exported for callers of build_report.
from planner.report_data import BandsView, Provenance, ReportData, report_clock, report_today  # noqa: F401
from planner.rules import Rules, RulesError, load_rules
from planner.texts import tr as say  # the catalog's; report_text's tr is this module's own

Progress = Callable[[float], "bool | None"]

SOURCES = ("quick", "statements", "stored", "demo")


class ReportCancelled(Exception):
    """The export was cancelled through the progress callback or the cancel event."""


class ReportWriteError(WriteFailed):
    """The report file cannot be written where the member asked."""


@dataclass(frozen=True)
class ReportInfo:
    path: Path
    pages: int
    bytes: int


# --------------------------------------------------------------------------- helpers

def remedies_blocks(section: RemediesSection) -> list[Block]:
    """The section as the report's layout blocks; [] when it is empty."""
    if section.empty:
        return []
    out: list[Block] = [PageBreak(300.0), Heading(section.title)]
    if section.table_rows:
        columns = [Column(section.table_head[0]), Column(section.table_head[1]), Column(section.table_head[2], wrap=True)]
        columns += [Column(title, align="right") for title in section.table_head[3:]]
        out.append(Table(columns, section.table_rows, size=7.6))
        out += [Paragraph(p, 8.0) for p in section.paragraphs]
    if section.checklist:
        out.append(Heading(section.checklist_title, 2))
        out += [Paragraph(line, 8.0) for line in section.checklist]
    return out





class _Ctx:
    """Language, masking and formatting for one report."""

    def __init__(self, data: ReportData, rules: Rules, today: dt.date, printed: dt.date):
        self.data = data
        self.lang = "en" if data.lang == "en" else "id"
        self.rules = rules
        self.today = today
        self.printed = printed
        self.uses: tuple[RuleUse, ...] = _all_rules(data, rules, today)

    def t(self, key: str, **params: object) -> str:
        return tr(self.lang, key, **params)

    def rp(self, amount: float | None) -> str:
        return self.t("dash") if amount is None else rupiah(amount, self.lang)

    def pct(self, x: float | None, decimals: int = 1) -> str:
        return self.t("dash") if x is None else percent(x, self.lang, decimals)

    def date(self, d: dt.date | None) -> str:
        return self.t("dash") if d is None else date_long(d, self.lang)

    def ident(self, value: str | None) -> str:
        if not value:
            return self.t("dash")
        return value if self.data.show_ids else mask_digits(value)

    def scrub(self, text: str) -> str:
        """Free text from elsewhere (file names, messages): any KPJ/NIK-like digit run masked,
        in any grouping, and control characters removed (planner.display)."""
        return shown_text(text, self.data.show_ids)


def _auto_pct(ctx: _Ctx, x: float) -> str:
    """A rate with as many decimals as it needs (3,7%; 7,19%)."""
    for decimals in (0, 1, 2, 3):
        if abs(round(x * 100, decimals) - x * 100) < 1e-9:
            return percent(x, ctx.lang, decimals)
    return percent(x, ctx.lang, 3)


def _rule_value(ctx: _Ctx, use: RuleUse) -> str:
    v = use.value
    unit = use.unit
    if unit == "fraction" and isinstance(v, (int, float)):
        return _auto_pct(ctx, float(v))
    if unit == "rupiah" and isinstance(v, (int, float)):
        return ctx.rp(v)
    if unit == "years" and isinstance(v, (int, float)):
        return ctx.t("years_value", n=v)
    if unit == "months" and isinstance(v, (int, float)):
        return ctx.t("months_value", n=v)
    if unit == "day" and isinstance(v, (int, float)):
        return ctx.t("day_value", n=v)
    if unit == "flag" or isinstance(v, bool):
        return ctx.t("yes") if v else ctx.t("no")
    if unit == "brackets" and isinstance(v, list):
        parts = []
        for band in v:
            if band.get("upto") is None:
                parts.append(ctx.t("bracket_top", rate=_auto_pct(ctx, float(band["rate"]))))
            else:
                parts.append(ctx.t("bracket_band", rate=_auto_pct(ctx, float(band["rate"])), upto=ctx.rp(band["upto"])))
        return "; ".join(parts)
    if isinstance(v, float):
        return f"{v:g}"
    return str(v)


def _rule_label(ctx: _Ctx, name: str) -> str:
    if ctx.lang != "en" and name in RULE_LABELS_ID:
        return RULE_LABELS_ID[name]
    try:
        return ctx.rules.parameter(name).label
    except RulesError:
        return name


def _all_rules(data: ReportData, rules: Rules, today: dt.date) -> tuple[RuleUse, ...]:
    uses: list[RuleUse] = list(data.rules) if data.rules else list(data.result.rules)
    if not data.rules:
        for part in (data.jp, data.bands):
            uses += [u for u in (part.rules if part is not None else ()) if isinstance(u, RuleUse)]
    uses += _withdrawal_rules(data, rules) + _adequacy_rules(data, rules, today)
    seen: dict[tuple[str, dt.date], RuleUse] = {}
    for u in uses:
        seen.setdefault((u.name, u.effective), u)
    return tuple(sorted(seen.values(), key=lambda u: (u.name.split(".")[0], u.name, u.effective)))


_WITHDRAWAL_RULES = {
    "cash_out": ("jht.resignation_wait_months",),
    "partial": ("jht.partial_claim_min_years", "jht.partial_claim_retirement", "jht.partial_claim_housing",
                "tax.partial_claim_shares_band"),
}


_ADEQUACY_RULES = ("macro.payout_years", "macro.ilo_min_replacement")


def _adequacy_rules(data: ReportData, rules: Rules, today: dt.date) -> list[RuleUse]:
    """The parameters an adequacy result applied (it does not record them itself)."""
    if data.rules or data.adequacy is None:
        return []
    out = []
    on = max(today, data.result.assumptions.as_of)
    for name in _ADEQUACY_RULES:
        if name in rules:
            try:
                out.append(rules.parameter(name).use(on))
            except RulesError:
                pass
    return out


def _withdrawal_rules(data: ReportData, rules: Rules) -> list[RuleUse]:
    """The rule parameters a withdrawal comparison applied (it does not record them itself)."""
    options = data.withdrawal.options if data.withdrawal is not None else ()
    if data.rules or not options:
        return []
    out = []
    for o in options:
        if o.refusal is not None:
            continue
        d = o.details or {}
        on = _iso(d.get("on") or d.get("resign")) or data.result.assumptions.as_of
        for name in _WITHDRAWAL_RULES.get(o.kind, ()):
            if name in rules:
                p = rules.parameter(name)
                try:
                    out.append(p.use(max(on, p.starts[0])))
                except RulesError:
                    pass
    return out


def _r_names(uses: Sequence[RuleUse]) -> list[str]:
    return sorted({u.name for u in uses if u.confidence == "R"})


def _r_labels(ctx: _Ctx, uses: Sequence[RuleUse]) -> str:
    """The [R] parameters by their names in the member's language (never their keys)."""
    return "; ".join(_rule_label(ctx, name) for name in _r_names(uses))


def _r_mark(uses: Sequence[RuleUse]) -> str:
    return " [R]" if _r_names(uses) else ""


def _findings(data: ReportData) -> list[Finding]:
    out: list[Finding] = list(data.findings)
    seen = {(f.code, f.kpj, f.year, f.periods, f.message) for f in out}
    for st in data.statements:
        for f in st.findings:
            key = (f.code, f.kpj, f.year, f.periods, f.message)
            if key not in seen:
                seen.add(key)
                out.append(f)
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    return sorted(out, key=lambda f: (order.get(f.severity, 3), f.year or 0, f.kpj, f.code))


def _cards(data: ReportData) -> list[Card]:
    cards: dict[str, Card] = {c.kpj: c for c in data.cards}
    for st in data.statements:
        cards.setdefault(st.card.kpj, st.card)
    return [cards[k] for k in sorted(cards)]


def _member(data: ReportData) -> Member | None:
    if data.member is not None:
        return data.member
    for st in data.statements:
        return st.member
    return None


def _stale(ctx: _Ctx, uses: Sequence[RuleUse]) -> list[str]:
    out = []
    for name in sorted({u.name for u in uses}):
        try:
            p = ctx.rules.parameter(name)
        except RulesError:
            continue
        if p.is_stale(ctx.today):
            out.append(ctx.t("stale_item", name=name, verified=ctx.date(p.last_verified), review=ctx.date(p.review_by)))
    return out


# --------------------------------------------------------------------------- adapters

def bands_view(bands: MonteCarloResult | BandsView | None) -> BandsView | None:
    """A :class:`planner.montecarlo.MonteCarloResult` (or a BandsView) as the report draws it."""
    if bands is None or isinstance(bands, BandsView):
        return bands
    pcts = tuple(int(p) for p in bands.percentiles)
    nominal = np.asarray(bands.nominal, dtype=float)
    real = np.asarray(bands.real, dtype=float)
    sp = bands.spreads
    target = bands.target
    return BandsView(
        years=tuple(int(y) for y in bands.years),
        levels={p: tuple(float(v) for v in nominal[i]) for i, p in enumerate(pcts)},
        real_levels={p: tuple(float(v) for v in real[i]) for i, p in enumerate(pcts)},
        paths=int(bands.paths), seed=int(bands.seed),
        spreads={"return": float(sp.returns), "growth": float(sp.growth), "inflation": float(sp.inflation)},
        gap_chance=float(sp.gap_chance or 0.0), gap_months=int(sp.gap_months or 0),
        net_at_claim=dict(zip(pcts, (float(v) for v in bands.net_at_claim_nominal))),
        net_at_claim_real=dict(zip(pcts, (float(v) for v in bands.net_at_claim_real))),
        target_amount=None if target is None else target.amount,
        target_basis="real" if target is None else target.basis,
        target_pct_wage=None if target is None else target.pct_wage,
        chance=None if target is None else float(target.chance),
        rules=tuple(u for u in bands.rules if isinstance(u, RuleUse)),
    )


# --------------------------------------------------------------------------- charts

def _style_axes(ax, ctx: _Ctx) -> None:
    ax.tick_params(labelsize=7, colors=INK, length=3)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(RULE)
    ax.grid(axis="y", color="#dde3e8", linewidth=0.5)
    ax.set_axisbelow(True)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: compact_rupiah(v, ctx.lang) if v else "0"))
    ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=10))


def _history_chart(ctx: _Ctx, hist) -> Chart:
    def draw(ax):
        _style_axes(ax, ctx)
        years = np.array([h.year for h in hist])
        base = np.array([float(h.base) for h in hist])
        iuran = np.array([float(h.cum_contributions) for h in hist])
        dev = np.array([float(h.cum_development + h.unexplained) for h in hist])  # tops the bar at the total
        ax.bar(years, base, width=0.62, color="#b9c4cc", label=ctx.t("legend_opening"))
        ax.bar(years, iuran, width=0.62, bottom=base, color=ACCENT, label=ctx.t("legend_iuran"))
        ax.bar(years, dev, width=0.62, bottom=base + iuran, color="#3f9c5a", label=ctx.t("legend_dev"))
        ax.set_xlim(years.min() - 0.7, years.max() + 0.7)
        ax.set_xlabel(ctx.t("axis_year"), fontsize=7.5)
        ax.legend(fontsize=7, frameon=False, loc="upper left")
    return Chart(draw, points=200.0)


def _projection_chart(ctx: _Ctx, data: ReportData, bands: BandsView | None, points: float, with_history: bool) -> Chart:
    r = data.result
    a = r.assumptions
    hist = balance_history(data.statements) if with_history else []

    def draw(ax):
        _style_axes(ax, ctx)
        xs = [a.as_of.year] + [y.year for y in r.years]
        nominal = [a.balance] + [y.closing for y in r.years]
        real = [a.balance] + [y.closing_real for y in r.years]
        if bands is not None and bands.levels:
            bx = [a.as_of.year] + list(bands.years)
            lv = {q: [a.balance] + list(v) for q, v in bands.levels.items()}
            if 10 in lv and 90 in lv:
                ax.fill_between(bx, lv[10], lv[90], color=ACCENT, alpha=0.13, linewidth=0, label=ctx.t("legend_p10_90"))
            if 25 in lv and 75 in lv:
                ax.fill_between(bx, lv[25], lv[75], color=ACCENT, alpha=0.22, linewidth=0, label=ctx.t("legend_p25_75"))
            if 50 in lv:
                ax.plot(bx, lv[50], color=ACCENT, linewidth=0.9, linestyle=(0, (1, 1.5)), label=ctx.t("legend_p50"))
        if hist:
            ax.plot([h.year for h in hist], [float(h.total) for h in hist], color="#555555", marker="o", markersize=2.5,
                    linewidth=1.0, label=ctx.t("legend_history"))
        ax.plot(xs, nominal, color=ACCENT, linewidth=1.6, label=ctx.t("legend_nominal"))
        ax.plot(xs, real, color="#c0642b", linewidth=1.2, linestyle="--", label=ctx.t("legend_real"))
        ax.axvline(r.claim_date.year, color=RULE, linewidth=0.7)
        ax.annotate(ctx.t("claim"), (r.claim_date.year, 1.0), xycoords=("data", "axes fraction"), fontsize=6.5,
                    color=MUTED, ha="right", va="top", xytext=(-2, 0), textcoords="offset points")
        ax.set_xlabel(ctx.t("axis_year"), fontsize=7.5)
        ax.set_ylim(bottom=0)
        ax.legend(fontsize=6.8, frameon=False, loc="upper left")
    return Chart(draw, points=points)


# --------------------------------------------------------------------------- sections

def _summary(ctx: _Ctx, data: ReportData, bands: BandsView | None, uses: Sequence[RuleUse]) -> list[Block]:
    r = data.result
    a = r.assumptions
    member = _member(data)
    cards = _cards(data)
    out: list[Block] = [Heading(ctx.t("title"), 0), Paragraph(ctx.t("subtitle", date=ctx.date(ctx.printed)), 8.8,
                                                               color=MUTED, after=8.0)]
    source = data.source if data.source in SOURCES else "quick"
    n_statements = len({(s.card.kpj, s.year) for s in data.statements})
    source_text = ctx.t(f"source_{source}", n=n_statements)
    kpj_text = "\n".join(ctx.ident(c.kpj) + (f" · {c.employer}" if c.employer else "") for c in cards) or ctx.t("dash")
    rows = [
        (ctx.t("name"), member.name if member and member.name else ctx.t("dash")),
        (ctx.t("nik"), ctx.ident(member.nik if member else None)),
        (ctx.t("kpj"), kpj_text),
        (ctx.t("birth_date"), ctx.date(a.birth_date)),
        (ctx.t("segment"), ctx.t(f"seg_{a.segment.value}")),
        (ctx.t("source"), source_text),
    ]
    out.append(Heading(ctx.t("member"), 2))
    out.append(Table([Column(""), Column("", wrap=True)], rows, size=8.6, header=False, zebra=False))
    if not data.show_ids:
        out.append(Paragraph(ctx.t("ids_masked"), 7.4, color=MUTED))

    mark = _r_mark(r.rules)
    key: list[tuple[str, str]] = [
        (ctx.t("saldo_asof", date=ctx.date(a.as_of)), ctx.rp(a.balance)),
        (ctx.t("at_claim", date=ctx.date(r.claim_date), age=a.claim_age), ctx.rp(r.balance_at_claim) + mark),
        (ctx.t("at_claim_real"), ctx.rp(r.balance_at_claim_real) + mark),
        (ctx.t("tax"), ctx.rp(r.tax) + mark),
        (ctx.t("net"), f"{ctx.rp(r.net)} / {ctx.rp(r.net_real)}{mark}"),
        (ctx.t("jp"), _jp_text(ctx, data.jp, short=True) if data.jp is not None else ctx.t("not_computed")),
        (ctx.t("adequacy"), _adequacy_text(ctx, data.adequacy) if data.adequacy is not None else ctx.t("not_computed")),
    ]
    if bands is None:
        key.append((ctx.t("chance_plain"), ctx.t("no_mc")))
    else:
        if bands.net_at_claim and 10 in bands.net_at_claim and 90 in bands.net_at_claim:
            key.append((ctx.t("net_range"), f"{ctx.rp(bands.net_at_claim[10])} – {ctx.rp(bands.net_at_claim[90])}"))
        if bands.chance is None:
            key.append((ctx.t("chance_plain"), ctx.t("no_target")))
        else:
            key.append((ctx.t("chance", target=_target_text(ctx, bands)), ctx.pct(bands.chance, 0)))
    out.append(Heading(ctx.t("key_figures"), 2))
    out.append(Table([Column("", wrap=True), Column("", align="right")], key, size=8.8, header=False,
                     emphasis=frozenset({1})))
    extra = []  # everything else the numbers include, so that the line lists all of it
    if a.career_break is not None and a.career_break.months > 0:
        extra.append(say("fit.assumptions.career_break", ctx.lang, months=a.career_break.months,
                              date=ctx.date(a.career_break.start)))
    if a.wage_change is not None:
        extra.append(say("fit.assumptions.wage_change", ctx.lang, amount=ctx.rp(a.wage_change.wage),
                              date=ctx.date(a.wage_change.on)))
    out.append(Paragraph(ctx.t("assumptions_line", g=_auto_pct(ctx, a.wage_growth), r=_auto_pct(ctx, a.annual_return),
                                i=_auto_pct(ctx, a.inflation), stop=a.stop_age, claim=a.claim_age,
                                extra="".join(", " + e for e in extra)), 8.0, color=MUTED))
    for note in data.notes:
        out.append(Paragraph(ctx.scrub(note), 7.8))
    findings = _findings(data)
    notes = []
    if findings:
        count = lambda s: sum(1 for f in findings if f.severity == s)  # noqa: E731
        notes.append(ctx.t("findings_count", errors=count(Severity.ERROR), warnings=count(Severity.WARNING),
                           infos=count(Severity.INFO)))
    stale = _stale(ctx, uses)
    if stale:
        notes.append(ctx.t("stale_count", n=len(stale)))
    if _r_names(uses):
        notes.append(ctx.t("r_mark_note", names=_r_labels(ctx, uses)))
    for n in notes:
        out.append(Paragraph(n, 7.8))
    # 160 pt: the key figures, their notes, the chart and the JMO note fill the first page, no more.
    out.append(_projection_chart(ctx, data, bands, 160.0, with_history=bool(data.statements)))
    out.append(Note(ctx.t("official")))
    return out


def _count(ctx: _Ctx, n: int | None) -> str:
    if n is None:
        return ctx.t("dash")
    text = f"{n:,}"
    return text if ctx.lang == "en" else text.replace(",", ".")


def _target_text(ctx: _Ctx, bands: BandsView) -> str:
    if bands.target_basis == "pct_wage" and bands.target_pct_wage is not None:
        return ctx.t("target_pct_wage", pct=_auto_pct(ctx, bands.target_pct_wage))
    key = "target_nominal" if bands.target_basis == "nominal" else "target_real"
    return ctx.t(key, amount=ctx.rp(bands.target_amount))


def _jp_text(ctx: _Ctx, jp: JPResult, short: bool = False) -> str:
    monthly = jp.monthly_benefit or 0
    lump = jp.lump_sum or 0
    params = dict(date=ctx.date(jp.pension_date), age=jp.pension_age, months=jp.months)
    mark = _r_mark(jp.rules)
    if monthly:
        return ctx.t("jp_monthly_short" if short else "jp_monthly", amount=ctx.rp(monthly), **params) + mark
    if lump:
        return ctx.t("jp_lump_short" if short else "jp_lump", amount=ctx.rp(lump), **params) + mark
    return ctx.t("not_computed")


def _adequacy_text(ctx: _Ctx, adequacy: Adequacy) -> str:
    """Short form for the summary: "45% dari upah terakhir (minimum ILO 40%)"."""
    ratio = adequacy.ratio
    if ratio is None:
        return ctx.t("adequacy_no_wage")
    return ctx.t("adequacy_short", ratio=ctx.pct(float(ratio), 0), ilo=_auto_pct(ctx, adequacy.ilo_min))


def _adequacy_blocks(ctx: _Ctx, adequacy: Adequacy, jp_present: bool) -> list[Block]:
    """A planner.adequacy.Adequacy: the replacement ratio and the incomes behind it."""
    mark = _r_mark([u for u in ctx.uses if u.name in ("macro.payout_years", "macro.ilo_min_replacement")])
    rows = []
    if adequacy.ratio is not None:
        rows.append((ctx.t("adeq_ratio"), ctx.pct(adequacy.ratio, 0) + mark))
    rows.append((ctx.t("adeq_jht_income", years=adequacy.payout_years), ctx.rp(adequacy.jht_income) + mark))
    if jp_present or adequacy.jp_income:
        rows.append((ctx.t("adeq_jp_income"), ctx.rp(adequacy.jp_income)))
    if adequacy.last_wage:
        rows.append((ctx.t("adeq_last_wage"), ctx.rp(adequacy.last_wage)))
    rows.append((ctx.t("adeq_ilo"), _auto_pct(ctx, adequacy.ilo_min) + mark))
    if adequacy.target is not None:
        rows.append((ctx.t("adeq_target"), _auto_pct(ctx, adequacy.target)))
    out: list[Block] = [Table([Column("", wrap=True), Column("", "right")], rows, size=8.2, header=False),
                        Paragraph(adequacy.text(ctx.lang), 8.4)]
    if adequacy.jp_lump_sum_added:
        out.append(Paragraph(ctx.t("adeq_lump_added"), 7.6, color=MUTED))
    out.append(Paragraph(ctx.t("adeq_note"), 7.6, color=MUTED))
    return out


def _history(ctx: _Ctx, data: ReportData) -> list[Block]:
    if not data.statements:
        return [Heading(ctx.t("sec_history")), Paragraph(ctx.t("no_history"))]
    out: list[Block] = [PageBreak(), Heading(ctx.t("sec_history"))]
    if not data.statements:
        out.append(Paragraph(ctx.t("no_history")))
        return out
    hist = balance_history(data.statements)
    if not hist:
        return [Heading(ctx.t("sec_history")), Paragraph(ctx.t("no_history_summary"))]
    cards = len({k for h in hist for k in h.kpjs})
    out.append(Paragraph(ctx.t("history_intro", cards=cards)))
    out.append(_history_chart(ctx, hist))
    cols = [Column(ctx.t("col_year"))]
    if cards > 1:
        cols.append(Column(ctx.t("col_card")))
    cols += [Column(ctx.t("col_opening"), "right"), Column(ctx.t("col_iuran"), "right"),
             Column(ctx.t("col_dev"), "right"), Column(ctx.t("col_closing"), "right"), Column(ctx.t("col_eff"), "right")]
    rows = []
    for h in hist:
        if not h.kpjs:
            continue  # only carried cards that year: nothing printed to show
        row = [str(h.year)] + (["\n".join(ctx.ident(k) for k in h.kpjs)] if cards > 1 else [])
        row += [ctx.rp(h.opening), ctx.rp(h.contributions), ctx.rp(h.development), ctx.rp(h.printed_closing),
                ctx.pct(h.effective_return, 2)]
        rows.append(row)
    out.append(Table(cols, rows, size=8.2, continued=ctx.t("continued")))
    carried = [f"{h.year} {', '.join(ctx.ident(k) for k in h.carried_kpjs)} {ctx.rp(h.carried)}" for h in hist if h.carried]
    if carried:
        out.append(Paragraph(ctx.t("carried_note", items="; ".join(carried)), 7.6, color=MUTED))
    return out


def _projection(ctx: _Ctx, data: ReportData, bands: BandsView | None, uses: Sequence[RuleUse]) -> list[Block]:
    r = data.result
    a = r.assumptions
    out: list[Block] = [PageBreak(380.0), Heading(ctx.t("sec_projection") + _r_mark(r.rules))]
    out.append(Paragraph(ctx.t("projection_intro", balance=ctx.rp(a.balance), date=ctx.date(a.as_of),
                                claim=ctx.date(r.claim_date))))
    out.append(_projection_chart(ctx, data, bands, 235.0, with_history=bool(data.statements)))
    if _r_names(r.rules):
        out.append(Paragraph(ctx.t("r_mark_note", names=_r_labels(ctx, r.rules)), 7.6, color=MUTED))
    out.append(Heading(ctx.t("projection_table"), 2))
    cols = [Column(ctx.t("col_year")), Column(ctx.t("col_age"), "right"), Column(ctx.t("col_wage"), "right"),
            Column(ctx.t("col_opening").replace(" ", "\n", 1), "right"), Column(ctx.t("col_iuran"), "right"),
            Column(ctx.t("col_dev"), "right"), Column(ctx.t("col_closing").replace(" ", "\n", 1), "right"),
            Column(ctx.t("col_real"), "right")]
    rows = [[str(y.year), str(y.age), ctx.rp(y.wage) if y.months else ctx.t("dash"), ctx.rp(y.opening),
             ctx.rp(y.contributions), ctx.rp(y.development), ctx.rp(y.closing), ctx.rp(y.closing_real)]
            for y in r.years]
    out.append(Table(cols, rows, size=7.8, continued=ctx.t("continued"), emphasis=frozenset({len(rows) - 1})))
    out.append(Paragraph(ctx.t("claim_row_note"), 7.4, color=MUTED))

    out.append(PageBreak(200.0))
    out.append(Heading(ctx.t("bands_title"), 2))
    if bands is None or not bands.levels:
        out.append(Paragraph(ctx.t("no_bands")))
        return out
    spread_names = {"return": "spread_return", "growth": "spread_growth", "inflation": "spread_inflation"}
    spreads = ", ".join(ctx.t(spread_names[k], v=_auto_pct(ctx, v)) for k, v in bands.spreads.items() if k in spread_names)
    if bands.gap_chance > 0 and bands.gap_months > 0:
        spreads += "; " + ctx.t("spread_gaps", p=_auto_pct(ctx, bands.gap_chance), m=bands.gap_months)
    out.append(Paragraph(ctx.t("bands_intro", paths=_count(ctx, bands.paths),
                                seed=bands.seed if bands.seed is not None else ctx.t("dash"),
                                spreads=spreads or ctx.t("dash"))))
    if bands.chance is not None:
        out.append(Paragraph(ctx.t("chance_sentence", target=_target_text(ctx, bands), p=ctx.pct(bands.chance, 0)),
                             bold=True))
    levels = sorted(bands.levels)
    if bands.net_at_claim:
        cols = [Column("", wrap=True)] + [Column(f"P{q}", "right") for q in levels]
        rows = [[ctx.t("net_at_claim_nominal")] + [ctx.rp(bands.net_at_claim.get(q)) for q in levels]]
        if bands.net_at_claim_real:
            rows.append([ctx.t("net_at_claim_real")] + [ctx.rp(bands.net_at_claim_real.get(q)) for q in levels])
        out.append(Table(cols, rows, size=7.8))
    out.append(Heading(ctx.t("bands_table"), 2))
    by_year = {y.year: y for y in r.years}
    cols = [Column(ctx.t("col_year")), Column(ctx.t("col_age"), "right")] + \
        [Column(f"P{q}", "right") for q in levels] + [Column(ctx.t("col_proj"), "right")]
    rows = []
    for i, year in enumerate(bands.years):
        y = by_year.get(year)
        rows.append([str(year), str(y.age) if y else ctx.t("dash")] + [ctx.rp(bands.levels[q][i]) for q in levels]
                    + [ctx.rp(y.closing) if y else ctx.t("dash")])
    out.append(Table(cols, rows, size=7.8, continued=ctx.t("continued"), emphasis=frozenset({len(rows) - 1})))
    return out


def _options(ctx: _Ctx, data: ReportData) -> list[Block]:
    out: list[Block] = [PageBreak(220.0), Heading(ctx.t("sec_options"))]
    out.append(Heading(ctx.t("sec_withdrawal"), 2))
    if data.withdrawal is None:
        out.append(Paragraph(ctx.t("no_withdrawal")))
    else:
        out += _withdrawal_blocks(ctx, data.withdrawal)
    out.append(Heading(ctx.t("sec_jp"), 2))
    if data.jp is None:
        out.append(Paragraph(ctx.t("no_jp")))
    else:
        out += _jp_blocks(ctx, data.jp)
    out.append(Heading(ctx.t("sec_adequacy"), 2))
    if data.adequacy is None:
        out.append(Paragraph(ctx.t("no_adequacy")))
    else:
        out += _adequacy_blocks(ctx, data.adequacy, data.jp is not None)
    return out


def _option_name(ctx: _Ctx, o: WithdrawalOption) -> str:
    d = o.details or {}
    if o.kind == "keep":
        return ctx.t("opt_keep")
    if o.kind == "cash_out":
        if not d.get("resign"):
            return ctx.t("opt_cash_out_plain")
        text = ctx.t("opt_cash_out", date=ctx.date(_iso(d.get("resign"))) if d.get("resign") else ctx.t("dash"))
        if d.get("new_job_start"):
            text += "; " + ctx.t("opt_new_job", date=ctx.date(_iso(d["new_job_start"])), wage=ctx.rp(d.get("new_job_wage")))
        return text
    if o.kind == "partial":
        share = d.get("share")
        if share is None or not d.get("on"):
            return ctx.t("opt_partial_plain")
        return ctx.t("opt_partial", share=_auto_pct(ctx, share) if share is not None else ctx.t("dash"),
                     date=ctx.date(_iso(d["on"])) if d.get("on") else ctx.t("dash"))
    return str(o.kind)


def _iso(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def _withdrawal_blocks(ctx: _Ctx, withdrawal: Comparison | None) -> list[Block]:
    """A planner.withdrawal.Comparison: one row per option, all in today's rupiah after tax."""
    options = withdrawal.options if withdrawal is not None else ()
    if not options:
        return [Paragraph(ctx.t("no_withdrawal"))]
    rows = []
    for o in options:
        if o.refusal is not None:
            rows.append([_option_name(ctx, o), refusal_text(o.refusal, ctx.lang), ctx.t("dash"),
                         ctx.t("dash")])
            continue
        paid = [ctx.t("opt_paid", date=ctx.date(p.on), net=ctx.rp(p.net), tax=ctx.rp(p.tax)) for p in o.payments]
        if o.at_claim is not None:
            paid.append(ctx.t("opt_at_claim", date=ctx.date(o.at_claim.on), net=ctx.rp(o.at_claim.net),
                              tax=ctx.rp(o.at_claim.tax)))
        rows.append([_option_name(ctx, o), "\n".join(paid) or ctx.t("dash"), ctx.rp(o.value_real),
                     ctx.t("dash") if o.kind == "keep" else ctx.rp(o.cost_vs_keep)])
    cols = [Column(ctx.t("col_option"), wrap=True), Column(ctx.t("col_payments"), wrap=True),
            Column(ctx.t("col_value_real"), "right"), Column(ctx.t("col_cost"), "right")]
    out: list[Block] = [Table(cols, rows, size=7.8, continued=ctx.t("continued")),
                        Paragraph(withdrawal_units(ctx.lang, real=False), 7.6, color=MUTED)]
    if any(o.kind == "partial" and o.refusal is None for o in options):
        out.append(Paragraph(ctx.t("partial_band_note"), 7.6, color=MUTED))
    return out


def _jp_blocks(ctx: _Ctx, jp: JPResult) -> list[Block]:
    """A planner.jp.JPResult as a short table and the rules behind it."""
    mark = _r_mark(jp.rules)
    rows = [
        (ctx.t("jp_age"), ctx.t("years_value", n=jp.pension_age)),
        (ctx.t("jp_date"), ctx.date(jp.pension_date)),
        (ctx.t("jp_months"), str(jp.months)),
    ]
    if jp.monthly_benefit:
        real = jp.monthly_benefit_real
        rows.append((ctx.t("jp_benefit"), ctx.rp(jp.monthly_benefit) + mark))
        if real:
            rows.append((ctx.t("jp_benefit_real"), ctx.rp(real) + mark))
        if jp.average_indexed_wage:
            rows.append((ctx.t("jp_avg_wage"), ctx.rp(jp.average_indexed_wage)))
        if jp.min_benefit and jp.max_benefit:
            rows.append((ctx.t("jp_bounds"), f"{ctx.rp(jp.min_benefit)} – {ctx.rp(jp.max_benefit)}"))
    elif jp.lump_sum:
        real = jp.lump_sum_real
        rows.append((ctx.t("jp_lump_label"), ctx.rp(jp.lump_sum) + mark))
        if real:
            rows.append((ctx.t("jp_lump_real"), ctx.rp(real) + mark))
    out: list[Block] = [Table([Column("", wrap=True), Column("", "right")], rows, size=8.2, header=False)]
    notes = []
    if jp.clamped == "min":
        notes.append(ctx.t("jp_clamped_min"))
    elif jp.clamped == "max":
        notes.append(ctx.t("jp_clamped_max"))
    if jp.lump_sum and jp.min_months:
        notes.append(ctx.t("jp_lump_why", n=jp.min_months))
    if jp.lump_sum and jp.accumulated_source:
        notes.append(say(f"jp.accumulated_source.{jp.accumulated_source}", ctx.lang))
    notes += [ctx.scrub(w) for w in jp.warnings]  # e.g. past months valued by an assumption (planner.jp)
    notes.append(ctx.t("jp_note"))
    for n in notes:
        out.append(Paragraph(n, 7.6, color=MUTED))
    return out


def _findings_section(ctx: _Ctx, data: ReportData) -> list[Block]:
    out: list[Block] = [Heading(ctx.t("sec_findings"))]
    findings = _findings(data)
    if not findings:
        out.append(Paragraph(ctx.t("no_findings") if data.statements else ctx.t("no_findings_quick")))
        return out
    sev = {Severity.ERROR: ctx.t("sev_error"), Severity.WARNING: ctx.t("sev_warning"), Severity.INFO: ctx.t("sev_info")}
    cols = [Column(ctx.t("col_severity")), Column(ctx.t("col_card")), Column(ctx.t("col_year")),
            Column(ctx.t("col_finding"), wrap=True)]
    rows = []
    for f in findings:
        rows.append([sev.get(f.severity, str(f.severity)), ctx.ident(f.kpj) if f.kpj else ctx.t("dash"),
                     str(f.year) if f.year else ctx.t("dash"), ctx.scrub(f.message)])
    out.append(Table(cols, rows, size=7.6, continued=ctx.t("continued")))
    return out


def _assumptions(ctx: _Ctx, data: ReportData, uses: Sequence[RuleUse]) -> list[Block]:
    r = data.result
    a = r.assumptions
    used = {u.name for u in r.rules}
    user, default = ctx.t("origin_user"), ctx.t("origin_default")
    from_data = ctx.t("origin_data") if data.statements else user

    def origin(rule: str) -> str:
        return default if rule in used else user

    seg = a.segment.value
    rows = [
        (ctx.t("a_balance"), ctx.rp(a.balance), from_data),
        (ctx.t("a_asof"), ctx.date(a.as_of), from_data),
        (ctx.t("a_birth"), ctx.date(a.birth_date), from_data),
        (ctx.t("a_wage_bpu" if seg == "BPU" else "a_wage"), ctx.rp(a.wage), from_data),
        (ctx.t("a_segment"), ctx.t(f"seg_{seg}"), from_data),
        (ctx.t("a_growth"), _auto_pct(ctx, a.wage_growth), origin("macro.default_wage_growth")),
        (ctx.t("a_return"), _auto_pct(ctx, a.annual_return), origin("macro.default_return")),
        (ctx.t("a_inflation"), _auto_pct(ctx, a.inflation), origin("macro.default_inflation")),
        (ctx.t("a_claim_age"), ctx.t("years_value", n=a.claim_age), origin("jht.claim_age")),
        (ctx.t("a_stop_age"), ctx.t("years_value", n=a.stop_age), ""),
        (ctx.t("a_claim_date"), ctx.date(r.claim_date), ""),
        (ctx.t("a_break"), ctx.t("a_break_value", months=a.career_break.months, date=ctx.date(a.career_break.start))
         if a.career_break and a.career_break.months else ctx.t("none"), ""),
        (ctx.t("a_change"), ctx.t("a_change_value", amount=ctx.rp(a.wage_change.wage), date=ctx.date(a.wage_change.on))
         if a.wage_change else ctx.t("none"), ""),
    ]
    out: list[Block] = [PageBreak(420.0), Heading(ctx.t("sec_assumptions")), Heading(ctx.t("assumptions_table"), 2),
                        Table([Column(ctx.t("col_item")), Column(ctx.t("col_value"), "right"),
                               Column(ctx.t("col_origin"), wrap=True)], rows, size=8.2)]
    out.append(Heading(ctx.t("rules_table"), 2))
    rule_rows = [[_rule_label(ctx, u.name), _rule_value(ctx, u), date_short(u.effective, ctx.lang),
                  f"[{u.confidence}] {rule_source(u.name, u.reference, ctx.lang)}", date_short(u.last_verified, ctx.lang)]
                 for u in uses]
    out.append(Table([Column(ctx.t("col_param"), wrap=True), Column(ctx.t("col_value"), wrap=True),
                      Column(ctx.t("col_effective")), Column(ctx.t("col_reference"), wrap=True),
                      Column(ctx.t("col_verified"))],
                     rule_rows, size=7.2, continued=ctx.t("continued")))
    out.append(Paragraph(ctx.t("conf_legend"), 7.4, color=MUTED))
    if _r_names(uses):
        out.append(Note(ctx.t("r_mark_note", names=_r_labels(ctx, uses))))
    out.append(Heading(ctx.t("stale_title"), 2))
    stale = _stale(ctx, uses)
    if stale:
        for s in stale:
            out.append(Paragraph("• " + s, 8.2))
    else:
        out.append(Paragraph(ctx.t("stale_none", date=ctx.date(ctx.today))))

    out.append(Heading(ctx.t("provenance_title"), 2))
    prov = [_provenance_row(ctx, p) for p in data.provenance]
    if not prov:
        out.append(Paragraph(ctx.t("no_provenance") if not data.statements else ctx.t("dash")))
    else:
        has_dates = any(p[2] for p in prov)
        cols = [Column(ctx.t("col_file"), wrap=True), Column(ctx.t("col_sha"), mono=True)]
        if has_dates:
            cols.append(Column(ctx.t("col_imported")))
        out.append(Table(cols, [p if has_dates else p[:2] for p in prov], size=7.0, continued=ctx.t("continued")))

    rate = ctx.rules.value("jht.rate_employer", a.as_of) + ctx.rules.value("jht.rate_worker", a.as_of)
    try:
        bpu = _auto_pct(ctx, ctx.rules.value("jht.rate_bpu", max(a.as_of, dt.date(2021, 1, 1))))
    except RulesError:
        bpu = ctx.t("dash")
    tax_use = next((u for u in uses if u.name == "tax.final_lump_sum"), None)
    tax = _rule_value(ctx, tax_use) if tax_use else ctx.t("dash")
    out.append(Heading(ctx.t("method_title"), 2))
    for para in ctx.t("method", claim=a.claim_age, rate=_auto_pct(ctx, rate), bpu=bpu, tax=tax).split("\n"):
        out.append(Paragraph(para, 8.2))
    out.append(Note(ctx.t("official")))
    return out


def _provenance_row(ctx: _Ctx, p: Provenance) -> list[str]:
    name = Path(p.file_name).name
    sha = p.sha256
    when = p.imported_on
    when_text = ""
    if isinstance(when, dt.date):  # a datetime too: the day is what the table shows
        when_text = date_short(when, ctx.lang)
    elif when:
        when_text = str(when)[:10]
    return [ctx.scrub(name or ctx.t("dash")), str(sha), when_text]


def report_blocks(data: ReportData, rules: Rules | None = None, today: dt.date | None = None,
                  printed: dt.datetime | None = None) -> tuple[list[Block], "_Ctx"]:
    """The report's content as layout blocks (exposed for tests and previews)."""
    rules = rules or load_rules()
    printed = printed or report_clock()
    ctx = _Ctx(data, rules, today or printed.date(), printed.date())
    uses = ctx.uses
    bands = bands_view(data.bands)
    blocks: list[Block] = []
    blocks += _summary(ctx, data, bands, uses)
    blocks += _history(ctx, data)
    blocks += _projection(ctx, data, bands, uses)
    blocks += _options(ctx, data)
    blocks += [Spacer(6.0)] + _findings_section(ctx, data)
    blocks += remedies_blocks(data.remedies) if data.remedies is not None else []
    blocks += _assumptions(ctx, data, uses)
    return blocks, ctx


# --------------------------------------------------------------------------- the PDF

# Only what the PDF needs, for the duration of one export (matplotlib.rc_context restores it).
_RC = {
    "pdf.fonttype": 42,  # TrueType, embedded and subset: text stays extractable
    "pdf.compression": 6,
    "font.family": "DejaVu Sans",  # ships with matplotlib; tick labels and legends use it
    "axes.unicode_minus": True,
}


def _draw_frame(ctx: _Ctx, page: Page, n: int, total: int, name: str) -> None:
    y = PAGE_H - 34.0
    page.hline(MARGIN_L, PAGE_W - MARGIN_L, y - 10.0, RULE, 0.5)
    page.text(MARGIN_L, y, ctx.t("footer_left", version=__version__), 6.8, color=MUTED)
    page.text(PAGE_W - MARGIN_L, y, ctx.t("page_of", n=n, m=total), 7.4, color=INK, ha="right")
    if n > 1:
        head = ctx.t("running_head", title=ctx.t("title"), name=name) if name else ctx.t("title")
        page.text(MARGIN_L, 30.0, head, 6.8, color=MUTED)
        page.text(PAGE_W - MARGIN_L, 30.0, ctx.date(ctx.printed), 6.8, color=MUTED, ha="right")


def build_report(data: ReportData, path: str | os.PathLike, progress: Progress | None = None,
                 cancel: threading.Event | None = None, rules: Rules | None = None) -> ReportInfo:
    """Write the report for `data` to `path` (a .pdf). Returns the page count and size.

    `progress(fraction)` is called from the calling thread with 0..1; returning False cancels.
    `cancel`, if given and set, cancels too. Cancelling raises :class:`ReportCancelled` and
    leaves no file behind (an existing file at `path` is kept as it was).
    """
    # Imported here, not with the module: the command-line parser imports this module, and
    # the PDF backend (fontTools) would otherwise add ~60 ms to every start of the window
    # (benchmarks/, cold start).
    from matplotlib.backends.backend_pdf import PdfPages

    target = Path(path)
    lang = "en" if data.lang == "en" else "id"
    if target.suffix.lower() != ".pdf":
        raise ReportWriteError("report_suffix", tr("id", "err_suffix", path=target.name), tr("en", "err_suffix", path=target.name))

    def step(fraction: float) -> None:
        if cancel is not None and cancel.is_set():
            raise ReportCancelled()
        if progress is not None and progress(min(max(fraction, 0.0), 1.0)) is False:
            raise ReportCancelled()

    step(0.0)
    printed = report_clock()
    with matplotlib.rc_context(_RC):
        blocks, ctx = report_blocks(data, rules, printed=printed)
        pages = paginate(blocks)
        step(0.05)
        member = _member(data)
        name = member.name if member and member.name else ""
        metadata = {
            "Title": tr(lang, "title"),
            "Subject": tr(lang, "subject"),
            "Creator": f"jht-planner {__version__}",
            "CreationDate": printed.astimezone(dt.timezone.utc) if printed.tzinfo else printed,
            "Keywords": "JHT, BPJS Ketenagakerjaan",
        }
        # Whole or not at all (planner.fileio): a full disk, a viewer holding the old file open
        # on Windows or a cancel leave the earlier report as it was.
        with atomic_write(target, error=ReportWriteError) as fh, PdfPages(fh, metadata=metadata) as pdf:
            for i, placed in enumerate(pages, start=1):
                page = Page()
                for item in placed:
                    item.block.draw(page, MARGIN_L, MARGIN_T + item.y, CONTENT_W)
                _draw_frame(ctx, page, i, len(pages), name)
                pdf.savefig(page.fig)
                page.fig.clear()
                step(0.05 + 0.93 * i / len(pages))
    step(1.0)
    return ReportInfo(target, len(pages), target.stat().st_size)
