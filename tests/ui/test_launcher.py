"""The window's command line: --size for --screenshot runs."""
from __future__ import annotations

import struct

import pytest

from ui.app import screenshot_size


def _png_size(path) -> tuple[int, int]:
    width, height = struct.unpack(">II", path.read_bytes()[16:24])
    return width, height


@pytest.mark.parametrize(("text", "size"), [("1366x768", (1366, 768)), ("1920X1080", (1920, 1080)),
                                           ("1280×720", (1280, 720)), (None, None)])
def test_size_is_width_by_height(text, size):
    assert screenshot_size(text) == size


@pytest.mark.parametrize("text", ["1366", "x768", "1366x", "-1x5", "12x12", "1366x768x2", "abc"])
def test_a_size_that_is_not_one_is_refused(text):
    with pytest.raises(ValueError):
        screenshot_size(text)


def test_size_sets_the_picture_size(tmp_path, qapp_lang, sync_worker, monkeypatch):
    from ui.launcher import main

    out = tmp_path / "small.png"
    argv = ["--demo", "--size", "1366x768", "--screenshot", str(out)]
    monkeypatch.setattr("sys.argv", ["jht-planner", *argv])
    assert main(argv) == 0
    assert _png_size(out) == (1366, 768)


@pytest.mark.parametrize(("lang", "start"), [("id", "Ukuran 0x0 tidak bisa dipakai"),
                                             ("en", "The size 0x0 cannot be used")])
def test_a_bad_size_is_one_sentence_and_exit_2(tmp_path, monkeypatch, capsys, lang, start):
    from ui.launcher import main

    out = tmp_path / "never.png"
    argv = ["--lang", lang, "--demo", "--size", "0x0", "--screenshot", str(out)]
    monkeypatch.setattr("sys.argv", ["jht-planner", *argv])
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith(start) and err.count("\n") == 1
    assert not out.exists()
