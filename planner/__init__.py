"""Everything the planner knows and computes. Never imports Qt."""

__version__ = "0.1.0"
