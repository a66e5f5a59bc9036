"""`--help` of every command is wholly in the language asked for."""
from __future__ import annotations

import argparse

import pytest

from planner import cli
from planner.texts import catalog



def _commands() -> list[list[str]]:
    subs = next(a for a in cli.build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return [[]] + [[name] for name in subs.choices]


COMMANDS = _commands()
ARGPARSE_ENGLISH = ("usage:", "options:", "positional arguments", "show this help message", "optional arguments",
                    "show program's version")


def _parsers(parser):
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _parsers(sub)


def _help(capsys, monkeypatch, argv) -> str:
    monkeypatch.setattr("sys.argv", ["jht-planner", *argv])
    with pytest.raises(SystemExit) as exit_:
        cli.main(argv)
    assert exit_.value.code == 0
    return capsys.readouterr().out


def test_every_help_text_has_both_languages_in_the_catalog():
    known = {text for key, entry in catalog().items() if key.startswith("cli_help.") for text in entry.values()}
    missing = []
    for parser in _parsers(cli.build_parser()):
        texts = [parser.description] + [a.help for a in parser._actions]
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                texts += [c.help for c in action._choices_actions]
        missing += [t for t in texts if t and t is not argparse.SUPPRESS and t not in known]
    assert missing == [], "add these to resources/texts/cli_help.toml (id and en)"


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0] if c else "jht-planner")
def test_indonesian_help_has_no_english_from_argparse_or_us(capsys, monkeypatch, command):
    out = _help(capsys, monkeypatch, [*command, "--help"])
    assert out.startswith("cara pakai: jht-planner")
    assert not [w for w in ARGPARSE_ENGLISH if w in out]
    assert "opsi:" in out
    for entry in (e for k, e in catalog().items() if k.startswith("cli_help.")):
        assert " ".join(entry["en"].split()) not in " ".join(out.split()) or entry["en"] == entry["id"]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0] if c else "jht-planner")
def test_english_help_is_english(capsys, monkeypatch, command):
    out = _help(capsys, monkeypatch, [*command, "--lang", "en", "--help"])
    assert out.startswith("usage: jht-planner") and "options:" in out
    flat = " ".join(out.split())
    for entry in (e for k, e in catalog().items() if k.startswith("cli_help.")):
        assert " ".join(entry["id"].split()) not in flat or entry["en"] == entry["id"]
    assert "cara pakai" not in out and "tampilkan" not in out
