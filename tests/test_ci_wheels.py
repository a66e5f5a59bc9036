""".ci/check_wheels.py reads the runtime dependencies from pyproject.toml and applies their
markers for the target, not for the interpreter running the check."""
from __future__ import annotations

import importlib.util
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _module():
    spec = importlib.util.spec_from_file_location("_jht_check_wheels", ROOT / ".ci" / "check_wheels.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_every_runtime_dependency_of_pyproject_is_checked_and_no_test_tool():
    check = _module()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    names = {r.name for r in check.runtime_requirements()}
    assert {t.split(">")[0].split("[")[0].split(";")[0].strip() for t in project["dependencies"]} <= names
    assert not names & {"pytest", "pytest-qt", "hypothesis"}


def test_markers_are_evaluated_for_the_target_python(tmp_path):
    check = _module()
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "x"\ndependencies = [\n'
                         '  "PySide6-Essentials>=6.6,!=6.12.0; python_version < \'3.12\'",\n'
                         '  "PySide6-Essentials>=6.6; python_version >= \'3.12\'",\n'
                         '  "pywin32>=300; sys_platform == \'win32\'",\n'
                         '  "pypdf[crypto]>=4.0",\n]\n'
                         '[project.optional-dependencies]\nocr = ["onnxruntime>=1.17"]\ntest = ["pytest"]\n')
    reqs = check.runtime_requirements(pyproject)
    win311 = check.for_target(reqs, "3.11", "win_amd64")
    mac313 = check.for_target(reqs, "3.13", "macosx_12_0_arm64")
    assert win311 == ["PySide6-Essentials!=6.12.0,>=6.6", "pywin32>=300", "pypdf[crypto]>=4.0", "onnxruntime>=1.17"]
    assert mac313 == ["PySide6-Essentials>=6.6", "pypdf[crypto]>=4.0", "onnxruntime>=1.17"]


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _strings(v)


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_the_pyinstaller_spec_has_no_linux_only_path(monkeypatch, platform):
    from tests.test_packaging import _run_spec

    calls = _run_spec(monkeypatch, platform)
    strings = [s for name, made in calls.items() for args, kwargs in made for s in _strings((args, kwargs))]
    linux_only = [s for s in strings if s.startswith(("/usr", "/lib", "/opt", "/etc")) or ".so" in s
                  or "linux" in s.lower() or s.endswith(".sh")]
    assert linux_only == []
    assert all("/" not in s or Path(s).is_absolute() is False or Path(s).resolve().is_relative_to(ROOT)
               or s.startswith("/site/")  # the test's stand-in for site-packages
               for s in strings if s.startswith("/"))
