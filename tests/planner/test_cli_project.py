from __future__ import annotations

import json

import pytest

from ui.launcher import main

WORKED = ["project", "--balance", "38887665.97", "--as-of", "2024-12-31", "--birth-date", "1990-02-01",
          "--wage", "8100000", "--wage-growth", "0.05", "--return", "0.06", "--inflation", "0.025"]


def test_json_has_the_documented_shape(capsys):
    assert main(WORKED + ["--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["claim_date"] == "2046-02-01"
    assert round(out["balance_at_claim"]["nominal"]) == 502_820_371
    assert round(out["balance_at_claim"]["real"]) == 298_142_837
    assert round(out["tax"]) == 22_641_019
    assert round(out["net"]) == 502_820_371 - 22_641_019
    assert set(out["years"][0]) >= {"year", "age", "opening", "contributions", "development", "closing", "closing_real"}
    assert out["assumptions"]["wage_growth"] == 0.05 and out["assumptions"]["claim_age"] == 56
    assert {r["name"] for r in out["rules"]} >= {"jht.rate_employer", "tax.final_lump_sum"}
    assert all({"effective", "reference", "confidence"} <= set(r) for r in out["rules"])
    assert isinstance(out["warnings"], list)


def test_readable_summary_in_indonesian(capsys):
    assert main(WORKED) == 0
    text = capsys.readouterr().out
    assert "Rp 502.820.371" in text and "Tahun" in text and "Pengembangan" in text


def test_defaults_are_shown(capsys):
    assert main(WORKED[:9] + ["--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["assumptions"]["annual_return"] == 0.06  # macro.default_return
    assert any(r["name"] == "macro.default_return" for r in out["rules"])


@pytest.mark.parametrize("change", [
    ["--birth-date", "2099-01-01"],
    ["--wage", "-100"],
    ["--wage-growth", "2"],
    ["--wage-growth", "-0.7"],
    ["--as-of", "2046-03-01"],
    ["--as-of", "2024-02-30"],
    ["--wage", "lots"],
])
def test_bad_arguments_exit_2_with_one_sentence(capsys, change):
    args = list(WORKED)
    i = args.index(change[0])
    args[i + 1] = change[1]
    assert main(args) == 2
    err = capsys.readouterr().err.strip()
    assert err and "\n" not in err and "Traceback" not in err


def test_english_messages(capsys):
    args = list(WORKED)
    args[args.index("--wage") + 1] = "-1"
    assert main(args + ["--lang", "en"]) == 2
    assert "wage" in capsys.readouterr().err.lower()


def test_warnings_follow_the_language(capsys):
    assert main(WORKED[:9] + ["--lang", "en"]) == 0  # defaults used: an [R] warning
    err = capsys.readouterr().err
    assert "Warning: These figures use parameters" in err and "Angka ini" not in err


def test_a_closed_pipe_is_not_a_traceback():
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-m", "ui.launcher", *WORKED], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # the reader is gone before the first line (like `| head -0`)
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert "Traceback" not in err and proc.returncode == 0


def test_a_legacy_code_page_does_not_end_in_an_encoding_error():
    import os
    import subprocess
    import sys

    env = dict(os.environ, PYTHONIOENCODING="ascii")  # the narrowest: "•" of a masked KPJ cannot be shown
    proc = subprocess.run([sys.executable, "-m", "ui.launcher", "project", "--demo"], capture_output=True, env=env)
    assert proc.returncode == 0, proc.stderr.decode("ascii", "replace")[-300:]
    assert b"Traceback" not in proc.stderr
    assert b"190?????345" in proc.stderr  # the masked card, its dots replaced
