"""OCR boxes into lines, confusions settled, and the self-checks that decide what a person must
check: all without running OCR (boxes are made from a statement's text fixture)."""
from __future__ import annotations

import math
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.importers.ocr_lines import Line, Token, Word, fix_separators, group_lines, settle
from PIL import Image

from planner.errors import UserError
from planner.importers import ImportResult
from planner.importers.ocr_checks import confusion
from planner.importers.picture import confirm, crop_field, extract_checked, read_cek_saldo, uncertain_text
from tests.planner.importers.variants import source_statement

FIXTURE = Path(__file__).parent / "importers" / "fixtures" / "rsjht-rows-en.txt"


def _word(text: str, x: float, y: float, w: float, h: float, angle: float, k: float, page: int = 1) -> Word:
    """A box of `text` at (x, y) on a level page, seen rotated by `angle` radians and with a
    keystone `k` (the top of the page narrower than the bottom)."""
    def seen(px: float, py: float) -> tuple[float, float]:
        px = 1000 + (px - 1000) * (1 - k * (1 - py / 2000))  # keystone about the page's middle
        c, s = math.cos(angle), math.sin(angle)
        return (px * c - py * s, px * s + py * c)
    quad = (seen(x, y), seen(x + w, y), seen(x + w, y + h), seen(x, y + h))
    return Word(text=text, score=1.0, quad=quad, page=page)  # type: ignore[arg-type]


def _table(rows: int, cols: int, angle: float, k: float) -> list[Word]:
    words = []
    for r in range(rows):
        for c in range(cols):
            words.append(_word(f"r{r}c{c}xx", 100 + 180 * c, 300 + 31 * r, 120, 22, angle, k))
    return words


@settings(max_examples=40, deadline=None)
@given(angle=st.floats(-0.09, 0.09), keystone=st.floats(0.0, 0.08), seed=st.randoms())
def test_rows_of_a_tilted_page_stay_rows(angle, keystone, seed):
    """Up to 5 degrees of rotation and 8% keystone: every line is one table row, in order."""
    words = _table(12, 9, angle, keystone)
    seed.shuffle(words)
    lines = group_lines(words)
    assert [ln.text for ln in lines] == [" ".join(f"r{r}c{c}xx" for c in range(9)) for r in range(12)]


def test_sorting_by_y_alone_would_interleave_these_rows():
    """The reason for following each box's direction: at 3 degrees the last cell of a row
    sits lower than the first cell of the next row."""
    words = _table(3, 9, math.radians(3), 0.0)
    last_of_first = next(w for w in words if w.text == "r0c8xx").center[1]
    first_of_second = next(w for w in words if w.text == "r1c0xx").center[1]
    assert last_of_first > first_of_second
    assert len(group_lines(words)) == 3


def test_settle_undoes_letter_for_digit_confusions_in_numbers_only():
    assert settle("5,2O0,000.00") == "5,200,000.00"
    assert settle("O9-0l-2020") == "09-01-2020"
    assert settle("1S6,000.00") == "156,000.00"
    assert settle("luran") == "Iuran"
    for word in ("NN000001", "Saldo", "Per", "SANTOSO", "Rp", "BL-TH", "TK", "1"):
        assert settle(word) == word


def test_fix_separators_regroups_in_the_documents_style():
    assert fix_separators("5200,000.00", "en") == "5,200,000.00"
    assert fix_separators("5,200,00000", "en") == "5,200,000.00"
    assert fix_separators("5.200.00000", "id") == "5.200.000,00"
    assert fix_separators("0.00", "en") == "0.00"
    assert fix_separators("12-2019", "en") is None


def _lines_from_text(text: str, scores: dict[str, float] | None = None,
                     misread: dict[str, str] | None = None) -> list[Line]:
    """Lines as OCR would give them for `text` (a fixture), one token per word."""
    lines = []
    for n, raw in enumerate((ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")), start=1):
        tokens = []
        x = 0
        for word in raw.split():
            read = (misread or {}).get(word, word)
            tokens.append(Token(text=settle(read), read=read, score=(scores or {}).get(word, 1.0), page=1,
                                line=n, box=(x, 30 * n, x + 10 * len(word), 30 * n + 20)))
            x += 10 * len(word) + 10
        lines.append(Line(page=1, number=n, tokens=tokens))
    return lines


def _fixture() -> str:
    return FIXTURE.read_text(encoding="utf-8")


def test_a_clean_reading_needs_no_review_and_equals_the_source():
    extractor, statements, found = extract_checked(_lines_from_text(_fixture()))
    assert extractor is not None and found == []
    (st,) = statements
    src = source_statement("23000067890", 2024)
    assert st.rows == src.rows and st.closing == src.closing and st.from_picture and not st.confirmed


def test_a_misread_wage_is_refuted_by_the_rate_check():
    text = _fixture()
    wage = "8,400,000.00"
    assert wage in text
    first_row = next(ln for ln in text.splitlines() if wage in ln)
    text = text.replace(first_row, first_row.replace(wage, "8,900,000.00", 1), 1)
    _, (st,), found = extract_checked(_lines_from_text(text))
    flagged = {f.field for _, f in found}
    number = next(r for r, row in enumerate(st.rows, 1) if row.wage == Decimal("8900000.00"))
    assert f"row.{number}.wage" in flagged
    assert all(f.why for _, f in found)


def test_settled_confusions_pass_when_a_check_confirms_them():
    """'2O3,500.00'-like misreads in amounts are settled and confirmed by the rate check;
    a settled header value (nothing checks it) goes to review."""
    text = _fixture()
    amount = next(w for w in text.split() if w.endswith(",000.00") and "0" in w)
    misread = {amount: amount.replace("0", "O", 1), "01-02-1990": "Ol-02-1990"}
    _, _, found = extract_checked(_lines_from_text(text, misread=misread))
    fields = {f.field: f for _, f in found}
    assert not any(f.startswith("row.") for f in fields)
    assert fields["header.birth_date"].value == "01-02-1990"


def test_a_low_score_on_a_value_nothing_checks_goes_to_review():
    _, _, found = extract_checked(_lines_from_text(_fixture(), scores={"BUDI": 0.6}))
    assert [f.field for _, f in found] == ["header.name"]


def test_the_cli_lines_mask_card_numbers():
    _, _, found = extract_checked(_lines_from_text(_fixture(), scores={"23000067890": 0.5}))
    fields = [crop_field(f, [Image.new("RGB", (2000, 2000), "white")], i) for i, f in found]
    text = uncertain_text(fields, "en", show_ids=False, stored=False)
    assert "23000067890" not in text and "230•••••890" in text and "Nothing was stored" in text
    assert "23000067890" in uncertain_text(fields, "id", show_ids=True, stored=False)


def test_cek_saldo_screen_fields():
    text = "Cek Saldo JHT Nomor KPJ 23000067890 PT FIKTIF DIGITAL NUSANTARA NPP NN000002 Saldo JHT Rp 27.345.678 Iuran Terakhir Desember 2025"
    found = read_cek_saldo(text)
    assert found is not None
    assert (found.saldo, found.kpj, found.employer, found.last_month) == (
        Decimal("27345678"), "23000067890", "PT FIKTIF DIGITAL NUSANTARA", (2025, 12))
    assert read_cek_saldo("Rincian iuran tanpa angka saldo") is None


def test_a_persons_correction_is_applied_audited_and_marked_confirmed():
    text = _fixture()
    first_row = next(ln for ln in text.splitlines() if "8,400,000.00" in ln)
    text = text.replace(first_row, first_row.replace("8,400,000.00", "8,900,000.00", 1), 1)
    lines = _lines_from_text(text)
    extractor, statements, found = extract_checked(lines)
    page = [Image.new("RGB", (2000, 3000), "white")]
    fields = [crop_field(f, page, i) for i, f in found]
    assert fields and all(f.crop_png.startswith(b"\x89PNG") for f in fields)
    result = ImportResult(Path("x.png"), "x.png", "0" * 64, "rsjht+ocr", "1", statements, (), tuple(fields))
    wage = next(f for f in fields if f.field.endswith(".wage"))
    values = {(f.statement, f.field): f.value for f in fields}
    values[(wage.statement, wage.field)] = "8.400.000,00"  # typed the Indonesian way
    fixed = confirm(result, values)
    (st,) = fixed.statements
    assert st.confirmed and st.from_picture and not fixed.uncertain
    assert st.rows == source_statement("23000067890", 2024).rows
    assert not [f for f in st.findings if f.code == "rate_mismatch"]
    with pytest.raises(UserError) as bad:
        confirm(result, {**values, (wage.statement, wage.field): "delapan juta"}, "en")
    assert "delapan juta" in bad.value.text("en")


def test_separators_lost_between_and_inside_amounts_are_settled_and_checked():
    """Two amounts run together, a lost thousands separator and a row number read as a
    letter: the row still reads, and the rate check confirms the settled values."""
    text = _fixture()
    row = next(ln for ln in text.splitlines() if ln.startswith("1 08-01-2024"))
    cells = row.split()
    cells[0] = "l"
    cells[4] = cells[4].replace(",", "", 1)  # 7800,000.00
    damaged = " ".join(cells[:5]) + " " + cells[5] + cells[6] + " " + " ".join(cells[7:])
    extractor, (st,), found = extract_checked(_lines_from_text(text.replace(row, damaged, 1)))
    assert st.rows == source_statement("23000067890", 2024).rows
    assert not [f for _, f in found if f.field.startswith("row.1.")]


def test_a_row_number_ocr_did_not_see_is_put_back():
    """On a 1080-px screenshot the lone "1" of the first row can go undetected."""
    text = _fixture()
    row = next(ln for ln in text.splitlines() if ln.startswith("1 08-01-2024"))
    _, (st,), found = extract_checked(_lines_from_text(text.replace(row, row[2:], 1)))
    assert st.rows == source_statement("23000067890", 2024).rows
    assert not [f for _, f in found if f.field.startswith("row.1.")]


# ---------------------------------------------------------------- what a misread opening was

_AMOUNTS = st.text("0123456789", min_size=4, max_size=13)


@given(_AMOUNTS, st.data())
def test_one_digit_for_another_is_named(meant, data):
    i = data.draw(st.integers(0, len(meant) - 1))
    digit = data.draw(st.sampled_from([d for d in "0123456789" if d != meant[i]]))
    read = meant[:i] + digit + meant[i + 1:]
    assert confusion(read, meant) == ("ocr.confusion.digit", {"read": digit, "meant": meant[i]})


@given(_AMOUNTS, st.data())
def test_a_dropped_or_an_extra_digit_is_named(meant, data):
    i = data.draw(st.integers(0, len(meant) - 1))
    assert confusion(meant[:i] + meant[i + 1:], meant) == ("ocr.confusion.dropped", {"digit": meant[i]})
    extra = data.draw(st.sampled_from("0123456789"))
    assert confusion(meant[:i] + extra + meant[i:], meant) == ("ocr.confusion.extra", {"digit": extra})


def test_confusions_read_the_digits_only_and_say_nothing_when_unlike():
    assert confusion("4,118,105.75", "4113105.75") == ("ocr.confusion.digit", {"read": "8", "meant": "3"})
    assert confusion("4.131.105,75", "4113105.75") == ("ocr.confusion.swapped", {"read": "31", "meant": "13"})
    assert confusion("5,200,000.00", "4113105.75") is None
    assert confusion("4,113,105.75", "4113105.75") is None  # the same digits: nothing to explain


def test_the_summarys_iuran_is_the_value_shown_not_the_jp_accumulation():
    """A summary that does not add up lists its four figures; the Iuran shown (and confirmed as
    shown) is the summary's, not the "Akumulasi Iuran JP s.d. ..." amount above it."""
    text = _fixture().replace("Rp 10,217,668.10", "Rp 10,217,663.10")
    extractor, statements, found = extract_checked(_lines_from_text(text))
    shown = {f.field: f.value for _, f in found}
    assert shown["summary.contributions"] == "5,677,200.00"
    page = [Image.new("RGB", (2000, 3000), "white")]
    fields = [crop_field(f, page, i) for i, f in found]
    result = ImportResult(Path("x.png"), "x.png", "0" * 64, "rsjht+ocr", "1", statements, (), tuple(fields))
    (st,) = confirm(result, {(f.statement, f.field): f.value for f in fields}).statements
    assert st.contributions == Decimal("5677200.00") and st.closing == Decimal("10217663.10")
