"""The member's own database: what was imported, from which file, and what they typed.

One SQLite file at :func:`planner.paths.database_path` (``JHT_PLANNER_HOME`` moves it; tests
always set it). Nothing here knows about Qt: every function returns :mod:`models` objects or
plain dataclasses. One module per job:

* :mod:`planner.store.schema` — the tables, their migrations, opening a file safely;
* :mod:`planner.store.reconcile` — an import planned against what is stored, then written;
* :mod:`planner.store.queries` — reading statements, cards, findings and provenance;
* :mod:`planner.store.saved` — quick entries and what-if scenarios the member saved;
* :mod:`planner.store.identity` — one person per database: who a statement belongs to;
* :mod:`planner.store.codec` — how values are written and read back (exact decimals);
* :mod:`planner.store.errors` — what the member is told;
* :mod:`planner.store.database` — :class:`Store`, the open database that ties them together.

Import the public names from ``planner.store``.
"""
from planner.store.codec import assumptions_from_json, assumptions_to_json
from planner.store.database import Store, open_store
from planner.store.errors import (
    DatabaseBusy,
    DatabaseCorrupt,
    DatabaseFull,
    DatabaseReadOnly,
    DatabaseUnreadable,
    NotOurDatabase,
    DatabaseTooNew,
    DifferentMember,
    InvalidName,
    PlanOutdated,
    ScenarioNameTaken,
    ScenarioNotFound,
    StoreError,
    UndoOutdated,
)
from planner.store.identity import MemberMismatch, mask_long_digits
from planner.store.queries import ImportRecord
from planner.store.reconcile import (
    CONFLICT_CODE,
    FilePlan,
    ImportPlan,
    ImportReport,
    ImportResultLike,
    ImportUndo,
    RowConflict,
    YearConflict,
)
from planner.store.saved import Scenario
from planner.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

__all__ = [
    "APPLICATION_ID", "DatabaseBusy", "DatabaseFull", "DatabaseReadOnly", "DatabaseUnreadable", "NotOurDatabase",
    "CONFLICT_CODE", "MIGRATIONS", "SCHEMA_VERSION", "DatabaseCorrupt", "DatabaseTooNew", "DifferentMember", "FilePlan",
    "ImportPlan", "ImportRecord", "ImportReport", "ImportResultLike", "InvalidName", "MemberMismatch", "PlanOutdated",
    "RowConflict", "Scenario", "ScenarioNameTaken", "ScenarioNotFound", "Store", "StoreError", "UndoOutdated", "ImportUndo", "YearConflict",
    "assumptions_from_json", "assumptions_to_json", "mask_long_digits", "open_store",
]
