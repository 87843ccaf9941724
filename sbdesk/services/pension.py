"""Use cases of the pension estimate: the contribution history, its interruptions, and
the monthly pension with and without them."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from ..domain import pension
from ..domain.messages import Problem
from ..domain.models import Person
from ..domain.pension import Estimate, Gap, LocalFigures, Period
from ..store import db, overrides
from ..store import pension as store
from . import people
from .desk import Desk
from .errors import InputError, NotFound


@dataclass(frozen=True)
class Report:
    person: Person
    periods: list[Period]
    gaps: list[Gap]
    actual: Estimate
    without_gaps: Estimate
    figures: LocalFigures
    as_of: int
    age: int


def add_period(desk: Desk, person: Person, start: str, end: str | None, base) -> Period:
    period, problems = pension.check_period(start, end, base)
    if problems:
        raise InputError(problems)
    with db.transaction(desk.conn):
        pid = store.add(desk.conn, person.id, period)
        desk.audit("pension.period_add", f"person:{person.id}", start=start, end=end, base=period.base)
    return replace(period, id=pid)


def remove_period(desk: Desk, person: Person, period_id: int) -> None:
    with db.transaction(desk.conn):
        if not store.remove(desk.conn, person.id, period_id):
            raise NotFound([("", Problem("pension.period_not_found", key=period_id))])
        desk.audit("pension.period_remove", f"person:{person.id}", period=period_id)


def periods(desk: Desk, person: Person) -> list[Period]:
    return store.periods(desk.conn, person.id)


def set_figures(desk: Desk, figures: LocalFigures) -> None:
    """Keep the office's local figures (average wage, 计发月数 …) for later estimates."""
    values = {"average_wage": figures.average_wage, "account_rate": figures.account_rate,
              "divisors": {str(k): v for k, v in figures.divisors.items()}, "min_years": figures.min_years,
              "gap_limit_months": figures.gap_limit_months}
    with db.transaction(desk.conn):
        overrides.put(desk.conn, "pension", values, "settings", desk.now())
        desk.audit("policy.pension_figures", "policy", **values)
    desk.policy = replace(desk.policy, pension=figures)


def report(desk: Desk, person_key: str, as_of: date | None = None, age: int | None = None,
           figures: LocalFigures | None = None) -> Report:
    person = people.get(desk, person_key)
    day = as_of or desk.today()
    month = day.year * 12 + day.month - 1
    figures = figures or desk.policy.pension
    age = age or pension.default_age(person.sex)  # "retiring now at this age": 计发月数 depends on it
    history = periods(desk, person)
    found = pension.gaps(history, month, figures.gap_limit_months)
    return Report(person, history, found, pension.estimate(history, month, age, figures),
                  pension.estimate(pension.filled(history, month, figures.gap_limit_months), month, age, figures),
                  figures, month, age)
