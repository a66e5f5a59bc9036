"""`jht-planner arrears`, `ready` and `reminders`: from a finding to a remedy (docs/remedies.md).

* ``arrears``: the arrears table per card (text or ``--json``), and with ``--out`` the table and
  the three letters as a PDF (``.pdf``) or plain text (any other suffix).
* ``ready``: the "Siap cair" checklist and figures for a claim reason and date.
* ``reminders``: an ``.ics`` calendar file with the member's reminders.

Everything shown is computed in planner.remedies; this module parses flags and prints.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from decimal import Decimal
from pathlib import Path

from models.remedies import Arrears, ClaimReason, LetterKind, Readiness
from planner.audit import audit_statement
from planner.baseline import from_statements, to_assumptions
from planner.cli.import_cmd import add_source_args, has_source, load_source
from planner.cli.arguments import amount_arg, date_arg
from planner.errors import InvalidInput
from planner.remedies.arrears import compute_arrears
from planner.remedies.export import write_pdf, write_text
from planner.remedies.ics import reminders_ics
from planner.remedies.letters import card_label, letters, method_notes, table_lines, unverified_note
from planner.remedies.readiness import checklist_lines, figures_line, member_since, readiness, readiness_title
from planner.rules import load_rules
from planner.serialize import rule_json
from planner.texts import both, tr
from planner.withdrawal import parse_member_since
from planner.workspace import ClaimRequest


def register(subs: argparse._SubParsersAction) -> None:
    from planner.cli import add_common  # the package imports this module while it builds the parser

    p = subs.add_parser("arrears", help="tunggakan iuran dan bukti (surat ke HR, BPJS, Disnaker)",
                        description="Bulan yang tidak dibayar, terlambat, upah kurang dilaporkan, atau tarif salah; "
                                    "kekurangan dan pengembangan yang hilang; surat (docs/remedies.md).")
    add_common(p)
    add_source_args(p)
    p.add_argument("--wage", metavar="RP", help="upah bulanan yang sebenarnya Anda terima (untuk upah yang kurang dilaporkan)")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="hitung pengembangan yang hilang sampai tanggal ini (default: hari ini)")
    p.add_argument("--json", action="store_true", help="satu objek JSON")
    p.add_argument("--out", metavar="FILE", help="tulis tabel dan surat: .pdf untuk PDF, selain itu teks biasa")
    p.add_argument("--branch", metavar="NAMA", default="", help="kantor cabang BPJS untuk surat pengaduan")
    p.add_argument("--show-ids", action="store_true", help="tampilkan nomor KPJ lengkap (default: disamarkan)")
    p.set_defaults(func=run_arrears)

    r = subs.add_parser("ready", help="Siap cair: daftar periksa dan angka klaim JHT",
                        description="Daftar periksa klaim JHT dan angka bruto, pajak, bersih untuk satu alasan dan tanggal.")
    add_common(r)
    add_source_args(r)
    add_claim_args(r, "--date", required=True)
    r.add_argument("--member-since", metavar="YYYY-MM", help="awal kepesertaan (Keps Awal JHT), untuk klaim sebagian")
    r.add_argument("--json", action="store_true", help="satu objek JSON")
    r.add_argument("--show-ids", action="store_true", help="tampilkan nomor KPJ lengkap (default: disamarkan)")
    r.set_defaults(func=run_ready)

    m = subs.add_parser("reminders", help="pengingat .ics untuk kalender (tanpa internet)",
                        description="Berkas kalender .ics: impor rincian saldo tiap tahun, dan kapan JHT bisa diklaim.")
    add_common(m)
    m.add_argument("--out", required=True, metavar="FILE.ics", help="berkas kalender yang ditulis")
    m.add_argument("--import-month", type=int, metavar="1-12", help="bulan pengingat impor rincian saldo tiap tahun")
    m.add_argument("--stop-date", metavar="YYYY-MM-DD", help="hari terakhir bekerja: pengingat saat klaim bisa diajukan")
    m.set_defaults(func=run_reminders)


def _need_source(args: argparse.Namespace) -> None:
    if not has_source(args):
        raise InvalidInput("missing_source", *both("remedies.cli.need_source"))


# --------------------------------------------------------------------------- arrears


def arrears_from_args(args: argparse.Namespace) -> Arrears:
    _need_source(args)
    source = load_source(args)
    rules = load_rules()
    wage = None if args.wage is None else Decimal(str(amount_arg(args.wage, "Upah (--wage)", "The wage (--wage)")))
    if wage is not None and wage <= 0:
        raise InvalidInput("wage_range", *both("remedies.cli.wage_positive"))
    statements = source.statements
    if wage is not None:  # the audit finds under-reported months only against a wage the member gives
        statements = [audit_statement(st, rules, declared_wage=wage, lang=args.lang) for st in statements]
    as_of = date_arg(args.as_of, "Tanggal (--as-of)", "The date (--as-of)") if args.as_of else None
    return compute_arrears(statements, source.findings, wage, as_of, rules)


def _money(x: Decimal) -> float:
    return float(x)


def arrears_json(a: Arrears, show_ids: bool = False) -> dict:
    """The JSON shape of issue 17 (docs/remedies.md); amounts in rupiah."""
    return {
        "cards": [{
            "kpj": card_label(c.card.kpj, show_ids),
            "employer": c.card.employer,
            "npp": c.card.npp,
            "months": [{
                "period": m.period, "kind": m.kind.value, "wage_used": _money(m.wage_used),
                "due_jht": _money(m.due_jht), "paid_jht": _money(m.paid_jht), "shortfall_jht": _money(m.shortfall_jht),
                "due_jp": _money(m.due_jp), "paid_jp": _money(m.paid_jp), "shortfall_jp": _money(m.shortfall_jp),
                "lost_development": _money(m.lost_development),
            } for m in c.months],
            "total_shortfall": _money(c.total_shortfall),
            "total_lost_development": _money(c.total_lost_development),
        } for c in a.cards],
        "rules": [rule_json(u) for u in a.rules],
    }


def arrears_text(a: Arrears, lang: str, show_ids: bool = False) -> str:
    if not a.has_findings:
        return tr("remedies.none", lang) + "\n"
    lines = table_lines(a, lang, show_ids) + method_notes(a, lang)
    return "\n".join(lines).rstrip("\n") + "\n"


def run_arrears(args: argparse.Namespace) -> int:
    a = arrears_from_args(args)
    lang = args.lang
    if args.out:
        docs = [arrears_text(a, lang, args.show_ids)] + [l.body for l in letters(a, lang, args.show_ids, args.branch)]
        out = Path(args.out)
        if out.suffix.lower() == ".pdf":
            write_pdf(out, docs, title=tr("remedies.cli.pdf_title", lang))
        else:
            write_text(out, "\n\f\n".join(docs))
    if args.json:
        json.dump(arrears_json(a, args.show_ids), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(arrears_text(a, lang, args.show_ids))
    if args.out:
        sys.stderr.write(tr("remedies.cli.written", lang, path=args.out) + "\n")
        note = unverified_note(tuple(LetterKind), lang, a.as_of)
        if note:
            sys.stderr.write(note + "\n")
    return 0


# --------------------------------------------------------------------------- ready


def add_claim_args(p: argparse.ArgumentParser, date_flag: str, required: bool) -> None:
    """--reason and its date (`date_flag`): `ready`'s, and the report's optional checklist.
    Read them with :func:`claim_from_args` (with the parser's ``--member-since``)."""
    p.add_argument("--reason", required=required, choices=[c.value for c in ClaimReason], help="alasan klaim")
    p.add_argument(date_flag, required=required, dest="reason_date", metavar="YYYY-MM-DD",
                   help="tanggal berhenti bekerja, atau tanggal klaim (usia, klaim sebagian, lainnya)")
    p.set_defaults(reason_date_flag=date_flag)


def claim_from_args(args: argparse.Namespace) -> ClaimRequest | None:
    """The claim asked for by :func:`add_claim_args`' flags; None without --reason."""
    if args.reason is None:
        return None
    flag = args.reason_date_flag
    on = date_arg(args.reason_date, f"Tanggal ({flag})", f"The date ({flag})")
    since = parse_member_since(args.member_since) if args.member_since else None
    return ClaimRequest(ClaimReason(args.reason), on, since)


def readiness_from_args(args: argparse.Namespace, today: dt.date | None = None) -> Readiness:
    _need_source(args)
    source = load_source(args)
    rules = load_rules()
    a = to_assumptions(from_statements(source.statements, source.quick, rules))
    claim = claim_from_args(args)
    since = claim.member_since or member_since(source.statements)
    return readiness(claim.reason, claim.on, a, source.statements, since, today, args.lang, args.show_ids, rules)


def readiness_json(r: Readiness) -> dict:
    f = r.figures
    return {
        "reason": r.reason.value, "date": r.on.isoformat(), "earliest": r.earliest.isoformat(),
        "checklist": [{"key": i.key, "status": i.status.value, "text": i.text} for i in r.checklist],
        "figures": None if f is None else {"paid_on": f.paid_on.isoformat(), "gross": f.gross, "tax": f.tax,
                                           "net": f.net, "net_real": f.net_real, "later_gross": f.later_gross,
                                           "later_tax_progressive": f.later_tax},
        "notes": list(r.notes),
    }


def readiness_text(r: Readiness, lang: str) -> str:
    lines = [readiness_title(r, lang)]
    items = checklist_lines(r)
    lines += [f"  {line}" for line in items[:len(r.checklist)]]
    if r.figures is not None:
        lines.append("  " + figures_line(r, lang))
    lines += [f"  {n}" for n in r.notes]
    return "\n".join(lines) + "\n"


def run_ready(args: argparse.Namespace) -> int:
    r = readiness_from_args(args)
    if args.json:
        json.dump(readiness_json(r), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(readiness_text(r, args.lang))
    return 0


# --------------------------------------------------------------------------- reminders


def run_reminders(args: argparse.Namespace) -> int:
    if args.import_month is None and args.stop_date is None:
        raise InvalidInput("missing", *both("remedies.cli.need_reminder"))
    if args.import_month is not None and not 1 <= args.import_month <= 12:
        raise InvalidInput("bad_month", *both("remedies.cli.bad_month", month=args.import_month))
    stop = date_arg(args.stop_date, "Tanggal berhenti (--stop-date)", "The stop date (--stop-date)") if args.stop_date else None
    write_text(Path(args.out), reminders_ics(args.import_month, stop, args.lang))
    sys.stdout.write(tr("remedies.cli.written", args.lang, path=args.out) + "\n")
    return 0
