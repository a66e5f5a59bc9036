"""Entry point of `jht-planner`: subcommands go to planner.cli, no subcommand opens the window.

Imports no Qt at module level, so the command line works where PySide6 is not installed.
"""
from __future__ import annotations

import argparse
import logging
import sys
from typing import Sequence

from planner.logs import log_path, setup_logging
from planner.texts import tr as catalog_text  # not "tr": lupdate would take it for Qt's
from ui import platform_check


def _open_window(args: argparse.Namespace) -> int:
    try:
        # Imported here, not at the top: the command line must work where PySide6 is missing.
        from ui.app import run_window
    except ImportError as exc:  # PySide6 missing or broken
        sys.stderr.write(catalog_text("ui.start.no_pyside", args.lang, reason=exc.name or exc) + "\n")
        return 2
    missing = platform_check.check()
    if missing is not None:  # Qt would abort (status 134) inside QApplication
        sys.stderr.write(catalog_text("ui.start.missing_libraries", args.lang, libraries=", ".join(missing.libraries),
                            debian=" ".join(missing.debian), fedora=" ".join(missing.fedora)) + "\n")
        return 2
    try:
        return run_window(args)
    except Exception:  # a bug before the window's own error dialog is in place: logged, one sentence
        setup_logging()
        logging.getLogger("ui").exception("the window could not start")
        sys.stderr.write(catalog_text("ui.start.unexpected", args.lang, log=log_path()) + "\n")
        return 2


def main(argv: Sequence[str] | None = None) -> int:
    from planner.cli import main as cli_main

    return cli_main(argv, open_window=_open_window)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
