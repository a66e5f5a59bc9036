"""The PySide6 window. Thin: it calls `planner`, it does not re-implement it."""
