"""Make None, True and False immortal on Python < 3.12, as Python 3.12 does.

The installed PySide6 6.12.0 wheels return None (from every void method: setText,
setValue, push, processEvents…) and True/False (from ``Signal.emit``, ``disconnect``) without
taking a reference, as if these objects were immortal — which they are only from Python 3.12
(PEP 683). On Python 3.11 each such call lowers their reference count by one; after a few
thousand calls (a minute of slider dragging) the interpreter aborts with "Fatal Python error:
none_dealloc" or "bool_dealloc".

The interpreter never frees these three singletons anyway, so giving them a reference count
no session can exhaust is what PEP 683 does; it costs nothing and needs no Qt import. Imported
first by ``ui/__init__.py``. Remove once the project requires Python >= 3.12 or a fixed PySide6.
"""
from __future__ import annotations

import ctypes
import sys

BOOST = 1 << 40  # ~1e12 lost references before trouble


def _immortalise(obj: object) -> None:
    refcnt = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is the first field of every object
    if refcnt.value < BOOST // 2:
        refcnt.value += BOOST


APPLIED = sys.version_info < (3, 12) and sys.implementation.name == "cpython"
if APPLIED:
    for _obj in (None, True, False):
        _immortalise(_obj)
