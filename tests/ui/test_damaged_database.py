"""A damaged database at start: set aside, the member told, the window opens on a new one."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from planner.paths import database_path


def test_damaged_database_is_set_aside_and_the_member_told(make_window, qtbot):
    path = database_path()
    path.write_bytes(b"this is not an SQLite database" * 100)
    window = make_window()
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert boxes, "the member must be told"
    text = boxes[0].text()
    aside = [p for p in path.parent.iterdir() if ".corrupt-" in p.name]
    assert len(aside) == 1 and aside[0].name in text
    assert aside[0].read_bytes().startswith(b"this is not an SQLite database")
    boxes[0].close()
    assert window.isEnabled()
