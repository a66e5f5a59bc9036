"""Write the JSON examples of docs/cli.md from the current code, so they cannot drift.

    python docs/make_cli_examples.py          # rewrite the examples in docs/cli.md
    python docs/make_cli_examples.py --check  # exit 1 if docs/cli.md is not current

Each example sits in docs/cli.md between ``<!-- example NAME -->`` and ``<!-- /example -->``.
The script runs the documented command in-process (planner.cli.main), shortens the JSON the
same way every time (a list of more than three objects shows its first then "…", amounts to
2 decimals, rates to 4, warnings as
"…" since they depend on the date rules are checked) and writes the command and the JSON there.
tests/planner/test_cli_docs.py fails when the page is stale.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import shlex
import sys
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from planner.cli import main  # noqa: E402

DOC = ROOT / "docs" / "cli.md"
WIDTH = 110
ELLIPSIS = "…"
WORKED = ["project", "--balance", "38887665.97", "--as-of", "2024-12-31", "--birth-date", "1990-02-01",
          "--wage", "8100000", "--wage-growth", "0.05", "--return", "0.06", "--inflation", "0.025"]
BEYOND = ["--paths", "--seed", "5", "--target", "300000000", "--jp-months", "100", "--cash-out-date", "2030-06-15",
          "--partial", "10", "--partial-date", "2026-01-01", "--member-since", "2020-01"]


def shorten(value: Any, key: str = "") -> Any:
    """The documented form of a JSON value (see the module docstring)."""
    if key == "warnings":
        return [ELLIPSIS] if value else []
    if isinstance(value, dict):
        return {k: shorten(v, k) for k, v in value.items()}
    if isinstance(value, list):
        if len(value) > 3 and isinstance(value[0], (dict, list)):
            return [shorten(value[0]), ELLIPSIS]
        return [shorten(v) for v in value]
    if isinstance(value, float):
        return round(value, 2 if abs(value) >= 1000 else 4)  # rupiah to the sen; rates and ratios to 4 places
    return value


def pretty(value: Any, indent: int = 0) -> str:
    """JSON in WIDTH columns: items packed on a line while they fit, nested values indented."""
    flat = json.dumps(value, ensure_ascii=False)
    if len(flat) + indent <= WIDTH or not isinstance(value, (dict, list)) or not value:
        return flat
    if isinstance(value, list):
        parts = [pretty(v, indent + 1) for v in value]
    else:
        parts = []
        for k, v in value.items():
            head = json.dumps(k, ensure_ascii=False) + ": "
            parts.append(head + pretty(v, indent + 1 + len(head)))
    lines: list[str] = []
    for part in parts:
        if lines and "\n" not in part and "\n" not in lines[-1] and indent + 1 + len(lines[-1]) + 2 + len(part) <= WIDTH:
            lines[-1] += ", " + part
        else:
            lines.append(part)
    open_, close = ("[", "]") if isinstance(value, list) else ("{", "}")
    return open_ + (",\n" + " " * (indent + 1)).join(lines) + close


def run(argv: list[str]) -> dict[str, Any]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main([*argv, "--json"])
    if status != 0:
        raise SystemExit(f"jht-planner {' '.join(argv)} ended with {status}: {err.getvalue().strip()}")
    return json.loads(out.getvalue())


def whole(data: dict[str, Any]) -> str:
    return pretty(shorten(data))


def keys(*names: str) -> Callable[[dict[str, Any]], str]:
    """Only these keys, as `"key": value` lines (a fragment of the object)."""
    def fragment(data: dict[str, Any]) -> str:
        return ",\n".join(f'"{k}": ' + pretty(shorten(data[k], k), len(k) + 4) for k in names)
    return fragment


EXAMPLES: dict[str, tuple[list[str], Callable[[dict[str, Any]], str]]] = {
    "project": (WORKED, whole),
    "baseline": (["project", "--demo"], keys("baseline")),
    "beyond": (WORKED + BEYOND, keys("bands", "target", "jp", "withdrawal", "adequacy")),
    "import": (["import", "--demo"], whole),
}

BLOCK = re.compile(r"<!-- example (\S+) -->\n.*?<!-- /example -->", re.S)


def render(name: str) -> str:
    argv, shape = EXAMPLES[name]
    command = "jht-planner " + " ".join(shlex.quote(a) for a in argv) + " --json"
    return (f"<!-- example {name} -->\n<!-- made by docs/make_cli_examples.py from: {command} -->\n"
            f"```json\n{shape(run(argv))}\n```\n<!-- /example -->")


def current(text: str) -> str:
    """docs/cli.md with every example block made again."""
    found = set(BLOCK.findall(text))
    missing = set(EXAMPLES) - found
    if missing:
        raise SystemExit(f"docs/cli.md has no block for {sorted(missing)}")
    return BLOCK.sub(lambda m: render(m.group(1)), text)


def main_script(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if docs/cli.md is not current")
    args = parser.parse_args(argv)
    text = DOC.read_text(encoding="utf-8")
    new = current(text)
    if args.check:
        if new != text:
            print("docs/cli.md is stale: run python docs/make_cli_examples.py", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main_script())
