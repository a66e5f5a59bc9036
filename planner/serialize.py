"""Plain-JSON shapes of results, as docs/cli.md documents them."""
from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from enum import Enum
from typing import Any

from models import Assumptions, ProjectionResult, RuleUse


def jsonable(value: Any) -> Any:
    """Dates as ISO strings, Decimals and numpy scalars as numbers, enums as values."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if hasattr(value, "item") and callable(value.item):  # numpy scalar
        return value.item()
    return value


def assumptions_json(a: Assumptions) -> dict[str, Any]:
    return jsonable(a)


def rule_json(u: RuleUse) -> dict[str, Any]:
    return {
        "name": u.name,
        "value": jsonable(u.value),
        "effective": u.effective.isoformat(),
        "unit": u.unit,
        "reference": u.reference,
        "confidence": u.confidence,
        "last_verified": u.last_verified.isoformat(),
    }


def projection_json(r: ProjectionResult) -> dict[str, Any]:
    return {
        "claim_date": r.claim_date.isoformat(),
        "stop_date": r.stop_date.isoformat(),
        "balance_at_claim": {"nominal": r.balance_at_claim, "real": r.balance_at_claim_real},
        "tax": r.tax,
        "net": r.net,
        "years": [
            {
                "year": y.year,
                "age": y.age,
                "opening": y.opening,
                "contributions": y.contributions,
                "development": y.development,
                "closing": y.closing,
                "closing_real": y.closing_real,
                "wage": y.wage,
                "months": y.months,
            }
            for y in r.years
        ],
        "assumptions": assumptions_json(r.assumptions),
        "rules": [rule_json(u) for u in r.rules],
        "warnings": list(r.warnings),
    }
