"""The CSV extractors: the member's filled-in template, and the app's own export.

Both read text (``source = "text"``) and are recognised by content, never by file name:
the template by its header line, the export by its marker line (docs/csv-format.md).
"""
from __future__ import annotations

from models import StatementYear
from planner import csvio
from planner.importers import register


class CsvTemplateExtractor:
    name = "csv"
    version = "1"
    title_id = "CSV iuran atau ringkasan tahunan (templat, lihat docs/csv-format.md)"
    title_en = "CSV of contributions or year summaries (template, see docs/csv-format.md)"
    source = "text"
    labels = ("kpj", "bl_th", "saldo_akhir")

    def matches(self, text: str) -> bool:
        return csvio.is_template(text)

    def extract(self, text: str) -> list[StatementYear]:
        return csvio.parse_csv(text)


class ExportExtractor:
    name = "jht-planner-csv"
    version = "1"
    title_id = "Ekspor CSV dari aplikasi ini"
    title_en = "This app's own CSV export"
    source = "text"
    labels = (csvio.EXPORT_MARKER,)

    def matches(self, text: str) -> bool:
        return csvio.is_export(text)

    def extract(self, text: str) -> list[StatementYear]:
        return csvio.parse_csv(text)


register(ExportExtractor())
register(CsvTemplateExtractor())
