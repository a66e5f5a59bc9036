"""Do the runtime dependencies install from binary wheels on Windows and macOS?

Nothing here can run the window on Windows or macOS; what can be proven from Linux is that
pip's resolver finds a binary wheel for every runtime dependency (and theirs) on each
target, so a member's `pip install jht-planner` there never needs a compiler:

    python .ci/check_wheels.py            # every target below, a table, status 1 on a failure

The dependencies are read from pyproject.toml ([project].dependencies and every optional
group except the test/dev ones), never listed here. Each target is one
`pip install --dry-run --only-binary=:all: --platform … --python-version …` (PyPI's
metadata files: no wheel is downloaded). The environment markers of our own requirements
are evaluated for the target (pip would evaluate them for the running interpreter);
markers inside the dependencies' own metadata are still evaluated by pip for this Linux
interpreter, a limit written down in packaging/README.md.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import tomllib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
PYTHONS = ("3.11", "3.12", "3.13")
# (name, pip --platform tags). The oldest macOS packaging/README.md supports: 14 on Apple
# silicon and 13 on Intel, because onnxruntime (the OCR engine) ships Python 3.13 wheels only
# from those (pip also accepts wheels tagged for older versions).
PLATFORMS = (
    ("windows-x86_64", ("win_amd64",)),
    ("macos-arm64", ("macosx_14_0_arm64",)),
    ("macos-x86_64", ("macosx_13_0_x86_64",)),
)
NOT_RUNTIME = {"test", "tests", "dev", "docs", "build"}


@dataclass(frozen=True)
class Outcome:
    platform: str
    python: str
    ok: bool
    detail: str  # the resolved top-level versions, or pip's last error line


def runtime_requirements(pyproject: Path = ROOT / "pyproject.toml") -> list[Requirement]:
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    texts = list(project.get("dependencies", []))
    for group, reqs in project.get("optional-dependencies", {}).items():
        if group not in NOT_RUNTIME:
            texts.extend(reqs)
    return [Requirement(t) for t in texts]


def for_target(requirements: list[Requirement], python: str, platform_tag: str) -> list[str]:
    """The requirements that apply on the target, without their markers."""
    sys_platform = "win32" if platform_tag.startswith("win") else "darwin"
    env = {"python_version": python, "python_full_version": f"{python}.0", "sys_platform": sys_platform,
           "platform_system": "Windows" if sys_platform == "win32" else "Darwin",
           "os_name": "nt" if sys_platform == "win32" else "posix",
           "platform_machine": "AMD64" if sys_platform == "win32" else platform_tag.split("_", 3)[-1]}
    out = []
    for req in requirements:
        if req.marker is None or req.marker.evaluate(env):
            extras = f"[{','.join(sorted(req.extras))}]" if req.extras else ""
            out.append(f"{req.name}{extras}{req.specifier}")
    return out


def resolve(platform: str, tags: tuple[str, ...], python: str, requirements: list[Requirement]) -> Outcome:
    wanted = for_target(requirements, python, tags[0])
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        cmd = [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--quiet",
               "--disable-pip-version-check", "--only-binary=:all:", "--implementation", "cp",
               "--python-version", python, "--target", str(Path(tmp) / "t"), "--report", str(report)]
        for tag in tags:
            cmd += ["--platform", tag]
        proc = subprocess.run(cmd + wanted, capture_output=True, text=True)
        if proc.returncode != 0:
            errors = [line for line in proc.stderr.splitlines() if line.startswith("ERROR")]
            return Outcome(platform, python, False, (errors or proc.stderr.splitlines() or ["pip failed"])[-1])
        installed = json.loads(report.read_text())["install"]
    names = {Requirement(w).name.lower().replace("_", "-") for w in wanted}
    versions = sorted(f"{i['metadata']['name']} {i['metadata']['version']}" for i in installed
                      if i["metadata"]["name"].lower().replace("_", "-") in names)
    return Outcome(platform, python, True, ", ".join(versions))


def main() -> int:
    requirements = runtime_requirements()
    jobs = [(name, tags, py) for name, tags in PLATFORMS for py in PYTHONS]
    with ThreadPoolExecutor(max_workers=3) as pool:  # network-bound; 3 keeps a 2-core CI calm
        outcomes = list(pool.map(lambda job: resolve(*job, requirements), jobs))
    for o in outcomes:
        print(f"{'ok  ' if o.ok else 'FAIL'} {o.platform:15} py{o.python}  {o.detail}")
    failed = [o for o in outcomes if not o.ok]
    print(f"binary wheels: {len(outcomes) - len(failed)}/{len(outcomes)} targets resolve "
          f"({len(requirements)} requirements from pyproject.toml)")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
