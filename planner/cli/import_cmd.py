"""`jht-planner import` (read statements, store them) and `jht-planner history` (what is stored).

Also the statement sources other commands share (``--statement FILE…``, ``--stored``,
``--demo``): :func:`add_source_args` and :func:`load_source`.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any, Sequence

from models import Finding, Severity, StatementYear
from planner.csvio import has_summary
from planner.display import safe_text, shown_name
from planner.errors import InvalidInput
from planner.format import mask_digits, percent, rupiah
from planner.importers import ImportProblem
from planner.store import DifferentMember, ImportPlan
from planner.texts import both, tr
from planner.workspace import Workspace, source_from_store

DEMO_DIR = Path(__file__).resolve().parents[2] / "resources" / "demo"


# --------------------------------------------------------------------------- registration


def register(subs: argparse._SubParsersAction) -> None:
    from planner.cli import add_common

    p = subs.add_parser("import", help="baca Rincian Saldo JHT (PDF) atau CSV dan simpan",
                        description="Membaca rincian saldo (PDF JMO, CSV templat, ekspor aplikasi ini), "
                                    "memeriksanya, dan menyimpannya. Lihat docs/cli.md.")
    add_common(p)
    p.add_argument("files", nargs="*", metavar="FILE", help="berkas PDF, CSV atau gambar (foto, pindaian, tangkapan layar)")
    p.add_argument("--password", metavar="P", help="kata sandi PDF (sering tanggal lahir DDMMYYYY)")
    p.add_argument("--dry-run", action="store_true", help="tampilkan saja, jangan simpan")
    p.add_argument("--wage", metavar="RP", help="upah yang Anda terima, untuk memeriksa upah yang dilaporkan")
    p.add_argument("--accept-uncertain", action="store_true",
                   help="simpan juga nilai dari gambar yang gagal diperiksa atau kurang yakin terbaca")
    p.add_argument("--replace-conflicts", action="store_true",
                   help="jika berkas berbeda dari data tersimpan, pakai isi berkas")
    p.add_argument("--json", action="store_true", help="cetak satu objek JSON")
    p.add_argument("--show-ids", action="store_true", help="tampilkan nomor KPJ lengkap")
    p.add_argument("--save-text", metavar="OUT", type=Path,
                   help="jangan impor: simpan teks PDF tanpa identitas ke OUT, untuk dilampirkan pada laporan")
    p.set_defaults(func=run_import)

    h = subs.add_parser("history", help="daftar data yang tersimpan",
                        description="Menampilkan kartu, rincian tahunan dan asal datanya yang tersimpan.")
    add_common(h)
    h.add_argument("--json", action="store_true", help="cetak satu objek JSON")
    h.add_argument("--show-ids", action="store_true", help="tampilkan nomor KPJ lengkap")
    h.set_defaults(func=run_history)


def add_source_args(p: argparse.ArgumentParser) -> None:
    """--statement FILE… | --stored (and the global --demo): where statements come from."""
    g = p.add_argument_group("sumber rincian saldo (pilih satu; --demo = contoh bawaan)")
    x = g.add_mutually_exclusive_group()
    x.add_argument("--statement", nargs="+", metavar="FILE", help="baca berkas ini tanpa menyimpannya")
    x.add_argument("--stored", action="store_true", help="pakai data yang tersimpan (impor dan entri cepat)")
    g.add_argument("--password", metavar="P", help="kata sandi PDF untuk --statement")


# --------------------------------------------------------------------------- sources


@dataclasses.dataclass(frozen=True)
class Source:
    statements: list[StatementYear]
    findings: list[Finding]  # across years
    quick: Any = None  # planner.baseline.QuickEntry
    kind: str = "statement"  # "statement", "demo" or "stored"


def demo_files() -> list[Path]:
    files = sorted(DEMO_DIR.glob("*.pdf"))
    if not files:
        raise InvalidInput("demo_missing", "Contoh bawaan (resources/demo) tidak ditemukan.",
                           "The bundled demo statements (resources/demo) are missing.")
    return files


def read_statements(paths: Sequence[str | Path], password: str | None, lang: str,
                    declared_wage: Decimal | None = None) -> tuple[list[Any], list[Finding]]:
    """Read every file (raising on the first that cannot be read); audit across them."""
    from planner.audit import audit_cards, audit_statement
    from planner.csvio import tidy_summaryless
    from planner.importers import read_file
    from planner.importers.picture import read_picture_paths, split_pictures
    from planner.rules import load_rules

    # pypdf (under redact) loads only when a file is read, as the other imports here
    from planner.importers.redact import with_text_offer

    pictures, others = split_pictures(paths)
    results = []
    for path in others:
        try:
            results.append(read_file(path, password, lang=lang))
        except ImportProblem as exc:
            raise with_text_offer(exc, path) from None
    if pictures:  # pictures given together: the pages of one printout
        results.append(read_picture_paths(pictures, lang))
    if declared_wage is not None:
        rules = load_rules()
        results = [dataclasses.replace(r, statements=tuple(
            audit_statement(st, rules, declared_wage=declared_wage, lang=lang) for st in r.statements))
            for r in results]
    every = [st for r in results for st in r.statements]
    every, across = tidy_summaryless(every, audit_cards(every, lang=lang), lang)
    return results, across


def has_source(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "statement", None) or getattr(args, "stored", False) or getattr(args, "demo", False))


def load_source(args: argparse.Namespace) -> Source:
    """Statements from --statement, --demo (never written to the database) or --stored."""
    from planner.csvio import tidy_summaryless

    lang = args.lang
    if args.demo and (getattr(args, "statement", None) or getattr(args, "stored", False)):
        raise InvalidInput("sources", "Pilih satu sumber: --demo, --statement atau --stored.",
                           "Choose one source: --demo, --statement or --stored.")
    if getattr(args, "stored", False):
        from planner.recovery import open_for_cli

        with open_for_cli(lang) as store:
            return Source(store.statements(lang=lang), store.card_findings(lang), store.quick_entry(), "stored")
    paths = list(getattr(args, "statement", None) or []) or (demo_files() if args.demo else [])
    results, across = read_statements(paths, getattr(args, "password", None), lang)
    statements, _ = tidy_summaryless([st for r in results for st in r.statements], (), lang)
    return Source(statements, across, None, "demo" if args.demo else "statement")


# --------------------------------------------------------------------------- JSON shapes


def _num(x: Decimal | None) -> float | None:
    return None if x is None else float(x)


def _kpj(kpj: str, show: bool) -> str:
    return kpj if show else mask_digits(kpj)


def _file(name: str, show: bool) -> str:
    """A file name as shown: a KPJ or NIK in it masked in any grouping, control characters and
    escape sequences removed (planner.display)."""
    return shown_name(name, show)


def finding_json(f: Finding) -> dict[str, Any]:
    return {"code": f.code, "severity": getattr(f.severity, "value", f.severity), "message": f.message,
            "periods": list(f.periods)}


def statement_json(st: StatementYear, show_ids: bool = False) -> dict[str, Any]:
    """One statement year as docs/cli.md documents it. Without a summary the figures are null."""
    summary = has_summary(st)
    return {
        "kpj": _kpj(st.card.kpj, show_ids),
        "name": st.member.name,
        "birth_date": st.member.birth_date.isoformat() if st.member.birth_date else None,
        "employer": st.card.employer,
        "npp": st.card.npp,
        "year": st.year,
        "opening": _num(st.opening) if summary else None,
        "contributions": _num(st.contributions) if summary else None,
        "development": _num(st.development) if summary else None,
        "closing": _num(st.closing) if summary else None,
        "effective_return": st.effective_return if summary else None,
        # Read by OCR from a photo, scan or screenshot; whether a person then checked the
        # values OCR was unsure of (null for a statement not read from a picture).
        "from_picture": st.from_picture,
        "confirmed": st.confirmed if st.from_picture else None,
        "rows": [
            {"period": r.period_text,
             "paid_on": r.paid_on.isoformat() if r.paid_on else None,
             "posted_on": r.posted_on.isoformat() if r.posted_on else None,
             "wage": float(r.wage), "rapel": float(r.rapel),
             "jht_employer": float(r.jht_employer), "jht_worker": float(r.jht_worker),
             "jp_employer": float(r.jp_employer), "jp_worker": float(r.jp_worker)}
            for r in st.rows
        ],
        "findings": [finding_json(f) for f in st.findings],
    }


# --------------------------------------------------------------------------- import


def _declared_wage(text: str | None) -> Decimal | None:
    if text is None:
        return None
    from planner.parse import ParseError, parse_amount

    try:
        value = parse_amount(text)
    except ParseError:
        raise InvalidInput("bad_amount", f"Upah (--wage) bukan angka rupiah: {text}.",
                           f"The wage (--wage) is not a rupiah amount: {text}.") from None
    if value < 0:
        raise InvalidInput("wage_range", "Upah tidak boleh negatif.", "The wage cannot be negative.")
    return value


def run_import(args: argparse.Namespace) -> int:
    from planner.paths import database_path
    from planner.store import Store

    lang = args.lang
    paths: list[str | Path] = list(args.files)
    if args.save_text is not None:
        from planner.importers.redact import save_redacted_text  # pypdf loads only when needed

        if len(paths) != 1:
            raise InvalidInput("save_text_one_file", *both("import.save_text_one_file"))
        saved = save_redacted_text(paths[0], args.save_text, args.password)
        sys.stdout.write(tr("import.save_text_done", lang, path=saved) + "\n")
        return 0
    demo = args.demo and not paths
    if demo:
        paths = list(demo_files())
    if not paths:
        raise InvalidInput("no_files", "Sebutkan berkas yang akan diimpor.", "Name the files to import.")
    wage = _declared_wage(args.wage)
    # Every file is read (and may fail) before the database is opened: a bad file writes nothing.
    results, across = read_statements(paths, args.password, lang, wage)
    results = _openings_checked(results, lang)
    uncertain = [u for r in results for u in r.uncertain]
    if uncertain:
        from planner.importers.picture import uncertain_text

        sys.stderr.write(uncertain_text(uncertain, lang, args.show_ids, stored=args.accept_uncertain))
        if not (args.accept_uncertain or args.dry_run):
            return 2
    write = not (args.dry_run or demo)
    if write or database_path().exists():
        from planner.recovery import open_for_cli

        with open_for_cli(lang) as store:
            plan = store.plan_import(results, args.replace_conflicts, lang)
            if write:
                store.apply(plan)  # raises DifferentMember (exit 2, nothing written) for another person
    else:  # a dry run on a machine with no database yet: compare with nothing, create nothing
        with Store.open(":memory:") as store:
            plan = store.plan_import(results, args.replace_conflicts, lang)
    if plan.mismatches:  # a dry run says it too: this would not be stored
        raise DifferentMember(plan.mismatches[0])
    statements = [st for fp in plan.files for st in _tidy(fp.result.statements, lang)]
    findings = list(across) + list(plan.conflict_findings)
    if args.json:
        out = {
            "statements": [statement_json(st, args.show_ids) for st in statements],
            "findings": [finding_json(f) for f in findings],
            "added": plan.added,
            "duplicates": plan.duplicates,
            "conflicts": plan.conflicts,
            "unidentified_files": [_file(name, args.show_ids) for name in plan.anonymous],
        }
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(import_text(plan, statements, findings, lang, args.show_ids, written=write))
    return 0


def _openings_checked(results: list, lang: str) -> list:
    """Each picture statement's Saldo Awal against the previous year's Saldo Akhir when the
    database holds it (planner.importers.picture.check_openings); no database, no check."""
    from planner.paths import database_path

    if not any(r.openings for r in results) or not database_path().exists():
        return results
    # Imported here, as the other commands' modules: only an import of pictures needs them.
    from planner.importers.picture import check_openings
    from planner.recovery import open_for_cli

    with open_for_cli(lang) as store:
        stored = store.statements(lang=lang)
    return [check_openings(r, stored, lang) for r in results]


def _tidy(statements: Sequence[StatementYear], lang: str) -> list[StatementYear]:
    from planner.csvio import tidy_summaryless

    return tidy_summaryless(statements, (), lang)[0]


def _finding_line(f: Finding, lang: str) -> str:
    sev = tr(f"cli_store.severity.{Severity(f.severity).value}", lang)
    return f"    ! [{sev}] {f.message}"


def _statement_lines(st: StatementYear, lang: str, show_ids: bool) -> list[str]:
    rp = lambda x: rupiah(x, lang, 2)  # noqa: E731
    card = _kpj(st.card.kpj, show_ids)
    who = f" \u2014 {safe_text(st.card.employer)}" if st.card.employer else ""
    rows = tr("cli_store.rows", lang, count=len(st.rows))
    if has_summary(st):
        ret = ("" if st.effective_return is None else
               tr("cli_store.effective_return", lang, rate=percent(st.effective_return, lang)))
        line = tr("cli_store.year", lang, card=card, who=who, year=st.year, opening=rp(st.opening),
                  contributions=rp(st.contributions), development=rp(st.development), closing=rp(st.closing),
                  rows=rows, ret=ret)
    else:
        line = tr("cli_store.year_without_summary", lang, card=card, who=who, year=st.year, rows=rows)
    if st.from_picture:
        line += tr("ocr.cli.confirmed" if st.confirmed else "ocr.cli.not_confirmed", lang)
    return [line] + [_finding_line(f, lang) for f in st.findings if f.code != "summary_missing"]


def import_text(plan: ImportPlan, statements: Sequence[StatementYear], findings: Sequence[Finding], lang: str,
                show_ids: bool, written: bool) -> str:
    cards = {st.card.kpj for st in statements}
    lines = [tr("cli_store.read", lang, files=len(plan.files), years=len(statements), cards=len(cards))]
    for fp in plan.files:
        r = fp.result
        again = ""
        if fp.imported_before:
            again = tr("cli_store.imported_before", lang, when=fp.imported_before[-1].strftime("%Y-%m-%d %H:%M"))
        lines.append(f"  {_file(r.file_name, show_ids)}: {r.extractor} {r.extractor_version}{again}")
    lines.append("")
    for st in statements:
        lines += _statement_lines(st, lang, show_ids)
    if findings:
        lines += ["", tr("cli_store.across_files", lang)]
        lines += [_finding_line(f, lang) for f in findings]
    lines += [tr("store.anonymous_file", lang, file=_file(name, show_ids)) for name in plan.anonymous]
    lines.append("")
    counts = {"added": plan.added, "duplicates": plan.duplicates, "conflicts": plan.conflicts}
    lines.append(tr("cli_store.stored" if written else "cli_store.dry_run", lang, **counts))
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- history


def run_history(args: argparse.Namespace) -> int:
    """What is stored, as the workspace the window and `project --stored` read sees it."""
    from planner.recovery import open_for_cli

    lang, show = args.lang, args.show_ids
    with open_for_cli(lang) as store:
        ws = Workspace(source_from_store(store, lang), lang=lang)
        imports = store.imports()  # the import log (file, extractor, counts): the store's own record
    member, cards, statements, quick = ws.source.member, ws.source.cards, ws.statements, ws.source.quick
    across = ws.findings_across
    if args.json:
        out = {
            "member": ({"name": member.name, "birth_date": member.birth_date.isoformat() if member.birth_date else None}
                       if member else None),
            "cards": [{"kpj": _kpj(c.kpj, show), "employer": c.employer, "npp": c.npp,
                       "segment": getattr(c.segment, "value", c.segment)} for c in cards],
            "imports": [{"id": i.id, "file_name": _file(i.file_name, show), "sha256": i.sha256, "extractor": i.extractor,
                         "extractor_version": i.extractor_version, "imported_at": i.imported_at.isoformat(),
                         "added": i.added, "duplicates": i.duplicates, "conflicts": i.conflicts} for i in imports],
            "statements": [statement_json(st, show) for st in statements],
            "findings": [finding_json(f) for f in across],
            "quick_entry": ({"saldo": float(quick.saldo), "saldo_date": quick.saldo_date.isoformat(),
                             "wage": float(quick.wage), "birth_date": quick.birth_date.isoformat(),
                             "kpj": _kpj(quick.kpj, show) if quick.kpj else "", "employer": quick.employer,
                             "saved_at": quick.saved_at.isoformat() if quick.saved_at else None}
                            if quick else None),
        }
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    lines: list[str] = []
    if not statements and quick is None and not across:
        sys.stdout.write(tr("cli_store.nothing_stored", lang) + "\n")
        return 0
    if member:
        lines.append(tr("cli_store.member", lang, name=safe_text(member.name)))
    for c in cards:
        lines.append(tr("cli_store.card", lang, card=_kpj(c.kpj, show))
                     + (f" \u2014 {safe_text(c.employer)}" if c.employer else "") + (f" (NPP {c.npp})" if c.npp else ""))
    if statements:
        lines.append("")
        for st in statements:
            lines += _statement_lines(st, lang, show)
    if across:
        lines += ["", tr("cli_store.across", lang)] + [_finding_line(f, lang) for f in across]
    if quick:
        lines += ["", tr("cli_store.quick_entry", lang, saldo=rupiah(quick.saldo, lang), date=quick.saldo_date,
                         wage=rupiah(quick.wage, lang))]
    if imports:
        lines += ["", tr("cli_store.imports", lang)]
        for i in imports:
            lines.append(tr("cli_store.import_line", lang, when=f"{i.imported_at:%Y-%m-%d %H:%M}",
                            file=_file(i.file_name, show), extractor=i.extractor, version=i.extractor_version,
                            added=i.added, duplicates=i.duplicates, conflicts=i.conflicts))
    sys.stdout.write("\n".join(lines) + "\n")
    return 0
