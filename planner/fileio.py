"""Every file the planner writes is written whole or not at all.

The content goes to a temporary file in the same folder (so the final rename never crosses
file systems), is flushed and fsync'ed, and only then renamed over the target; the folder is
fsync'ed too, so the rename survives a power cut. When anything fails on the way (disk full,
no permission, the program killed) the temporary file is removed and the earlier file at the
target, if any, is left exactly as it was.

A failure the member can act on becomes :class:`WriteFailed`: one sentence naming the file and
the reason ("disk penuh", a file open in another program on Windows, a read-only folder …).
"""
from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path
from typing import IO, Iterator

from planner.display import shown_path
from planner.errors import UserError
from planner.texts import both

# errno → the reason's key in resources/texts/reliability.toml.
_REASONS = {
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "disk_full",
    errno.EFBIG: "disk_full",
    errno.EACCES: "no_permission",
    errno.EPERM: "no_permission",
    errno.EROFS: "read_only",
    errno.ENOENT: "no_folder",
    errno.ENOTDIR: "no_folder",
    errno.EISDIR: "is_folder",
    errno.EBUSY: "in_use",
    errno.ETXTBSY: "in_use",
}
# The sentence for "disk full" is shared with the rest of the planner.
_KEYS = {"disk_full": "common.disk_full"}
# Windows: "The process cannot access the file because it is being used by another process"
# (ERROR_SHARING_VIOLATION) and ERROR_LOCK_VIOLATION.
_WINDOWS_IN_USE = {32, 33}


class WriteFailed(UserError):
    """A file could not be written; the earlier file at that path, if any, is unchanged."""

    @classmethod
    def from_os_error(cls, path: Path, exc: OSError) -> "WriteFailed":
        reason = reason_of(exc)
        if reason is None:
            key, values = "write.failed_other", {"detail": exc.strerror or type(exc).__name__}
        else:
            key, values = _KEYS.get(reason, f"write.{reason}"), {}
        id_text, en_text = both(key, path=shown_path(path), **values)
        return cls(f"write_{reason or 'failed'}", id_text, en_text)


def reason_of(exc: OSError) -> str | None:
    """The reason's key for an OSError ("disk_full", "in_use", …), or None for anything else."""
    if getattr(exc, "winerror", None) in _WINDOWS_IN_USE:
        return "in_use"
    return _REASONS.get(exc.errno or 0)


def os_error_behind(exc: BaseException) -> OSError | None:
    """The OSError that caused `exc`, if any: a full disk under a PDF writer surfaces as a
    zlib.error or a ValueError ("I/O operation on closed file") raised while cleaning up."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, OSError):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike, mode: str = "wb", encoding: str | None = None,
                 newline: str | None = None, error: type[WriteFailed] = WriteFailed) -> Iterator[IO]:
    """A file object whose content replaces `path` only when the block ends without error.

    ``with atomic_write(out, "w", encoding="utf-8") as fh: fh.write(text)``. An OSError (or an
    exception caused by one) becomes `error` naming `path`; anything else is re-raised after
    the temporary file is removed. The new file keeps the permissions of the one it replaces
    (a new file is readable by the member only).
    """
    target = Path(path)
    if target.is_dir():
        raise error.from_os_error(target, IsADirectoryError(errno.EISDIR, "is a folder"))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise error.from_os_error(target, exc) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, mode, encoding=encoding, newline=newline) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        _copy_mode(target, tmp)
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        cause = os_error_behind(exc)
        if cause is not None and not isinstance(exc, UserError):
            raise error.from_os_error(target, cause) from None
        raise
    _sync_folder(target.parent)


def write_bytes(path: str | os.PathLike, data: bytes) -> None:
    with atomic_write(path, "wb") as fh:
        fh.write(data)


def write_text(path: str | os.PathLike, text: str, encoding: str = "utf-8", newline: str | None = "") -> None:
    """`text` written as is (``newline=""``: no translation of "\\n")."""
    with atomic_write(path, "w", encoding=encoding, newline=newline) as fh:
        fh.write(text)


def _copy_mode(target: Path, tmp: Path) -> None:
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return  # no earlier file: mkstemp's 0600 stands
    with contextlib.suppress(OSError):
        tmp.chmod(mode)


def _sync_folder(folder: Path) -> None:
    """fsync the folder so the rename itself is durable (POSIX; Windows has no folder handles)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


__all__ = ["WriteFailed", "atomic_write", "write_bytes", "write_text", "reason_of", "os_error_behind"]
