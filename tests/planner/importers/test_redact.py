"""The statement's text with identity removed (--save-text): nothing identifying survives."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from planner.importers import NotAStatement, read_file
from planner.importers.redact import VOCABULARY, redact, redacted_document, save_redacted_text
from resources.demo.make_demo import ADDRESS, MEMBER
from resources.demo.make_real_layout import ADDRESSES, real_statements
from tests.planner.importers.variants import (
    REAL_VARIANTS,
    VARIANTS,
    make_real_pdf,
    read_fixture,
    real_source,
    source_statement,
)
from ui.launcher import main

ALL = list(VARIANTS) + list(REAL_VARIANTS)


def _source(name: str):
    if name in VARIANTS:
        kpj, year, _, _ = VARIANTS[name]
        return source_statement(kpj, year), ADDRESS.split(", ")
    return real_source(name), list(ADDRESSES[real_source(name).card.kpj])


def _identity(name: str) -> list[str]:
    """Every string in the fixture that names or numbers a person or an employer."""
    st, address = _source(name)
    strings = [st.card.kpj, st.member.nik or "", st.card.npp, st.member.name, st.card.employer, *address]
    strings += [b.name for b in st.card.beneficiaries]
    # every word of them, but words any statement prints ("KOTA" of "KOTA CONTOH") say nothing
    words = [w for s in strings for w in re.split(r"[\s,./]+", s) if len(w) >= 4 and w not in VOCABULARY]
    return [s for s in strings + words if s]


@pytest.mark.parametrize("name", ALL)
def test_no_nik_kpj_npp_or_name_survives(name):
    _, text = read_fixture(name)
    st, _ = _source(name)
    [out] = redact([text])
    for secret in _identity(name):
        assert secret in text or secret.upper() in text.upper(), secret  # the fixture really holds it
        assert secret not in out, f"{secret!r} survives in {name}"
    if st.member.birth_date is not None:
        assert st.member.birth_date.strftime("%d-%m-%Y") not in out.replace("/", "-")


@pytest.mark.parametrize("name", ["rsjht-rows-en", "real-interleaved-en", "real-two-pages-id-layout"])
def test_amounts_dates_and_labels_are_kept(name):
    _, text = read_fixture(name)
    st, _ = _source(name)
    [out] = redact([text])
    for label in ("Saldo Awal Per", "Saldo Akhir Per", "Nama Peserta", "Jumlah", "Akumulasi Iuran JP"):
        assert label in out
    amounts = re.findall(r"\d{1,3}(?:[.,]\d{3})+[.,]\d{2}", text)
    assert amounts and all(a in out for a in amounts)
    dates = set(re.findall(r"\d{2}[-/]\d{2}[-/]\d{4}", text)) - {st.member.birth_date.strftime(f"%d{s}%m{s}%Y")
                                                                 for s in "-/"}
    assert dates and all(d in out for d in dates)


def test_a_layout_the_planner_does_not_know_loses_names_too():
    _, text = read_fixture("real-interleaved-en")
    unknown = (text.replace("Nama Peserta :", "Peserta Terdaftar").replace("Nomor Kartu/NIK/Nomor Peg. :", "Identitas")
               .replace("Suami/Istri :", "Pasangan"))
    [out] = redact([unknown])
    for secret in ("SITI", "RAHAYU", "AHMAD", "WIJAYA", "17012345678", "3273015407880002"):
        assert secret not in out


def test_the_saved_file_holds_both_extraction_modes_without_identity(tmp_path):
    pdf = make_real_pdf("real-two-pages-en", tmp_path)
    out = save_redacted_text(pdf, tmp_path / "teks.txt")
    text = out.read_text(encoding="utf-8")
    assert "extraction_mode=plain" in text and "extraction_mode=layout" in text
    st = real_statements()["rudi-2021"]
    for secret in (st.card.kpj, st.member.nik, "RUDI", "PRATAMA", "DEWI", "SUTRISNO", "KENANGA", st.card.npp):
        assert secret not in text
    assert "46,982,502.04" in text and "12-04-2021" in text
    assert not list(tmp_path.glob("*.part"))


def test_cli_save_text_writes_the_file_and_imports_nothing(tmp_path, capsys):
    pdf = make_real_pdf("real-interleaved-en", tmp_path)
    out = tmp_path / "teks.txt"
    assert main(["import", str(pdf), "--save-text", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    assert "3273015407880002" not in out.read_text(encoding="utf-8")


def test_cli_save_text_refusals_are_one_sentence_and_write_nothing(tmp_path, capsys):
    tmp_path = tmp_path / "files"
    tmp_path.mkdir()
    pdf = make_real_pdf("real-interleaved-en", tmp_path)
    assert main(["import", str(pdf), str(pdf), "--save-text", str(tmp_path / "a.txt")]) == 2
    assert main(["import", str(pdf), "--save-text", str(tmp_path / "no" / "a.txt")]) == 2
    csv = tmp_path / "x.csv"
    csv.write_text("kpj,tahun\n", encoding="utf-8")
    assert main(["--lang", "en", "import", str(csv), "--save-text", str(tmp_path / "b.txt")]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["real-interleaved-en.pdf", "x.csv"]


def test_an_unknown_pdf_offers_to_save_its_text(tmp_path, capsys):
    pdf = make_real_pdf("real-interleaved-en", tmp_path)
    other = tmp_path / "lain-3171010102900001.pdf"
    other.write_bytes(pdf.read_bytes().replace(b"INFORMASI", b"INFORMASJ"))  # still a PDF
    assert redacted_document(other.read_bytes())  # has a text layer
    with pytest.raises(NotAStatement) as err:
        read_file(_unknown_pdf(tmp_path))
    assert err.value.offers_text
    assert main(["--lang", "en", "import", str(_unknown_pdf(tmp_path))]) == 2
    message = capsys.readouterr().err
    assert "--save-text" in message and "Traceback" not in message


def _unknown_pdf(folder: Path) -> Path:
    """A PDF with a text layer that is no statement, its name holding a NIK."""
    import matplotlib  # Agg/PDF only, for a picture-free PDF with text
    from matplotlib.backends.backend_pdf import FigureCanvasPdf
    from matplotlib.figure import Figure

    fig = Figure(figsize=(8.27, 11.69))
    fig.text(0.1, 0.5, "Laporan lain SITI CONTOH RAHAYU 3273015407880002")
    path = folder / "lain-3273-0154-0788-0002.pdf"
    with matplotlib.rc_context({"pdf.fonttype": 42}):
        FigureCanvasPdf(fig).print_pdf(path)
    return path


def test_the_offer_never_shows_a_nik_from_the_file_name(tmp_path, capsys):
    path = _unknown_pdf(tmp_path)
    assert main(["import", str(path)]) == 2
    message = capsys.readouterr().err
    assert "--save-text" in message and "3273-0154-0788-0002" not in message
