"""Why a file could not be imported: one plain sentence each, Indonesian and English.

Every class has a stable ``code`` (the first argument of :class:`planner.errors.UserError`);
its sentences are ``import.<code>`` in resources/texts/import.toml.
"""
from __future__ import annotations

from planner.errors import UserError
from planner.texts import both, tr


class ImportProblem(UserError):
    """A file the member gave cannot be read as a statement.

    ``offers_text``: the file has a text layer the planner could not read; its text, with the
    member's identity removed, can be saved for a report (planner.importers.redact).
    """

    offers_text = False


class NotAStatement(ImportProblem):
    def __init__(self, tried_id: list[str], tried_en: list[str], offers_text: bool = False):
        self.offers_text = offers_text
        super().__init__("not_a_statement", tr("import.not_a_statement", "id", known="; ".join(tried_id)),
                         tr("import.not_a_statement", "en", known="; ".join(tried_en)))


class NoTextLayer(ImportProblem):
    def __init__(self) -> None:
        super().__init__("no_text_layer", *both("import.no_text_layer"))


class PasswordRequired(ImportProblem):
    def __init__(self) -> None:
        super().__init__("password_required", *both("import.password_required"))


class WrongPassword(ImportProblem):
    def __init__(self) -> None:
        super().__init__("wrong_password", *both("import.wrong_password"))


class CorruptFile(ImportProblem):
    def __init__(self) -> None:
        super().__init__("corrupt", *both("import.corrupt"))


class EmptyFile(ImportProblem):
    def __init__(self) -> None:
        super().__init__("empty", *both("import.empty"))


class TooLarge(ImportProblem):
    def __init__(self, max_mb: int, max_pages: int):
        super().__init__("too_large", *both("import.too_large", max_mb=max_mb, max_pages=max_pages))


class IncompleteStatement(ImportProblem):
    """The document type was recognised but part of it could not be read."""

    offers_text = True

    def __init__(self, id_detail: str, en_detail: str):
        super().__init__("incomplete", tr("import.incomplete", "id", detail=id_detail),
                         tr("import.incomplete", "en", detail=en_detail))


class CannotOpen(ImportProblem):
    def __init__(self) -> None:
        super().__init__("cannot_open", *both("import.cannot_open"))


class UnsupportedEncryption(ImportProblem):
    def __init__(self) -> None:
        super().__init__("unsupported_encryption", *both("import.unsupported_encryption"))


class NotARegularFile(ImportProblem):
    """A folder, a device (/dev/zero), a FIFO: refused before anything is read."""

    def __init__(self, file_name: str):
        id_text, en_text = both("import_file.not_regular", file=file_name)
        super().__init__("not_a_regular_file", id_text, en_text)
