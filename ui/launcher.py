"""Entry point of `jht-planner`: subcommands go to planner.cli, no subcommand opens the window.

Imports no Qt at module level, so the command line works where PySide6 is not installed.
"""
from __future__ import annotations

import argparse
import sys
from typing import Sequence


def _open_window(args: argparse.Namespace) -> int:
    try:
        from ui.app import run_window
    except ImportError as exc:  # PySide6 missing or broken
        msg = ("Jendela tidak bisa dibuka: PySide6 tidak terpasang ({}). Perintah baris (jht-planner project …) tetap bisa dipakai."
               if getattr(args, "lang", "id") != "en" else
               "The window cannot open: PySide6 is not installed ({}). The command line (jht-planner project …) still works.")
        sys.stderr.write(msg.format(exc.name or exc) + "\n")
        return 2
    try:
        return run_window(args)
    except Exception:  # a bug before the window's own error dialog is in place: logged, one sentence
        import logging

        from planner.logs import log_path, setup_logging

        setup_logging()
        logging.getLogger("ui").exception("the window could not start")
        msg = ("Jendela tidak bisa dibuka karena kesalahan tak terduga; rinciannya di {}"
               if getattr(args, "lang", "id") != "en" else
               "The window could not open because of an unexpected error; details are in {}")
        sys.stderr.write(msg.format(log_path()) + "\n")
        return 2


def main(argv: Sequence[str] | None = None) -> int:
    from planner.cli import main as cli_main

    return cli_main(argv, open_window=_open_window)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
