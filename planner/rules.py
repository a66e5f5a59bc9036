"""Dated, cited rule parameters loaded from ``resources/rules/*.toml``.

Every rate, age, ceiling, bracket and default the planner applies is read here and nowhere
else. A lookup answers "the value of X on date D" and can be recorded in a
:class:`RuleUsage`, so every result can say which parameters it depended on.
"""
from __future__ import annotations

import datetime as dt
import tomllib
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from models import RuleUse
from planner.texts import tr
from resources import RULES_DIR

CONFIDENCES = ("C", "R", "calc")


class RulesError(Exception):
    """A rules file is missing, malformed, or lacks a value for the date asked."""


@dataclass(frozen=True, slots=True)
class Parameter:
    name: str
    label: str
    unit: str
    reference: str
    confidence: str
    last_verified: dt.date
    review_by: dt.date
    per_year: bool
    starts: tuple[dt.date, ...]
    values: tuple[Any, ...]

    def entry_on(self, on: dt.date) -> tuple[dt.date, Any]:
        """(effective date, value) in force on `on`."""
        i = bisect_right(self.starts, on) - 1
        if i < 0:
            raise RulesError(f"{self.name} has no value on {on.isoformat()} (first from {self.starts[0]})")
        if self.per_year and self.starts[i].year != on.year:
            raise RulesError(f"{self.name} has no value for {on.year}")
        return self.starts[i], self.values[i]

    def for_year(self, year: int) -> Any | None:
        """For per-year parameters: the value of that calendar year, or None."""
        for start, value in zip(self.starts, self.values):
            if start.year == year:
                return value
        return None

    def is_stale(self, today: dt.date) -> bool:
        return today > self.review_by

    def use(self, on: dt.date) -> RuleUse:
        effective, value = self.entry_on(on)
        return RuleUse(self.name, value, effective, self.unit, self.reference, self.confidence, self.last_verified)


def _parse_parameter(name: str, table: dict[str, Any], source: Path) -> Parameter:
    try:
        values = table["values"]
        last_verified = table["last_verified"]
        if not isinstance(last_verified, dt.date) or not values:
            raise KeyError("values/last_verified")
        entries = sorted(((v["from"], v["value"]) for v in values), key=lambda e: e[0])
        confidence = str(table["confidence"])
        if confidence not in CONFIDENCES:
            raise KeyError(f"confidence {confidence!r}")
        review_by = table.get("review_by", last_verified + dt.timedelta(days=365))
        return Parameter(
            name=name,
            label=str(table["label"]),
            unit=str(table["unit"]),
            reference=str(table["reference"]),
            confidence=confidence,
            last_verified=last_verified,
            review_by=review_by,
            per_year=bool(table.get("per_year", False)),
            starts=tuple(e[0] for e in entries),
            values=tuple(e[1] for e in entries),
        )
    except (KeyError, TypeError) as exc:
        raise RulesError(f"{source.name}: parameter {name!r} is malformed ({exc})") from None


class Rules:
    """All parameters from one rules folder."""

    def __init__(self, parameters: dict[str, Parameter]):
        self._params = parameters

    @classmethod
    def load(cls, folder: Path = RULES_DIR) -> "Rules":
        params: dict[str, Parameter] = {}
        files = sorted(Path(folder).glob("*.toml"))
        if not files:
            raise RulesError(f"no rules files in {folder}")
        for path in files:
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise RulesError(f"{path.name}: {exc}") from None
            for key, table in data.items():
                name = f"{path.stem}.{key}"
                params[name] = _parse_parameter(name, table, path)
        return cls(params)

    def __contains__(self, name: str) -> bool:
        return name in self._params

    def __iter__(self):
        return iter(self._params.values())

    def parameter(self, name: str) -> Parameter:
        try:
            return self._params[name]
        except KeyError:
            raise RulesError(f"unknown rule parameter {name!r}") from None

    def value(self, name: str, on: dt.date, usage: "RuleUsage | None" = None) -> Any:
        param = self.parameter(name)
        if usage is not None:
            usage.add(param, on)
        return param.entry_on(on)[1]

    def stale(self, today: dt.date | None = None) -> list[Parameter]:
        today = today or dt.date.today()
        return [p for p in self._params.values() if p.is_stale(today)]

    def newest_verification(self) -> dt.date:
        """The date of the rule set: the latest last_verified of any parameter."""
        return max(p.last_verified for p in self._params.values())


class RuleUsage:
    """Collects the parameters (and the dated entries of them) a computation used."""

    def __init__(self) -> None:
        self._seen: dict[tuple[str, dt.date], RuleUse] = {}
        self._params: dict[str, Parameter] = {}

    def add(self, param: Parameter, on: dt.date) -> None:
        use = param.use(on)
        self._seen.setdefault((use.name, use.effective), use)
        self._params[param.name] = param

    def uses(self) -> tuple[RuleUse, ...]:
        return tuple(sorted(self._seen.values(), key=lambda u: (u.name, u.effective)))

    def parameters(self) -> Iterable[Parameter]:
        return self._params.values()

    def warnings(self, today: dt.date | None = None, lang: str = "id") -> list[str]:
        """Stale-parameter and [R]-confidence warnings for what was used."""
        today = today or dt.date.today()
        out = []
        for p in sorted(self._params.values(), key=lambda p: p.name):
            if p.is_stale(today):
                out.append(tr("rules.warning.stale", lang, name=p.name, verified=p.last_verified.isoformat()))
        return out

    def unverified(self) -> list[str]:
        """Names of used parameters whose confidence is [R]: the app must say so."""
        return sorted(p.name for p in self._params.values() if p.confidence == "R")


@lru_cache(maxsize=4)
def load_rules(folder: str | None = None) -> Rules:
    """The shipped rules, loaded once per process."""
    return Rules.load(Path(folder) if folder else RULES_DIR)


def apply_brackets(amount: float, brackets: list[dict[str, Any]]) -> float:
    """Tax on `amount` under marginal bands [{upto, rate}, ..., {rate}]."""
    tax = 0.0
    lower = 0.0
    for band in brackets:
        upper = band.get("upto")
        top = amount if upper is None else min(amount, float(upper))
        if top > lower:
            tax += (top - lower) * float(band["rate"])
        if upper is None or amount <= upper:
            break
        lower = float(upper)
    return tax
