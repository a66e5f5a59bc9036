"""One catalog of the sentences a member reads, in Bahasa Indonesia and English.

The texts live in ``resources/texts/*.toml``, one file per topic, each entry a table::

    [import.not_a_statement]
    id = "{file} bukan Rincian Saldo JHT."
    en = "{file} is not a Rincian Saldo JHT statement."

Placeholders are ``str.format`` fields and must be the same in both languages (a test checks
every entry). Code asks for a sentence by key and language; it never branches on the language
itself (Anki's ``tr.*``).
"""
from __future__ import annotations

import string
import tomllib
from functools import cache

from resources import TEXTS_DIR

LANGS = ("id", "en")


class UnknownText(KeyError):
    """A key that no file in resources/texts defines: a programming error, not the member's."""


def _flatten(prefix: str, table: dict, out: dict[str, dict[str, str]], source: str) -> None:
    if set(table) >= set(LANGS) and all(isinstance(table[k], str) for k in LANGS):
        if prefix in out:
            raise ValueError(f"text {prefix!r} is defined twice ({source})")
        out[prefix] = {lang: table[lang] for lang in LANGS}
        return
    for key, value in table.items():
        if not isinstance(value, dict):
            raise ValueError(f"text {prefix}.{key} in {source} is not a table with 'id' and 'en'")
        _flatten(f"{prefix}.{key}" if prefix else key, value, out, source)


@cache
def catalog() -> dict[str, dict[str, str]]:
    """Every text by key: ``{"import.not_a_statement": {"id": …, "en": …}}``."""
    out: dict[str, dict[str, str]] = {}
    for path in sorted(TEXTS_DIR.glob("*.toml")):
        with path.open("rb") as fh:
            _flatten("", tomllib.load(fh), out, path.name)
    return out


def fields(template: str) -> set[str]:
    """The placeholder names in a template."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def tr(key: str, lang: str = "id", /, **values: object) -> str:
    """The sentence for `key` in `lang` (Indonesian for any language not in LANGS)."""
    try:
        entry = catalog()[key]
    except KeyError:
        raise UnknownText(key) from None
    return entry.get(lang, entry["id"]).format(**values)


def both(key: str, /, **values: object) -> tuple[str, str]:
    """The sentence in Indonesian and in English, for objects that carry both."""
    return tr(key, "id", **values), tr(key, "en", **values)
