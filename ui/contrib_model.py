"""The contributions table: a Qt item model over :class:`models.Contribution` rows.

One row per posted contribution of every statement the store holds, plus a placeholder row
for each month an audit finding names that has no posted row (a month without contribution).
Rows whose month is in a finding's ``periods`` carry the finding: a background colour and an
icon by severity, and the finding's sentence as tooltip. KPJ numbers are masked unless the
member asks to see them (:meth:`ContributionModel.set_show_kpj`).

:class:`ContributionFilter` filters by card and year and sorts on raw values, not on text.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from models import Contribution, Finding, Severity, StatementYear, period_str
from planner.format import date_short, mask_digits, rupiah
from ui.i18n import current_language

KPJ_ROLE = Qt.ItemDataRole.UserRole + 1
YEAR_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 4

_SEVERITY_ORDER = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}
# Soft tints that keep black text readable in light themes; the icon carries the meaning too.
_TINT = {Severity.INFO: QColor(225, 236, 250), Severity.WARNING: QColor(255, 240, 200), Severity.ERROR: QColor(253, 218, 214)}


def current_lang() -> str:
    """The active interface language, 'id' or 'en'."""
    return current_language()


def severity_icon(severity: Severity | None) -> QIcon:
    """The standard message-box icons: the same pictures the member sees in dialogs."""
    app = QApplication.instance()
    if severity is None or app is None:
        return QIcon()
    pixmap = {
        Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
        Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
        Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    }[severity]
    return app.style().standardIcon(pixmap)


def severity_tint(severity: Severity | None) -> QColor | None:
    return _TINT.get(severity) if severity is not None else None


def worst(findings: Iterable[Finding]) -> Severity | None:
    found = [f.severity for f in findings]
    return max(found, key=lambda s: _SEVERITY_ORDER[s]) if found else None


@dataclass(frozen=True, slots=True)
class ContributionEntry:
    """One table row: a posted contribution, or a placeholder for a month without one."""

    kpj: str
    employer: str
    year: int  # the statement year
    period: tuple[int, int]
    row: Contribution | None  # None: placeholder for a month a finding names
    findings: tuple[Finding, ...] = ()

    @property
    def severity(self) -> Severity | None:
        return worst(self.findings)


def finding_applies(finding: Finding, kpj: str, year: int) -> bool:
    """A finding belongs to a statement when its card and year (if it names them) match."""
    return (not finding.kpj or finding.kpj == kpj) and (finding.year is None or finding.year == year)


def build_entries(statements: Sequence[StatementYear], extra_findings: Sequence[Finding] = ()) -> list[ContributionEntry]:
    """Rows for every statement, findings attached by card, statement year and month.

    `extra_findings` are findings about several years of a card (audit_cards: missing months,
    chain breaks). A month a finding names that has no row on any statement of the card gets
    one placeholder row, under the year of that month."""
    findings = [f for st in statements for f in st.findings] + list(extra_findings)
    findings = [f for f in dict.fromkeys(findings) if f.periods]
    cards = {st.card.kpj: st.card.employer for st in statements}
    entries: list[ContributionEntry] = []
    posted: dict[str, set[tuple[int, int]]] = {}
    for st in statements:
        kpj, year = st.card.kpj, st.year
        mine = [f for f in findings if finding_applies(f, kpj, year)]
        for row in st.rows:
            p = row.period_text
            posted.setdefault(kpj, set()).add(row.period)
            entries.append(ContributionEntry(kpj, st.card.employer, year, row.period, row,
                                             tuple(f for f in mine if p in f.periods)))
    for kpj, employer in cards.items():
        missing: dict[tuple[int, int], list[Finding]] = {}
        for f in findings:
            if f.kpj and f.kpj != kpj:
                continue
            for p in f.periods:
                period = _period(p)
                if period is not None and period not in posted.get(kpj, set()):
                    missing.setdefault(period, []).append(f)
        for period, fs in missing.items():
            entries.append(ContributionEntry(kpj, employer, period[0], period, None, tuple(dict.fromkeys(fs))))
    entries.sort(key=lambda e: (e.kpj, e.period, e.row is None, (e.row.paid_on if e.row and e.row.paid_on else dt.date.min)))
    return entries


def _period(text: str) -> tuple[int, int] | None:
    if len(text) == 7 and text[4] == "-" and text[:4].isdigit() and text[5:].isdigit() and 1 <= int(text[5:]) <= 12:
        return int(text[:4]), int(text[5:])
    return None


class ContributionModel(QAbstractTableModel):
    """Read-only table of contributions. Call :meth:`set_statements` after every data change."""

    COLUMNS = ("card", "period", "paid_on", "posted_on", "wage", "rapel", "jht_employer", "jht_worker", "jht_total", "note")
    AMOUNT_COLUMNS = frozenset({"wage", "rapel", "jht_employer", "jht_worker", "jht_total"})

    def __init__(self, parent=None):
        super().__init__(parent)
        self._entries: list[ContributionEntry] = []
        self._show_kpj = False
        self._lang = current_lang()

    # --- data in -------------------------------------------------------------------------
    def set_statements(self, statements: Sequence[StatementYear], extra_findings: Sequence[Finding] = ()) -> None:
        self.beginResetModel()
        self._entries = build_entries(statements, extra_findings)
        self.endResetModel()

    def set_show_kpj(self, show: bool) -> None:
        if show != self._show_kpj:
            self._show_kpj = show
            self._changed_column("card")

    def set_language(self, lang: str) -> None:
        """Re-format amounts and headers for the active language."""
        self._lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, len(self.COLUMNS) - 1))

    def _changed_column(self, name: str) -> None:
        if self._entries:
            col = self.COLUMNS.index(name)
            self.dataChanged.emit(self.index(0, col), self.index(len(self._entries) - 1, col))

    def entry(self, row: int) -> ContributionEntry:
        return self._entries[row]

    def entries(self) -> list[ContributionEntry]:
        return list(self._entries)

    # --- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        name = self.COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(name)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tip(name)
        if role == Qt.ItemDataRole.TextAlignmentRole and name in self.AMOUNT_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _header(self, name: str) -> str:
        return {
            "card": self.tr("Card (KPJ)"),
            "period": self.tr("Month (BL-TH)"),
            "paid_on": self.tr("Paid on"),
            "posted_on": self.tr("Posted on"),
            "wage": self.tr("Wage"),
            "rapel": self.tr("Back pay"),
            "jht_employer": self.tr("JHT employer"),
            "jht_worker": self.tr("JHT worker"),
            "jht_total": self.tr("JHT contribution"),
            "note": self.tr("Note"),
        }[name]

    def _header_tip(self, name: str) -> str | None:
        return {
            "period": self.tr("The month the contribution is for"),
            "paid_on": self.tr("The day the employer paid the contribution (Tgl Setor)"),
            "posted_on": self.tr("The day BPJS booked the contribution (Tgl Posting)"),
            "rapel": self.tr("Contributions for an earlier month paid later (Rapel)"),
        }.get(name)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        e = self._entries[index.row()]
        name = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(e, name)
        if role == SORT_ROLE:
            return self._sort_key(e, name)
        if role == KPJ_ROLE:
            return e.kpj
        if role == YEAR_ROLE:
            return e.year
        if role == SEVERITY_ROLE:
            return e.severity.value if e.severity else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(e, name)
        if role == Qt.ItemDataRole.BackgroundRole:
            tint = severity_tint(e.severity)
            return QBrush(tint) if tint is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and e.severity is not None:
            return QBrush(QColor(20, 20, 20))  # readable on the tint in dark themes too
        if role == Qt.ItemDataRole.DecorationRole and name == "note":
            return severity_icon(e.severity) if e.severity else None
        if role == Qt.ItemDataRole.TextAlignmentRole and name in self.AMOUNT_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and e.findings:
            return self._tooltip(e, name)
        return None

    def _display(self, e: ContributionEntry, name: str) -> str:
        if name == "card":
            return e.kpj if self._show_kpj else mask_digits(e.kpj)
        if name == "period":
            return f"{e.period[1]:02d}-{e.period[0]:04d}"
        if name == "note":
            if e.row is None:
                return self.tr("No contribution recorded")
            if e.findings:
                return "; ".join(finding_title(f) for f in e.findings)
            return ""
        r = e.row
        if r is None:
            return "—"
        if name in ("paid_on", "posted_on"):
            d = getattr(r, name)
            return date_short(d, self._lang) if d else "—"
        value: Decimal = getattr(r, name)
        return rupiah(value, self._lang)

    def _sort_key(self, e: ContributionEntry, name: str):
        if name == "card":
            return e.kpj
        if name == "period":
            return e.period[0] * 100 + e.period[1]
        if name == "note":
            return _SEVERITY_ORDER[e.severity] if e.severity else -1
        r = e.row
        if r is None:
            return -1 if name in self.AMOUNT_COLUMNS else ""
        if name in ("paid_on", "posted_on"):
            d = getattr(r, name)
            return d.isoformat() if d else ""
        return float(getattr(r, name))

    def _tooltip(self, e: ContributionEntry, name: str) -> str | None:
        lines = []
        if name == "card" and e.employer:
            lines.append(e.employer)
        if e.row is None:
            lines.append(self.tr("Month {0}: the statement records no contribution.").format(period_str(*e.period)))
        for f in e.findings:
            lines.append(f"{finding_title(f)}: {f.message}" if f.message else finding_title(f))
        if e.row is not None and e.row.rapel > 0 and name == "rapel":
            lines.append(self.tr("Back pay (rapel): contributions for an earlier month paid later."))
        return "\n".join(lines) or None


def finding_title(f: Finding) -> str:
    """A short name for a finding code, in the active language; the code itself if unknown."""
    titles = {
        "summary_mismatch": QCoreApplication.translate("Findings", "Summary does not add up"),
        "total_mismatch": QCoreApplication.translate("Findings", "Total (Jumlah) differs from the rows"),
        "iuran_mismatch": QCoreApplication.translate("Findings", "Contributions in the summary differ from the rows"),
        "rate_mismatch": QCoreApplication.translate("Findings", "Contribution does not match the rate"),
        "late_payment": QCoreApplication.translate("Findings", "Paid late"),
        "underreported_wage": QCoreApplication.translate("Findings", "Reported wage below your wage"),
        "return_vs_declared": QCoreApplication.translate("Findings", "Development differs from the declared return"),
        "chain_break": QCoreApplication.translate("Findings", "Opening balance differs from last year's closing"),
        "missing_months": QCoreApplication.translate("Findings", "Months without contribution"),
        "duplicate_statement": QCoreApplication.translate("Findings", "Two different statements for one year"),
        "import_conflict": QCoreApplication.translate("Findings", "Differs from what was saved before"),
        "summary_missing": QCoreApplication.translate("Findings", "No summary for this year"),
    }
    return titles.get(f.code) or f.code.replace("_", " ")


class ContributionFilter(QSortFilterProxyModel):
    """Filter by card (KPJ) and contribution year; sort on raw values."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._kpj: str | None = None
        self._year: int | None = None
        self._only_findings = False
        self.setSortRole(SORT_ROLE)

    def set_kpj(self, kpj: str | None) -> None:
        if kpj != self._kpj:
            self.beginFilterChange()
            self._kpj = kpj
            self.endFilterChange()

    def set_year(self, year: int | None) -> None:
        if year != self._year:
            self.beginFilterChange()
            self._year = year
            self.endFilterChange()

    def set_only_findings(self, only: bool) -> None:
        if only != self._only_findings:
            self.beginFilterChange()
            self._only_findings = only
            self.endFilterChange()

    @property
    def kpj(self) -> str | None:
        return self._kpj

    @property
    def year(self) -> int | None:
        return self._year

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        idx = model.index(source_row, 0, source_parent)
        if self._kpj is not None and idx.data(KPJ_ROLE) != self._kpj:
            return False
        if self._year is not None and idx.data(YEAR_ROLE) != self._year:
            return False
        if self._only_findings and idx.data(SEVERITY_ROLE) is None:
            return False
        return True
