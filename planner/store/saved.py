"""What the member typed and saved: quick entries (a saldo instead of a statement), standing
choices (where the saldo comes from) and what-if scenarios."""
from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, replace
from decimal import Decimal

from models import Assumptions
from planner.baseline import QuickEntry
from planner.store.codec import assumptions_from_json, assumptions_to_json, dtext, now
from planner.store.errors import InvalidName, ScenarioNameTaken, ScenarioNotFound
from planner.store.queries import DECODE_ERRORS
from planner.store.schema import Transaction


@dataclass(frozen=True)
class Scenario:
    id: int
    name: str
    assumptions: Assumptions
    created: dt.datetime
    updated: dt.datetime


# ----------------------------------------------------------------- quick entries

def save_quick_entry(conn: sqlite3.Connection, q: QuickEntry) -> QuickEntry:
    """Store what the member typed; the newest one is the one used."""
    saved = replace(q, saved_at=q.saved_at or now())
    with Transaction(conn) as c:
        new_id = c.execute(
            "INSERT INTO quick_entries (saldo, saldo_date, wage, birth_date, kpj, employer, name, saved_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (dtext(saved.saldo), saved.saldo_date.isoformat(), dtext(saved.wage),
             saved.birth_date.isoformat(), saved.kpj, saved.employer, saved.name,
             saved.saved_at.isoformat())).lastrowid  # type: ignore[union-attr]
    return replace(saved, id=new_id)


def quick_entries(conn: sqlite3.Connection, limit: int | None = None) -> list[QuickEntry]:
    """Saved quick entries, newest first."""
    sql = ("SELECT saldo, saldo_date, wage, birth_date, kpj, employer, name, saved_at, id "
           "FROM quick_entries ORDER BY id DESC")
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    out = []
    for r in conn.execute(sql):
        try:
            out.append(QuickEntry(Decimal(r[0]), dt.date.fromisoformat(r[1]), Decimal(r[2]),
                                  dt.date.fromisoformat(r[3]), r[4], r[5], r[6], dt.datetime.fromisoformat(r[7]), r[8]))
        except DECODE_ERRORS:
            continue  # an entry that cannot be read is not the one to use
    return out


def delete_quick_entry(conn: sqlite3.Connection, ident: int) -> None:
    with Transaction(conn) as c:
        c.execute("DELETE FROM quick_entries WHERE id = ?", (ident,))


def clear_quick_entries(conn: sqlite3.Connection) -> None:
    with Transaction(conn) as c:
        c.execute("DELETE FROM quick_entries")


# ----------------------------------------------------------------- standing choices

def save_choice(conn: sqlite3.Connection, name: str, value: str) -> None:
    """Remember the member's choice `name` (replacing the one before)."""
    with Transaction(conn) as c:
        c.execute("INSERT INTO choices (name, value) VALUES (?, ?) "
                  "ON CONFLICT(name) DO UPDATE SET value = excluded.value", (name, value))


def choice(conn: sqlite3.Connection, name: str) -> str | None:
    """The member's remembered choice `name`, or None."""
    row = conn.execute("SELECT value FROM choices WHERE name = ?", (name,)).fetchone()
    return row[0] if row is not None else None


# ----------------------------------------------------------------- scenarios

_SCENARIO_COLUMNS = "id, name, assumptions, created, updated"


def _scenario_from(r: tuple) -> Scenario:
    return Scenario(r[0], r[1], assumptions_from_json(r[2]), dt.datetime.fromisoformat(r[3]),
                    dt.datetime.fromisoformat(r[4]))


def save_scenario(conn: sqlite3.Connection, name: str, assumptions: Assumptions) -> Scenario:
    """Save under `name`; a scenario of that name is overwritten."""
    name = name.strip()
    if not name:
        raise InvalidName()
    stamp = now().isoformat()
    with Transaction(conn) as c:
        c.execute("INSERT INTO scenarios (name, assumptions, created, updated) VALUES (?, ?, ?, ?) "
                  "ON CONFLICT(name) DO UPDATE SET assumptions = excluded.assumptions, updated = excluded.updated",
                  (name, assumptions_to_json(assumptions), stamp, stamp))
    return scenario(conn, name)


def scenarios(conn: sqlite3.Connection) -> list[Scenario]:
    out = []
    for r in conn.execute(f"SELECT {_SCENARIO_COLUMNS} FROM scenarios ORDER BY name COLLATE NOCASE, id"):
        try:
            out.append(_scenario_from(r))
        except DECODE_ERRORS:
            continue  # a scenario that cannot be read is not offered
    return out


def scenario(conn: sqlite3.Connection, ident: int | str) -> Scenario:
    col = "id" if isinstance(ident, int) else "name"
    r = conn.execute(f"SELECT {_SCENARIO_COLUMNS} FROM scenarios WHERE {col} = ?", (ident,)).fetchone()
    if r is None:
        raise ScenarioNotFound(ident)
    return _scenario_from(r)


def rename_scenario(conn: sqlite3.Connection, ident: int | str, new_name: str) -> Scenario:
    new_name = new_name.strip()
    if not new_name:
        raise InvalidName()
    sc = scenario(conn, ident)
    if new_name != sc.name:
        if conn.execute("SELECT id FROM scenarios WHERE name = ?", (new_name,)).fetchone() is not None:
            raise ScenarioNameTaken(new_name)
        with Transaction(conn) as c:
            c.execute("UPDATE scenarios SET name = ?, updated = ? WHERE id = ?", (new_name, now().isoformat(), sc.id))
    return scenario(conn, sc.id)


def delete_scenario(conn: sqlite3.Connection, ident: int | str) -> None:
    sc = scenario(conn, ident)
    with Transaction(conn) as c:
        c.execute("DELETE FROM scenarios WHERE id = ?", (sc.id,))
