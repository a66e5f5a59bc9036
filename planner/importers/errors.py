"""Why a file could not be imported: one plain sentence each, Indonesian and English.

Every class has a stable ``code`` (the first argument of :class:`planner.errors.UserError`).
"""
from __future__ import annotations

from planner.errors import UserError
from planner.texts import both


class ImportProblem(UserError):
    """A file the member gave cannot be read as a statement."""


class NotAStatement(ImportProblem):
    def __init__(self, tried_id: list[str], tried_en: list[str]):
        super().__init__(
            "not_a_statement",
            "Berkas ini bukan dokumen yang dikenali. Yang bisa dibaca: " + "; ".join(tried_id) + ".",
            "This file is not a document the planner knows. It reads: " + "; ".join(tried_en) + ".",
        )


class NoTextLayer(ImportProblem):
    def __init__(self) -> None:
        super().__init__(
            "no_text_layer",
            "PDF ini berisi gambar hasil pindaian tanpa teks, jadi tidak bisa dibaca; "
            "ketik saldo dan upah Anda lewat Entri cepat.",
            "This PDF is a scanned image without text, so it cannot be read; "
            "type your balance and wage in Quick entry instead.",
        )


class PasswordRequired(ImportProblem):
    def __init__(self) -> None:
        super().__init__(
            "password_required",
            "PDF ini dikunci kata sandi; masukkan kata sandinya (sering berupa tanggal lahir "
            "peserta dengan format DDMMYYYY, misalnya 01021990).",
            "This PDF is password protected; enter its password (often the member's birth date "
            "as DDMMYYYY, for example 01021990).",
        )


class WrongPassword(ImportProblem):
    def __init__(self) -> None:
        super().__init__(
            "wrong_password",
            "Kata sandi PDF ini salah; coba lagi (sering berupa tanggal lahir dengan format DDMMYYYY).",
            "The password for this PDF is wrong; try again (it is often the birth date as DDMMYYYY).",
        )


class CorruptFile(ImportProblem):
    def __init__(self) -> None:
        super().__init__(
            "corrupt",
            "Berkas ini rusak atau terpotong; unduh atau ekspor ulang dari JMO lalu coba lagi.",
            "This file is damaged or truncated; download or export it again from JMO and retry.",
        )


class EmptyFile(ImportProblem):
    def __init__(self) -> None:
        super().__init__("empty", "Berkas ini kosong.", "This file is empty.")


class TooLarge(ImportProblem):
    def __init__(self, max_mb: int, max_pages: int):
        super().__init__(
            "too_large",
            f"Berkas ini terlalu besar untuk sebuah rincian saldo (batas {max_mb} MB dan {max_pages} halaman).",
            f"This file is too large for a balance statement (limit {max_mb} MB and {max_pages} pages).",
        )


class IncompleteStatement(ImportProblem):
    """The document type was recognised but part of it could not be read."""

    def __init__(self, id_detail: str, en_detail: str):
        super().__init__(
            "incomplete",
            f"Berkas ini tampak seperti rincian saldo JHT, tetapi tidak terbaca lengkap: {id_detail}.",
            f"This file looks like a JHT balance statement but could not be read completely: {en_detail}.",
        )


class CannotOpen(ImportProblem):
    def __init__(self) -> None:
        super().__init__(
            "cannot_open",
            "Berkas ini tidak bisa dibuka; periksa apakah berkas masih ada dan boleh dibaca.",
            "This file cannot be opened; check that it still exists and may be read.",
        )


class UnsupportedEncryption(ImportProblem):
    def __init__(self) -> None:
        super().__init__(
            "unsupported_encryption",
            "PDF ini dikunci dengan cara yang belum didukung; buka di penampil PDF, simpan tanpa "
            "kata sandi, lalu impor lagi.",
            "This PDF is locked in a way the planner does not support yet; open it in a PDF viewer, "
            "save it without a password, and import it again.",
        )


class NotARegularFile(ImportProblem):
    """A folder, a device (/dev/zero), a FIFO: refused before anything is read."""

    def __init__(self, file_name: str):
        id_text, en_text = both("import_file.not_regular", file=file_name)
        super().__init__("not_a_regular_file", id_text, en_text)
