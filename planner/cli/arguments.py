"""Command-line flags shared by project, report and export-csv: the typed figures, the
assumptions, and how a date or an amount is read from a flag."""
from __future__ import annotations

import argparse
import datetime as dt

from models import CareerBreak, Segment, WageChange
from planner.errors import InvalidInput
from planner.parse import ParseError, parse_amount, parse_date
from planner.workspace import SALDO_CHOICES


def add_assumption_args(p: argparse.ArgumentParser) -> None:
    """The quick-entry figures and the assumptions, shared by project and report."""
    g = p.add_argument_group("saldo dan data peserta (entri cepat)")
    g.add_argument("--balance", metavar="RP", help="saldo JHT pada tanggal --as-of")
    g.add_argument("--as-of", metavar="YYYY-MM-DD", help="tanggal saldo")
    g.add_argument("--birth-date", metavar="YYYY-MM-DD", help="tanggal lahir")
    g.add_argument("--wage", metavar="RP", help="upah bulanan sekarang (BPU: penghasilan yang dilaporkan)")
    g.add_argument("--segment", choices=[s.value for s in (Segment.PU, Segment.BPU)], default=None)
    a = p.add_argument_group("asumsi (default dari resources/rules)")
    a.add_argument("--wage-growth", type=float, metavar="RATE", help="kenaikan upah per tahun, mis. 0.05")
    a.add_argument("--return", dest="annual_return", type=float, metavar="RATE", help="hasil pengembangan per tahun, mis. 0.06")
    a.add_argument("--inflation", type=float, metavar="RATE", help="inflasi per tahun, mis. 0.025")
    a.add_argument("--claim-age", type=int, metavar="AGE", help="usia klaim JHT (default 56)")
    a.add_argument("--stop-age", type=int, metavar="AGE", help="usia berhenti bekerja (default = usia klaim)")
    a.add_argument("--break-start", metavar="YYYY-MM", help="awal jeda kerja (tanpa iuran)")
    a.add_argument("--break-months", type=int, default=0, metavar="N", help="lama jeda kerja dalam bulan")
    a.add_argument("--wage-change-date", metavar="YYYY-MM-DD", help="tanggal upah berubah")
    a.add_argument("--wage-change", metavar="RP", help="upah bulanan baru sejak --wage-change-date")
    a.add_argument("--saldo-from", choices=SALDO_CHOICES, default=None,
                   help="saldo awal bila ada entri cepat dan rincian saldo: newest (default, yang terbaru), "
                        "statements (rincian saldo) atau quick_entry (entri cepat)")


def date_arg(text: str | None, what_id: str, what_en: str) -> dt.date:
    if not text:
        raise InvalidInput("missing", f"{what_id} belum diisi.", f"{what_en} is missing.")
    try:
        return parse_date(text)
    except ParseError:
        raise InvalidInput("bad_date", f"{what_id} tidak valid: {text} (pakai YYYY-MM-DD).",
                           f"{what_en} is not a valid date: {text} (use YYYY-MM-DD).") from None


def amount_arg(text: str | None, what_id: str, what_en: str) -> float:
    if text is None:
        raise InvalidInput("missing", f"{what_id} belum diisi.", f"{what_en} is missing.")
    try:
        return float(parse_amount(text))
    except ParseError:
        raise InvalidInput("bad_amount", f"{what_id} bukan angka rupiah: {text}.",
                           f"{what_en} is not a rupiah amount: {text}.") from None


def assumption_flags(args: argparse.Namespace) -> dict:
    """Every assumption flag the member gave, parsed; None where a flag was not given."""
    if args.break_months and not args.break_start:
        raise InvalidInput("break_needs_start", "Lama jeda kerja (--break-months) butuh awal jedanya (--break-start).",
                           "A career break length (--break-months) needs its start (--break-start).")
    career_break = None
    if args.break_start:
        career_break = CareerBreak(date_arg(args.break_start + "-01" if len(args.break_start) == 7 else args.break_start,
                                         "Awal jeda kerja", "The career break start"), args.break_months)
    wage_change = None
    if args.wage_change_date or args.wage_change:
        wage_change = WageChange(date_arg(args.wage_change_date, "Tanggal perubahan upah", "The wage change date"),
                                 amount_arg(args.wage_change, "Upah baru", "The new wage"))
    given = lambda value, parse, *what: None if value is None else parse(value, *what)  # noqa: E731
    return dict(
        balance=given(args.balance, amount_arg, "Saldo (--balance)", "The balance (--balance)"),
        as_of=given(args.as_of, date_arg, "Tanggal saldo (--as-of)", "The balance date (--as-of)"),
        birth_date=given(args.birth_date, date_arg, "Tanggal lahir (--birth-date)", "The birth date (--birth-date)"),
        wage=given(args.wage, amount_arg, "Upah (--wage)", "The wage (--wage)"),
        segment=Segment(args.segment) if args.segment else None,
        wage_growth=args.wage_growth,
        annual_return=args.annual_return,
        inflation=args.inflation,
        claim_age=args.claim_age,
        stop_age=args.stop_age,
        career_break=career_break,
        wage_change=wage_change,
    )
