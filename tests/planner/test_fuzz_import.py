"""Fuzzing the import: mutated statement text and damaged PDF bytes, imported through the store.

Every case must end in statements written to the database, or in the importer's own error
(a :class:`planner.errors.UserError` with a plain sentence in both languages) with nothing
written. What was imported must then read back from the store and go on to a baseline and a
projection, or to a plain refusal. Any other exception is a bug.

Two profiles, chosen by the environment variable ``JHT_FUZZ_PROFILE``:

* ``ci`` (default): about 200 cases in all, derandomized so CI never flakes, a few seconds.
* ``long``: over 10,000 cases, random; also asserts that the slowest case took under 2 s of
  CPU time (the wall-clock maximum is reported beside it).
  Run it with (docs/reliability.md)::

      JHT_FUZZ_PROFILE=long python -m pytest -s tests/planner/test_fuzz_import.py

Times are measured per case (extraction, audit, store, projection); in CI they are only recorded.
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from planner.errors import UserError
from planner.importers import ImportResult, read_bytes
from planner.importers.rsjht import RsjhtExtractor
from planner.store import Store
from resources import DEMO_DIR

FIXTURES = Path(__file__).resolve().parent / "importers" / "fixtures"
DEMO_FILES = sorted(DEMO_DIR.glob("rsjht-*.pdf"))

PROFILE = os.environ.get("JHT_FUZZ_PROFILE", "ci")
if PROFILE not in ("ci", "long"):
    raise RuntimeError(f"JHT_FUZZ_PROFILE must be 'ci' or 'long', not {PROFILE!r}")
LONG = PROFILE == "long"

# Cases per test: (ci, long). ci totals 200, long 10,400.
_CASES = {
    "text": (110, 6000),
    "csv": (30, 1400),
    "pdf": (60, 3000),
}
MAX_SECONDS_PER_CASE = 2.0

# The long profile is marked slow too, so `-m "not slow"` leaves it out even when selected.
pytestmark = [pytest.mark.slow] if LONG else []


def _settings(kind: str) -> settings:
    ci, long = _CASES[kind]
    return settings(
        max_examples=long if LONG else ci,
        deadline=None,  # timed by hand below: the long profile asserts the maximum
        derandomize=not LONG,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                               HealthCheck.data_too_large],
    )


# --------------------------------------------------------------------------- bookkeeping

STATS: dict[str, dict] = {}


class _Timer:
    """Wall-clock and CPU time of one case (CPU time does not count other programs on the machine)."""

    def __enter__(self) -> "_Timer":
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu


def _record(kind: str, timer: _Timer, outcome: str, case: object = None) -> None:
    s = STATS.setdefault(kind, {"cases": 0, "max_seconds": 0.0, "max_cpu_seconds": 0.0, "outcomes": {},
                                "slowest": ""})
    s["cases"] += 1
    s["max_seconds"] = max(s["max_seconds"], timer.wall)
    if timer.cpu > s["max_cpu_seconds"]:
        s["max_cpu_seconds"], s["slowest"] = timer.cpu, repr(case)[:300]
    s["outcomes"][outcome] = s["outcomes"].get(outcome, 0) + 1


def _snapshot(path: Path) -> tuple:
    """Rows per table and the highest id of each: equal snapshots mean nothing was written."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return tuple((t, *conn.execute(f"SELECT count(*), coalesce(max(rowid), 0) FROM {t}").fetchone())
                     for t in tables)
    finally:
        conn.close()


def _assert_plain(err: UserError) -> None:
    for lang in ("id", "en"):
        text = err.text(lang)
        assert text and text.strip() == text, err.code
        assert "\n" not in text and "Traceback" not in text and len(text) < 500, text
    assert err.code and isinstance(err.code, str)


def _import_and_check(store: Store, db: Path, make_result) -> str:
    """Run one case: `make_result()` reads; the store imports. Returns the outcome's name."""
    before = _snapshot(db)
    try:
        result = make_result()
        report = store.import_results([result])
    except UserError as err:
        _assert_plain(err)
        assert _snapshot(db) == before, "a failed import wrote to the database"
        return err.code
    # Written entirely: every year and row the plan added sits under its import id.
    conn = sqlite3.connect(db)
    try:
        (import_id,) = report.import_ids
        fp = report.plan.files[0]
        years = conn.execute("SELECT count(*) FROM statements WHERE import_id = ?", (import_id,)).fetchone()[0]
        rows = conn.execute("SELECT count(*) FROM rows WHERE import_id = ?", (import_id,)).fetchone()[0]
    finally:
        conn.close()
    assert years == len(fp.new_years) + (len(fp.year_conflicts) if report.plan.replace_conflicts else 0)
    assert rows == len(fp.new_rows)
    store.statements()  # what was written reads back
    return _project(result)


def _project(result) -> str:
    """What was imported goes on to a projection, or to a plain refusal (never a traceback)."""
    from planner.baseline import from_statements, to_assumptions
    from planner.projection import project

    try:
        project(to_assumptions(from_statements(result.statements)))
    except UserError as err:
        _assert_plain(err)
        return "imported"
    return "imported+projected"


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory):
    db = tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite3"
    store = Store.open(db)
    yield store, db
    store.close()
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


# --------------------------------------------------------------------------- text mutations

def _fixture_texts() -> dict[str, str]:
    # The demo member's fixtures only: the store holds one person, and the real-layout fixtures
    # (real-*.txt) are other fictional people; tests/planner/importers/test_real_layout.py fuzzes those.
    return {p.stem: p.read_text(encoding="utf-8").partition("\n")[2] for p in sorted(FIXTURES.glob("rsjht-*.txt"))}


TEXTS = _fixture_texts()
_NUMBER = re.compile(r"\d+")
_DATE = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{4}")
_BAD_DATES = ("30-02-2024", "29-02-2023", "31-04-2024", "00-01-2024", "01-13-2024", "01-00-2024", "99-99-9999",
              "01-01-0000", "31/06/2024", "1-1-1", "32-12-2024", "01-01-9999")
_NOISE = ("Halaman 2 dari 3", "No Tgl Setor BL-TH Tgl Posting Upah Rapel Iuran JHT Iuran JP",
          "Summary JHT", "Jumlah", "Saldo Awal Per", "Rp", "-", "", "Saldo Akhir Per 31-12-2024 Rp 1,000.00",
          "INFORMASI DANA DAN USIA PENSIUN PESERTA JHT - JP TAHUN 0000", "Nomor Kartu/NIK/Nomor Peg. : / /")

_op = st.one_of(
    st.tuples(st.just("drop"), st.integers(0, 10**6), st.integers(1, 3)),
    st.tuples(st.just("repeat"), st.integers(0, 10**6), st.integers(0, 10**6)),
    st.tuples(st.just("swap"), st.integers(0, 10**6), st.integers(0, 10**6)),
    st.tuples(st.just("number"), st.integers(0, 10**6),
              st.one_of(st.sampled_from(["", "0", "-", ".", ",", "00", "9" * 25, "1,2,3", "1.2.3", "(5)", "1e9"]),
                        st.text("0123456789.,-", max_size=12))),
    st.tuples(st.just("date"), st.integers(0, 10**6), st.sampled_from(_BAD_DATES)),
    st.tuples(st.just("insert"), st.integers(0, 10**6),
              st.one_of(st.sampled_from(_NOISE), st.text(max_size=40))),
    st.tuples(st.just("truncate"), st.integers(0, 10**6), st.just(0)),
    st.tuples(st.just("char"), st.integers(0, 10**6), st.characters()),
)


def mutate_text(text: str, ops) -> str:
    for kind, a, b in ops:
        lines = text.split("\n")
        n = len(lines)
        if kind == "drop" and n:
            i = a % n
            del lines[i:i + b]
        elif kind == "repeat" and n:
            lines.insert(b % (n + 1), lines[a % n])
        elif kind == "swap" and n:
            i, j = a % n, b % n
            lines[i], lines[j] = lines[j], lines[i]
        elif kind == "number":
            spots = list(_NUMBER.finditer(text))
            if spots:
                m = spots[a % len(spots)]
                text = text[:m.start()] + b + text[m.end():]
            continue
        elif kind == "date":
            spots = list(_DATE.finditer(text))
            if spots:
                m = spots[a % len(spots)]
                text = text[:m.start()] + b + text[m.end():]
            continue
        elif kind == "insert":
            lines.insert(a % (n + 1), b)
        elif kind == "truncate":
            text = text[: a % (len(text) + 1)]
            continue
        elif kind == "char" and text:
            i = a % len(text)
            text = text[:i] + b + text[i + 1:]
            continue
        text = "\n".join(lines)
    return text


def result_from_text(text: str) -> ImportResult:
    """What planner.importers.read_bytes does after a PDF's text is extracted: extract, audit."""
    from planner.audit import audit_cards, audit_statement
    from planner.rules import load_rules

    extractor = RsjhtExtractor()
    statements = extractor.extract(text)
    rules = load_rules()
    audited = tuple(audit_statement(s, rules) for s in statements)
    return ImportResult(Path("fuzz.pdf"), "fuzz.pdf", "0" * 64, extractor.name, extractor.version, audited,
                        tuple(audit_cards(audited)))


def test_every_fixture_reads_before_mutation():
    """The fuzz starts from readable text (else mutations would test nothing)."""
    readable = 0
    for name, text in TEXTS.items():
        try:
            readable += bool(result_from_text(text).statements)
        except UserError:
            assert name == "rsjht-columns-plain"  # the one variant only layout mode reads
    assert readable == len(TEXTS) - 1


def test_mutations_change_the_text():
    text = TEXTS["rsjht-rows-en"]
    assert mutate_text(text, [("drop", 0, 1)]) != text
    assert mutate_text(text, [("date", 0, "30-02-2024")]).count("30-02-2024") == 1
    assert mutate_text(text, [("number", 3, "")]) != text
    assert mutate_text(text, [("swap", 0, 5)]).split("\n")[5] == text.split("\n")[0]


@_settings("text")
@given(name=st.sampled_from(sorted(TEXTS)), ops=st.lists(_op, min_size=1, max_size=6))
def test_mutated_statement_text_imports_or_fails_plainly(fuzz_store, name, ops):
    store, db = fuzz_store
    text = mutate_text(TEXTS[name], ops)
    with _Timer() as timer:
        outcome = _import_and_check(store, db, lambda: result_from_text(text))
    _record("text", timer, outcome, (name, ops))


# --------------------------------------------------------------------------- CSV (text files)

def _export_csv() -> bytes:
    from planner import csvio
    from resources.demo.make_demo import demo_statements

    return csvio.write_history_csv(demo_statements()[:2]).encode("utf-8")


CSV_BYTES = _export_csv()


@_settings("csv")
@given(ops=st.lists(_op, min_size=1, max_size=5))
def test_mutated_csv_export_imports_or_fails_plainly(fuzz_store, ops):
    store, db = fuzz_store
    data = mutate_text(CSV_BYTES.decode("utf-8"), ops).encode("utf-8", "surrogatepass")
    with _Timer() as timer:
        outcome = _import_and_check(store, db, lambda: read_bytes(data, "fuzz.csv"))
    _record("csv", timer, outcome, ops)


# --------------------------------------------------------------------------- PDF bytes

PDFS = {p.name: p.read_bytes() for p in DEMO_FILES}

_byte_op = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 10**7), st.integers(1, 255)),
    st.tuples(st.just("truncate"), st.integers(0, 10**7), st.just(b"")),
    st.tuples(st.just("insert"), st.integers(0, 10**7), st.binary(min_size=1, max_size=64)),
    st.tuples(st.just("delete"), st.integers(0, 10**7), st.integers(1, 512)),
    st.tuples(st.just("zero"), st.integers(0, 10**7), st.integers(1, 4096)),
)


def mutate_bytes(data: bytes, ops) -> bytes:
    buf = bytearray(data)
    for kind, a, b in ops:
        n = len(buf)
        if n == 0:
            break
        i = a % n
        if kind == "flip":
            buf[i] ^= b
        elif kind == "truncate":
            del buf[i:]
        elif kind == "insert":
            buf[i:i] = b
        elif kind == "delete":
            del buf[i:i + b]
        elif kind == "zero":
            buf[i:i + b] = bytes(len(buf[i:i + b]))
    return bytes(buf)


@_settings("pdf")
@given(name=st.sampled_from(sorted(PDFS)), ops=st.lists(_byte_op, min_size=1, max_size=4))
def test_damaged_pdf_bytes_import_or_fail_plainly(fuzz_store, name, ops):
    store, db = fuzz_store
    data = mutate_bytes(PDFS[name], ops)
    with _Timer() as timer:
        outcome = _import_and_check(store, db, lambda: read_bytes(data, "fuzz.pdf"))
    _record("pdf", timer, outcome, (name, ops))


# --------------------------------------------------------------------------- summary

def test_fuzz_summary():
    """Every kind ran; the outcomes include both imports and plain refusals. Long: max time < 2 s."""
    if not STATS:
        pytest.skip("run with the fuzz tests above")
    summary = {"profile": PROFILE, "cases": sum(s["cases"] for s in STATS.values()),
               "max_seconds": round(max(s["max_seconds"] for s in STATS.values()), 3),
               "max_cpu_seconds": round(max(s["max_cpu_seconds"] for s in STATS.values()), 3), "by_kind": STATS}
    print("\nfuzz summary:", json.dumps(summary, indent=1, sort_keys=True))
    out = os.environ.get("JHT_FUZZ_REPORT")
    if out:
        Path(out).write_text(json.dumps(summary, indent=1, sort_keys=True), encoding="utf-8")
    for kind, s in STATS.items():
        assert any(o.startswith("imported") for o in s["outcomes"]) or kind == "pdf", (kind, s["outcomes"])
        assert len(s["outcomes"]) > 1, (kind, s["outcomes"])
    if LONG:
        assert summary["cases"] >= 10_000
        # CPU time: on a shared machine the wall clock also counts other programs (it is reported too).
        assert summary["max_cpu_seconds"] < MAX_SECONDS_PER_CASE, summary
