"""One path from the member's data to everything the member sees.

A :class:`Workspace` is made from a :class:`Source` -- the stored data, the demo, statement
files read now, or figures typed on the command line -- and answers, for the what-if
assumptions it is given:

* where the projection starts (:attr:`Workspace.baseline`) and where that saldo comes from
  (:attr:`Workspace.saldo_origin`, a sentence the projection view and the report both show);
* the balance history and every finding, per statement and across statements
  (:attr:`Workspace.history`, :attr:`Workspace.findings`);
* the projection, JP, adequacy and the monthly income (:meth:`Workspace.outlook`: about a
  millisecond, so a slider tick can ask for it);
* the Monte Carlo bands and the chance of a target (:meth:`Workspace.bands`), the withdrawal
  comparison (:meth:`Workspace.withdrawal`);
* all of them at once (:meth:`Workspace.results`) and the report's input (:func:`report_data`).

The window holds one workspace and hands it to its views; ``jht-planner project``, ``report``,
``export-csv`` and ``history`` and planner.report read the same one. Nothing else turns data
into a result, so the window and the command line cannot disagree.

One more result (arrears, letters, claim readiness): add a field to :class:`Results` and the
call that fills it to :meth:`Workspace.results`; the CLI JSON, the window and the report then
read it there.
"""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Sequence

from models import Assumptions, Card, Finding, Member, ProjectionResult, Segment, StatementYear
from models.notes import UnusualValue
from models.remedies import ClaimReason, Readiness
from planner import adequacy as ad
from planner import jp as jpm
from planner import montecarlo as mc
from planner import withdrawal as wd
from planner.baseline import Baseline, NoBaseline, QuickEntry, from_statements, to_assumptions
from planner.csvio import tidy_summaryless
from planner.drift import Drift, drift
from planner.errors import UserError
from planner.dates import month_index
from planner.format import date_long, mask_digits
from planner.history import HistoryYear, balance_history
from planner.importers import ImportResult, read_files
from planner.plausibility import adequacy_notes, note_text, unusual_assumptions
from planner.projection import project, resolve
from planner.remedies.readiness import member_since, readiness
from planner.remedies.report_section import section_for_statements
from planner.report_data import Provenance, ReportData, report_today
from planner.rules import RuleUsage, Rules, load_rules
from planner.store import ImportRecord, Store
from planner.store.errors import DatabaseBusy, DatabaseFull, DatabaseReadOnly
from planner.texts import tr

# Where the starting saldo may come from when both a quick entry and statements exist.
SALDO_NEWEST, SALDO_STATEMENTS, SALDO_QUICK_ENTRY = "newest", "statements", "quick_entry"
SALDO_CHOICES = (SALDO_NEWEST, SALDO_STATEMENTS, SALDO_QUICK_ENTRY)
STALE_SALDO_MONTHS = 12  # a saldo this old: a newer Rincian Saldo JHT is out (one is issued each year)

log = logging.getLogger(__name__)


# --------------------------------------------------------------------------- sources

@dataclass(frozen=True)
class Source:
    """The member's data, however it arrived.

    ``kind``: "demo", "statements" (files read now, not stored), "stored" or "typed" (no
    statements: the figures come with the assumptions). ``findings``: those across statements
    and files (the per-statement ones sit on each statement)."""

    kind: str
    statements: tuple[StatementYear, ...] = ()
    findings: tuple[Finding, ...] = ()
    quick: QuickEntry | None = None
    member: Member | None = None
    cards: tuple[Card, ...] = ()
    provenance: tuple[Provenance, ...] = ()
    saldo_from: str | None = None  # the member's remembered choice of the saldo's source (SALDO_*)


def typed_source() -> Source:
    """No statements: the balance, its date, the wage and the birth date are typed."""
    return Source("typed")


def source_from_import_results(results: Sequence[ImportResult], across: Sequence[Finding], kind: str,
                               lang: str = "id") -> Source:
    """Statements read from files (planner.importers.read_files), held in memory."""
    statements, findings = tidy_summaryless([st for r in results for st in r.statements], across, lang)
    provenance = tuple(Provenance(r.file_name, r.sha256) for r in results)
    return Source(kind, tuple(statements), tuple(findings), provenance=provenance)


def source_from_files(paths: Sequence[str | Path], kind: str, password: str | None = None,
                      lang: str = "id") -> Source:
    """Read statement files now (``kind``: "statements" or "demo"); the first unreadable file raises."""
    results, across = read_files(paths, password, lang=lang)
    return source_from_import_results(results, across, kind, lang)


def _provenance(record: ImportRecord) -> Provenance:
    return Provenance(record.file_name, record.sha256, record.imported_at.date())


def source_from_store(store: Store, lang: str = "id") -> Source:
    """What the database holds: statements, findings (stored and across years), the quick entry."""
    statements = tuple(store.statements(lang=lang))
    own = {_finding_key(f) for st in statements for f in st.findings}
    stored = [f for f in store.findings() if _finding_key(f) not in own]
    across = list(store.card_findings(lang))
    seen = {_finding_key(f) for f in stored}
    findings = tuple(stored + [f for f in across if _finding_key(f) not in seen])
    return Source("stored", statements, findings, store.quick_entry(), store.member(), tuple(store.cards()),
                  tuple(_provenance(r) for r in store.imports()), store.saldo_from())


def remember_saldo_from(store: Store, choice: str) -> None:
    """Keep the member's choice of the saldo's source for the next run (and the window), as the
    window's "Pakai saldo…" button does; a database that cannot be written now (read-only, busy,
    full) only loses the remembering, this run still uses the choice."""
    try:
        store.save_saldo_from(choice)
    except (DatabaseReadOnly, DatabaseBusy, DatabaseFull) as exc:
        log.info("saldo choice not remembered: %s", exc.code)


def _whole_months(start: dt.date, end: dt.date) -> int:
    """Whole calendar months from `start` to `end` (0 when `end` is not after `start`)."""
    months = month_index(end) - month_index(start) - (1 if end.day < start.day else 0)
    return max(0, months)


def _finding_key(f: Finding) -> tuple:
    return (f.code, f.kpj, f.year, tuple(f.periods))


# --------------------------------------------------------------------------- what the member chose

@dataclass(frozen=True)
class Choices:
    """What the member chose beside the projection's assumptions."""

    jp_months: int | None = None  # JP months typed (when the statements show none)
    jp_wage: float | None = None  # the wage for those JP months (default: the assumptions' wage)
    jp_accumulated: float | None = None
    payout_years: int | None = None  # adequacy: JHT spread over this many years (default: the rules')
    replacement_target: float | None = None


@dataclass(frozen=True)
class BandRequest:
    """A Monte Carlo run: paths, seed (None: a new one), spreads, an optional target."""

    paths: int = mc.DEFAULT_PATHS
    seed: int | None = None
    spreads: mc.Spreads = field(default_factory=mc.Spreads)
    target: mc.Target | None = None


@dataclass(frozen=True)
class WithdrawalRequest:
    """The withdrawal choices to compare with keeping the balance until the claim age."""

    cash_out_on: dt.date | None = None
    new_job: wd.NewJob | None = None
    partial_pct: int | None = None
    partial_on: dt.date | None = None
    member_since: dt.date | None = None  # default: the statements' Keps Awal
    previous_partial: dt.date | None = None

    @property
    def asks_anything(self) -> bool:
        """A cash-out or a partial claim is asked for (else there is nothing to compare)."""
        return self.cash_out_on is not None or self.partial_pct is not None


# --------------------------------------------------------------------------- results

@dataclass(frozen=True)
class SaldoOrigin:
    """Where the starting saldo comes from, said in the member's words."""

    kind: str  # "statements", "quick_entry", "statements+quick_entry", "demo" or "typed"
    as_of: dt.date
    cards: tuple[tuple[str, int], ...] = ()  # (KPJ, statement year) of each card whose saldo is used
    quick_saved: dt.date | None = None  # when the quick entry was saved (else its saldo date)
    quick_kpj: str = ""
    can_choose: bool = False  # a quick entry and statements both exist: the member may pick
    age_months: int = 0  # whole months from the saldo date to today

    @property
    def uses_quick_entry(self) -> bool:
        return self.kind in ("quick_entry", "statements+quick_entry")

    @property
    def is_stale(self) -> bool:
        """A year or more old: a newer statement very likely exists (the demo's never does)."""
        return self.kind != "demo" and self.age_months >= STALE_SALDO_MONTHS

    def stale_text(self, lang: str = "id") -> str:
        """How old the saldo is and what to do about it; "" while it is fresh."""
        if not self.is_stale:
            return ""
        years, months = divmod(self.age_months, 12)
        if years == 1:
            age = tr("fit.stale.one_year_months", lang, m=months) if months else tr("fit.stale.one_year", lang)
        else:
            age = tr("fit.stale.year_months", lang, n=years, m=months) if months else tr("fit.stale.years", lang, n=years)
        return tr("fit.stale.saldo", lang, date=date_long(self.as_of, lang), age=age)

    def text(self, lang: str = "id", show_ids: bool = False) -> str:
        kpj = (lambda k: k) if show_ids else mask_digits  # noqa: E731
        cards = ", ".join(tr("workspace.saldo.card", lang, kpj=kpj(k), year=y) for k, y in self.cards)
        date = date_long(self.as_of, lang)
        saved = date_long(self.quick_saved or self.as_of, lang)
        if self.kind == "demo":
            return tr("workspace.saldo.demo", lang, date=date, cards=cards)
        if self.kind == "typed":
            return tr("workspace.saldo.typed", lang, date=date)
        if self.kind == "quick_entry":
            return tr("workspace.saldo.quick_entry", lang, date=date, saved=saved)
        if self.kind == "statements+quick_entry":
            return tr("workspace.saldo.mixed", lang, date=date, saved=saved, kpj=kpj(self.quick_kpj), cards=cards)
        return tr("workspace.saldo.statements", lang, date=date, cards=cards)


@dataclass(frozen=True)
class WithdrawalDefaults:
    """Starting dates of the withdrawal choices (Workspace.withdrawal_defaults)."""

    earliest: dt.date  # the first day a choice can be dated: the day after the saldo date
    resign_on: dt.date  # 1 January after today (and after the saldo date)
    new_job_on: dt.date  # six months after resigning
    partial_on: dt.date  # as resign_on, or the first 1 January the membership years allow


@dataclass(frozen=True)
class MonthlyIncome:
    """The JHT (with a JP lump sum, if any) as a monthly income: adequacy's figure, in both units."""

    real: float  # first month, today's rupiah
    nominal: float  # first month, rupiah of the claim date
    years: int
    jp_lump_sum_added: bool


@dataclass(frozen=True)
class DriftFound:
    drift: Drift
    partial: bool  # only the cards with a newer statement were compared


@dataclass(frozen=True)
class Outlook:
    """The fast part: the projection and what follows from it (a slider tick asks for this)."""

    assumptions: Assumptions  # resolved (no None rates) where they are valid
    projection: ProjectionResult | None = None
    error: UserError | None = None  # why there is no projection
    jp: jpm.JPResult | None = None
    jp_error: UserError | None = None
    adequacy: ad.Adequacy | None = None
    income: MonthlyIncome | None = None
    # Assumptions above experience, and a result resting on one (planner.plausibility): allowed,
    # but said; their sentences come from plausibility.note_text.
    unusual: tuple[UnusualValue, ...] = ()


@dataclass(frozen=True)
class ClaimRequest:
    """A claim reason the member chose ("Siap cair": ``--reason``/``--reason-date``, or the
    "Tunggakan & bukti" tab): the report then carries its readiness checklist."""

    reason: ClaimReason
    on: dt.date  # the day work stopped, or the claim date (planner.remedies.readiness)
    member_since: dt.date | None = None  # Keps Awal JHT; None: the earliest the statements print


@dataclass(frozen=True)
class Results:
    """Everything a member sees for one set of assumptions (the CLI JSON, the window, the report)."""

    source: Source
    saldo_origin: SaldoOrigin | None
    baseline: Baseline | None
    outlook: Outlook
    bands: mc.MonteCarloResult | None = None
    withdrawal: wd.Comparison | None = None
    findings: tuple[Finding, ...] = ()  # every finding: per statement, then across statements

    @property
    def projection(self) -> ProjectionResult | None:
        return self.outlook.projection


# --------------------------------------------------------------------------- the workspace

class Workspace:
    """A source and the results for any what-if assumptions (see the module doc)."""

    def __init__(self, source: Source, *, saldo_from: str | None = None, rules: Rules | None = None,
                 today: dt.date | None = None, lang: str = "id"):
        """`saldo_from`: where the saldo comes from (SALDO_*); None: the member's remembered
        choice (Source.saldo_from), else the newest figure."""
        self.source = source
        remembered = source.saldo_from if source.saldo_from in SALDO_CHOICES else SALDO_NEWEST
        self.saldo_from = saldo_from or remembered
        self.rules = rules or load_rules()
        self.today = today or report_today()
        self.lang = lang
        self.statements = source.statements
        self.history: tuple[HistoryYear, ...] = tuple(balance_history(source.statements))
        self.baseline: Baseline | None = None
        self.baseline_error: UserError | None = None
        if source.kind != "typed":
            try:
                self.baseline = from_statements(source.statements, source.quick, self.rules,
                                                prefer=None if self.saldo_from == SALDO_NEWEST else self.saldo_from)
            except NoBaseline as exc:
                self.baseline_error = exc
        try:
            self.jp_input = jpm.jp_input_from_statements(source.statements, self.rules) if source.statements else None
        except UserError:
            self.jp_input = None
        own = [f for st in sorted(source.statements, key=lambda s: (s.card.kpj, s.year)) for f in st.findings]
        keys = {_finding_key(f) for f in own}
        # Those no single statement carries: across years and cards, unusable stored records.
        self.findings_across: tuple[Finding, ...] = tuple(f for f in source.findings if _finding_key(f) not in keys)
        self.findings: tuple[Finding, ...] = tuple(own) + self.findings_across
        self.member = source.member or self._member_from_statements()
        self.cards = source.cards or (self.baseline.cards if self.baseline is not None else ())

    def _member_from_statements(self) -> Member | None:
        named = [st.member for st in self.source.statements if st.member and st.member.name]
        if named:
            return named[0]
        if self.baseline is not None and self.baseline.name:
            return Member(self.baseline.name, self.baseline.birth_date)
        return None

    # ----------------------------------------------------------- where it starts
    @property
    def saldo_origin(self) -> SaldoOrigin | None:
        b = self.baseline
        if b is None:
            return None
        cards = tuple((c.card.kpj, c.year) for c in b.per_card)
        quick = self.source.quick
        saved = quick.saved_at.date() if quick is not None and quick.saved_at is not None else None
        kind = b.source
        if kind == "statements+quick_entry" and not cards:
            kind = "quick_entry"  # the quick entry is the whole saldo
        if self.source.kind == "demo":
            kind = "demo"
        return SaldoOrigin(kind, b.as_of, cards, saved, quick.kpj if quick is not None else "",
                           can_choose=quick is not None and bool(self.history),
                           age_months=_whole_months(b.as_of, self.today))

    def with_saldo_from(self, saldo_from: str) -> "Workspace":
        """The same source with the member's choice of where the saldo comes from."""
        return Workspace(self.source, saldo_from=saldo_from, rules=self.rules, today=self.today, lang=self.lang)

    def starting_assumptions(self, **overrides: object) -> Assumptions:
        """The baseline as Assumptions with the given fields on top (None keeps the baseline's).

        A typed source needs balance, as_of, birth_date and wage among the overrides."""
        if self.baseline is None:
            if self.baseline_error is not None:
                raise self.baseline_error
            given = {k: v for k, v in overrides.items() if v is not None}
            return Assumptions(**{"segment": Segment.PU, **given})  # type: ignore[arg-type]
        return to_assumptions(self.baseline, **overrides)  # type: ignore[arg-type]

    def resolved(self, assumptions: Assumptions) -> Assumptions:
        """The assumptions with the rules' defaults filled in; as given where they are invalid."""
        try:
            return resolve(assumptions, self.rules, RuleUsage(), self.today)
        except UserError:
            return assumptions

    @property
    def has_jp_data(self) -> bool:
        return self.jp_input is not None

    # ----------------------------------------------------------- results
    def outlook(self, assumptions: Assumptions, choices: Choices = Choices(), lang: str | None = None) -> Outlook:
        """Projection, JP, adequacy and monthly income; errors said, not raised (the window shows them)."""
        lang = lang or self.lang
        try:
            result = project(assumptions, self.rules, self.today, lang=lang)  # resolves the defaults, noting them
        except UserError as exc:
            return Outlook(self.resolved(assumptions), error=exc)
        ra = result.assumptions
        jp, jp_error = None, None
        try:
            jp = self._jp(ra, result, choices, lang)
        except UserError as exc:
            jp_error = exc
        adequacy = ad.adequacy_for(result, jp, payout_years=choices.payout_years, target=choices.replacement_target,
                                   rules=self.rules, today=self.today)
        unusual = unusual_assumptions(ra, self.rules, self.today)
        unusual += adequacy_notes(adequacy.ratio, unusual)
        return Outlook(ra, result, None, jp, jp_error, adequacy, _income(result, adequacy), unusual)

    def _jp(self, a: Assumptions, result: ProjectionResult, choices: Choices, lang: str) -> jpm.JPResult | None:
        """JP from the months typed, else from the statements' JP columns; None without either."""
        if choices.jp_months is not None:
            return jpm.jp_for_assumptions(a, choices.jp_months, choices.jp_wage, accumulated=choices.jp_accumulated,
                                          stop_date=result.stop_date, rules=self.rules, today=self.today, lang=lang)
        if self.jp_input is None:
            return None
        inp = replace(self.jp_input, wage=a.wage)  # the what-if wage is the wage now
        return jpm.jp_benefit(a.birth_date, inp, wage_growth=a.wage_growth, inflation=a.inflation,
                              annual_return=a.annual_return, stop_date=result.stop_date,
                              career_break=a.career_break, wage_change=a.wage_change, rules=self.rules,
                              today=self.today, segment=a.segment, lang=lang)

    def bands(self, assumptions: Assumptions, request: BandRequest, lang: str | None = None) -> mc.MonteCarloResult:
        """The Monte Carlo bands and the chance of the target. Raises InvalidInput on bad settings."""
        return mc.run_monte_carlo(assumptions, paths=request.paths, seed=request.seed, spreads=request.spreads,
                                  target=request.target, rules=self.rules, today=self.today, lang=lang or self.lang)

    def withdrawal_defaults(self, assumptions: Assumptions, member_since: dt.date | None) -> WithdrawalDefaults:
        """The dates a withdrawal comparison starts from: never before today, nor on or before
        the saldo date; a partial claim not before the membership years allow it."""
        earliest = assumptions.as_of + dt.timedelta(days=1)
        start = max(earliest, self.today)
        next_year = dt.date(start.year + 1, 1, 1)
        partial_on = next_year
        if member_since is not None:
            rule = "jht.partial_claim_min_years"
            years = int(self.rules.value(rule, max(next_year, self.rules.parameter(rule).starts[0])))
            allowed = wd.add_months(member_since, 12 * years)
            partial_on = max(next_year, dt.date(allowed.year + (1 if (allowed.month, allowed.day) > (1, 1) else 0), 1, 1))
        return WithdrawalDefaults(earliest, next_year, wd.add_months(next_year, 6), partial_on)

    def jp_months_possible(self, assumptions: Assumptions) -> int:
        """The most JP contribution months anyone can have at the saldo date: JP began in July
        2015 (planner.jp.jp_start), so the months typed in the window are capped at this."""
        return max(0, month_index(assumptions.as_of) - month_index(jpm.jp_start(self.rules)) + 1)

    def member_since(self) -> dt.date | None:
        """Keps Awal: the earliest the statements print."""
        since = []
        for st in self.statements:
            if st.member_since:
                try:
                    since.append(wd.parse_member_since(st.member_since))
                except UserError:  # an unreadable Keps Awal is left out, not the comparison
                    continue
        return min(since, default=None)

    def withdrawal(self, assumptions: Assumptions, request: WithdrawalRequest) -> wd.Comparison:
        member_since = request.member_since or self.member_since()
        return wd.compare(assumptions, cash_out_on=request.cash_out_on, new_job=request.new_job,
                          partial_pct=request.partial_pct, partial_on=request.partial_on, member_since=member_since,
                          previous_partial=request.previous_partial, rules=self.rules, today=self.today)

    def drift_since(self, before: Assumptions) -> DriftFound | None:
        """The newer statements set against an earlier projection (planner.drift); None when
        no card has a statement after it or the comparison cannot be made."""
        subject, compared = comparable(before, self.statements, self.rules)
        if subject is None:
            return None
        try:
            found = drift(subject, compared, self.rules)
        except UserError as exc:
            log.info("no drift: %s", exc.code)
            return None
        return DriftFound(found, len(compared) < len(self.statements))

    def results(self, assumptions: Assumptions, choices: Choices = Choices(), bands: BandRequest | None = None,
                withdrawal: WithdrawalRequest | None = None, lang: str | None = None) -> Results:
        """Everything at once; a bad band or withdrawal request raises (the CLI says it)."""
        outlook = self.outlook(assumptions, choices, lang)
        if outlook.error is not None:
            raise outlook.error
        return self.assemble(outlook,
                             None if bands is None else self.bands(assumptions, bands, lang),
                             None if withdrawal is None else self.withdrawal(assumptions, withdrawal))

    def assemble(self, outlook: Outlook, bands: mc.MonteCarloResult | None = None,
                 withdrawal: wd.Comparison | None = None) -> Results:
        """Results from parts already computed (the window has them as the member looks)."""
        return Results(self.source, self.saldo_origin, self.baseline, outlook, bands, withdrawal, self.findings)


def comparable(before: Assumptions, statements: Sequence[StatementYear],
               rules: Rules | None = None) -> tuple[Assumptions | None, list[StatementYear]]:
    """(assumptions, statements) to compare like with like.

    planner.drift sets the newer statements' Saldo Akhir against the saved projection. A card
    without a newer statement (an earlier job) is in the saved balance but not in the newer
    statements, so the comparison is narrowed to the cards that have one: their own baseline
    from the older statements, with the saved projection's rates.
    """
    year = before.as_of.year
    new_cards = {s.card.kpj for s in statements if s.year > year}
    if not new_cards:
        return None, []
    if new_cards == {s.card.kpj for s in statements}:
        return before, list(statements)
    older = [s for s in statements if s.card.kpj in new_cards and s.year <= year]
    if not older:
        return None, []  # only new cards: nothing earlier to compare with
    try:
        own = to_assumptions(from_statements(older, rules=rules))
    except UserError:
        return None, []
    own = replace(own, wage_growth=before.wage_growth, annual_return=before.annual_return,
                  inflation=before.inflation, claim_age=before.claim_age, stop_age=before.stop_age)
    return own, [s for s in statements if s.card.kpj in new_cards]


def _income(result: ProjectionResult, adequacy: ad.Adequacy) -> MonthlyIncome:
    """Adequacy's JHT income (today's rupiah), also in the claim date's rupiah."""
    to_nominal = result.balance_at_claim / result.balance_at_claim_real if result.balance_at_claim_real else 1.0
    return MonthlyIncome(adequacy.jht_income, adequacy.jht_income * to_nominal, adequacy.payout_years,
                         adequacy.jp_lump_sum_added)


def claim_readiness(ws: Workspace, assumptions: Assumptions, claim: ClaimRequest, lang: str,
                    show_ids: bool = False) -> Readiness:
    """The "Siap cair" checklist and figures for `claim` on `assumptions` (the window's tab and
    the report both ask here; raises UserError when the claim cannot be assessed, e.g. a date
    before the member was born)."""
    since = claim.member_since or member_since(ws.statements)
    return readiness(claim.reason, claim.on, assumptions, ws.statements, since, ws.today, lang, show_ids, ws.rules)


def report_data(ws: Workspace, results: Results, lang: str, show_ids: bool = False,
                claim: ClaimRequest | None = None) -> ReportData:
    """The report's input: the same results the window and the CLI show; with a claim reason
    chosen, its readiness checklist too (the remedies section)."""
    projection = results.outlook.projection
    if projection is None:
        raise results.outlook.error or NoBaseline()
    notes = [n.text(lang) for n in results.baseline.notes] if results.baseline is not None else []
    if results.saldo_origin is not None:
        stale = results.saldo_origin.stale_text(lang)
        notes[:0] = [results.saldo_origin.text(lang, show_ids)] + ([stale] if stale else [])
    notes += [note_text(n, lang) for n in results.outlook.unusual]
    kind = {"typed": "quick"}.get(ws.source.kind, ws.source.kind)
    return ReportData(result=projection, member=ws.member, cards=tuple(ws.cards), statements=ws.statements,
                      bands=results.bands, jp=results.outlook.jp, withdrawal=results.withdrawal,
                      adequacy=results.outlook.adequacy, findings=tuple(ws.source.findings),
                      provenance=ws.source.provenance, notes=tuple(notes), source=kind, lang=lang,
                      show_ids=show_ids,
                      remedies=section_for_statements(
                          ws.statements, ws.source.findings, lang, show_ids, ws.today, ws.rules,
                          claim_readiness(ws, results.outlook.assumptions, claim, lang, show_ids)
                          if claim is not None else None))
