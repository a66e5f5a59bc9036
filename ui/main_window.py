"""The main window: the shell every view of the planner plugs into.

Hooks for other ``ui`` modules (UI-DATA: history view, import flow, quick entry, scenarios)
------------------------------------------------------------------------------------------
Plug-in modules
    When the views are built (``build_views``: at once, or after the first paint for
    ``jht-planner``'s start, ``window.views_ready`` / ``window.views_built``) the window
    imports each module named in :data:`PLUGIN_MODULES` and calls its
    ``install(window: MainWindow) -> None``. Put your wiring there (connect to the
    signals below, add tabs with ``add_view``). A missing module is skipped; an exception in
    ``install`` is logged and the window still opens.

``window.undo_stack``: QUndoStack
    Push your QUndoCommands here (thin: redo/undo call one operation). Edit > Undo/Redo
    (Ctrl+Z, Ctrl+Shift+Z) act on it.

``window.data_source``: the current source of statements, or None
    Anything with ``statements() -> Sequence[models.StatementYear]`` (``planner.store.Store``,
    or the in-memory :class:`DemoSource`). Optional: ``quick_entries()`` (see ``reload``).
``window.set_data_source(source)``
    Switch to another source (the demo, another database); re-reads it (``reload``).
``window.reload()``
    Call after you wrote to the source (an import, a quick entry, a deletion): recomputes the
    projection baseline through ``planner.baseline`` and emits ``data_changed``.
``window.load_in_background(text, fn, *args, make_source=..., failed=...)``
    Read a source through ui.worker behind a busy page (``jht-planner --demo`` reads the demo
    this way once the window has painted; File > Buka demo too). ``window.is_loading``,
    ``window.loading_finished`` Signal(bool) and ``window.wait_until_loaded()`` follow it;
    ``set_data_source`` while a load runs cancels the load.
``window.workspace``: planner.workspace.Workspace
    The one Qt-free source of every figure: statements, findings (per statement and across),
    saldo origin, projection, JP, adequacy, bands, withdrawal. Views read it, never each other.
``window.workspace_changed``: Signal(object)
    A new workspace (after ``reload`` or a language switch): views re-read it.
``window.data_changed``: Signal()
    Emitted after every ``reload``.
``window.set_baseline(assumptions)``
    Show a projection from a models.Assumptions directly (e.g. an unsaved quick entry).
``window.current_assumptions() -> Assumptions | None`` and
``window.apply_assumptions(assumptions, text)``
    Read / replace the what-if assumptions; ``apply_assumptions`` is one undo step (scenarios).
``window.assumptions_changed``: Signal(object)
    The what-if assumptions changed (slider, undo, scenario): carries the Assumptions.

``window.import_requested``: Signal(list)
    File > Impor… (Ctrl+O), the welcome button, or files dropped on the window. Carries a
    list of ``pathlib.Path`` (empty: ask with a file dialog, starting in
    ``window.settings.last_folder``). The import flow connects to it in its ``install``.
``window.quick_entry_requested``: Signal()
    The welcome button "Entri cepat" (and File > Entri cepat…).
``window.add_view(widget, title, key)``
    Add a tab beside "Proyeksi". ``title`` is a zero-argument callable returning the
    translated title; it is called again when the language changes. Returns the tab index.
``window.show_view(key)``
    Bring a tab to the front ("projection" is the window's own).
``window.add_file_action(action)``
    Add an action to the File menu, above Keluar.

Language and units
    ``window.lang`` is "id" or "en"; ``window.language_changed`` Signal(str) follows a switch
    (widgets also get QEvent.LanguageChange: re-set texts in ``changeEvent``). Use
    ``self.tr(...)`` with English source text; resources/translations/jht_planner_id.ts holds
    the Indonesian (``python -m ui.i18n --build`` updates the .ts from the code and builds the
    .qm; a test fails while any string is untranslated). ``window.real`` (bool) and
    ``window.real_changed`` Signal(bool): amounts in today's rupiah instead of nominal.

Background work
    Run long planner calls with :func:`ui.worker.run_task` (never touch widgets from it).

Issue 5 parts (ui.projection_view, ui.uncertainty, ui.withdrawal_view, ui.drift)
    ``window.projection_view``: ``state.outlook``, ``band`` (the shown Monte Carlo result),
    ``uncertainty`` (spreads, target, seed, paths), ``add_banner(widget)`` above the chart.
    ``window.set_withdrawal_request(request)``: the withdrawal choices shown (the report's).
    ``window.drift_watcher``: the drift after a newer import (banners, saved scenario).
    ``window.shown_results()`` / ``window.report_data(show_ids)``: what File > Ekspor PDF
    passes to planner.report, from the workspace.
"""
from __future__ import annotations

import dataclasses
import importlib
import inspect
import logging
import threading
from pathlib import Path
from typing import Callable, Sequence

from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QDialog, QDialogButtonBox, QDockWidget, QFileDialog, QFrame, QHBoxLayout,
    QLabel, QMainWindow, QMessageBox, QProgressBar, QProgressDialog, QPushButton, QStackedWidget, QStyle,
    QTabWidget, QVBoxLayout, QWidget,
)

from models import Assumptions, Finding, StatementYear
from planner.audit import audit_cards
from planner.csvio import write_history_csv, write_projection_csv, write_text
from planner.errors import UserError
from planner.importers import ImportResult
from planner.report_data import ReportData
from planner.store import Store
from planner.workspace import (
    BandRequest, ClaimRequest, Results, Source, WithdrawalRequest, Workspace, report_data,
    remember_saldo_from, source_from_import_results, source_from_store, typed_source,
)
from planner import texts
from ui import crash, i18n
from ui.about import AboutDialog
from ui.app import demo_paths, demo_source, read_demo
from ui.i18n import Retranslatable
from ui.settings import Settings
from ui.worker import run_task

log = logging.getLogger(__name__)

# UI-DATA's modules; each may define install(window).
PLUGIN_MODULES = ("ui.history_view", "ui.import_flow", "ui.quick_entry", "ui.scenarios", "ui.withdrawal_view",
                  "ui.drift", "ui.commands", "ui.profiles", "ui.arrears_view", "ui.help", "ui.demo_bar",
                  "ui.settings")
DOCK_HEIGHT = 130  # starting height of a bottom dock (scenarios), in pixels
DEFAULT_SIZE = (1280, 800)  # the first start's window size, shrunk to fit the screen (fit_to_screen)
FRAME_ALLOWANCE = (16, 40)  # room for a window frame and title bar before the first show, in pixels


def _write_report(workspace: Workspace, results: Results, path: Path, lang: str, show_ids: bool,
                  bands: tuple[Assumptions, BandRequest] | None = None, progress=None, cancel=None):
    """The PDF report (planner.report) of the workspace's results, simulating the bands first
    when the window has no final ones yet."""
    if bands is not None:
        results = dataclasses.replace(results, bands=workspace.bands(*bands))
    # Imported here: matplotlib's PDF machinery is loaded when a report is written, not at start-up.
    from planner.report import build_report

    return build_report(report_data(workspace, results, lang, show_ids), path, progress=progress, cancel=cancel)


def _write_csv(result, statements, path: Path, style: str = "en") -> Path:
    """The projection table (or, without a projection, the statement history) as CSV.

    `style` "id": for a spreadsheet set to Indonesian (";" and a decimal comma).
    """
    text = write_projection_csv(result, style) if result is not None else write_history_csv(statements, style)
    write_text(path, text)  # whole or not at all (planner.fileio)
    return path


class DemoSource:
    """Statements held in memory (the demo): never written to the member's database.

    ``import_results``: the planner.importers.ImportResult of each demo file, when the
    statements were read from files, and ``across`` the findings across them; the workspace
    lists those files for the report (name and SHA-256), as ``jht-planner report --demo`` does."""

    is_demo = True

    def __init__(self, statements: Sequence[StatementYear], import_results: Sequence[ImportResult] = (),
                 across: Sequence[Finding] = ()):
        self._statements = list(statements)
        self.import_results = tuple(import_results)
        self.across = tuple(across)

    def statements(self) -> list[StatementYear]:
        return list(self._statements)

    def workspace_source(self, lang: str) -> Source:
        """The demo as the workspace reads it (as ``jht-planner --demo`` reads the same files)."""
        if self.import_results:
            return source_from_import_results(self.import_results, self.across, "demo", lang)
        return Source("demo", tuple(self._statements), tuple(audit_cards(self._statements, lang=lang)))


class LoadingView(QWidget):
    """A busy page while the data is read in the background (the demo at start)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel()
        self.label.setObjectName("loadingText")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.label.setFont(font)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy: no fraction to show
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(280)
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        lay.addWidget(self.label)
        lay.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addStretch(2)


class WelcomeView(Retranslatable, QWidget):
    """First run, no data yet: three ways in."""

    import_clicked = Signal()
    quick_entry_clicked = Signal()
    demo_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        self.title = QLabel()
        self.title.setObjectName("welcomeTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.intro.setMaximumWidth(720)
        outer.addWidget(self.title)
        intro_row = QHBoxLayout()
        intro_row.addStretch(1)
        intro_row.addWidget(self.intro, 4)
        intro_row.addStretch(1)
        outer.addLayout(intro_row)
        outer.addSpacing(24)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cards = []
        for signal in (self.import_clicked, self.quick_entry_clicked, self.demo_clicked):
            card = QFrame()
            card.setFrameShape(QFrame.Shape.StyledPanel)
            card.setMinimumWidth(240)
            card.setMaximumWidth(320)
            lay = QVBoxLayout(card)
            button = QPushButton()
            button.setMinimumHeight(40)
            button.clicked.connect(signal)
            text = QLabel()
            text.setWordWrap(True)
            lay.addWidget(button)
            lay.addWidget(text, 1)
            row.addWidget(card)
            self.cards.append((button, text))
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.import_button, self.quick_button, self.demo_button = (b for b, _ in self.cards)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Welcome to JHT Planner"))
        self.intro.setText(self.tr(
            "See how your JHT (Jaminan Hari Tua) balance has grown and what it may be at the "
            "claim age. Your data stays on this computer."))
        texts = (
            (self.tr("Import a Rincian Saldo JHT…"),
             self.tr("The PDF statement you can download from the JMO app. You can also drop the files on this window.")),
            (self.tr("Quick entry…"),
             self.tr("Type your balance, its date, your birth date and your wage.")),
            (self.tr("Try the demo"),
             self.tr("Look around with a fictional member's statements. Nothing is saved.")),
        )
        for (button, label), (b, t) in zip(self.cards, texts):
            button.setText(b)
            label.setText(t)



class MainWindow(QMainWindow):
    data_changed = Signal()
    assumptions_changed = Signal(object)
    import_requested = Signal(list)
    quick_entry_requested = Signal()
    language_changed = Signal(str)
    real_changed = Signal(bool)

    loading_finished = Signal(bool)  # a background load ended: True when its data is shown
    views_built = Signal()  # the views and plug-ins are there (build_views)
    workspace_changed = Signal(object)  # a new planner.workspace.Workspace (new data, another language)

    PAGE_WELCOME, PAGE_MAIN, PAGE_LOADING = 0, 1, 2

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None, defer_views: bool = False):
        """``defer_views``: build the views and plug-ins (matplotlib's charts: about half a
        second) after the window's first paint, behind the busy page, instead of now
        (``jht-planner``'s start: the window is on screen at once). ``build_views()`` and
        ``wait_until_loaded()`` build them at once when asked."""
        super().__init__(parent)
        self.settings = settings or Settings()
        self.lang = i18n.current_language()
        self.real = bool(self.settings.real)
        self.data_source = None
        self.saldo_from: str | None = None  # the member's choice (SALDO_*); None: the one the store remembers
        self.workspace = Workspace(typed_source(), lang=self.lang)  # the one the views read
        self.withdrawal_request: WithdrawalRequest | None = None
        self.claim_request: ClaimRequest | None = None  # set by the "Tunggakan & bukti" tab: the report's checklist
        self.baseline: Assumptions | None = None
        self.undo_stack = QUndoStack(self)
        self._views: list[tuple[str, QWidget, Callable[[], str]]] = []
        self.remember_geometry = True
        self.setAcceptDrops(True)
        self._painted = False  # the first paint happened (a cold start's load waits for it)
        self._load_start: Callable[[], None] | None = None  # a background load waiting to start
        self._load_task = None  # the running background load (ui.worker.Task)
        self._load_serial = 0  # numbers each load: a cancelled one's result is dropped
        self._load_running: int | None = None  # the serial of the load running now
        self.views_ready = False  # build_views() has run
        self.plugins: list[str] = []

        self.stack = QStackedWidget()
        self.welcome = WelcomeView()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.loading = LoadingView()
        self.loading.label.setText(self.tr("Opening…"))  # until the views are built (a deferred start)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.loading)
        self.setCentralWidget(self.stack)

        self.welcome.import_clicked.connect(lambda: self.import_requested.emit([]))
        self.welcome.quick_entry_clicked.connect(self.quick_entry_requested)
        self.welcome.demo_clicked.connect(self.open_demo)

        self._build_menus()
        self.retranslate_ui()
        if not defer_views:
            self.build_views()
        self._update_page()

    def build_views(self) -> None:
        """The projection view and every plug-in's view; then what the workspace holds is
        shown. Once; a no-op after that."""
        if self.views_ready:
            return
        # Here, not at the top: ProjectionView brings matplotlib (about half a second), which
        # a deferred start loads after the window's first paint.
        from ui.projection_view import ProjectionView

        self.projection_view = ProjectionView(self.undo_stack, lang=self.lang, real=self.real)
        self.projection_view.assumptions_changed.connect(self.assumptions_changed)
        self.projection_view.saldo_choice_requested.connect(self.set_saldo_from)
        self.projection_view.import_requested.connect(lambda: self.import_requested.emit([]))
        self.projection_view.real_toggled.connect(self.set_real)
        self.add_view(self.projection_view, lambda: self.tr("Projection"), "projection")
        self._install_plugins()
        self._size_docks()
        self.views_ready = True
        self._show_workspace()
        self.views_built.emit()

    # ----------------------------------------------------------------- menus
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.act_import = QAction(self)
        self.act_import.setShortcut(QKeySequence.StandardKey.Open)
        self.act_import.triggered.connect(lambda: self.import_requested.emit([]))
        self.act_quick = QAction(self)
        self.act_quick.triggered.connect(self.quick_entry_requested)
        self.act_demo = QAction(self)
        self.act_demo.triggered.connect(self.open_demo)
        self.act_export_pdf = QAction(self)
        self.act_export_pdf.setShortcut(QKeySequence("Ctrl+E"))
        self.act_export_pdf.triggered.connect(self.export_pdf)
        self.act_export_csv = QAction(self)
        self.act_export_csv.triggered.connect(self.export_csv)
        self.act_quit = QAction(self)
        self.act_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.act_quit.triggered.connect(self.close)
        for a in (self.act_import, self.act_quick, self.act_demo):
            self.file_menu.addAction(a)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_export_pdf)
        self.file_menu.addAction(self.act_export_csv)
        self._file_plugin_sep = self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)

        self.edit_menu = bar.addMenu("")
        self.act_undo = self.undo_stack.createUndoAction(self)
        self.act_undo.setShortcut(QKeySequence("Ctrl+Z"))
        self.act_redo = self.undo_stack.createRedoAction(self)
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.edit_menu.addAction(self.act_undo)
        self.edit_menu.addAction(self.act_redo)

        self.view_menu = bar.addMenu("")
        self.units_group = QActionGroup(self)
        self.act_nominal = QAction(self, checkable=True)
        self.act_real = QAction(self, checkable=True)
        for a in (self.act_nominal, self.act_real):
            self.units_group.addAction(a)
            self.view_menu.addAction(a)
        (self.act_real if self.real else self.act_nominal).setChecked(True)
        self.act_nominal.triggered.connect(lambda: self.set_real(False))
        self.act_real.triggered.connect(lambda: self.set_real(True))
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.lang_group = QActionGroup(self)
        self.act_lang_id = QAction("Bahasa Indonesia", self, checkable=True)
        self.act_lang_en = QAction("English", self, checkable=True)
        for a, code in ((self.act_lang_id, "id"), (self.act_lang_en, "en")):
            self.lang_group.addAction(a)
            self.language_menu.addAction(a)
            a.triggered.connect(lambda _=False, c=code: self.set_language(c))
        (self.act_lang_en if self.lang == "en" else self.act_lang_id).setChecked(True)

        self.help_menu = bar.addMenu("")
        self.act_about = QAction(self)
        self.act_about.triggered.connect(self.show_about)
        self.help_menu.addAction(self.act_about)
        self._set_icons()

    def _set_icons(self) -> None:
        """Icons for the actions, from Qt's own standard set (the platform's style draws them:
        they follow the desktop theme, light or dark, and need no files of ours)."""
        icon = self.style().standardIcon
        sp = QStyle.StandardPixmap
        for action, pixmap in ((self.act_import, sp.SP_DialogOpenButton), (self.act_quick, sp.SP_FileDialogNewFolder),
                               (self.act_demo, sp.SP_ComputerIcon), (self.act_export_pdf, sp.SP_DialogSaveButton),
                               (self.act_export_csv, sp.SP_FileDialogDetailedView), (self.act_quit, sp.SP_DialogCloseButton),
                               (self.act_undo, sp.SP_ArrowBack), (self.act_redo, sp.SP_ArrowForward),
                               (self.act_about, sp.SP_MessageBoxInformation)):
            action.setIcon(icon(pixmap))
        for button, pixmap in ((self.welcome.import_button, sp.SP_DialogOpenButton),
                               (self.welcome.quick_button, sp.SP_FileDialogNewFolder),
                               (self.welcome.demo_button, sp.SP_ComputerIcon)):
            button.setIcon(icon(pixmap))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("JHT Planner") + (self.tr(" — demo") if self.is_demo else ""))
        self.file_menu.setTitle(self.tr("&File"))
        self.act_import.setText(self.tr("&Import…"))
        self.act_quick.setText(self.tr("&Quick entry…"))
        self.act_demo.setText(self.tr("Open the &demo"))
        self.act_export_pdf.setText(self.tr("Export &PDF…"))
        self.act_export_csv.setText(self.tr("Export &CSV…"))
        self.act_quit.setText(self.tr("E&xit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.act_undo.setText(self.tr("&Undo"))
        self.act_redo.setText(self.tr("&Redo"))
        self.view_menu.setTitle(self.tr("&View"))
        self.act_nominal.setText(self.tr("&Nominal rupiah"))
        self.act_real.setText(self.tr("Today's &value (after inflation)"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.act_about.setText(self.tr("&About JHT Planner"))
        for i, (_, widget, title) in enumerate(self._views):
            self.tabs.setTabText(self.tabs.indexOf(widget), title())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._menus_built_check():
            self.retranslate_ui()
        super().changeEvent(event)

    def _menus_built_check(self) -> bool:
        return hasattr(self, "act_about")

    # ----------------------------------------------------------------- hooks
    @property
    def is_demo(self) -> bool:
        return bool(getattr(self.data_source, "is_demo", False))

    def add_view(self, widget: QWidget, title: Callable[[], str], key: str) -> int:
        self._views.append((key, widget, title))
        return self.tabs.addTab(widget, title())

    def show_view(self, key: str) -> None:
        for k, widget, _ in self._views:
            if k == key:
                self.stack.setCurrentIndex(self.PAGE_MAIN)
                self.tabs.setCurrentWidget(widget)
                return

    def add_file_action(self, action: QAction) -> None:
        self.file_menu.insertAction(self._file_plugin_sep, action)

    def set_data_source(self, source) -> None:
        self._cancel_load()  # the member's own choice wins over a load still running
        self.data_source = source
        self.saldo_from = None  # another source (profile): the choice it remembers
        self.undo_stack.clear()
        self.reload()

    def reload(self) -> None:
        self.workspace = Workspace(self._workspace_source(), saldo_from=self.saldo_from, lang=self.lang)
        self.baseline = None
        if self.workspace.baseline is not None:
            try:
                self.baseline = self.workspace.starting_assumptions()
            except UserError:  # no wage or birth date yet: the history without a projection
                self.baseline = None
        if not self.views_ready:  # build_views() shows it
            self._update_page()
            return
        self._show_workspace()

    def _show_workspace(self) -> None:
        """Hand the workspace and the starting assumptions to the views, and tell the plug-ins."""
        self.projection_view.set_workspace(self.workspace)
        self.projection_view.set_baseline(self.baseline)
        self.retranslate_ui()
        self._update_page()
        self.workspace_changed.emit(self.workspace)
        self.data_changed.emit()

    def _workspace_source(self) -> Source:
        source = self.data_source
        if isinstance(source, DemoSource):
            return source.workspace_source(self.lang)
        if isinstance(source, Store):
            return source_from_store(source, self.lang)
        return typed_source()

    def set_saldo_from(self, choice: str) -> None:
        """The member's choice of where the saldo comes from (planner.workspace.SALDO_*)."""
        self.saldo_from = choice
        if isinstance(self.data_source, Store):
            remember_saldo_from(self.data_source, choice)  # kept for the next start (planner.workspace)
        self.reload()

    def set_baseline(self, assumptions: Assumptions | None) -> None:
        self.baseline = assumptions
        if self.views_ready:  # otherwise build_views() shows it
            self.projection_view.set_baseline(assumptions)
        self._update_page()

    def current_assumptions(self) -> Assumptions | None:
        return self.projection_view.state.assumptions if self.views_ready else None

    def apply_assumptions(self, assumptions: Assumptions, text: str = "") -> None:
        self.projection_view.apply_assumptions(assumptions, text)

    def has_data(self) -> bool:
        return self.baseline is not None or bool(self.workspace.history)

    def _update_page(self) -> None:
        if self.is_loading or not self.views_ready:
            self.stack.setCurrentIndex(self.PAGE_LOADING)
            return
        self.stack.setCurrentIndex(self.PAGE_MAIN if self.has_data() else self.PAGE_WELCOME)

    # ----------------------------------------------------------------- background loads
    @property
    def is_loading(self) -> bool:
        """A background load (the demo) is waiting to start or running."""
        return self._load_start is not None or self._load_running is not None

    def load_in_background(self, text: str, fn: Callable, *args, make_source: Callable,
                           failed: Callable[[BaseException | None], None], after_first_paint: bool = False) -> None:
        """Show a busy page with `text`, run ``fn(*args)`` through ui.worker, then
        ``set_data_source(make_source(result))``; ``failed(exc)`` if it raises.

        ``after_first_paint``: start only once the window has painted (a cold start: reading
        in the background would otherwise compete with building and painting the window)."""
        self._cancel_load()
        self._load_serial += 1
        serial = self._load_serial

        def start() -> None:
            self._load_running = serial
            task = run_task(fn, *args, on_result=done, on_error=error)
            if self._load_running == serial:  # still running (a synchronous worker has finished it)
                self._load_task = task

        def finished() -> bool:
            """This load's end: False if it was cancelled or superseded meanwhile."""
            if self._load_running != serial:
                return False
            self._load_running, self._load_task = None, None
            return True

        def done(result) -> None:
            if not finished():
                return
            try:
                source = make_source(result)
            except Exception as exc:  # noqa: BLE001 (told to the member, in failed)
                fail(exc)
                return
            self.set_data_source(source)
            self.loading_finished.emit(True)

        def error(exc: BaseException) -> None:
            if finished():
                fail(exc)

        def fail(exc: BaseException) -> None:
            log.warning("background load failed: %s", type(exc).__name__)
            self._update_page()
            failed(exc)
            self.loading_finished.emit(False)

        self.loading.label.setText(text)
        self._load_start = start
        self._update_page()
        if self._painted or not after_first_paint:
            self._start_load()

    def _start_load(self) -> None:
        start, self._load_start = self._load_start, None
        if start is not None:
            start()

    def _cancel_load(self) -> None:
        task, self._load_task, self._load_start, self._load_running = self._load_task, None, None, None
        if task is not None:
            task.cancel()

    def wait_until_loaded(self, timeout_ms: int = 60000) -> bool:
        """Build the views if they wait, start a waiting load now and run the event loop until
        it ended (screenshots, tests). True when no load is left."""
        self.build_views()
        self._start_load()
        if self._load_running is not None:
            loop = QEventLoop()
            timer = QTimer()
            timer.setSingleShot(True)
            timer.timeout.connect(loop.quit)
            self.loading_finished.connect(loop.quit)
            stop_on_error = crash.on_failure(loop.quit)  # an unexpected error: nothing more will come
            timer.start(timeout_ms)
            loop.exec()
            timer.stop()
            stop_on_error()
            self.loading_finished.disconnect(loop.quit)
        return not self.is_loading

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)  # after this paint pass, not inside it

    def _after_first_paint(self) -> None:
        """A deferred start: the views first (so a load that ends at once finds them), then the load."""
        self.build_views()
        self._start_load()

    def _size_docks(self) -> None:
        """Docks that plug-ins add start small: the chart keeps most of the height."""
        for dock in self.findChildren(QDockWidget):
            area = self.dockWidgetArea(dock)
            if area in (Qt.DockWidgetArea.BottomDockWidgetArea, Qt.DockWidgetArea.TopDockWidgetArea):
                self.resizeDocks([dock], [DOCK_HEIGHT], Qt.Orientation.Vertical)

    def _install_plugins(self) -> None:
        """Each view module plugs itself in through install(window); all of them ship with the app."""
        for name in PLUGIN_MODULES:
            importlib.import_module(name).install(self)
            self.plugins.append(name)

    # ----------------------------------------------------------------- actions
    def set_real(self, real: bool) -> None:
        if real == self.real:
            return
        self.real = real
        self.settings.real = real
        (self.act_real if real else self.act_nominal).setChecked(True)
        if self.views_ready:  # otherwise built with it
            self.projection_view.set_real(real)
        self.real_changed.emit(real)

    def set_language(self, lang: str) -> None:
        if lang == self.lang:
            return
        self.lang = lang
        self.settings.language = lang
        i18n.install(QApplication.instance(), lang)  # sends LanguageChange to every widget
        (self.act_lang_en if lang == "en" else self.act_lang_id).setChecked(True)
        # The findings and notes are worded in the language: the same data, read again in it.
        self.workspace = Workspace(self._workspace_source(), saldo_from=self.saldo_from, lang=lang)
        if not self.views_ready:  # built in the language, with this workspace
            self.language_changed.emit(lang)
            return
        self.projection_view.set_language(lang)
        self.projection_view.set_workspace(self.workspace)
        self.workspace_changed.emit(self.workspace)
        self.language_changed.emit(lang)

    def open_demo(self, after_first_paint: bool = False) -> None:
        """Read the demo statements in the background (a busy page meanwhile), then show them.

        ``after_first_paint``: a cold start with --demo (see :meth:`load_in_background`)."""
        paths = demo_paths()
        if not paths:
            self._demo_failed(None)
            return

        def make_source(result):
            source = demo_source(result)
            self.show_view("projection")
            return source

        self.load_in_background(self.tr("Loading the demo data…"), read_demo, paths, make_source=make_source,
                                failed=self._demo_failed, after_first_paint=after_first_paint)

    def _demo_failed(self, _exc: BaseException | None) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Demo"),
                          self.tr("The demo statements could not be read."), parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not modal to the event loop

    def export_pdf(self) -> None:
        self._export("pdf")

    def ask_report_options(self) -> dict | None:
        """Before saving the PDF: show the full KPJ and NIK numbers? (default: masked). None: cancelled."""
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Export PDF"))
        lay = QVBoxLayout(dialog)
        intro = QLabel(self.tr("The report shows your card numbers (KPJ) and NIK masked, e.g. 1900••••345."))
        intro.setWordWrap(True)
        show_ids = QCheckBox(self.tr("Show the full &identifiers (KPJ, NIK) in the report"))
        show_ids.setChecked(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        for w in (intro, show_ids, buttons):
            lay.addWidget(w)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return {"show_ids": show_ids.isChecked()}

    def show_overlays(self, overlays: list[tuple[str, Sequence[float], Sequence[float]]]) -> None:
        """Scenario lines over the projection chart (the scenarios panel's)."""
        self.projection_view.chart.set_overlays(overlays)

    def set_withdrawal_request(self, request: WithdrawalRequest | None) -> None:
        """The withdrawal choices the member is looking at (the withdrawal view sets them)."""
        self.withdrawal_request = request

    def shown_results(self) -> tuple[Results | None, tuple[Assumptions, BandRequest] | None]:
        """What the window shows, as the workspace's Results (None without a projection).

        The second item is the simulation to run first (assumptions, request) when the shown
        band is a preview, pending, or off."""
        if not self.views_ready:
            return None, None
        view = self.projection_view
        outlook, given = view.state.outlook, view.state.given
        if outlook is None or outlook.projection is None or given is None:
            return None, None
        band = view.band if not view.band_pending else None
        withdrawal = None
        if self.withdrawal_request is not None:
            try:
                withdrawal = self.workspace.withdrawal(given, self.withdrawal_request)
            except UserError:  # the withdrawal view says why; the report goes without it
                withdrawal = None
        results = self.workspace.assemble(outlook, band, withdrawal)
        return results, (None if band is not None else (given, view.band_request()))

    def report_data(self, show_ids: bool = False) -> tuple[ReportData | None, tuple[Assumptions, BandRequest] | None]:
        """Everything the window shows, as a planner.report.ReportData (None without a projection),
        and the simulation to run first (see :meth:`shown_results`)."""
        results, bands = self.shown_results()
        if results is None:
            return None, None
        return report_data(self.workspace, results, self.lang, show_ids, self.claim_request), bands

    def export_csv(self) -> None:
        self._export("csv")

    def _export(self, kind: str) -> None:
        """Ask where, then write the report (PDF) or the tables (CSV) in the background."""
        result = self.projection_view.state.result if self.views_ready else None
        statements = tuple(self.data_source.statements()) if self.data_source is not None else ()
        if result is None and not (kind == "csv" and statements):
            QMessageBox.information(self, self.tr("Export"), self.tr("There is nothing to export yet."))
            return
        title = self.tr("Export PDF") if kind == "pdf" else self.tr("Export CSV")
        options = {}
        if kind == "pdf":
            options = self.ask_report_options()
            if options is None:
                return
        excel_id = texts.tr("import.csv_filter_excel_id", self.lang)
        filters = self.tr("PDF files (*.pdf)") if kind == "pdf" else ";;".join([self.tr("CSV files (*.csv)"), excel_id])
        name = ("laporan-jht" if self.lang == "id" else "jht-report") + "." + kind
        start = str(Path(self.settings.last_folder or Path.home()) / name)
        path, chosen = QFileDialog.getSaveFileName(self, title, start, filters)
        if not path:
            return
        path = Path(path)
        if path.suffix.lower() != "." + kind:
            path = path.with_suffix("." + kind)
        self.settings.last_folder = str(path.parent)
        if kind == "pdf":
            results, bands = self.shown_results()
            fn, args = _write_report, (self.workspace, results, path, self.lang, bool(options.get("show_ids")), bands)
        else:
            fn, args = _write_csv, (result, statements, path, "id" if chosen == excel_id else "en")
        self._run_with_progress(title, fn, *args, done=lambda _r: self.statusBar().showMessage(
            self.tr("Saved: {path}").format(path=str(path)), 10000))

    def _run_with_progress(self, title: str, fn, *args, done=None):
        """Run fn in the background behind a progress dialog with Cancel; errors as one sentence."""
        cancel = threading.Event()
        dialog = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, 100, self)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setValue(0)

        def failed(exc: BaseException) -> None:
            text = exc.text(self.lang) if isinstance(exc, UserError) else str(exc)
            QMessageBox.warning(self, title, self.tr("The export failed: {error}").format(error=text))

        kwargs = {"cancel": cancel} if "cancel" in inspect.signature(fn).parameters else {}
        task = run_task(fn, *args, on_result=done, on_error=failed,
                        on_progress=lambda f: dialog.setValue(int(f * 100)),
                        on_finished=dialog.reset, **kwargs)
        dialog.canceled.connect(cancel.set)
        dialog.canceled.connect(task.cancel)
        self._export_task = task
        return task

    def show_about(self) -> None:
        AboutDialog(self).exec()

    # ----------------------------------------------------------------- drops, close
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_requested.emit(paths)

    def restore_geometry(self) -> None:
        """The size the window was left at, or the default size; either way within the screen's
        available area (a 1366x768 laptop with a task bar has about 1366x728 of it)."""
        geometry = self.settings.geometry
        if not (geometry and not geometry.isEmpty() and self.restoreGeometry(geometry)):
            self.resize(*DEFAULT_SIZE)
        self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """Shrink and move the window so that its frame (title bar included) lies within the
        available geometry of its screen."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None or self.isMaximized() or self.isFullScreen():
            return  # none, or the window manager sizes the window to the screen itself
        area = screen.availableGeometry()
        frame = self.frameGeometry()
        extra_w, extra_h = frame.width() - self.width(), frame.height() - self.height()
        if extra_h <= 0:  # not shown yet: the title bar's height is not known; leave room for one
            extra_w, extra_h = FRAME_ALLOWANCE
        width = min(self.width(), area.width() - extra_w)
        height = min(self.height(), area.height() - extra_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        x = min(max(frame.x(), area.x()), area.right() + 1 - width - extra_w)
        y = min(max(frame.y(), area.y()), area.bottom() + 1 - height - extra_h)
        if (x, y) != (frame.x(), frame.y()):
            self.move(x, y)

    def flush_drawing(self) -> None:
        """Draw pending chart updates now (screenshots and tests)."""
        if self.views_ready:
            self.projection_view.flush()

    def closeEvent(self, event) -> None:
        if self.remember_geometry:
            self.settings.geometry = self.saveGeometry()
        super().closeEvent(event)
