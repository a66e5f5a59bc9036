""".ci/check_wheels.py reads the runtime dependencies from pyproject.toml and applies their
markers for the target, not for the interpreter running the check."""
from __future__ import annotations

import importlib.util
import sys
import tomllib
from pathlib import Path

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
