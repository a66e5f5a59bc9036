"""History view: the balance by year from the imported statements, and every contribution.

Top: a stacked bar chart per year of the balance split into the balance before the first
statement, cumulative contributions (iuran) and cumulative development (pengembangan), with
the printed closing balance (Saldo Akhir) as a marker, for one card or all cards summed.
Below: the contributions table (findings marked by colour, icon and tooltip) and the list of
findings, both filtered by card and year.

The view reads the store when :meth:`HistoryView.refresh` is called (the window connects its
``data_changed`` signal to it) and works with an empty database: it then shows how to start.
"""
from __future__ import annotations

from typing import Sequence

from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator, FuncFormatter
from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models import Finding, Severity, StatementYear
from planner.format import compact_rupiah, mask_digits, rupiah
from planner.history import HistoryYear, balance_history
from planner.workspace import Workspace
from ui.chart import ShownCanvas, rgb
from ui.contrib_model import (
    ContributionFilter,
    ContributionModel,
    current_lang,
    finding_applies,
    finding_title,
    severity_icon,
    severity_tint,
    worst,
)
from ui.i18n import Retranslatable

# Colours of the three parts of the balance; the same in both languages and in print.
BASE_COLOUR = "#b8c2cc"
CONTRIB_COLOUR = "#2f6fb0"
DEVELOPMENT_COLOUR = "#3a9e6a"
CARRIED_COLOUR = "#5f6b76"  # hatch lines over the estimated part of a bar
MAX_YEAR_TICKS = 12  # more years than this: a tick every second (third…) year


def _finding_key(f: Finding) -> tuple:
    return (f.code, f.kpj, f.year, f.periods)


class HistoryChart(ShownCanvas):
    """Stacked bars of the balance by year. Redraws are coalesced and drawn idle, and only
    while the chart is shown (ui.chart.ShownCanvas)."""

    def __init__(self, parent: QWidget | None = None):
        self.figure = Figure(figsize=(6, 3), layout="constrained")
        super().__init__(self.figure)
        self.setParent(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(180)
        self.ax = self.figure.add_subplot(111)
        self._history: list[HistoryYear] = []
        self._highlight: int | None = None
        self._labels = {"base": "", "contrib": "", "dev": "", "carried": "", "closing": "", "title": "", "empty": ""}
        self._lang = "id"
        self._legend = None  # the figure's legend (under the axes), rebuilt with the bars
        self._rebuild_on_show = False  # data came while hidden: the bars wait for the show
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(30)
        self._timer.timeout.connect(self._redraw)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        # (Qt sends a PaletteChange while the canvas is being built, before the timer exists.)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange) and hasattr(self, "_timer"):
            self._timer.start()  # redrawn in the new colours
        super().changeEvent(event)

    def set_history(self, history: list[HistoryYear], highlight: int | None = None) -> None:
        self._history = history
        self._highlight = highlight
        self._timer.start()

    def set_texts(self, labels: dict[str, str], lang: str) -> None:
        self._labels.update(labels)
        self._lang = lang
        self._timer.start()

    def history(self) -> list[HistoryYear]:
        return list(self._history)

    def flush(self) -> None:
        """Draw now (tests and exports); normally the timer does it."""
        self._timer.stop()
        self._rebuild_on_show = False
        self._rebuild()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._rebuild_on_show:
            self._timer.start()

    def _redraw(self) -> None:
        """The bars rebuilt for the data, now if the chart is shown, else when it is (a tab in
        the back gets every import's update: building the bars costs more than drawing them)."""
        self._rebuild_on_show = not self.isVisible()
        if not self._rebuild_on_show:
            self._rebuild()

    def _rebuild(self) -> None:
        # The set of bars changes with the data (years come and go), so the axes are rebuilt;
        # that happens on an import or a filter change, never on a slider tick.
        ax = self.ax
        ax.clear()
        if self._legend is not None:
            self._legend.remove()
            self._legend = None
        lang = self._lang
        h = self._history
        if not h:
            ax.set_axis_off()
            ax.text(0.5, 0.5, self._labels["empty"], ha="center", va="center", transform=ax.transAxes, color="#666")
            self.draw_idle()
            return
        ax.set_axis_on()
        years = [y.year for y in h]
        base = [float(y.base) for y in h]
        contrib = [float(y.cum_contributions) for y in h]
        dev = [float(y.cum_development) for y in h]
        alpha = [1.0 if self._highlight in (None, y) else 0.35 for y in years]
        # Money of cards without a statement that year is inside base/iuran/development already;
        # the hatched band over the top of the bar marks how much of the bar is that estimate.
        carried = [float(y.carried) for y in h]
        bottom2 = [b + c for b, c in zip(base, contrib)]
        tops = [b + d for b, d in zip(bottom2, dev)]
        bottom3 = [t - c for t, c in zip(tops, carried)]
        for i, year in enumerate(years):
            lab = i == 0
            ax.bar(year, base[i], color=BASE_COLOUR, alpha=alpha[i],
                   label=self._labels["base"] if lab and any(base) else None, width=0.7)
            ax.bar(year, contrib[i], bottom=base[i], color=CONTRIB_COLOUR, alpha=alpha[i],
                   label=self._labels["contrib"] if lab else None, width=0.7)
            ax.bar(year, dev[i], bottom=bottom2[i], color=DEVELOPMENT_COLOUR, alpha=alpha[i],
                   label=self._labels["dev"] if lab else None, width=0.7)
        if any(carried):
            # Hatching only, no fill: the parts underneath stay visible through it.
            ax.bar(years, carried, bottom=bottom3, facecolor="none", hatch="//", edgecolor=CARRIED_COLOUR,
                   linewidth=0, width=0.7, label=self._labels["carried"])
        palette = QApplication.palette()  # matplotlib gives the canvas a white palette of its own
        text, mid, background = (rgb(palette.color(role)) for role in (
            QPalette.ColorRole.WindowText, QPalette.ColorRole.Mid, QPalette.ColorRole.Base))
        self.figure.set_facecolor(background)
        ax.set_facecolor(background)
        ax.tick_params(colors=text, which="both")
        for spine in ax.spines.values():
            spine.set_color(mid)
        ax.plot(years, [float(y.total) for y in h], linestyle="none", marker="D", markersize=5,
                color=text, label=self._labels["closing"])  # the closing marker in the text's colour: dark or light
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: compact_rupiah(v, lang)))
        # Whole years only: one tick per year (every second or more with many), never 2021.50.
        step = max(1, -(-len(years) // MAX_YEAR_TICKS))
        ax.xaxis.set_major_locator(FixedLocator(years[::step]))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:.0f}"))
        ax.set_xlim(min(years) - 0.6, max(years) + 0.6)
        ax.set_ylim(bottom=0)
        ax.set_title(self._labels["title"], fontsize=10, loc="left", color=text)
        ax.grid(axis="y", alpha=0.3)
        ax.spines[["top", "right"]].set_visible(False)
        handles, labels = ax.get_legend_handles_labels()
        marker = labels.index(self._labels["closing"])
        order = [i for i in range(len(handles)) if i != marker] + [marker]  # parts first, marker last
        # Under the axes, not inside them: inside, the legend covered the first years' bars.
        self._legend = self.figure.legend([handles[i] for i in order], [labels[i] for i in order],
                                          loc="outside lower center", ncols=3, fontsize=8, frameon=False,
                                          labelcolor=text)
        self.draw_idle()


class HistoryView(Retranslatable, QWidget):
    """Chart, contributions table and findings of the imported statements.

    `workspace` is the window's planner.workspace.Workspace (statements and every finding, per
    statement and across), or None: with no statements the view shows how to start. Signals ask the
    window to start an import or a quick entry from the empty page."""

    import_requested = Signal()
    quick_entry_requested = Signal()

    def __init__(self, workspace: Workspace | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._workspace = workspace
        self._statements: list[StatementYear] = []
        self._findings: list[Finding] = []
        self._lang = current_lang()

        self.model = ContributionModel(self)
        self.proxy = ContributionFilter(self)
        self.proxy.setSourceModel(self.model)

        self.card_label = QLabel()
        self.card_combo = QComboBox()
        self.card_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year_label = QLabel()
        self.year_combo = QComboBox()
        self.card_label.setBuddy(self.card_combo)
        self.year_label.setBuddy(self.year_combo)
        self.only_findings = QCheckBox()
        self.show_kpj = QCheckBox()
        bar = QHBoxLayout()
        for w in (self.card_label, self.card_combo, self.year_label, self.year_combo):
            bar.addWidget(w)
        bar.addSpacing(12)
        bar.addWidget(self.only_findings)
        bar.addStretch(1)
        bar.addWidget(self.show_kpj)

        self.chart = HistoryChart(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(False)  # the finding tints must stay visible
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)

        self.findings_list = QListWidget()
        self.findings_list.setWordWrap(True)
        self.findings_list.itemActivated.connect(self._go_to_finding)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, "")
        self.tabs.addTab(self.findings_list, "")

        top = QWidget()
        top_l = QVBoxLayout(top)
        top_l.setContentsMargins(0, 0, 0, 0)
        top_l.addWidget(self.chart, 1)
        top_l.addWidget(self.summary)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)

        content = QWidget()
        content_l = QVBoxLayout(content)
        content_l.setContentsMargins(0, 0, 0, 0)
        content_l.addLayout(bar)
        content_l.addWidget(split, 1)

        self.empty_title = QLabel()
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        f = self.empty_title.font()
        f.setPointSizeF(f.pointSizeF() * 1.3)
        f.setBold(True)
        self.empty_title.setFont(f)
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setMaximumWidth(520)
        self.empty_import = QPushButton()
        self.empty_import.clicked.connect(self.import_requested)
        self.empty_quick = QPushButton()
        self.empty_quick.clicked.connect(self.quick_entry_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.empty_import)
        buttons.addWidget(self.empty_quick)
        buttons.addStretch(1)
        empty = QWidget()
        empty_l = QVBoxLayout(empty)
        empty_l.addStretch(1)
        empty_l.addWidget(self.empty_title)
        # Centred by stretches, not by an alignment flag: with the flag the layout gave the
        # wrapped text one line's height and cut the rest off.
        text_row = QHBoxLayout()
        text_row.addStretch(1)
        text_row.addWidget(self.empty_text, 4)
        text_row.addStretch(1)
        empty_l.addLayout(text_row)
        empty_l.addSpacing(8)
        empty_l.addLayout(buttons)
        empty_l.addStretch(2)

        self.pages = QStackedWidget()
        self.pages.addWidget(empty)
        self.pages.addWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self.card_combo.currentIndexChanged.connect(self._filters_changed)
        self.year_combo.currentIndexChanged.connect(self._filters_changed)
        self.only_findings.toggled.connect(self.proxy.set_only_findings)
        self.show_kpj.toggled.connect(self._show_kpj_toggled)

        self.retranslate_ui()
        self.refresh()

    def add_banner(self, widget: QWidget) -> None:
        """Put a banner (a notice the member can dismiss) above the history."""
        self.layout().insertWidget(0, widget)

    # --- data ------------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        """The window's workspace (planner.workspace): its statements and every finding."""
        self._workspace = workspace
        self.refresh()

    def refresh(self) -> None:
        """Re-read the statements and the findings (per statement and across) of the workspace."""
        ws = self._workspace
        self.set_statements(list(ws.statements) if ws is not None else [], ws.findings if ws is not None else ())

    def set_statements(self, statements: Sequence[StatementYear], findings: Sequence[Finding] = ()) -> None:
        self._statements = sorted(statements, key=lambda s: (s.card.kpj, s.year))
        own = {_finding_key(f) for st in self._statements for f in st.findings}
        self._findings = [f for f in findings if _finding_key(f) not in own]
        self.model.set_statements(self._statements, self._findings)
        self._fill_filters()
        self.pages.setCurrentIndex(1 if self._statements else 0)
        self._update_views()

    def statements(self) -> list[StatementYear]:
        return list(self._statements)

    def _cards(self) -> list[tuple[str, str]]:
        cards: dict[str, str] = {}
        for st in self._statements:
            cards.setdefault(st.card.kpj, st.card.employer)
            if st.card.employer:
                cards[st.card.kpj] = st.card.employer  # the latest year's employer name
        return sorted(cards.items())

    def _card_text(self, kpj: str, employer: str) -> str:
        shown = kpj if self.show_kpj.isChecked() else mask_digits(kpj)
        return f"{shown} — {employer}" if employer else shown

    def _fill_filters(self) -> None:
        kpj, year = self.selected_kpj(), self.selected_year()
        with QSignalBlocker(self.card_combo), QSignalBlocker(self.year_combo):
            self.card_combo.clear()
            self.card_combo.addItem(self.tr("All cards"), None)
            for k, employer in self._cards():
                self.card_combo.addItem(self._card_text(k, employer), k)
            i = self.card_combo.findData(kpj)
            self.card_combo.setCurrentIndex(max(i, 0))
            self._fill_years(year)
        self.proxy.set_kpj(self.selected_kpj())
        self.proxy.set_year(self.selected_year())

    def _fill_years(self, year: int | None) -> None:
        kpj = self.selected_kpj()
        years = sorted({st.year for st in self._statements if kpj is None or st.card.kpj == kpj}
                       | {e.period[0] for e in self.model.entries() if kpj is None or e.kpj == kpj})
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("All years"), None)
        for y in years:
            self.year_combo.addItem(str(y), y)
        i = self.year_combo.findData(year)
        self.year_combo.setCurrentIndex(max(i, 0))

    def selected_kpj(self) -> str | None:
        return self.card_combo.currentData() if self.card_combo.count() else None

    def selected_year(self) -> int | None:
        return self.year_combo.currentData() if self.year_combo.count() else None

    def select_card(self, kpj: str | None) -> None:
        i = self.card_combo.findData(kpj)
        if i >= 0:
            self.card_combo.setCurrentIndex(i)

    def select_year(self, year: int | None) -> None:
        i = self.year_combo.findData(year)
        if i >= 0:
            self.year_combo.setCurrentIndex(i)

    def _filters_changed(self) -> None:
        if self.sender() is self.card_combo:
            with QSignalBlocker(self.year_combo):
                self._fill_years(self.selected_year())
        self.proxy.set_kpj(self.selected_kpj())
        self.proxy.set_year(self.selected_year())
        self._update_views()

    def _show_kpj_toggled(self, show: bool) -> None:
        self.model.set_show_kpj(show)
        for i in range(1, self.card_combo.count()):
            k = self.card_combo.itemData(i)
            self.card_combo.setItemText(i, self._card_text(k, dict(self._cards()).get(k, "")))
        self._fill_findings()

    def _update_views(self) -> None:
        kpj, year = self.selected_kpj(), self.selected_year()
        history = balance_history(self._statements, kpj)
        self.chart.set_history(history, year)
        self._fill_findings()
        self._fill_summary(history, year)

    def visible_findings(self) -> list[Finding]:
        kpj, year = self.selected_kpj(), self.selected_year()
        out: list[Finding] = []
        for st in self._statements:
            if (kpj is not None and st.card.kpj != kpj) or (year is not None and st.year != year):
                continue
            out.extend(st.findings)
            out.extend(f for f in self._findings if finding_applies(f, st.card.kpj, st.year) and f not in out)
        for f in self._findings:  # findings about no particular statement
            if f in out or (f.kpj and kpj is not None and f.kpj != kpj) or (year is not None and f.year not in (None, year)):
                continue
            if f.year is None or not any(st.year == f.year for st in self._statements):
                out.append(f)
        order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
        return sorted(out, key=lambda f: (order[f.severity], f.year or 0, f.periods))

    def _fill_findings(self) -> None:
        self.findings_list.clear()
        findings = self.visible_findings()
        for f in findings:
            where = []
            if f.kpj:
                where.append(f.kpj if self.show_kpj.isChecked() else mask_digits(f.kpj))
            if f.year:
                where.append(str(f.year))
            head = finding_title(f) + (f" ({', '.join(where)})" if where else "")
            text = f"{head}\n{f.message}" if f.message else head
            item = QListWidgetItem(severity_icon(f.severity), text)
            tint = severity_tint(f.severity)
            if tint is not None:
                item.setBackground(tint)
                item.setForeground(Qt.GlobalColor.black)
            if f.periods:
                item.setToolTip(self.tr("Months: {0}").format(", ".join(f.periods)))
            item.setData(Qt.ItemDataRole.UserRole, (f.kpj or None, f.year))
            self.findings_list.addItem(item)
        if not findings and self._statements:
            item = QListWidgetItem(self.tr("No findings for this selection."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.findings_list.addItem(item)
        self.tabs.setTabText(1, self.tr("Findings ({0})").format(len(findings)))
        self.tabs.setTabIcon(1, severity_icon(worst(findings)))

    def _go_to_finding(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if not data:
            return
        kpj, year = data
        if kpj:
            self.select_card(kpj)
        if year:
            self.select_year(year)
        self.tabs.setCurrentIndex(0)

    def _fill_summary(self, history: list, year: int | None) -> None:
        if not history:
            self.summary.setText("")
            return
        row = next((h for h in history if h.year == year), history[-1])
        lang = self._lang
        text = self.tr("Closing balance {0}: {1} — balance before the statements {2}, cumulative contributions {3}, cumulative development {4}.").format(
            row.year, rupiah(row.total, lang), rupiah(row.base, lang), rupiah(row.cum_contributions, lang),
            rupiah(row.cum_development, lang))
        if row.carried:
            text += " " + self.tr("Includes {0} for cards without a statement for {1}: their last balance carried "
                                  "forward with the declared return, or its legal floor where none is known.").format(
                rupiah(row.carried, lang), row.year)
        if abs(row.unexplained) >= 1:
            text += " " + self.tr("A difference of {0} is not explained by the statements (see Findings).").format(
                rupiah(row.unexplained, lang))
        self.summary.setText(text)

    # --- language --------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self._lang = current_lang()
        self.card_label.setText(self.tr("&Card:"))
        self.year_label.setText(self.tr("&Year:"))
        self.only_findings.setText(self.tr("Only rows with findings"))
        self.show_kpj.setText(self.tr("Show full card numbers"))
        self.show_kpj.setToolTip(self.tr("Card (KPJ) numbers are masked unless you choose to show them."))
        self.tabs.setTabText(0, self.tr("Contributions by month"))
        self.empty_title.setText(self.tr("No JHT data yet"))
        self.empty_text.setText(self.tr(
            "Import a Rincian Saldo JHT (the PDF from the JMO app) with File > Import, or drop the files on this "
            "window. No PDF? Type the balance JMO shows with a quick entry."))
        self.empty_import.setText(self.tr("Import files…"))
        self.empty_quick.setText(self.tr("Quick entry…"))
        self.model.set_language(self._lang)
        self.chart.set_texts({
            "base": self.tr("Balance before the statements"),
            "contrib": self.tr("Cumulative contributions"),
            "dev": self.tr("Cumulative development"),
            "carried": self.tr("Cards without a statement that year (estimated: last balance carried forward)"),
            "closing": self.tr("Balance at year end (all cards)"),
            "title": self.tr("JHT balance at the end of each year"),
            "empty": self.tr("No statements yet"),
        }, self._lang)
        if self.card_combo.count():
            self.card_combo.setItemText(0, self.tr("All cards"))
        if self.year_combo.count():
            self.year_combo.setItemText(0, self.tr("All years"))
        self._fill_findings()
        self._fill_summary(balance_history(self._statements, self.selected_kpj()), self.selected_year())



def install(window) -> None:
    """Plug the history view into the main window (see ui.main_window)."""
    view = HistoryView(window.workspace)
    window.history_view = view
    window.add_view(view, lambda: QCoreApplication.translate("HistoryView", "History"), "history")
    window.workspace_changed.connect(view.set_workspace)
    view.import_requested.connect(lambda: window.import_requested.emit([]))
    view.quick_entry_requested.connect(window.quick_entry_requested)
