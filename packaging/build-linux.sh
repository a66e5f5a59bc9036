#!/usr/bin/env bash
# Build the one-folder Linux app dist/jht-planner/ with PyInstaller, then smoke-test it.
#
#   packaging/build-linux.sh            # in a fresh venv, build/venv-bundle (pip installs the project)
#   packaging/build-linux.sh --current  # with the python on PATH, e.g. CI's activated .venv
#
# PyInstaller is a build tool installed here only: it is not a dependency of the project.
# Prints the build time and the bundle size. Exit status 0 only if every smoke test passed.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
dist=$root/dist
work=$root/build/pyinstaller
bundle=$dist/jht-planner
app=$bundle/jht-planner

if [ "${1:-}" = "--current" ]; then
  py=$(command -v python || command -v python3)
  "$py" -c "import planner, ui, PySide6, matplotlib, numpy, pypdf, platformdirs, rapidocr, onnxruntime, pypdfium2" 2>/dev/null \
    || "$py" -m pip install -q -e "$root"
else
  python3 -m venv "$root/build/venv-bundle"
  py=$root/build/venv-bundle/bin/python
  "$py" -m pip install -q --upgrade pip
  "$py" -m pip install -q "$root"
fi
"$py" -m pip install -q "pyinstaller>=6.6"

echo "== building $bundle (PyInstaller $("$py" -m PyInstaller --version))"
start=$(date +%s)
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --workpath "$work" --distpath "$dist" packaging/jht-planner.spec
end=$(date +%s)
echo "build time: $((end - start)) s"
# Debug info only (a Python built from source, e.g. by pyenv, keeps it in libpython and
# lib-dynload). Never the executable (its archive is appended) nor wheels' patched *.libs.
if command -v strip >/dev/null && command -v readelf >/dev/null; then
  while IFS= read -r -d '' lib; do
    if readelf -S "$lib" 2>/dev/null | grep -q '\.debug_info'; then strip --strip-debug "$lib"; fi
  done < <(find "$bundle/_internal" -type f -name '*.so*' ! -path '*.libs/*' -print0)
fi
echo "bundle size: $(du -sm "$bundle" | cut -f1) MiB in $(find "$bundle" -type f | wc -l) files"

echo "== smoke tests"
smoke_home=$(mktemp -d)
trap 'rm -rf "$smoke_home"' EXIT
export JHT_PLANNER_HOME=$smoke_home  # the bundle never touches the real user folders here

"$app" --version

# Data files must sit where resources/__init__.py looks: beside the frozen package.
internal=$bundle/_internal
for f in resources/rules/jht.toml resources/icons/jht-planner-64.png resources/icons/jht-planner.svg; do
  [ -f "$internal/$f" ] || { echo "missing in the bundle: $f" >&2; exit 1; }
done

# The bundle's projection equals the source tree's (run from / so nothing is found by accident).
args=(project --balance 38887665.97 --as-of 2024-12-31 --birth-date 1990-02-01 --wage 8100000
      --wage-growth 0.05 --return 0.06 --inflation 0.025 --json)
(cd / && "$app" "${args[@]}") >"$work/smoke-bundle.json"
"$py" -m ui.launcher "${args[@]}" >"$work/smoke-source.json"
"$py" - "$work/smoke-bundle.json" "$work/smoke-source.json" "$internal" <<'PY'
import json, sys
from pathlib import Path
bundle, source = (json.loads(Path(p).read_text(encoding="utf-8")) for p in sys.argv[1:3])
assert bundle == source, "the bundle's projection differs from the source tree's"
assert bundle["balance_at_claim"]["nominal"] > 0 and bundle["rules"], "no result or no rules used"
# The About dialog reads these packages' licences from their metadata.
names = ("PySide6-Essentials", "shiboken6", "matplotlib", "numpy", "platformdirs", "pypdf")
found = {p.name.split("-")[0].lower().replace("_", "-") for p in Path(sys.argv[3]).glob("*.dist-info")}
missing = [n for n in names if n.lower() not in found]
assert not missing, f"metadata missing from the bundle: {missing}"
print("smoke: project --json from the bundle matches the source tree; licence metadata present")
PY

# The window, rendered offscreen to a PNG (needs the window's --screenshot, ui/app.py).
if [ -f ui/app.py ]; then
  shot=$work/smoke-window.png
  rm -f "$shot"
  QT_QPA_PLATFORM=offscreen timeout 120 "$app" --demo --screenshot "$shot"
  "$py" - "$shot" <<'PY'
import struct, sys
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
w, h = struct.unpack(">II", data[16:24])
assert w >= 640 and h >= 400, (w, h)
print(f"smoke: window screenshot {w}x{h}, {len(data)} bytes")
PY
else
  echo "smoke: no ui/app.py yet, window screenshot skipped"
fi
# A picture of a statement read by the bundle's OCR: the models are inside, nothing is fetched
# (a fictional statement drawn by the repository's generator, run from the source tree).
for f in rapidocr/models/PP-OCRv6_det_small.onnx rapidocr/models/PP-OCRv6_rec_small.onnx; do
  [ -f "$internal/$f" ] || { echo "missing in the bundle: $f" >&2; exit 1; }
done
"$py" -m tests.generators.make_pictures --out "$work/pictures" --only screenshot >/dev/null
(cd / && "$app" import "$work/pictures/screenshot.png" --dry-run --json --accept-uncertain) >"$work/smoke-picture.json"
"$py" - "$work/smoke-picture.json" <<'PY'
import json, sys
out = json.loads(open(sys.argv[1], encoding="utf-8").read())
(st,) = out["statements"]
assert st["year"] == 2022 and len(st["rows"]) == 11, (st["year"], len(st["rows"]))
print(f"smoke: a screenshot read by OCR in the bundle: {st['year']}, {len(st['rows'])} rows")
PY
echo "== bundle OK: $bundle"
