"""The :class:`Store`: one open database, with the operations the planner, the CLI and the window use.

Each method hands its connection to the module that does the job: planner.store.schema
(opening, migrations), planner.store.reconcile (imports), planner.store.queries (reading),
planner.store.saved (quick entries and scenarios). Nothing here knows about Qt.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Sequence

from models import Assumptions, Card, Finding, Member, StatementYear
from planner.baseline import QuickEntry
from planner.errors import Message
from planner.paths import database_path
from planner.store import queries, reconcile, saved, schema
from planner.store.errors import DatabaseReadOnly
from planner.store.queries import ImportRecord
from planner.store.reconcile import ImportPlan, ImportReport, ImportResultLike
from planner.store.saved import Scenario

SALDO_FROM = "saldo_from"  # the name of the saldo-source choice in the choices table


class Store:
    """The database. Use as a context manager, or call :meth:`close`."""

    def __init__(self, conn: schema.Connection, path: Path):
        self._conn = conn
        self.path = path

    # ----------------------------------------------------------------- opening

    @classmethod
    def open(cls, path: Path | str | None = None, waiting: Callable[[Message], None] | None = None) -> "Store":
        """Open (creating or migrating) the database of the profile in use, or `path`.

        Raises DatabaseTooNew / DatabaseCorrupt / NotOurDatabase / DatabaseUnreadable (touching
        nothing). A database that can be read but not written opens read-only: see
        :attr:`read_only`. `waiting` is told when a write waits for another process.
        """
        path = Path(path) if path is not None else database_path()
        return cls(schema.connect(path, waiting), path)

    @property
    def read_only(self) -> DatabaseReadOnly | None:
        """Why nothing can be written (the sentence to show), or None when writing works."""
        reason = self._conn.read_only
        return DatabaseReadOnly(self.path, reason, "store.read_only_window") if reason else None

    @property
    def schema_version(self) -> int:
        return schema.schema_version(self._conn)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------- importing

    def plan_import(self, results: Sequence[ImportResultLike], replace_conflicts: bool = False,
                    lang: str = "id") -> ImportPlan:
        """What importing `results` would do, without writing anything."""
        return reconcile.plan_import(self._conn, results, replace_conflicts, lang)

    def apply(self, plan: ImportPlan) -> ImportReport:
        """Write `plan` in one transaction. Raises PlanOutdated if the store changed since."""
        return reconcile.apply(self._conn, plan)

    def undo_import(self, report: ImportReport) -> None:
        """Take back an applied import exactly (what it added goes, what it replaced comes back)."""
        reconcile.undo_import(self._conn, report)

    def import_results(self, results: Sequence[ImportResultLike], replace_conflicts: bool = False,
                       lang: str = "id") -> ImportReport:
        """Plan and apply in one go (the command line's `import`)."""
        return self.apply(self.plan_import(results, replace_conflicts, lang))

    # ----------------------------------------------------------------- reading

    def member(self) -> Member | None:
        return queries.member(self._conn)

    def cards(self) -> list[Card]:
        return queries.cards(self._conn)

    def imports(self) -> list[ImportRecord]:
        return queries.imports(self._conn)

    def findings(self, kpj: str | None = None) -> list[Finding]:
        return queries.findings(self._conn, kpj)

    def card_findings(self, lang: str = "id") -> list[Finding]:
        """Findings across the stored years of each card (chain breaks, missing months), and one
        for each stored record that cannot be used (``stored_unusable``, left out of everything)."""
        usable, unusable = queries.read(self._conn, lang=lang)
        return unusable + queries.audit_across(usable, lang)

    def is_empty(self) -> bool:
        return queries.is_empty(self._conn)

    def statements(self, kpj: str | None = None, lang: str = "id") -> list[StatementYear]:
        return queries.statements(self._conn, kpj, lang)

    # ----------------------------------------------------------------- quick entry

    def save_quick_entry(self, q: QuickEntry) -> QuickEntry:
        return saved.save_quick_entry(self._conn, q)

    def quick_entry(self) -> QuickEntry | None:
        """The newest quick entry (the one the baseline uses), or None."""
        entries = saved.quick_entries(self._conn, limit=1)
        return entries[0] if entries else None

    def quick_entries(self, limit: int | None = None) -> list[QuickEntry]:
        return saved.quick_entries(self._conn, limit)

    def delete_quick_entry(self, entry: QuickEntry | int) -> None:
        """Remove one saved entry (undo of a save): the one before it becomes the newest again."""
        ident = entry if isinstance(entry, int) else entry.id
        if ident is not None:
            saved.delete_quick_entry(self._conn, ident)

    def clear_quick_entries(self) -> None:
        saved.clear_quick_entries(self._conn)

    # ----------------------------------------------------------------- standing choices

    def saldo_from(self) -> str | None:
        """Where the member chose the saldo to come from (planner.workspace.SALDO_*), or None."""
        return saved.choice(self._conn, SALDO_FROM)

    def save_saldo_from(self, value: str) -> None:
        saved.save_choice(self._conn, SALDO_FROM, value)

    # ----------------------------------------------------------------- scenarios

    def save_scenario(self, name: str, assumptions: Assumptions) -> Scenario:
        return saved.save_scenario(self._conn, name, assumptions)

    def scenarios(self) -> list[Scenario]:
        return saved.scenarios(self._conn)

    def scenario(self, ident: int | str) -> Scenario:
        return saved.scenario(self._conn, ident)

    def rename_scenario(self, ident: int | str, new_name: str) -> Scenario:
        return saved.rename_scenario(self._conn, ident, new_name)

    def delete_scenario(self, ident: int | str) -> None:
        saved.delete_scenario(self._conn, ident)


def open_store(path: Path | str | None = None) -> Store:
    """Shorthand for :meth:`Store.open`."""
    return Store.open(path)
