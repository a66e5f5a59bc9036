"""What ships: icons current with their SVG, the .desktop file, the PyInstaller spec, pyproject
entry points and package data, and docs/rules.md current with the rules files."""
from __future__ import annotations

import configparser
import importlib
import importlib.util
import subprocess
import sys
import tomllib
import types
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"


def _load(name: str):
    """A script from packaging/ as a module (packaging/ is not a package: the name is taken)."""
    spec = importlib.util.spec_from_file_location(f"_jht_{name}", PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def icons():
    return _load("make_icons")


@pytest.fixture(scope="module")
def pyproject():
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


# --- icons -------------------------------------------------------------------------------

def test_every_generated_icon_is_committed_with_the_right_size(icons):
    for size in icons.PNG_SIZES:
        assert icons.png_size((ICONS / icons.png_name(size)).read_bytes()) == (size, size)
    ico = icons.read_ico((ICONS / "jht-planner.ico").read_bytes())
    assert sorted(s for s, _ in ico) == sorted(icons.ICO_SIZES)
    for size, payload in ico:
        assert icons.png_size(payload) == (size, size)
    icns = icons.read_icns((ICONS / "jht-planner.icns").read_bytes())
    assert [k for k, _ in icns] == [k for k, _ in icons.ICNS_TYPES]
    for (kind, payload), (_, size) in zip(icns, icons.ICNS_TYPES):
        assert icons.png_size(payload) == (size, size), kind


def test_containers_round_trip(icons):
    pngs = {16: icons.PNG_SIGNATURE + b"\0\0\0\x0dIHDR" + (16).to_bytes(4, "big") * 2,
            256: icons.PNG_SIGNATURE + b"\0\0\0\x0dIHDR" + (256).to_bytes(4, "big") * 2}
    assert icons.read_ico(icons.build_ico(pngs)) == [(16, pngs[16]), (256, pngs[256])]
    with pytest.raises(ValueError):
        icons.read_icns(b"icns\0\0\0\x10" + b"\0" * 4)  # length field disagrees


def _pixels(png: bytes) -> np.ndarray:
    from PySide6.QtGui import QImage

    image = QImage.fromData(png).convertToFormat(QImage.Format.Format_ARGB32)
    w, h = image.width(), image.height()
    raw = np.frombuffer(bytes(image.constBits()), dtype=np.uint8).reshape(h, image.bytesPerLine())
    return raw[:, : w * 4].reshape(h, w, 4).astype(int)


def test_icons_are_current_with_the_svg(icons, tmp_path, qapp):
    """Re-render from the SVG; the committed files must match (same structure, near-same pixels)."""
    written = icons.make_icons(tmp_path)
    committed = {p.name for p in ICONS.iterdir() if p.name != "jht-planner.svg"}
    assert {p.name for p in written} == committed
    for size in icons.PNG_SIZES:
        fresh = _pixels((tmp_path / icons.png_name(size)).read_bytes())
        kept = _pixels((ICONS / icons.png_name(size)).read_bytes())
        assert fresh.shape == kept.shape
        # Rasterisers differ by a level or two at edges; an edited SVG moves whole shapes.
        assert np.abs(fresh - kept).mean() < 3.0, f"{size}px differs: run python packaging/make_icons.py"
    for name, reader in (("jht-planner.ico", icons.read_ico), ("jht-planner.icns", icons.read_icns)):
        fresh = reader((tmp_path / name).read_bytes())
        kept = reader((ICONS / name).read_bytes())
        assert [(k, icons.png_size(p)) for k, p in fresh] == [(k, icons.png_size(p)) for k, p in kept]


# --- Linux desktop entry -------------------------------------------------------------------

def test_desktop_entry(pyproject, icons):
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(PACKAGING / "jht-planner.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    for key in ("Name", "Name[id]", "Comment", "Comment[id]"):
        assert entry[key].strip(), key
    assert entry["Name"] != entry["Name[id]"] and entry["Comment"] != entry["Comment[id]"]
    command = entry["Exec"].split()[0]
    scripts = {**pyproject["project"]["scripts"], **pyproject["project"].get("gui-scripts", {})}
    assert command in scripts
    assert entry["Icon"] == icons.NAME and (ICONS / f"{entry['Icon']}.svg").is_file()
    categories = [c for c in entry["Categories"].split(";") if c]
    assert {"Office", "Finance"} <= set(categories) and entry["Categories"].endswith(";")
    assert entry["Terminal"] == "false"


# --- pyproject -----------------------------------------------------------------------------

def test_entry_points_resolve(pyproject):
    gui = pyproject["project"].get("gui-scripts", {})
    assert gui, "a [project.gui-scripts] entry starts the window without a console on Windows"
    for target in {**pyproject["project"]["scripts"], **gui}.values():
        module, func = target.split(":")
        assert callable(getattr(importlib.import_module(module), func))


def _runtime_resource_files() -> list[Path]:
    """Every file below resources/ that the planner reads at run time (not the Python of the
    package itself, the generators beside the demo, or translation sources)."""
    root = ROOT / "resources"
    return [p.relative_to(root) for p in sorted(root.rglob("*")) if p.is_file()
            and p.suffix not in {".py", ".pyc", ".ts"} and "__pycache__" not in p.parts
            and p.name != "README.md"]


def test_package_data_ships_every_resource_file(pyproject):
    patterns = pyproject["tool"]["setuptools"]["package-data"]["resources"]
    for folder, example in (("rules", "jht.toml"), ("icons", "jht-planner.svg"), ("icons", "jht-planner-32.png"),
                            ("translations", "jht_planner_id.qm")):
        assert any(Path(f"{folder}/{example}").match(p) for p in patterns), f"{folder}/{example}"
    missing = [str(f) for f in _runtime_resource_files()
               if not any(f.match(p) and len(f.parts) == len(Path(p).parts) for p in patterns)]
    assert not missing, f"not in [tool.setuptools.package-data] resources: {missing}"


# --- PyInstaller spec ----------------------------------------------------------------------

class _Recorder:
    def __init__(self):
        self.calls: dict[str, list] = {}

    def __getattr__(self, name):
        def record(*args, **kwargs):
            self.calls.setdefault(name, []).append((args, kwargs))
            return types.SimpleNamespace(args=args, kwargs=kwargs, pure=[], scripts=[], binaries=[], datas=[])
        return record


def _run_spec(monkeypatch, platform: str) -> dict[str, list]:
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package: [f"{package}.stub"]
    hooks.copy_metadata = lambda package: [(f"/site/{package}.dist-info", f"{package}.dist-info")]
    hooks.collect_data_files = lambda package, includes=(): [(f"/site/{package}/models/m.onnx", f"{package}/models")]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))
    rec = _Recorder()
    spec_globals = {"SPECPATH": str(PACKAGING), "__name__": "__main__"}
    spec_globals.update({n: getattr(rec, n) for n in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")})
    source = (PACKAGING / "jht-planner.spec").read_text("utf-8")
    exec(compile(source, "jht-planner.spec", "exec"), spec_globals)
    return rec.calls


def test_spec_bundles_entry_point_and_every_resource(monkeypatch):
    calls = _run_spec(monkeypatch, "linux")
    (scripts,), analysis = calls["Analysis"][0]
    assert [Path(s) for s in scripts] == [ROOT / "ui" / "launcher.py"]
    datas = {(Path(src).resolve(), dest) for src, dest in analysis["datas"]}
    resources = ROOT / "resources"
    expected = [("rules/*.toml", "resources/rules"), ("demo/*.pdf", "resources/demo"),
                ("icons/*.png", "resources/icons"), ("translations/*.qm", "resources/translations")]
    for pattern, dest in expected:
        for path in resources.glob(pattern):
            assert (path.resolve(), dest) in datas, path
    assert any(dest == "resources/rules" for _, dest in datas)
    # Every data file the planner reads at run time is in the bundle (limits.toml was not).
    wanted = [f for f in _runtime_resource_files() if f.suffix not in {".icns", ".ico"}]
    bundled = {(path, dest) for path, dest in datas}
    missing = [str(f) for f in wanted
               if ((resources / f).resolve(), str(Path("resources", *f.parts[:-1]).as_posix())) not in bundled]
    assert not missing, f"not bundled by packaging/jht-planner.spec: {missing}"
    assert {"planner.stub", "ui.stub", "models.stub"} <= set(analysis["hiddenimports"])
    assert "PySide6.QtNetwork" in analysis["excludes"]
    assert ("/site/rapidocr/models/m.onnx", "rapidocr/models") in analysis["datas"]  # the OCR models
    assert "yaml" not in analysis["excludes"]  # RapidOCR reads its config.yaml
    from ui.about import DEPENDENCIES  # the About dialog reads their metadata in the bundle too

    assert {dest for _, dest in analysis["datas"] if dest.endswith(".dist-info")} == {f"{p}.dist-info" for p in DEPENDENCIES}
    (exe_call,) = calls["EXE"]
    assert exe_call[1]["name"] == "jht-planner" and exe_call[1]["console"] is True
    assert ("X utf8_mode=1", None, "OPTION") in exe_call[0][2]  # UTF-8 output on any code page
    assert calls["COLLECT"][0][1]["name"] == "jht-planner"  # one folder, not one file
    assert "BUNDLE" not in calls


@pytest.mark.parametrize("platform, icon, bundle", [("win32", "jht-planner.ico", False),
                                                    ("darwin", "jht-planner.icns", True)])
def test_spec_is_windowed_with_icon_on_windows_and_macos(monkeypatch, platform, icon, bundle):
    calls = _run_spec(monkeypatch, platform)
    window = calls["EXE"][0][1]
    assert window["console"] is False
    assert Path(window["icon"]) == ICONS / icon and (ICONS / icon).is_file()
    assert ("BUNDLE" in calls) is bundle
    if platform == "win32":  # a console twin for the command line: a windowed .exe has no stdout
        assert [(c[1]["name"], c[1]["console"]) for c in calls["EXE"]] == [("jht-planner", False), ("jht-planner-cli", True)]


def test_build_script_is_valid_bash():
    script = PACKAGING / "build-linux.sh"
    proc = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    text = script.read_text("utf-8")
    assert "packaging/jht-planner.spec" in text and "--screenshot" in text and "QT_QPA_PLATFORM=offscreen" in text


# --- docs/rules.md -------------------------------------------------------------------------

def test_rules_doc_is_current():
    gen = _load("gen_rules_doc")
    assert (ROOT / "docs" / "rules.md").read_text("utf-8") == gen.render(), \
        "docs/rules.md is stale: run python packaging/gen_rules_doc.py"


def test_rules_doc_lists_every_parameter_with_its_sources():
    from planner.rules import load_rules

    text = (ROOT / "docs" / "rules.md").read_text("utf-8")
    for p in load_rules():
        section = text.split(f"### `{p.name}`\n", 1)[1].split("\n### ", 1)[0]
        assert p.label in section and p.last_verified.isoformat() in section
        assert p.reference.replace("|", "\\|") in section
        assert section.count("\n| ") - 3 == len(p.values), p.name  # 3 header/metadata rows, then one per value


def test_rules_doc_values_read_as_members_read_them(tmp_path):
    gen = _load("gen_rules_doc")
    (tmp_path / "t.toml").write_text(
        '# Test topic.\n\n'
        '[r]\nlabel = "A rate"\nunit = "fraction"\nreference = "ref A"\nconfidence = "C"\n'
        'last_verified = 2020-01-02\nper_year = true\n'
        'values = [{ from = 2016-01-01, value = 0.0719 }, { from = 2017-01-01, value = 0.0783 }]\n\n'
        '[b]\nlabel = "Bands"\nunit = "brackets"\nreference = "ref B"\nconfidence = "R"\n'
        'last_verified = 2020-01-03\n'
        'values = [{ from = 2010-01-01, value = [{ upto = 50000000, rate = 0.0 }, { rate = 0.05 }] }]\n',
        encoding="utf-8")
    text = gen.render(tmp_path)
    assert "| 2016 | 7.19% |" in text and "| 2017 | 7.83% |" in text  # per-year: the year, not a date
    assert "0% up to Rp 50,000,000; 5% above Rp 50,000,000" in text
    assert "Test topic." in text and "**2020-01-03**" in text


# --- docs/method.md ------------------------------------------------------------------------

def test_method_doc_example_is_what_the_planner_computes():
    """The mid-year example in docs/method.md, recomputed: its figures must be the code's."""
    import datetime as dt

    from models import Assumptions
    from planner.projection import project

    result = project(Assumptions(balance=20_000_000, as_of=dt.date(2025, 6, 30), birth_date=dt.date(1995, 3, 10),
                                 wage=6_000_000, wage_growth=0.05, annual_return=0.06, inflation=0.025))
    first, second = result.years[0], result.years[1]
    text = (ROOT / "docs" / "method.md").read_text("utf-8")
    indonesian, english = text.split("\n## English\n")
    for section, sep in ((indonesian, "."), (english, ",")):
        def amount(x: float) -> str:
            return f"Rp{round(x):,}".replace(",", sep)
        assert first.year == 2025 and first.months == 6  # July..December
        for figure in (first.contributions, first.development, first.closing, first.closing_real,
                       first.contributions / first.months, second.wage):
            assert amount(figure) in section, amount(figure)
