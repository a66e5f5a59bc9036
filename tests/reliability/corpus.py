"""A hostile corpus for the reliability suite: files, file names and situations a careful
member's bad day produces, generated (nothing is downloaded, every person is fictional).

    python -m tests.reliability.corpus --out FOLDER [--profile quick|long]

writes every case's input files into FOLDER (one sub-folder per case) with a ``cases.json``
listing them. :mod:`tests.reliability.replay` generates the same cases itself and replays
them; this entry point is there to look at the files or to try them in the window.

Kinds of case (:func:`cases`):

* ``csv``: year summaries and contribution rows with impossible figures: years before JHT or
  after this year, balances after today, negative balances, 13–40-digit amounts, NaN,
  impossible dates, names in CJK, with an emoji, a tab or an escape sequence;
* ``pdf``: page trees that lie about their size (claims 1 page, holds 60,000), cycles,
  shared subtrees that multiply to millions of pages, thousands of broken objects (pypdf
  warns once each), the demo statements truncated and with bits flipped;
* ``name``: a demo statement under hostile file names: a NIK with dashes, dots or spaces,
  escape sequences, bytes that are not UTF-8, control characters;
* ``special``: a folder, ``/dev/zero``, a FIFO, a missing file, an empty file;
* ``write``: export-csv and report over an earlier file on a full disk (RLIMIT_FSIZE on POSIX,
  a small tmpfs when run as root on Linux), into a folder that does not exist, onto a folder;
* ``database``: the data folder and the database damaged or foreign (another application's
  SQLite file, garbage, a hand-edited impossible year) under ``history``/``project``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEMO_DIR = ROOT / "resources" / "demo"
KPJ = "15023456789"  # fictional
NIK = "3171014102900003"  # fictional, well formed
SUMMARY_HEADER = "kpj,tahun,saldo_awal,iuran,pengembangan,saldo_akhir,nama_peserta,nama_pemberi_kerja"
ROWS_HEADER = "kpj,bl_th,tgl_setor,tgl_posting,upah,rapel,iuran_jht_pemberi_kerja,iuran_jht_tk"


@dataclass(frozen=True)
class Case:
    """One hostile input and the command that meets it.

    `files` maps a file name (str, or bytes for names that are not UTF-8) to its content
    (bytes), or to a marker: "<dir>", "<fifo>", "</dev/zero>", "<missing>". `argv` is the
    command, with "{0}", "{1}", … standing for the files' paths and "{out}" for an output
    file. `secrets` must never appear in what the command prints (a NIK in a file name).
    `setup` names a situation the replay prepares: "earlier_export", "earlier_report",
    "disk_full", "foreign_db", "garbage_db", "stored_year_0"."""

    name: str
    kind: str
    files: dict = field(default_factory=dict)
    argv: tuple[str, ...] = ()
    setup: tuple[str, ...] = ()
    secrets: tuple[str, ...] = ()
    expect: str = "refusal"  # "refusal", "success" or "either"


# --------------------------------------------------------------------------- PDF builders

def pdf_from_objects(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF whose object i+1 is ``objects[i]``, with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    return bytes(out)


def _text_stream(text: str) -> bytes:
    content = b"BT /F1 10 Tf 50 780 Td (" + text.encode("latin-1") + b") Tj ET"
    return b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def lying_page_tree(pages: int, claim: int = 1) -> bytes:
    """A page tree whose /Count says `claim` while /Kids holds `pages` pages (one shared
    content stream: a few bytes per page)."""
    first_page = 5
    kids = b" ".join(b"%d 0 R" % (first_page + i) for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Count %d /Kids [%s] >>" % (claim, kids),
        _FONT,
        _text_stream("BPJS KETENAGAKERJAAN Rincian Saldo JHT halaman"),
    ]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
    objects += [page] * pages
    return pdf_from_objects(objects)


def multiplying_page_tree(depth: int) -> bytes:
    """Each /Pages node lists the same child twice: 2**depth pages from depth + 3 objects."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(depth):
        child = 3 + level
        objects.append(b"<< /Type /Pages /Count %d /Kids [%d 0 R %d 0 R] >>" % (2 ** (depth - level), child, child))
    objects.append(b"<< /Type /Page /MediaBox [0 0 595 842] /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>"
                   % (len(objects) + 2, len(objects) + 3))
    objects.append(_text_stream("Rincian Saldo JHT"))
    objects.append(_FONT)
    return pdf_from_objects(objects)


def cyclic_page_tree() -> bytes:
    """/Pages 2 lists itself among its kids."""
    return pdf_from_objects([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Count 2 /Kids [3 0 R 2 0 R] >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ])


def misplaced_objects(pages: int) -> bytes:
    """Every cross-reference offset wrong by a few bytes, pages without text: pypdf finds each
    object anyway, warning once or twice per object, and then finds no text (a "scan")."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(pages))
    objects.append(b"<< /Type /Pages /Count %d /Kids [%s] >>" % (pages, kids))
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"] * pages
    return re.sub(rb"(\d{10}) 00000 n ", lambda m: b"%010d 00000 n " % (int(m.group(1)) + 3), pdf_from_objects(objects))


def mutated(data: bytes, rng: random.Random, how: str) -> bytes:
    """The demo statement damaged: truncated, bits flipped, a block zeroed."""
    buf = bytearray(data)
    if how == "truncate":
        return bytes(buf[: rng.randrange(16, len(buf) - 1)])
    if how == "flip":
        for _ in range(rng.randint(1, 40)):
            buf[rng.randrange(len(buf))] ^= 1 << rng.randrange(8)
        return bytes(buf)
    start = rng.randrange(len(buf))
    buf[start:start + rng.randint(1, 2048)] = b"\0" * len(buf[start:start + 2048])
    return bytes(buf[: len(data)])


# --------------------------------------------------------------------------- the cases

def _summary(year: str, opening: str = "10000000.00", closing: str = "14829929.10", name: str = "BUDI CONTOH",
             employer: str = "PT CONTOH MAJU") -> bytes:
    return (f"{SUMMARY_HEADER}\n{KPJ},{year},{opening},4104000.00,725929.10,{closing},{name},{employer}\n").encode()


def _rows(period: str = "2024-01", paid: str = "2024-02-10", wage: str = "6000000") -> bytes:
    return f"{ROWS_HEADER}\n{KPJ},{period},{paid},{paid},{wage},0,222000,120000\n".encode()


def csv_cases(today: dt.date) -> list[Case]:
    imp = ("import", "{0}")
    this, last = today.year, today.year - 1
    out = [Case(f"csv-year-{y}", "csv", {f"tahun-{y}.csv": _summary(y)}, imp)
           for y in ("0000", "0001", "1900", "1976", str(this + 1), "2200", "9998", "99999")]
    out.append(Case("csv-year-this-closing-after-today", "csv", {"ini.csv": _summary(str(this))}, imp))
    out.append(Case("csv-year-last", "csv", {"lalu.csv": _summary(str(last))}, imp, expect="success"))
    out += [Case(f"csv-negative-{w}", "csv", {f"neg-{w}.csv": _summary(str(last), **{w: "-1.00"})}, imp)
            for w in ("opening", "closing")]
    for digits in (13, 20, 25, 28, 29, 31, 40, 400):
        out.append(Case(f"csv-amount-{digits}-digits", "csv", {f"angka-{digits}.csv": _summary(str(last), "9" * digits)}, imp))
    for word in ("NaN", "Infinity", "-Infinity", "sNaN", "1e999", "0x10", "١٢٣"):
        # Arabic-Indic digits are digits to Python's Decimal (١٢٣ = 123): read or refused, never a crash.
        expect = "either" if word == "١٢٣" else "refusal"
        out.append(Case(f"csv-amount-{word}", "csv", {f"kata-{len(out)}.csv": _summary(str(last), word)}, imp,
                        expect=expect))
    for period, paid in (("2024-13", "2024-02-10"), ("2024-00", "2024-02-10"), ("0000-01", "2024-02-10"),
                         ("2024-01", "30-02-2024"), ("2024-01", "2024-02-30"), ("2024-01", "0000-01-01"),
                         ("2024-01", f"{this + 1}-01-01"), (f"{this + 1}-01", f"{this}-01-01"),
                         ("2024-01", "1/10/2024"), ("2024-01", "9999-99-99")):
        out.append(Case(f"csv-date-{period}-{paid}".replace("/", "_"), "csv", {"tanggal.csv": _rows(period, paid)}, imp))
    for label, name in (("cjk", "王小明"), ("emoji", "BUDI 😀 CONTOH"), ("tab", "BUDI\tCONTOH"),
                        ("escape", "BUDI \x1b[2J\x1b[31mCONTOH"), ("rtl", "BUDI \u202eHOTNOC"),
                        ("arabic", "بودي"), ("long", "B" * 5000)):
        csv = _summary(str(last), name=name, employer=name if label != "long" else "PT")
        # A name of thousands of characters is refused; escape characters can make the file
        # read as binary (refused as not a statement): either way one sentence, never a crash.
        expect = {"long": "refusal", "escape": "either"}.get(label, "success")
        out.append(Case(f"csv-name-{label}", "csv", {f"nama-{label}.csv": csv}, imp, expect=expect))
        out.append(Case(f"report-name-{label}", "csv", {f"nama-{label}.csv": csv},
                        ("report", "--statement", "{0}", "--wage", "6000000", "--birth-date", "1990-02-01",
                         "--no-bands", "--out", "{out}"), expect=expect))
    out += [
        Case("csv-empty", "csv", {"kosong.csv": b""}, imp),
        Case("csv-bom-only", "csv", {"bom.csv": b"\xef\xbb\xbf"}, imp),
        Case("csv-header-only", "csv", {"kepala.csv": SUMMARY_HEADER.encode() + b"\n"}, imp),
        Case("csv-binary", "csv", {"biner.csv": bytes(range(256)) * 64}, imp),
        Case("csv-nul", "csv", {"nul.csv": _summary(str(last)).replace(b",", b"\0")}, imp),
        Case("csv-utf16", "csv", {"utf16.csv": _summary(str(last)).decode().encode("utf-16")}, imp, expect="either"),
        Case("csv-long-line", "csv", {"panjang.csv": SUMMARY_HEADER.encode() + b"\n" + b"9" * 2_000_000}, imp),
        Case("csv-too-large", "csv", {"besar.csv": b"#" * (21 * 1024 * 1024)}, imp),
    ]
    return out


def pdf_cases(rng: random.Random, mutations: int) -> list[Case]:
    imp = ("import", "{0}")
    out = [
        Case("pdf-claims-1-holds-60000", "pdf", {"bohong.pdf": lying_page_tree(60_000)}, imp),
        Case("pdf-claims-1-holds-201", "pdf", {"bohong-201.pdf": lying_page_tree(201)}, imp),
        Case("pdf-claims-5000-holds-2", "pdf", {"bohong-2.pdf": lying_page_tree(2, claim=5000)}, imp),
        Case("pdf-multiplying-2^40", "pdf", {"ganda.pdf": multiplying_page_tree(40)}, imp),
        Case("pdf-cyclic-tree", "pdf", {"siklus.pdf": cyclic_page_tree()}, imp),
        Case("pdf-misplaced-objects", "pdf", {"rusak.pdf": misplaced_objects(200)}, imp),
        Case("pdf-header-only", "pdf", {"kepala.pdf": b"%PDF-1.7\n%%EOF\n"}, imp),
    ]
    demos = sorted(DEMO_DIR.glob("*.pdf"))
    for i in range(mutations):
        source = demos[i % len(demos)]
        how = ("truncate", "flip", "zero")[i % 3]
        data = mutated(source.read_bytes(), rng, how)
        out.append(Case(f"pdf-demo-{how}-{i}", "pdf", {source.name: data}, imp, expect="either"))
    return out


def name_cases() -> list[Case]:
    demo = sorted(DEMO_DIR.glob("*.pdf"))[0].read_bytes()
    grouped = ("3171-0141-0290-0003", "3171.0141.0290.0003", "3171 0141 0290 0003", "3171_0141_0290_0003",
               "3171014102900003", "150-234-567-89")
    out = []
    for i, nik in enumerate(grouped):
        secret = nik.replace("-", "").replace(".", "").replace(" ", "").replace("_", "")
        name = f"rincian {nik}.pdf"
        out.append(Case(f"name-nik-{i}-import", "name", {name: demo}, ("import", "{0}"), secrets=(nik, secret),
                        expect="success"))
        out.append(Case(f"name-nik-{i}-history", "name", {name: demo}, ("history",), setup=("import_first",),
                        secrets=(nik, secret), expect="success"))
        out.append(Case(f"name-nik-{i}-dry-run-json", "name", {name: demo}, ("import", "--dry-run", "--json", "{0}"),
                        secrets=(nik, secret), expect="success"))
    for label, raw in (("escape", "saldo\x1b[2J\x1b]0;judul\x07.pdf"), ("newline", "saldo\nbaris.pdf"),
                       ("bell", "saldo\x07.pdf"), ("rtl", "saldo\u202efdp.exe"), ("long", "s" * 240 + ".pdf")):
        out.append(Case(f"name-{label}", "name", {raw: demo}, ("import", "{0}"), expect="success"))
    out.append(Case("name-not-utf8", "name", {b"saldo-\xff\xfe.pdf": demo}, ("import", "{0}"), expect="success"))
    out.append(Case("name-not-utf8-refused", "name", {b"\xff\xfe-kosong.csv": b""}, ("import", "{0}")))
    return out


def special_cases() -> list[Case]:
    imp = ("import", "{0}")
    out = [
        Case("special-folder", "special", {"folder.pdf": "<dir>"}, imp),
        Case("special-missing", "special", {"tidak-ada.pdf": "<missing>"}, imp),
        Case("special-dev-zero", "special", {"zero": "</dev/zero>"}, imp),
        Case("special-fifo", "special", {"pipa.pdf": "<fifo>"}, imp),
    ]
    return out


def write_cases() -> list[Case]:
    export = ("export-csv", "--demo", "--out", "{out}")
    report = ("report", "--demo", "--no-bands", "--out", "{out}")
    return [
        Case("write-export-disk-full", "write", {}, export, setup=("earlier_output", "disk_full")),
        Case("write-report-disk-full", "write", {}, report, setup=("earlier_output", "disk_full")),
        Case("write-export-no-folder", "write", {}, ("export-csv", "--demo", "--out", "{missing_dir}/x.csv")),
        Case("write-report-onto-folder", "write", {"ada.pdf": "<dir>"}, ("report", "--demo", "--no-bands", "--out", "{0}")),
        Case("write-export-over-earlier", "write", {}, export, setup=("earlier_output",), expect="success"),
    ]


def database_cases() -> list[Case]:
    demo = sorted(DEMO_DIR.glob("*.pdf"))
    locked = Case("database-locked-import", "database", {demo[0].name: demo[0].read_bytes(), demo[1].name: demo[1].read_bytes()},
                  ("import", "{1}"), setup=("import_first_only", "lock_held"))
    return [locked] + [
        Case(f"database-{setup}-{cmd}", "database", {}, (cmd,), setup=(setup,), expect="either")
        for setup in ("garbage_db", "foreign_db", "empty_file_db")
        for cmd in ("history", "project")
    ]


def cases(profile: str = "quick", seed: int = 14, today: dt.date | None = None) -> list[Case]:
    """Every case of `profile` ("quick": a few hundred; "long": thousands of mutations)."""
    today = today or dt.date.today()
    rng = random.Random(seed)
    mutations = 24 if profile == "quick" else 1500
    out = csv_cases(today) + pdf_cases(rng, mutations) + name_cases() + special_cases() + write_cases() + database_cases()
    if profile == "long":
        out += [Case(f"pdf-lying-{n}", "pdf", {f"bohong-{n}.pdf": lying_page_tree(n, claim=rng.randint(0, 3))},
                     ("import", "{0}"), expect="either") for n in (0, 1, 199, 200, 5000, 200_000)]
    return out


def write_corpus(folder: Path, profile: str) -> int:
    """Write every case's files under `folder` (markers as empty placeholders) and cases.json."""
    listing = []
    for case in cases(profile):
        where = folder / case.name
        where.mkdir(parents=True, exist_ok=True)
        for name, content in case.files.items():
            path = where / (name.decode("utf-8", "backslashreplace") if isinstance(name, bytes) else name.replace("/", "_"))
            if isinstance(content, bytes):
                path.write_bytes(content)
        listing.append({"name": case.name, "kind": case.kind, "argv": list(case.argv), "setup": list(case.setup),
                        "expect": case.expect})
    (folder / "cases.json").write_text(json.dumps(listing, indent=1), encoding="utf-8")
    return len(listing)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--profile", choices=("quick", "long"), default="quick")
    args = parser.parse_args()
    n = write_corpus(args.out, args.profile)
    print(f"{n} cases written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
