"""Remedies (issue 17): arrears checked by hand, letters, readiness, merge, .ics, report section.

The statement below (fictional) has, for 2024 on one wage-earner card in JP:
  Jan  wage 5,000,000 paid 10 Feb (on time)
  Feb  no row (missing)
  Mar  wage 5,200,000 paid 25 Apr (late: the deadline is 15 Apr)
  Apr  wage 4,000,000 paid 10 May, and a back-pay row (Rapel 500,000) paid 10 Jul;
       the member earned 5,000,000 (under-reported)
  May  wage 5,000,000 paid 10 Jun (on time)
2024 has no declared JHT return in the rules, so the legal floor in force (3.68%, from 2020) is
used; 2024 has 366 days. Lost development is counted to 31 Dec 2024 (one year: simple).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
from decimal import Decimal as D

import icalendar
import pytest
from pypdf import PdfReader

from models import Card, Contribution, Member, StatementYear
from models.remedies import ArrearsKind, CheckStatus, ClaimReason, LetterKind, WageSource
from planner.audit import audit_cards, audit_statement
from planner.baseline import from_statements, to_assumptions
from planner.cli import main
from planner.cli.import_cmd import load_source
from planner.remedies.arrears import compute_arrears
from planner.remedies.export import write_pdf
from planner.remedies.ics import reminders_ics
from planner.remedies.letters import letters
from planner.remedies.merge import merge_advice
from planner.remedies.readiness import readiness
from planner.remedies.report_section import remedies_section
from planner.report import remedies_blocks
from planner.report_layout import Heading, Table
from planner.rules import load_rules
from planner.withdrawal import cash_out
from resources import DEMO_DIR

RULES = load_rules()
KPJ = "19000054321"
NIK = "3171010102900009"
CARD = Card(KPJ, "PT CONTOH ABADI", "NN000009")
MEMBER = Member("SITI CONTOH", dt.date(1990, 2, 1), NIK)
DECLARED = D(5_000_000)
FLOOR = 0.0368


def row(month, wage, paid, rapel=0):
    base = D(wage) + D(rapel)
    return Contribution((2024, month), paid, paid, D(wage), D(rapel), base * D("0.037"), base * D("0.02"),
                        base * D("0.02"), base * D("0.01"))


ROWS = (
    row(1, 5_000_000, dt.date(2024, 2, 10)),
    row(3, 5_200_000, dt.date(2024, 4, 25)),
    row(4, 4_000_000, dt.date(2024, 5, 10)),
    row(5, 5_000_000, dt.date(2024, 6, 10)),
    row(4, 0, dt.date(2024, 7, 10), rapel=500_000),
)


def statement(declared=DECLARED):
    st = StatementYear(CARD, MEMBER, 2024, D(0), D(0), D(0), D(0), rows=ROWS)
    st = audit_statement(st, RULES, declared_wage=declared)
    return [st], audit_cards([st])


def arrears(declared=DECLARED, as_of=dt.date(2024, 12, 31)):
    sts, across = statement(declared)
    return compute_arrears(sts, across, declared, as_of, RULES)


def test_dues_shortfalls_and_lost_development_by_hand():
    a = arrears()
    (card,) = a.cards
    months = {m.period: m for m in card.months}
    assert list(months) == ["2024-02", "2024-03", "2024-04"]

    feb = months["2024-02"]
    assert feb.kind == ArrearsKind.MISSING and feb.wage_source == WageSource.DECLARED
    assert feb.deadline == dt.date(2024, 3, 15)
    assert (feb.due_jht, feb.paid_jht, feb.shortfall_jht) == (D("285000.00"), D(0), D("285000.00"))  # 5.7% of 5M
    assert (feb.due_jp, feb.paid_jp, feb.shortfall_jp) == (D("150000.00"), D(0), D("150000.00"))  # 3% of 5M
    # 15 Mar -> 31 Dec 2024 = 291 days: 285,000 × 3.68% × 291/366 = 8,338.819…
    assert feb.lost_development == D("8338.82")

    mar = months["2024-03"]
    assert mar.kind == ArrearsKind.LATE and mar.wage_source == WageSource.REPORTED
    assert (mar.due_jht, mar.paid_jht, mar.shortfall_jht) == (D("296400.00"), D("296400.00"), D(0))
    # 10 days late (15 -> 25 Apr): 296,400 × 3.68% × 10/366 = 298.019…
    assert mar.lost_development == D("298.02")

    apr = months["2024-04"]
    assert apr.kind == ArrearsKind.UNDERREPORTED
    assert apr.paid_jht == D("256500.00")  # 228,000 regular + 28,500 back pay
    assert apr.shortfall_jht == D("28500.00") and apr.shortfall_jp == D("15000.00")  # 150,000 − 135,000
    # shortfall from 15 May (230 days) + the back pay late from 15 May to 10 Jul (56 days):
    # 28,500 × 3.68% × (230 + 56)/366 = 819.554…
    assert apr.lost_development == D("819.55")

    assert card.total_shortfall == D("478500.00")  # 285,000 + 150,000 + 28,500 + 15,000
    assert card.total_lost_development == D("9456.39")
    assert [(r.year, r.rate, r.declared) for r in a.returns] == [(2024, FLOOR, False)]
    assert "jht.payment_deadline_day" in a.unverified


def test_missing_month_without_a_wage_uses_the_nearest_paid_month_and_says_so():
    a = arrears(declared=None)
    feb = next(m for m in a.cards[0].months if m.period == "2024-02")
    # Jan (5,000,000) and Mar (5,200,000) are both one month away: the earlier one wins.
    assert (feb.wage_source, feb.wage_from, feb.wage_used) == (WageSource.NEAREST_PAID, "2024-01", D("5000000.00"))
    assert all(m.kind != ArrearsKind.UNDERREPORTED for m in a.cards[0].months)  # no wage given: not found
    text = "\n".join(letters(a, "en")[0].body.splitlines())
    assert "The wage for 2024-02 is unknown; the wage of the nearest paid month (2024-01) is used" in text


def test_lost_development_compounds_at_the_year_end():
    feb = next(m for m in arrears(as_of=dt.date(2025, 6, 30)).cards[0].months if m.period == "2024-02")
    # 15 Mar 2024 -> 1 Jan 2025 = 292 days, booked at the year end; 1 Jan -> 30 Jun 2025 = 180 days
    growth = (1 + FLOOR * 292 / 366) * (1 + FLOOR * 180 / 365)
    assert feb.lost_development == D(str(round(285_000 * (growth - 1), 2)))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_letters_carry_name_masked_cards_table_and_ask_about_unverified_law(lang, tmp_path):
    a = arrears()
    ls = letters(a, lang, today=dt.date(2024, 12, 31))
    assert [l.kind for l in ls] == list(LetterKind)
    for l in ls:
        assert "SITI CONTOH" in l.body and "190•••••321" in l.body
        assert KPJ not in l.body and NIK not in l.body
        assert "2024-02" in l.body and "2024-04" in l.body
    # every basis is [R] today: nothing is stated as law, everything is asked about
    legal = {"id": ("Dasar hukumnya:", "mohon penjelasan"), "en": ("The legal basis:", "confirm whether")}[lang]
    assert all(legal[0] not in l.body and legal[1] in l.body for l in ls)
    shown = letters(a, lang, show_ids=True)[0].body
    assert KPJ in shown and NIK not in shown
    pdf = write_pdf(tmp_path / f"letters-{lang}.pdf", [l.body for l in ls])
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 3
    assert "SITI CONTOH" in reader.pages[0].extract_text()


def test_merge_advice_names_cards_and_the_one_that_stopped():
    old = StatementYear(Card("19000011111", "PT LAMA"), MEMBER, 2021, D(0), D(0), D(0), D(0))
    new = StatementYear(Card("23000022222", "PT BARU"), MEMBER, 2025, D(0), D(0), D(0), D(0))
    advice = merge_advice([old, new], "en")
    assert [c.kpj for c in advice.cards] == ["23000022222", "19000011111"]
    assert [c.kpj for c in advice.stopped] == ["19000011111"]
    text = " ".join(advice.lines)
    assert "230•••••222" in text and "stop in 2021" in text and "19000011111" not in text
    assert merge_advice([new]).lines == ()


def _demo():
    return load_source(argparse.Namespace(lang="en", demo=True, statement=None, stored=False))


def test_readiness_resignation_uses_the_withdrawal_engine_and_flags_two_cards():
    src = _demo()
    a = to_assumptions(from_statements(src.statements, src.quick, RULES))
    today = dt.date(2026, 12, 2)
    r = readiness(ClaimReason.RESIGNATION, dt.date(2026, 11, 30), a, src.statements, today=today, lang="en")
    assert r.earliest == dt.date(2026, 12, 30)  # the one-month wait
    expected = cash_out(a, dt.date(2026, 11, 30), rules=RULES, today=today).payments[0]
    assert (r.figures.gross, r.figures.tax, r.figures.net_real) == (expected.gross, expected.tax, expected.net_real)
    status = {i.key: i.status for i in r.checklist}
    assert status["merge"] == CheckStatus.PROBLEM and status["identity"] == CheckStatus.OK
    assert any("2 calendar years" in n and "31 December 2027" in n for n in r.notes)


def test_readiness_refuses_an_early_partial_claim_with_the_reason():
    src = _demo()
    a = to_assumptions(from_statements(src.statements, src.quick, RULES))
    r = readiness(ClaimReason.PARTIAL_10, dt.date(2027, 3, 1), a, src.statements, dt.date(2019, 4, 1),
                  today=dt.date(2026, 12, 2), lang="en")
    assert r.figures is None
    assert any(i.key == "allowed" and i.status == CheckStatus.PROBLEM and "10 years" in i.text for i in r.checklist)


def test_ics_is_valid_rfc5545():
    text = reminders_ics(3, dt.date(2026, 11, 30), "id", today=dt.date(2026, 12, 2),
                         now=dt.datetime(2026, 12, 2, 8, 0, tzinfo=dt.timezone.utc))
    raw = text.encode("utf-8")
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))  # folded (RFC 5545 §3.1)
    cal = icalendar.Calendar.from_ical(text)
    assert str(cal["VERSION"]) == "2.0" and cal["PRODID"]
    events = cal.walk("VEVENT")
    assert len(events) == 2
    for ev in events:  # required in every VEVENT: UID, DTSTAMP (and DTSTART without METHOD REQUEST)
        assert ev["UID"] and ev["DTSTAMP"] and ev["DTSTART"]
    starts = sorted(ev.decoded("DTSTART") for ev in events)
    assert starts == [dt.date(2026, 12, 30), dt.date(2027, 3, 1)]  # claim after the wait; next March
    yearly = next(ev for ev in events if "RRULE" in ev)
    assert yearly["RRULE"]["FREQ"] == ["YEARLY"]
    assert "Rincian Saldo JHT" in str(yearly["SUMMARY"])


def test_report_section_has_the_table_letters_and_checklist():
    a = arrears()
    section = remedies_section(a, None, "id")
    assert len(section.table_rows) == 3 and section.table_rows[0][0] == "190•••••321"
    assert any("Pengaduan" in p for p in section.paragraphs)
    assert not section.checklist
    assert remedies_section(compute_arrears([], (), as_of=dt.date(2024, 12, 31)), None).empty


# --------------------------------------------------------------------------- command line


def run_cli(*args, capsys):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_json_has_exactly_the_issue_shape_and_masks(capsys):
    code, out, _ = run_cli("arrears", "--demo", "--json", "--as-of", "2026-12-02", capsys=capsys)
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"cards", "rules"}
    card = data["cards"][0]
    assert set(card) == {"kpj", "employer", "npp", "months", "total_shortfall", "total_lost_development"}
    assert set(card["months"][0]) == {"period", "kind", "wage_used", "due_jht", "paid_jht", "shortfall_jht",
                                      "due_jp", "paid_jp", "shortfall_jp", "lost_development"}
    assert card["months"][0]["kind"] == "late" and card["months"][0]["period"] == "2021-07"
    assert "19000012345" not in out
    _, shown, _ = run_cli("arrears", "--demo", "--json", "--show-ids", capsys=capsys)
    assert "19000012345" in shown


def test_cli_bad_input_is_one_sentence_exit_2_nothing_written(tmp_path, capsys):
    code, out, err = run_cli("arrears", capsys=capsys)
    assert code == 2 and err.strip().count("\n") == 0 and "Traceback" not in err
    target = tmp_path / "missing" / "x.pdf"
    code, _, err = run_cli("arrears", "--demo", "--out", str(target), "--lang", "en", capsys=capsys)
    assert code == 2 and "does not exist" in err and not target.exists()
    code, _, err = run_cli("arrears", "--demo", "--wage", "-5", "--lang", "en", capsys=capsys)
    assert code == 2 and err.strip() == "The wage (--wage) must be more than zero."
    code, _, err = run_cli("reminders", "--out", str(tmp_path / "r.ics"), "--import-month", "13", capsys=capsys)
    assert code == 2 and not (tmp_path / "r.ics").exists()


def test_cli_writes_pdf_text_and_ics(tmp_path, capsys):
    pdf, txt, ics = tmp_path / "a.pdf", tmp_path / "a.txt", tmp_path / "r.ics"
    assert run_cli("arrears", "--demo", "--out", str(pdf), capsys=capsys)[0] == 0
    assert PdfReader(pdf).pages and not list(tmp_path.glob(".*part"))
    assert run_cli("arrears", "--demo", "--out", str(txt), "--lang", "en", capsys=capsys)[0] == 0
    assert "Complaint" in txt.read_text("utf-8") and "19000012345" not in txt.read_text("utf-8")
    assert run_cli("reminders", "--out", str(ics), "--import-month", "4", capsys=capsys)[0] == 0
    assert icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    code, out, _ = run_cli("ready", "--demo", "--reason", "resignation", "--date", "2026-11-30", "--json", capsys=capsys)
    assert code == 0 and json.loads(out)["earliest"] == "2026-12-30"


def test_no_traceback_in_a_subprocess_for_an_impossible_date(tmp_path):
    proc = subprocess.run([sys.executable, "-c", "from planner.cli import main; raise SystemExit(main())",
                           "ready", "--demo", "--reason", "age", "--date", "2026-02-30"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and proc.stderr.strip()


def test_report_blocks_show_the_section_and_nothing_when_empty():
    blocks = remedies_blocks(remedies_section(arrears(), None, "en"))
    assert any(isinstance(b, Heading) and b.text == "Arrears & evidence" for b in blocks)
    assert any(isinstance(b, Table) and len(b.rows) == 3 for b in blocks)
    assert remedies_blocks(remedies_section(None, None, "en")) == []


def test_cli_stored_statements_with_a_declared_wage_find_underreported_months(capsys):
    assert main(["import", *map(str, sorted(DEMO_DIR.glob("*.pdf")))]) == 0
    capsys.readouterr()
    code, out, _ = run_cli("arrears", "--stored", "--json", "--as-of", "2026-12-02", capsys=capsys)
    assert code == 0 and [m["kind"] for c in json.loads(out)["cards"] for m in c["months"]] == ["late"]
    code, out, _ = run_cli("arrears", "--stored", "--json", "--wage", "9000000", capsys=capsys)
    kinds = {m["kind"] for c in json.loads(out)["cards"] for m in c["months"]}
    assert code == 0 and "underreported" in kinds


def test_hr_and_inspectorate_letters_go_to_each_employer_and_bpjs_gets_one(tmp_path):
    sts, across = statement()
    other = StatementYear(Card("23000099999", "PT LAIN JAYA", "NN000010"), MEMBER, 2024, D(0), D(0), D(0), D(0),
                          rows=(row(1, 5_000_000, dt.date(2024, 2, 10)), row(3, 5_000_000, dt.date(2024, 4, 10))),
                          branch="JAKARTA SALEMBA")
    a = compute_arrears(sts + [other], across + audit_cards([other]), DECLARED, dt.date(2024, 12, 31), RULES)
    made = letters(a, "id")
    assert [(l.kind, l.employer) for l in made] == [
        (LetterKind.HR, "PT CONTOH ABADI"), (LetterKind.HR, "PT LAIN JAYA"), (LetterKind.BPJS, ""),
        (LetterKind.DISNAKER, "PT CONTOH ABADI"), (LetterKind.DISNAKER, "PT LAIN JAYA")]
    hr_other = made[1].body
    assert "PT LAIN JAYA" in hr_other and "PT CONTOH ABADI" not in hr_other and "2024-02" in hr_other
    assert "Kantor Cabang JAKARTA SALEMBA" in made[2].recipient  # the branch printed on the statement


def test_report_with_a_claim_reason_carries_the_ready_checklist(tmp_path, capsys):
    # The same checklist `ready` prints, in the PDF report (issue 17 item 6).
    code, ready_out, _ = run_cli("ready", "--demo", "--reason", "resignation", "--date", "2026-11-30", capsys=capsys)
    assert code == 0
    title = ready_out.splitlines()[0]
    pdf = tmp_path / "laporan.pdf"
    code, _, _ = run_cli("report", "--demo", "--no-bands", "--out", str(pdf), "--reason", "resignation",
                         "--reason-date", "2026-11-30", capsys=capsys)
    assert code == 0
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert " ".join(title.split()) in text and "paklaring" in text
    plain = tmp_path / "biasa.pdf"
    assert run_cli("report", "--demo", "--no-bands", "--out", str(plain), capsys=capsys)[0] == 0
    assert "paklaring" not in " ".join(page.extract_text() for page in PdfReader(plain).pages)
    # A reason without its date: one sentence, exit 2, nothing written.
    missing = tmp_path / "tanpa-tanggal.pdf"
    code, _, err = run_cli("report", "--demo", "--no-bands", "--out", str(missing), "--reason", "age",
                           "--lang", "en", capsys=capsys)
    assert code == 2 and err.strip() == "The date (--reason-date) is missing." and not missing.exists()
