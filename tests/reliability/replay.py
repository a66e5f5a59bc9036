"""Replay the hostile corpus (:mod:`tests.reliability.corpus`) through the command line and
count what happened.

    python -m tests.reliability.replay [--profile quick|long] [--json summary.json] [-v]

Each case runs ``planner.cli.main`` in this process (a disk-full case in a child process
whose file-size limit is a few kilobytes, so the kernel refuses the write as a full disk
does) with its own empty ``JHT_PLANNER_HOME``. Outcomes:

* ``success``: exit status 0;
* ``refusal``: exit status 2 and exactly one line on stderr, no traceback;
* ``traceback``: an exception escaped, or "Traceback" was printed: must be 0;
* ``unclear``: any other exit, or a refusal of several lines.

Checked for every case as well: the earlier file it must not touch (an earlier export or
report, the database of a refused import) is byte for byte the same, no temporary file is left
beside it, a database left behind passes ``PRAGMA integrity_check`` (``damaged`` must be 0);
nothing printed holds an escape or control character or an undecodable byte (``unsafe``), or
a NIK or KPJ of a file name in full (``leaked``); and the case ended as the corpus expects
(``unexpected``: a refusal of a good file, the success of an impossible one).
"""
from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from tests.reliability.corpus import KPJ, ROOT, Case, cases

DISK_FULL_BYTES = 4096
_UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")


@dataclass
class Outcome:
    case: str
    kind: str
    result: str  # success, refusal, traceback, unclear
    seconds: float
    damaged: list[str] = field(default_factory=list)
    unsafe: bool = False
    leaked: bool = False
    unexpected: bool = False
    detail: str = ""


@dataclass
class Summary:
    profile: str
    cases: int
    outcomes: dict[str, int]
    damaged: int
    unsafe: int
    leaked: int
    unexpected: int
    by_kind: dict[str, dict[str, int]]
    slowest: tuple[str, float]
    seconds: float
    problems: list[dict]

    def line(self) -> str:
        o = self.outcomes
        return (f"{self.cases} cases: {o.get('refusal', 0)} plain refusals, {o.get('success', 0)} successes, "
                f"{o.get('traceback', 0)} tracebacks, {o.get('unclear', 0)} unclear; {self.damaged} files damaged, "
                f"{self.unsafe} unsafe outputs, {self.leaked} identifiers leaked, {self.unexpected} unexpected; "
                f"slowest {self.slowest[0]} {self.slowest[1]:.2f} s; {self.seconds:.0f} s in all")


# --------------------------------------------------------------------------- one case

def _sha(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _materialize(case: Case, folder: Path) -> list[str]:
    paths = []
    for name, content in case.files.items():
        if content == "</dev/zero>":
            paths.append("/dev/zero")
            continue
        path = os.path.join(os.fsencode(folder), name if isinstance(name, bytes) else os.fsencode(name))
        if content == "<dir>":
            os.mkdir(path)
        elif content == "<fifo>":
            os.mkfifo(path)
        elif isinstance(content, bytes):
            with open(path, "wb") as fh:
                fh.write(content)
        paths.append(os.fsdecode(path))
    return paths


def _argv(case: Case, paths: list[str], work: Path) -> list[str]:
    out = work / ("laporan.pdf" if case.argv and case.argv[0] == "report" else "ekspor.csv")
    values = {"out": str(out), "missing_dir": str(work / "tidak-ada")}
    values.update({str(i): p for i, p in enumerate(paths)})
    return [re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], a) for a in case.argv]


def _run_here(argv: list[str]) -> tuple[int | None, str, str, str]:
    """(exit status or None, stdout, stderr, escaped traceback) of planner.cli.main(argv)."""
    from planner.cli import main

    out, err = io.StringIO(), io.StringIO()
    escaped = ""
    code: int | None = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 2
        except BaseException:  # noqa: BLE001 - that is what is being counted
            escaped = traceback.format_exc()
    return code, out.getvalue(), err.getvalue(), escaped


def _run_child(argv: list[str], env: dict[str, str]) -> tuple[int | None, str, str, str]:
    """The command in a child process that cannot write a file past DISK_FULL_BYTES."""
    import resource

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails with EFBIG instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (DISK_FULL_BYTES, DISK_FULL_BYTES))

    code = "import sys; from planner.cli import main; sys.exit(main(sys.argv[1:]))"
    proc = subprocess.run([sys.executable, "-c", code, *argv], env=env, capture_output=True, timeout=300,
                          preexec_fn=limit, cwd=ROOT)
    decode = lambda b: b.decode("utf-8", "surrogateescape")  # noqa: E731
    return proc.returncode, decode(proc.stdout), decode(proc.stderr), ""


def _prepare_database(setup: str, db: Path) -> None:
    db.parent.mkdir(parents=True, exist_ok=True)
    if setup == "garbage_db":
        db.write_bytes(os.urandom(8192))
    elif setup == "empty_file_db":
        db.write_bytes(b"")
    elif setup == "foreign_db":
        with contextlib.closing(sqlite3.connect(db)) as con:
            con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
            con.execute("INSERT INTO notes (body) VALUES ('another application''s data')")
            con.commit()


def _hold_write_lock(db: Path) -> subprocess.Popen:
    """Another process holding the database's write lock until it is killed."""
    code = ("import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
            "c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); time.sleep(600)")
    proc = subprocess.Popen([sys.executable, "-c", code, str(db)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def replay_case(case: Case, work: Path) -> Outcome:
    home = work / "home"
    env = dict(os.environ, JHT_PLANNER_HOME=str(home), PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1")
    old_home = os.environ.get("JHT_PLANNER_HOME")
    os.environ["JHT_PLANNER_HOME"] = str(home)
    try:
        paths = _materialize(case, work)
        argv = _argv(case, paths, work)
        db = home / "data" / "jht-planner.sqlite3"
        protected: dict[Path, str | None] = {}
        holder: subprocess.Popen | None = None
        for setup in case.setup:
            if setup == "earlier_output":
                out = Path(_argv(Case("", "", argv=("{out}",)) if argv[0] != "report" else
                                 Case("", "", argv=("report", "{out}")), [], work)[-1])
                out.write_bytes(b"the earlier file, which must survive")
                protected[out] = _sha(out)
            elif setup == "import_first":
                _run_here(["import", *paths])
            elif setup == "import_first_only":
                _run_here(["import", paths[0]])
            elif setup == "lock_held":
                holder = _hold_write_lock(db)
            elif setup.endswith("_db"):
                _prepare_database(setup, db)
        if "foreign_db" in case.setup:
            protected[db] = _sha(db)
        before_db = _sha(db)
        started = time.perf_counter()
        try:
            if "disk_full" in case.setup:
                code, out, err, escaped = _run_child(argv, env)
            else:
                code, out, err, escaped = _run_here(argv)
        finally:
            if holder is not None:
                holder.kill()
                holder.wait()
        seconds = time.perf_counter() - started
    finally:
        if old_home is None:
            os.environ.pop("JHT_PLANNER_HOME", None)
        else:
            os.environ["JHT_PLANNER_HOME"] = old_home

    if escaped or "Traceback (most recent call last)" in err + out:
        result = "traceback"
    elif code == 0:
        result = "success"
    elif code == 2 and err.strip() and err.strip().count("\n") == 0:
        result = "refusal"
    else:
        result = "unclear"
    outcome = Outcome(case.name, case.kind, result, seconds, detail=(escaped or err)[-600:])
    if result == "refusal" and before_db is not None and _sha(db) != before_db:
        outcome.damaged.append(str(db))
    for path, digest in protected.items():
        if _sha(path) != digest and not (result == "success" and "earlier_output" in case.setup):
            outcome.damaged.append(str(path))
        leftovers = [p.name for p in path.parent.glob(f".{path.name}.*")]
        if leftovers:
            outcome.damaged.append(f"left behind: {leftovers}")
    if db.exists() and db.stat().st_size and "garbage_db" not in case.setup:
        try:
            with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as con:
                if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                    outcome.damaged.append(f"{db}: integrity_check")
        except sqlite3.DatabaseError as exc:
            outcome.damaged.append(f"{db}: {exc}")
    shown = out + err if result != "traceback" else out
    outcome.unsafe = bool(_UNSAFE.search(shown))
    secrets = [s for s in case.secrets if s] + ([KPJ] if "--show-ids" not in argv else [])
    outcome.leaked = any(s in shown for s in secrets)
    outcome.unexpected = result in ("success", "refusal") and case.expect not in ("either", result)
    return outcome


# --------------------------------------------------------------------------- all cases

def replay(profile: str = "quick", verbose: bool = False) -> tuple[Summary, list[Outcome]]:
    selected = cases(profile)
    outcomes = []
    started = time.perf_counter()
    for case in selected:
        with tempfile.TemporaryDirectory(prefix="jht-rel-") as tmp:
            outcome = replay_case(case, Path(tmp))
        outcomes.append(outcome)
        if verbose:
            flags = " ".join(f for f in ("damaged", "unsafe", "leaked", "unexpected") if getattr(outcome, f))
            print(f"{outcome.result:9} {outcome.seconds:6.2f}s {case.name} {flags}", flush=True)
    by_kind: dict[str, Counter] = {}
    for o in outcomes:
        by_kind.setdefault(o.kind, Counter())[o.result] += 1
    slowest = max(outcomes, key=lambda o: o.seconds)
    problems = [asdict(o) for o in outcomes
                if o.result in ("traceback", "unclear") or o.damaged or o.unsafe or o.leaked or o.unexpected]
    summary = Summary(
        profile=profile,
        cases=len(outcomes),
        outcomes=dict(Counter(o.result for o in outcomes)),
        damaged=sum(bool(o.damaged) for o in outcomes),
        unsafe=sum(o.unsafe for o in outcomes),
        leaked=sum(o.leaked for o in outcomes),
        unexpected=sum(o.unexpected for o in outcomes),
        by_kind={k: dict(v) for k, v in sorted(by_kind.items())},
        slowest=(slowest.case, round(slowest.seconds, 2)),
        seconds=time.perf_counter() - started,
        problems=problems,
    )
    return summary, outcomes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profile", choices=("quick", "long"), default="quick")
    parser.add_argument("--json", type=Path, help="write the summary (and every problem case) as JSON")
    parser.add_argument("-v", "--verbose", action="store_true", help="one line per case")
    args = parser.parse_args()
    summary, _ = replay(args.profile, args.verbose)
    print(summary.line())
    for kind, counts in summary.by_kind.items():
        print(f"  {kind:9} " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    for p in summary.problems:
        print(f"PROBLEM {p['case']}: {p['result']} damaged={p['damaged']} unsafe={p['unsafe']} "
              f"leaked={p['leaked']} unexpected={p['unexpected']}\n    {p['detail'][-300:]!r}")
    if args.json:
        args.json.write_text(json.dumps(asdict(summary), indent=1, ensure_ascii=False), encoding="utf-8")
    bad = summary.outcomes.get("traceback", 0) + summary.damaged
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
