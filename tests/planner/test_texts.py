"""The message catalog: every text in both languages with the same placeholders."""
from __future__ import annotations

import pytest

from planner import texts


def test_catalog_is_not_empty():
    assert texts.catalog()


@pytest.mark.parametrize("key", sorted(texts.catalog()))
def test_both_languages_with_the_same_placeholders(key):
    entry = texts.catalog()[key]
    assert entry["id"].strip() and entry["en"].strip()
    assert texts.fields(entry["id"]) == texts.fields(entry["en"]), key


def test_tr_fills_placeholders_and_falls_back_to_indonesian():
    assert "x.csv" in texts.tr("common.disk_full", "en", path="x.csv")
    assert texts.tr("common.disk_full", "fr", path="a") == texts.tr("common.disk_full", "id", path="a")
    with pytest.raises(texts.UnknownText):
        texts.tr("no.such.key")
