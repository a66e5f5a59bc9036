"""The planner makes no network connection at all: no updates check, no telemetry, no fonts.

Every way Python opens a connection (socket.socket, socket.create_connection,
socket.getaddrinfo, socket.gethostbyname) is made to fail and to record the attempt; the
command line then imports statements, shows the history, projects and writes the report and
a CSV, in process. Each must succeed, and no attempt may have been made (so a call that
failed quietly inside a try block is caught too). The source is also read for network
modules, so a new one does not slip in through a path these commands do not take.
"""
from __future__ import annotations

import ast
import socket
import urllib.request
from pathlib import Path

import pytest

from planner.cli import main
from resources import DEMO_DIR

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("models", "planner", "ui")

# Modules that open connections or hand a URL to something that does.
NETWORK_MODULES = {
    "socket", "ssl", "urllib.request", "http.client", "http.server", "ftplib", "smtplib", "poplib", "imaplib",
    "telnetlib", "xmlrpc.client", "requests", "httpx", "aiohttp", "urllib3", "websocket", "websockets",
    "webbrowser", "PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
}


@pytest.fixture
def no_network(monkeypatch):
    """Sockets fail; returns the list of attempts."""
    attempts: list[str] = []

    def refuse(name):
        def call(*args, **kwargs):
            attempts.append(f"{name}{args[:2]!r}")
            raise OSError(f"network disabled in this test ({name})")
        return call

    class NoSocket(socket.socket):  # still a class: modules that subclass socket.socket import fine
        def __init__(self, *args, **kwargs):
            attempts.append(f"socket{args[:2]!r}")
            raise OSError("network disabled in this test (socket)")

    monkeypatch.setattr(socket, "socket", NoSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "create_server",
                 "socketpair"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


def test_the_guard_really_blocks(no_network):
    with pytest.raises(OSError):
        urllib.request.urlopen("http://example.invalid/", timeout=1)
    assert no_network  # the attempt was recorded


def test_import_history_project_report_and_export_without_network(no_network, planner_home, capsys):
    demo = sorted(str(p) for p in DEMO_DIR.glob("rsjht-*.pdf"))[-3:]  # one card's three years
    assert main(["import", *demo]) == 0
    assert main(["history", "--lang", "en"]) == 0
    assert main(["project", "--stored", "--json"]) == 0
    out = planner_home / "report.pdf"
    assert main(["report", "--stored", "--out", str(out), "--paths", "200", "--seed", "1"]) == 0
    csv = planner_home / "history.csv"
    assert main(["export-csv", "--out", str(csv)]) == 0
    captured = capsys.readouterr()
    assert out.read_bytes().startswith(b"%PDF-") and csv.stat().st_size > 0
    assert '"balance_at_claim"' in captured.out
    assert no_network == [], no_network


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_no_package_imports_a_network_module():
    offenders = []
    files = [p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")]
    assert len(files) > 20
    for path in files:
        for name in _imports(path):
            if name in NETWORK_MODULES or any(name.startswith(m + ".") for m in NETWORK_MODULES):
                offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert offenders == []


def test_the_scan_would_see_one(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from urllib.request import urlopen\nimport PySide6.QtNetwork\n", encoding="utf-8")
    names = _imports(bad)
    assert "urllib.request" in names and "PySide6.QtNetwork" in names
