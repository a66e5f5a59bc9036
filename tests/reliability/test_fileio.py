"""Every file the planner writes is written whole or not at all (planner.fileio)."""
from __future__ import annotations

import datetime as dt
import errno
import io
import os

import pytest

from models import Assumptions
from planner import fileio
from planner.cli import main
from planner.projection import project
from planner.report import ReportData, ReportWriteError, build_report


def _names(folder) -> list[str]:
    """What is in `folder`, beside the test's own planner home."""
    return sorted(p.name for p in folder.iterdir() if p.name != "jht-home")


class _FullDisk(io.RawIOBase):
    """A file that takes `room` bytes and then fails as a full disk does."""

    def __init__(self, fd: int, room: int):
        self._fd, self._room = fd, room

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:
        if len(b) > self._room:
            raise OSError(errno.ENOSPC, "No space left on device")
        self._room -= len(b)
        return os.write(self._fd, b)

    def fileno(self) -> int:
        return self._fd

    def close(self) -> None:
        if not self.closed:
            os.close(self._fd)
        super().close()


@pytest.fixture
def disk_with_room(monkeypatch):
    """Files opened by planner.fileio take this many bytes, then the disk is full."""
    real = os.fdopen

    def install(room: int) -> None:
        def fdopen(fd, mode="r", *args, encoding=None, newline=None, **kw):
            raw = _FullDisk(fd, room)
            buffered = io.BufferedWriter(raw, buffer_size=4096)
            if "b" in mode:
                return buffered
            return io.TextIOWrapper(buffered, encoding=encoding, newline=newline)

        monkeypatch.setattr(fileio.os, "fdopen", fdopen)

    yield install
    monkeypatch.setattr(fileio.os, "fdopen", real)


@pytest.mark.parametrize("room", [0, 100, 5000])
def test_full_disk_keeps_the_earlier_csv_export(tmp_path, disk_with_room, capsys, room):
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "riwayat.csv"
    assert main(["export-csv", "--demo", "--out", str(out)]) == 0
    before = out.read_bytes()
    disk_with_room(room)
    assert main(["export-csv", "--demo", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("Disk penuh: ") and "Traceback" not in err
    assert out.read_bytes() == before
    assert [p.name for p in folder.iterdir()] == ["riwayat.csv"]  # no temporary file left


@pytest.mark.parametrize("room", [0, 3000, 40_000])
def test_full_disk_keeps_the_earlier_report(tmp_path, disk_with_room, room):
    a = Assumptions(balance=38887665.97, as_of=dt.date(2024, 12, 31), birth_date=dt.date(1990, 2, 1), wage=8100000.0)
    data = ReportData(result=project(a, today=dt.date(2025, 1, 15)))
    out = tmp_path / "laporan.pdf"
    out.write_bytes(b"the earlier report")
    disk_with_room(room)
    with pytest.raises(ReportWriteError) as exc:  # not zlib.error from the PDF writer's clean-up
        build_report(data, out)
    assert exc.value.code == "write_disk_full"
    assert "disk is full" in exc.value.text("en") and "laporan.pdf" in exc.value.text("id")
    assert out.read_bytes() == b"the earlier report"
    assert _names(tmp_path) == ["laporan.pdf"]


def test_failure_at_fsync_leaves_nothing(tmp_path, monkeypatch):
    target = tmp_path / "a.txt"
    target.write_text("old")

    def no_room(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fileio.os, "fsync", no_room)
    with pytest.raises(fileio.WriteFailed):
        fileio.write_text(target, "new")
    assert target.read_text() == "old" and _names(tmp_path) == ["a.txt"]


def test_an_error_inside_the_block_is_not_hidden(tmp_path):
    target = tmp_path / "a.txt"
    with pytest.raises(KeyError):
        with fileio.atomic_write(target, "w", encoding="utf-8") as fh:
            fh.write("half")
            raise KeyError("bug")
    assert not target.exists() and not _names(tmp_path)


def test_a_file_open_elsewhere_on_windows_is_one_sentence(tmp_path, monkeypatch):
    target = tmp_path / "laporan.pdf"
    target.write_bytes(b"old")

    def sharing_violation(src, dst):
        exc = PermissionError(errno.EACCES, "The process cannot access the file")
        exc.winerror = 32
        raise exc

    monkeypatch.setattr(fileio.os, "replace", sharing_violation)
    with pytest.raises(fileio.WriteFailed) as exc:
        fileio.write_bytes(target, b"new")
    assert exc.value.code == "write_in_use" and "another program" in exc.value.text("en")
    assert target.read_bytes() == b"old" and _names(tmp_path) == ["laporan.pdf"]


def test_replacing_keeps_the_permissions_and_a_new_file_is_private(tmp_path):
    fresh = tmp_path / "new.csv"
    fileio.write_text(fresh, "x")
    old = tmp_path / "old.csv"
    old.write_text("a")
    old.chmod(0o644)
    fileio.write_text(old, "b")
    assert old.read_text() == "b"
    if os.name == "posix":
        assert fresh.stat().st_mode & 0o777 == 0o600
        assert old.stat().st_mode & 0o777 == 0o644


def test_target_is_a_folder_or_in_a_missing_folder(tmp_path):
    with pytest.raises(fileio.WriteFailed) as folder:
        fileio.write_text(tmp_path, "x")
    assert folder.value.code == "write_is_folder"
    with pytest.raises(fileio.WriteFailed) as missing:
        fileio.write_text(tmp_path / "no" / "x.csv", "x")
    assert missing.value.code == "write_no_folder"
