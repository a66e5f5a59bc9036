"""The command line: `jht-planner SUBCOMMAND ...`. Reaches everything the core does.

Each subcommand lives in its own module with ``register(subparsers)``; the module sets
``func`` on its parser, a callable ``(args) -> int``. Member-facing errors
(:class:`planner.errors.UserError`) become one sentence on stderr and exit status 2.
"""
from __future__ import annotations

import argparse
import importlib
import sys
from typing import Callable, Sequence

from planner import __version__, profiles
from planner.errors import UserError
from planner.texts import catalog

# Each subcommand and the module that adds it, in the order `--help` lists them. A module is
# imported only when its command is asked for (or all are, for `--help` and errors): they pull
# in numpy, matplotlib and pypdf, which the window's first paint must not wait for.
COMMANDS = {
    "project": "planner.cli.project_cmd",
    "import": "planner.cli.import_cmd",
    "history": "planner.cli.import_cmd",
    "export-csv": "planner.cli.export_cmd",
    "report": "planner.cli.report_cmd",
    "arrears": "planner.cli.arrears_cmd",
    "ready": "planner.cli.arrears_cmd",
    "reminders": "planner.cli.arrears_cmd",
}


class _Incomplete(Exception):
    """A parser built without every subcommand met an error: parse again with all of them,
    so the sentence is the one the full parser gives ("invalid choice …")."""


# argparse's own sentences, in Indonesian (the English ones are argparse's).
_ARGPARSE_ID = (
    (r"argument (\S+): invalid float value: (.+)", r"\1 harus berupa angka, bukan \2"),
    (r"argument (\S+): invalid int value: (.+)", r"\1 harus berupa bilangan bulat, bukan \2"),
    (r"argument (\S+): invalid choice: (.+?) \(choose from (.+)\)", r"\1 tidak mengenal \2 (pilih: \3)"),
    (r"argument (\S+): expected one argument", r"\1 butuh satu nilai"),
    (r"argument (\S+): expected at least one argument", r"\1 butuh paling sedikit satu nilai"),
    (r"argument (\S+): not allowed with argument (\S+)", r"\1 tidak bisa dipakai bersama \2"),
    (r"the following arguments are required: (.+)", r"wajib diisi: \1"),
    (r"unrecognized arguments: (.+)", r"argumen tidak dikenal: \1"),
)
_ARGV: list[str] = []  # the arguments main() is parsing (sys.argv when run as a program)


def _argv_lang(argv: Sequence[str]) -> str:
    for i, a in enumerate(argv):
        if a == "--lang=en" or (a == "--lang" and argv[i + 1:i + 2] == ["en"]):
            return "en"
    return "id"


# argparse's own headings, in the language of --help (the English ones are argparse's).
_HEADINGS = {"id": {"usage": "cara pakai: ", "options": "opsi", "positionals": "argumen", "command": "PERINTAH"},
             "en": {"usage": "usage: ", "options": "options", "positionals": "positional arguments",
                    "command": "COMMAND"}}


# Placeholders in the usage line: argparse-style capitals, in the language of --help.
_METAVARS_ID = {"PATH": "BERKAS", "FILE": "BERKAS", "VIEW": "TAMPILAN", "AGE": "USIA", "RATE": "LAJU",
                "YYYY-MM-DD": "TTTT-BB-HH", "YYYY-MM": "TTTT-BB", "WxH": "LxT", "NAME": "NAMA"}
_METAVARS = {"id": _METAVARS_ID, "en": {v: k for k, v in _METAVARS_ID.items() if k != "FILE"}}


def _help_texts() -> dict[str, dict[str, str]]:
    """Every help text of resources/texts/cli_help.toml, found by its text in either language."""
    entries = (entry for key, entry in catalog().items() if key.startswith("cli_help."))
    return {text: entry for entry in entries for text in entry.values()}


def _in_language(text: str | None, lang: str) -> str | None:
    entry = _help_texts().get(text) if text else None
    return entry[lang] if entry else text


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        if prefix is None:
            prefix = _HEADINGS[_argv_lang(_ARGV or sys.argv[1:])]["usage"]
        super().add_usage(usage, actions, groups, prefix)


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad arguments as one plain sentence, exit status 2, and prints
    --help wholly in the language asked for (argparse's headings and every help text)."""

    def __init__(self, *args, incomplete: bool = False, **kwargs):
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)
        self.incomplete = incomplete

    def _localise(self) -> None:
        lang = _argv_lang(_ARGV or sys.argv[1:])
        self._optionals.title = _HEADINGS[lang]["options"]
        self._positionals.title = _HEADINGS[lang]["positionals"]
        self.description = _in_language(self.description, lang)
        for action in self._actions:
            if action.help is not argparse.SUPPRESS:
                action.help = _in_language(action.help, lang)
            if isinstance(action.metavar, str):
                action.metavar = _METAVARS[lang].get(action.metavar, action.metavar)
            if isinstance(action, argparse._SubParsersAction):
                action.metavar = _HEADINGS[lang]["command"]
                for choice in action._choices_actions:
                    choice.help = _in_language(choice.help, lang)

    def format_help(self) -> str:
        self._localise()
        return super().format_help()

    def format_usage(self) -> str:
        self._localise()
        return super().format_usage()

    def error(self, message: str):  # noqa: D401 - argparse API
        if self.incomplete:
            raise _Incomplete(message)
        import re

        lang = _argv_lang(_ARGV or sys.argv[1:])
        if lang == "id":
            for pattern, text in _ARGPARSE_ID:
                if re.fullmatch(pattern, message):
                    message = re.sub(pattern, text, message)
                    break
        prefix = "Argumen tidak valid: " if lang == "id" else "Invalid arguments: "
        sys.stderr.write(f"{self.prog}: {prefix}{message}\n")
        raise SystemExit(2)


def build_parser(commands: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser with the subcommands `commands` (None: every one)."""
    incomplete = commands is not None and set(commands) != set(COMMANDS)
    parser = _Parser(prog="jht-planner", description="Perencana JHT (Jaminan Hari Tua).", incomplete=incomplete)
    parser.add_argument("--version", action="version", version=f"jht-planner {__version__}",
                        help="show program's version number and exit")
    add_common(parser)
    parser.add_argument("--screenshot", metavar="PATH", help="render the window to a PNG and exit")
    parser.add_argument("--size", metavar="WxH", help="size of the --screenshot picture in pixels (default 1280x800)")
    parser.add_argument("--view", metavar="VIEW",
                        help="open the window on this view: welcome, projection, history, withdrawal, arrears (with --screenshot too)")
    subs = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    wanted = COMMANDS if commands is None else set(commands)
    for module in dict.fromkeys(module for name, module in COMMANDS.items() if name in wanted):
        importlib.import_module(module).register(subs)
    return parser


def add_common(parser: argparse.ArgumentParser) -> None:
    """Options every command accepts, before or after the subcommand name."""
    parser.add_argument("--lang", choices=("id", "en"), default=argparse.SUPPRESS,
                        help="language of messages: id (default) or en")
    parser.add_argument("--demo", action="store_true", default=argparse.SUPPRESS,
                        help="use the bundled demo statements")
    parser.add_argument("--profile", metavar="NAME", default=argparse.SUPPRESS,
                        help="whose data: the profile NAME (default: the one opened last; see docs/cli.md)")


def main(argv: Sequence[str] | None = None, open_window: Callable[[argparse.Namespace], int] | None = None) -> int:
    """Run the command line. With no subcommand, `open_window(args)` shows the window."""
    for stream in (sys.stdout, sys.stderr):
        # A Windows console or a redirect in a legacy code page cannot print "•" or "—":
        # replace what it cannot show rather than end in an encoding error.
        if hasattr(stream, "reconfigure") and (stream.encoding or "").lower().replace("-", "") != "utf8":
            stream.reconfigure(errors="replace")
    _ARGV[:] = list(sys.argv[1:] if argv is None else argv)
    asked = [a for a in _ARGV if a in COMMANDS]  # a value such as `--profile report` only costs an import
    helping = not asked and any(a in ("-h", "--help") for a in _ARGV)
    try:
        args = build_parser(None if helping else asked).parse_args(list(_ARGV))
    except _Incomplete:
        args = build_parser().parse_args(list(_ARGV))
    args.lang = getattr(args, "lang", "id")
    args.demo = getattr(args, "demo", False)
    args.profile = getattr(args, "profile", None)
    if args.command is None:
        if open_window is None:
            parser.print_help()
            return 0
        return open_window(args)  # the window chooses args.profile itself, showing a dialog if it cannot
    try:
        profiles.select(args.profile)
        return int(args.func(args) or 0)
    except UserError as exc:
        sys.stderr.write(exc.text(args.lang) + "\n")
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `jht-planner … | head`: the reader left; nothing more to say
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the interpreter's final flush is silent too
        return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
