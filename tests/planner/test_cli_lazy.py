"""The command line imports a command's module only when that command is asked for.

The window (`jht-planner` with no command) must not wait for numpy, matplotlib's PDF backend
or pypdf that the commands pull in; `--help` and a mistyped command still see every command."""
from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from planner import cli


def _subcommands(parser) -> list[str]:
    subs = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return list(subs.choices)


def test_the_table_names_exactly_the_commands_the_modules_register():
    assert _subcommands(cli.build_parser()) == list(cli.COMMANDS)


@pytest.mark.parametrize("asked", [["report"], ["import", "history"], []])
def test_a_partial_parser_has_only_the_commands_asked(asked):
    assert _subcommands(cli.build_parser(asked)) == asked


def test_the_window_path_imports_no_command_module():
    code = ("import sys; from planner import cli; seen = {}\n"
            "cli.main(['--lang', 'en', '--view', 'projection'], open_window=lambda a: seen.setdefault('a', a) and 0)\n"
            "print(sorted(m for m in sys.modules if m.startswith('planner.cli.') or m in ('matplotlib', 'pypdf')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_mistyped_command_is_told_with_every_choice(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["improt", "x.pdf"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "'improt'" in err and "'reminders'" in err and "'project'" in err


def test_an_option_value_that_names_a_command_still_opens_the_window():
    opened = []
    assert cli.main(["--profile", "report"], open_window=lambda a: opened.append(a.profile) or 0) == 0
    assert opened == ["report"]
