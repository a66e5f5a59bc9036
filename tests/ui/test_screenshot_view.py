"""`jht-planner --view V --screenshot P`: the picture shows the view asked for (docs/img)."""
from __future__ import annotations

import struct

import pytest


def _png_size(path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def _current_key(window) -> str:
    if window.stack.currentIndex() == window.PAGE_WELCOME:
        return "welcome"
    current = window.tabs.currentWidget()
    return next(key for key, widget, _ in window._views if widget is current)


@pytest.fixture
def shown(monkeypatch):
    """Records which view each render_screenshot call drew, then renders for real."""
    import ui.app as app_module

    seen: list[str] = []
    real = app_module.render_screenshot

    def spy(window, path, *args, **kwargs):
        seen.append(_current_key(window))
        return real(window, path, *args, **kwargs)

    monkeypatch.setattr(app_module, "render_screenshot", spy)
    return seen


@pytest.mark.parametrize("view", ["history", "projection", "welcome"])
def test_view_option_renders_that_view(view, tmp_path, qapp_lang, sync_worker, monkeypatch, shown):
    from ui.launcher import main

    out = tmp_path / f"{view}.png"
    argv = ["--demo", "--view", view, "--screenshot", str(out)]
    monkeypatch.setattr("sys.argv", ["jht-planner", *argv])
    assert main(argv) == 0
    assert shown == [view]
    assert _png_size(out) == (1280, 800)


def test_without_view_the_demo_opens_on_the_projection(tmp_path, qapp_lang, sync_worker, monkeypatch, shown):
    from ui.launcher import main

    out = tmp_path / "default.png"
    monkeypatch.setattr("sys.argv", ["jht-planner", "--demo", "--screenshot", str(out)])
    assert main(["--demo", "--screenshot", str(out)]) == 0
    assert shown == ["projection"]


@pytest.mark.parametrize("lang, word", [("id", "Tampilan tidak dikenal"), ("en", "Unknown view")])
def test_unknown_view_is_one_sentence_and_exit_2(lang, word, tmp_path, qapp_lang, sync_worker, monkeypatch,
                                                 capsys, shown):
    from ui.launcher import main

    out = tmp_path / "never.png"
    argv = ["--lang", lang, "--demo", "--view", "charts", "--screenshot", str(out)]
    monkeypatch.setattr("sys.argv", ["jht-planner", *argv])
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(word) and "history" in err and "\n" not in err
    assert "Traceback" not in err
    assert not out.exists() and shown == []


def test_show_named_view_knows_every_tab(make_window):
    from ui.app import show_named_view, view_keys

    window = make_window(demo=True)
    keys = view_keys(window)
    assert keys[0] == "welcome" and "projection" in keys
    for key in reversed(keys):
        assert show_named_view(window, key)
        assert _current_key(window) == key
    assert not show_named_view(window, "no-such-view")


@pytest.mark.parametrize("when", ["building", "drawing"])
def test_an_unexpected_error_fails_the_screenshot_in_one_sentence(when, tmp_path):
    """No traceback, and no hang on a dialog nobody can close: exit 2 and where the log is."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "import sys\n"
        "from ui.projection_view import ProjectionView\n"
        "real = ProjectionView._fill_cards\n"
        "calls = []\n"
        "def broken(self, *a, **k):\n"
        "    calls.append(1)\n"
        "    if sys.argv[2] == 'building' or self.statements:  # at once, or once the demo data is in\n"
        "        raise KeyError('date')\n"
        "    return real(self, *a, **k)\n"
        "ProjectionView._fill_cards = broken\n"
        "from ui.launcher import main\n"
        "raise SystemExit(main(['--demo', '--screenshot', sys.argv[1]]))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", JHT_PLANNER_HOME=str(tmp_path / "home"))
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run([sys.executable, "-c", script, str(tmp_path / "shot.png"), when], cwd=root, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2, proc.stderr[-400:]
    assert "jht-planner.log" in proc.stderr and "Traceback" not in proc.stderr
