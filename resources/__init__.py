"""Data files shipped with the planner: rules, demo statements, icons, translations."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent
RULES_DIR = ROOT / "rules"
DEMO_DIR = ROOT / "demo"
ICONS_DIR = ROOT / "icons"
TRANSLATIONS_DIR = ROOT / "translations"
TEXTS_DIR = ROOT / "texts"
GUIDE_DIR = ROOT / "guide"  # a copy of docs/panduan.md, guide.md and their pictures (ui/help.py)
