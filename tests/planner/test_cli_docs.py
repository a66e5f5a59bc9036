"""docs/cli.md's JSON examples are what the current code prints (docs/make_cli_examples.py)."""
from __future__ import annotations

import importlib.util

from resources import RULES_DIR

ROOT = RULES_DIR.parents[1]
_spec = importlib.util.spec_from_file_location("make_cli_examples", ROOT / "docs" / "make_cli_examples.py")
make_cli_examples = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_cli_examples)


def test_every_json_example_in_cli_md_is_current():
    text = make_cli_examples.DOC.read_text(encoding="utf-8")
    assert make_cli_examples.current(text) == text, "docs/cli.md is stale: run python docs/make_cli_examples.py"

