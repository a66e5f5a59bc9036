"""QApplication set-up and ``run_window(args)``, called by ``jht-planner`` without a subcommand.

    jht-planner                          the window on the member's database
    jht-planner --demo                   the window on the bundled demo statements (in memory;
                                         read in the background once the window has painted)
    jht-planner [--demo] --screenshot P  render the window at 1280x800 into the PNG P and exit
    jht-planner ... --size 1366x768      the size of that picture (width x height in pixels)
    jht-planner ... --view V             open on the view V (welcome, projection, history)
"""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from planner.logs import log_path, setup_logging
from planner.texts import tr as catalog_text  # not "tr": lupdate would take it for Qt's
from ui import crash, i18n, profiles
from ui.settings import Settings
from ui.worker import wait_all

log = logging.getLogger(__name__)

SCREENSHOT_SIZE = (1280, 800)


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication (created if needed) with the planner's names set."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else [sys.argv[0]])
    # Qt's own file and message dialogs, not the system's: they speak the language chosen in
    # the window (ui/i18n.py translates them); a system dialog would follow the system's.
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    QCoreApplication.setOrganizationName("jht-planner")
    QCoreApplication.setApplicationName("JHT Planner")
    from planner import __version__

    QCoreApplication.setApplicationVersion(__version__)
    try:
        from ui.about import app_icon

        app.setWindowIcon(app_icon())
    except Exception:  # an icon is not worth a failed start
        log.debug("no app icon", exc_info=True)
    return app


def demo_paths() -> list[Path]:
    """The bundled demo statements (fictional member)."""
    from resources import DEMO_DIR

    return sorted(Path(DEMO_DIR).glob("*.pdf"))


def read_demo(paths: list[Path]):
    """planner.importers.read_files on the demo files: (ImportResults, findings across them).
    A pure function: the window runs it through ui.worker."""
    from planner.importers import read_files

    return read_files(paths)


def demo_source(result):
    """The DemoSource for what :func:`read_demo` returned; it keeps the ImportResults, so the
    report lists each demo file with its SHA-256."""
    from ui.main_window import DemoSource

    results, across = result if isinstance(result, tuple) else (result, ())
    return DemoSource(_statements_of(results), results, across)


def load_demo_source():
    """The demo statements read through planner.importers, held in memory; None if unavailable.
    Synchronous (tests, benchmarks); the window reads them in the background (MainWindow.open_demo)."""
    paths = demo_paths()
    if not paths:
        return None
    try:
        return demo_source(read_demo(paths))
    except Exception:
        log.exception("reading the demo statements failed")
        return None


def _statements_of(results) -> list:
    """The statements of a list of ImportResults."""
    return [st for r in results for st in r.statements]


def open_store():
    """The member's database and, if it had to be set aside, the notice to show.

    A damaged database, or one from a newer version, is renamed with a timestamp by
    planner.recovery and a new one started; the member is told where the old file is.
    Returns (store or None, text or None).
    """
    from planner.errors import UserError
    from planner.recovery import open_store_or_recover

    try:
        store, notice = open_store_or_recover()
    except UserError as exc:  # busy, or the file could not be set aside: nothing is touched
        return None, exc.text(i18n.current_language())
    return store, (notice.text(i18n.current_language()) if notice is not None else None)


def create_window(demo: bool = False, lang: str | None = None, settings: Settings | None = None,
                  background: bool = False):
    """Build the main window on the demo or the member's data (not shown).

    ``background``: the window opens on a busy page and, once it has painted, builds its
    views (matplotlib) and, with ``demo``, reads the demo statements through ui.worker
    (``jht-planner``: the window is there at once); ``window.wait_until_loaded()`` waits for
    both. Otherwise everything is built and read here, before the window is returned."""
    from ui.main_window import MainWindow

    app = application()
    settings = settings or Settings()
    i18n.install(app, lang or settings.language)
    window = MainWindow(settings, defer_views=background)
    notice = None
    source = None
    if demo and background:
        window.open_demo(after_first_paint=True)
    elif demo:
        source = load_demo_source()
    else:
        source, notice = open_store()
    if source is not None:
        window.set_data_source(source)
    if notice:
        window.statusBar().showMessage(notice)
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("App", "Database"), notice, parent=window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not modal to the event loop: the window stays usable
    return window


def view_keys(window) -> list[str]:
    """The names `--view` accepts: the welcome page and every tab the window has."""
    return ["welcome"] + [key for key, _widget, _title in getattr(window, "_views", ())]


def show_named_view(window, key: str) -> bool:
    """Bring the view `key` to the front ("welcome": the welcome page); False if unknown."""
    if key == "welcome":
        window.stack.setCurrentIndex(window.PAGE_WELCOME)
        return True
    if key not in view_keys(window):
        return False
    window.show_view(key)
    return True


def show_view_when_loaded(window, key: str, only_with_data: bool = False) -> None:
    """Show the view `key` now, or once the views are built and the data loading in the
    background is there. ``only_with_data``: not over the welcome page of an empty database
    (a remembered view). An unknown key shows nothing."""
    def ready() -> bool:
        return window.views_ready and not window.is_loading

    def show() -> None:
        if not only_with_data or window.has_data():
            show_named_view(window, key)

    if ready():
        show()
        return

    def later(*_args) -> None:
        if ready():
            window.views_built.disconnect(later)
            window.loading_finished.disconnect(later)
            show()

    window.views_built.connect(later)
    window.loading_finished.connect(later)


def render_screenshot(window, path: str | Path, size: tuple[int, int] = SCREENSHOT_SIZE) -> Path:
    """Show `window` at `size`, let it lay out and draw, and save it as a PNG (its data
    loaded first, if it is loading in the background)."""
    path = Path(path)
    window.wait_until_loaded()
    window.resize(*size)
    window.show()
    app = QApplication.instance()
    for _ in range(3):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    window.flush_drawing()
    app.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    return path


def _explicit_language(args: argparse.Namespace) -> str | None:
    """--lang given on the command line wins over the remembered language."""
    argv = sys.argv[1:]
    if any(a == "--lang" or a.startswith("--lang=") for a in argv):
        return getattr(args, "lang", None)
    return None


def screenshot_size(text: str | None) -> tuple[int, int] | None:
    """"1366x768" as (1366, 768); None for no text; ValueError for anything else."""
    if text is None:
        return None
    width, sep, height = text.lower().replace("×", "x").partition("x")
    if not sep or not width.strip().isdigit() or not height.strip().isdigit():
        raise ValueError(text)
    size = int(width), int(height)
    if not (200 <= size[0] <= 10000 and 200 <= size[1] <= 10000):
        raise ValueError(text)
    return size


def run_window(args: argparse.Namespace) -> int:
    lang = _explicit_language(args) or Settings().language
    try:
        size = screenshot_size(getattr(args, "size", None)) or SCREENSHOT_SIZE
    except ValueError:
        sys.stderr.write(catalog_text("ui.start.bad_size", lang, size=args.size) + "\n")
        return 2
    app = application()
    if not profiles.start(args, interactive=not getattr(args, "screenshot", None)):
        return 2  # the data folder or --profile cannot be used: said in one sentence (and a dialog)
    setup_logging()  # the rotating, redacting log (planner.logs.log_path()) from the start
    app.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
    settings = Settings()
    shot = getattr(args, "screenshot", None)
    view = getattr(args, "view", None)
    # A picture or a named view wants the views now; a plain start paints first (background).
    window = create_window(demo=bool(getattr(args, "demo", False)), lang=_explicit_language(args), settings=settings,
                           background=not (shot or view))
    # An unexpected exception: logged, a dialog (ui/crash.py), the window goes on. A --screenshot
    # run has nobody to answer a dialog: it fails instead (below).
    crash.install(window, interactive=not shot)
    if view and view not in view_keys(window):
        keys = ", ".join(view_keys(window))
        sys.stderr.write(catalog_text("ui.start.unknown_view", i18n.current_language(), view=view, choices=keys) + "\n")
        window.close()
        return 2
    if shot:
        window.wait_until_loaded()  # the picture shows the data
    if view:
        show_view_when_loaded(window, view)
    elif not shot and settings.open_view():
        show_view_when_loaded(window, settings.open_view(), only_with_data=True)  # as it was left
    if shot:
        window.remember_geometry = False
        try:
            out = render_screenshot(window, shot, size)
        except OSError as exc:
            sys.stderr.write(catalog_text("ui.start.picture_not_saved", i18n.current_language(), reason=exc) + "\n")
            return 2
        window.close()
        if crash.errors():
            sys.stderr.write(catalog_text("ui.start.drawing_failed", i18n.current_language(), log=log_path()) + "\n")
            return 2
        sys.stdout.write(f"{out}\n")
        return 0
    window.restore_geometry()
    window.show()
    code = app.exec()
    wait_all(5000)
    return int(code)


if __name__ == "__main__":  # pragma: no cover
    from ui.launcher import main
    raise SystemExit(main())
