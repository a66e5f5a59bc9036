"""Errors meant for the member: one plain sentence, in Bahasa Indonesia and English."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Message:
    """A sentence for the member in both languages, with a stable code."""

    code: str
    id_text: str
    en_text: str

    def text(self, lang: str = "id") -> str:
        return self.en_text if lang == "en" else self.id_text


class UserError(Exception):
    """Bad input the member can fix. `code` is stable; `text(lang)` is the sentence to show."""

    def __init__(self, code: str, id_text: str, en_text: str):
        super().__init__(en_text)
        self.code = code
        self.id_text = id_text
        self.en_text = en_text

    def text(self, lang: str = "id") -> str:
        return self.en_text if lang == "en" else self.id_text


class InvalidInput(UserError):
    """An assumption or a quick-entry field outside what can be."""
