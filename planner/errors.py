"""Errors meant for the member: one plain sentence, in Bahasa Indonesia and English.

Sentences come from the catalog (planner/texts.py, resources/texts/errors.toml): build one
with :meth:`UserError.of`, whose fields may be plain values or a function of the language
(for amounts and dates, which are written differently in each language).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from planner.texts import LANGS, tr

Field = object | Callable[[str], object]


def localized(key: str, **fields: Field) -> dict[str, str]:
    """The catalog sentence `key` in every language, each field given in that language."""
    return {lang: tr(key, lang, **{k: v(lang) if callable(v) else v for k, v in fields.items()}) for lang in LANGS}


@dataclass(frozen=True)
class Message:
    """A sentence for the member in both languages, with a stable code."""

    code: str
    id_text: str
    en_text: str

    def text(self, lang: str = "id") -> str:
        return {"id": self.id_text, "en": self.en_text}.get(lang, self.id_text)


class UserError(Exception):
    """Bad input the member can fix. `code` is stable; `text(lang)` is the sentence to show."""

    def __init__(self, code: str, id_text: str, en_text: str):
        super().__init__(en_text)
        self.code = code
        self.id_text = id_text
        self.en_text = en_text

    @classmethod
    def of(cls, code: str, key: str, **fields: Field):
        """The error `code` with the catalog's sentence `key` (see :func:`localized`)."""
        texts = localized(key, **fields)
        return cls(code, texts["id"], texts["en"])

    def text(self, lang: str = "id") -> str:
        return {"id": self.id_text, "en": self.en_text}.get(lang, self.id_text)


class InvalidInput(UserError):
    """An assumption or a quick-entry field outside what can be."""
