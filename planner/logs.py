"""Logging to a rotating file in the platform's log folder, with identifiers redacted.

NIK (16 digits) and KPJ (11 digits) never reach a log: every record passes through
:class:`RedactFilter`, which masks any run of 8 or more digits (with or without separators
inside) before it is written. Nothing is ever sent anywhere: the app has no telemetry.
"""
from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import re
import warnings
from pathlib import Path
from typing import Iterator

from planner.paths import log_dir

LOG_NAME = "jht-planner.log"
MAX_BYTES = 1_000_000
BACKUPS = 5

_DIGITS = re.compile(r"(?<!\d)\d(?:[ .-]?\d){7,}(?!\d)")


def redact(text: str) -> str:
    """Mask long digit runs (NIK, KPJ, account numbers) keeping the first and last 2 digits."""
    def _mask(m: re.Match) -> str:
        digits = re.sub(r"\D", "", m.group(0))
        return digits[:2] + "•" * (len(digits) - 4) + digits[-2:]
    return _DIGITS.sub(_mask, text)


class RedactFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def log_path() -> Path:
    return log_dir() / LOG_NAME


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file (the current one and each rotated one) is 0600 on POSIX,
    whatever the umask; a log that cannot be written (disk full) drops the record silently
    instead of printing logging's own traceback on the member's terminal."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if os.name == "posix":
            with contextlib.suppress(OSError):
                os.fchmod(fd, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)

    def doRollover(self) -> None:
        super().doRollover()
        _make_private(Path(self.baseFilename))

    def handleError(self, record: logging.LogRecord) -> None:
        self.dropped = getattr(self, "dropped", 0) + 1


def _make_private(path: Path) -> None:
    """The log and its rotated copies (``.1`` … ``.5``) readable by the member only."""
    if os.name != "posix":
        return
    for file in [path, *(path.with_name(f"{path.name}.{i}") for i in range(1, BACKUPS + 1))]:
        with contextlib.suppress(OSError):
            file.chmod(0o600)


def _planner_handler() -> logging.Handler | None:
    for handler in logging.getLogger().handlers:
        if getattr(handler, "_jht_planner", False):
            return handler
    return None


def setup_logging(level: int = logging.INFO) -> Path:
    """Attach the rotating, redacting file handler to the root logger once; return its path."""
    root = logging.getLogger()
    path = log_path()
    current = _planner_handler()
    if current is not None:
        if Path(current.baseFilename) == path.absolute():  # type: ignore[attr-defined]
            return path
        root.removeHandler(current)  # JHT_PLANNER_HOME changed (tests): follow it
        current.close()
    handler = PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    handler._jht_planner = True  # type: ignore[attr-defined]
    handler.addFilter(RedactFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    _make_private(path)
    return path


class _CappedForward(logging.Handler):
    """Forwards a library's records to the planner's log, the first `cap` of them."""

    def __init__(self, cap: int, target: logging.Logger):
        super().__init__(logging.DEBUG)
        self.cap, self.target, self.seen = cap, target, 0

    def emit(self, record: logging.LogRecord) -> None:
        self.seen += 1
        if self.seen <= self.cap:
            self.target.log(record.levelno, "%s: %s", record.name, record.getMessage())


@contextlib.contextmanager
def library_warnings_to_log(cap: int, libraries: tuple[str, ...] = ("pypdf",)) -> Iterator[None]:
    """While the block runs, what `libraries` log and any Python warning go to the planner's
    log (at most `cap` records, then one line counting the rest), never to the terminal.

    A damaged PDF makes pypdf warn once per broken object: tens of thousands of lines.
    """
    target = logging.getLogger("planner.library")
    try:
        setup_logging()
    except OSError:  # no log folder (a read-only home): the warnings are only counted
        target = logging.getLogger("planner.library.unlogged")
        target.propagate = False
    forward = _CappedForward(cap, target)
    saved = []
    caught: list[warnings.WarningMessage] = []
    for name in libraries:
        logger = logging.getLogger(name)
        saved.append((logger, logger.propagate, list(logger.handlers)))
        logger.handlers = [forward]
        logger.propagate = False
    try:
        with warnings.catch_warnings(record=True) as recorded:
            warnings.simplefilter("always")
            try:
                yield
            finally:
                caught = list(recorded)
    finally:
        for logger, propagate, handlers in saved:
            logger.handlers = handlers
            logger.propagate = propagate
        for w in caught:
            forward.handle(logging.LogRecord(w.category.__name__, logging.WARNING, str(w.filename), w.lineno,
                                             "%s", (w.message,), None))
        if forward.seen > cap:
            target.warning("%d more library warnings not logged", forward.seen - cap)
