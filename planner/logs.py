"""Logging to a rotating file in the platform's log folder, with identifiers redacted.

NIK (16 digits) and KPJ (11 digits) never reach a log: every record passes through
:class:`RedactFilter`, which masks any run of 8 or more digits (with or without separators
inside) before it is written. Nothing is ever sent anywhere: the app has no telemetry.
"""
from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

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


def setup_logging(level: int = logging.INFO) -> Path:
    """Attach the rotating, redacting file handler to the root logger once; return its path."""
    root = logging.getLogger()
    path = log_path()
    for handler in root.handlers:
        if getattr(handler, "_jht_planner", False):
            return path
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    handler._jht_planner = True  # type: ignore[attr-defined]
    handler.addFilter(RedactFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    try:
        import os
        if os.name == "posix":
            path.chmod(0o600)
    except OSError:
        pass
    return path
