"""The PySide6 window. Thin: it calls `planner`, it does not re-implement it."""

from ui import _qtfix  # noqa: E402,F401  (PySide6 6.12.0 on Python 3.11: see ui/_qtfix.py)
