"""Use cases of the pension estimate: the contribution history, its interruptions, the
statutory retirement date and the monthly pension projected to it."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from ..domain import pension, retirement as retirement_rules
from ..domain.messages import Problem
from ..domain.models import Person
from ..domain.figures import LocalFigures
from ..domain.pension import Gap, Period, Projection
from ..domain.policy import parse_figures
from ..domain.record import record, replace
from ..domain.regions import PolicyError
from ..domain.retirement import Retirement, Rules
from ..store import db, overrides
from ..store import pension as store
from . import doors, people
from .desk import Desk, load_json, load_resource, on_new_resources
from .errors import InputError, NotFound

CATEGORY_CHOICES = ("worker", "cadre")
RETIRE_AT = retirement_rules.RETIRE_AT


@record(frozen=True)
class Report:
    person: Person
    periods: list[Period]
    gaps: list[Gap]              # up to the as-of month
    figures: LocalFigures
    as_of: int
    category: str | None         # the stored choice: worker, cadre or None (not asked)
    retirement: Retirement | None  # None: a woman whose category was not asked yet
    retire_age: int | None       # months: the age the projection retires at
    projection: Projection | None

    @property
    def needs_category(self) -> bool:
        return self.person.sex == "female" and self.category is None


_RULES: dict[Path | None, Rules] = {}
on_new_resources(_RULES.clear)  # an installed policy pack brings its own pension.json


def rules(desk: Desk | None = None, resource_dir: Path | None = None) -> Rules:
    """The national rules: an office's validated import kept in the database if there is one,
    else resources/pension.json (validated once per process)."""
    if desk is not None:
        kept = overrides.get(desk.conn, "pension_rules")
        if kept:
            return retirement_rules.parse_rules(kept)
    if resource_dir not in _RULES:
        _RULES[resource_dir] = load_resource("pension.json", retirement_rules.parse_rules, resource_dir)
    return _RULES[resource_dir]


def import_file(desk: Desk, path: str | Path) -> dict:
    """An office's pension data: a file shaped like resources/pension.json (the national rules,
    e.g. a corrected 计发月数 table), and/or {"pension": {"average_wage": …, "account_rate": …}}
    (the local figures). Everything is validated first; then one transaction, one audit row."""
    doors.readable(path, desk.data_dir)
    data = load_json(Path(path))
    problems, new_rules, figures = [], None, None
    try:
        if not isinstance(data, dict) or not ({"retirement", "pension"} & set(data)):
            raise PolicyError("expected 'retirement' (national rules) or 'pension' (local figures)")
        if "retirement" in data:
            new_rules = retirement_rules.parse_rules(data)
        if "pension" in data:
            figures = parse_figures(data["pension"])
    except PolicyError as exc:
        problems.append(("", Problem("policy.invalid", path=str(path), detail=exc.detail)))
    if problems:
        raise InputError(problems)
    policy = desk.policy if figures is not None else None  # read before writing (a damaged policy.json refuses)
    with db.transaction(desk.conn):
        if new_rules is not None:
            overrides.put(desk.conn, "pension_rules", {k: v for k, v in data.items() if k != "pension"},
                          str(path), desk.now())
        if figures is not None:
            overrides.put(desk.conn, "pension", {"average_wage": figures.average_wage,
                                                 "account_rate": figures.account_rate}, str(path), desk.now())
        desk.audit("policy.pension_import", "policy", file=Path(path).name, rules=new_rules is not None,
                   figures=figures is not None)
    if policy is not None:
        desk.policy = replace(policy, pension=figures)
    return {"rules": new_rules is not None, "figures": figures is not None}


def parse_birth(text: str, today: date) -> int:
    """'1965-01' -> month index; InputError for anything else or a month after ``today``."""
    try:
        month = pension.month_index(text)
        if month < 1900 * 12:  # no one living was born earlier; a year typed as 0965 is a slip
            raise ValueError(text)
    except (ValueError, AttributeError):
        raise InputError([("birth", Problem("retirement.birth", value=text or "—"))]) from None
    if month > today.year * 12 + today.month - 1:
        raise InputError([("birth", Problem("retirement.birth_future", value=text))])
    return month


def statutory(birth: str, sex: str, category: str | None, today: date, table: Rules | None = None) -> Retirement:
    """The retirement dates for a birth month, sex and (for a woman) category; every bad
    input is refused with a reason before anything is computed."""
    problems = []
    month = None
    try:
        month = parse_birth(birth, today)
    except InputError as exc:
        problems += exc.problems
    if sex not in ("male", "female"):
        problems.append(("sex", Problem("retirement.sex", value=sex or "—")))
    if category is not None and category not in CATEGORY_CHOICES:
        problems.append(("category", Problem("pension.category", value=category)))
    elif sex == "male" and category is not None:  # likely a mistyped sex: refuse rather than ignore it
        problems.append(("category", Problem("retirement.category_male")))
    elif sex == "female" and category is None:
        problems.append(("category", Problem("retirement.category_needed")))
    if problems:
        raise InputError(problems)
    return (table or rules()).statutory(month, retirement_rules.category_for(sex, category))


def check_category(value: str | None) -> str | None:
    if value in (None, ""):
        return None
    if value not in CATEGORY_CHOICES:
        raise InputError([("category", Problem("pension.category", value=value))])
    return value


def category(desk: Desk, person: Person) -> str | None:
    return store.category(desk.conn, person.id)


def set_category(desk: Desk, person: Person, value: str | None) -> None:
    """Record whether a woman was a 女职工 or a 女干部/管理技术岗 (None: not asked)."""
    value = check_category(value)
    with db.transaction(desk.conn):
        store.set_category(desk.conn, person.id, value)
        desk.audit("pension.category", f"person:{person.id}", category=value)


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
    """Keep the office's local figures (average wage, account share) for later estimates."""
    values = {"average_wage": figures.average_wage, "account_rate": figures.account_rate}
    policy = desk.policy  # read before writing (a damaged policy.json refuses)
    with db.transaction(desk.conn):
        overrides.put(desk.conn, "pension", values, "settings", desk.now())
        desk.audit("policy.pension_figures", "policy", **values)
    desk.policy = replace(policy, pension=figures)


def report(desk: Desk, person_key: str, as_of: date | None = None, age: int | None = None,
           figures: LocalFigures | None = None, retire_at: str = "statutory") -> Report:
    """The history as of ``as_of`` and the estimate at retirement: at the statutory date (or
    the earliest / latest flexible one), or at ``age`` (months) when given."""
    person = people.get(desk, person_key)
    day = as_of or desk.today()
    month = day.year * 12 + day.month - 1
    figures = figures or desk.policy.pension
    table = rules(desk)
    choice = category(desk, person)
    birth = person.birth_date.year * 12 + person.birth_date.month - 1 if person.birth_date else None
    kind = retirement_rules.category_for(person.sex, choice)
    ret = table.statutory(birth, kind) if kind and birth is not None else None
    if age is not None:
        low, high = min(table.divisors) * 12, max(table.divisors) * 12
        if not low <= age <= high:
            raise InputError([("age", Problem("pension.age", value=f"{age // 12}", low=low // 12, high=high // 12))])
        retire_age = age
    elif ret is not None:
        retire_age = {"statutory": ret.age, "earliest": ret.earliest_age, "latest": ret.latest_age}[retire_at]
    else:
        retire_age = None
    history = periods(desk, person)
    projection = None
    if retire_age is not None and birth is not None:
        retire_month = birth + retire_age
        projection = pension.project(history, month, retire_month, table.divisor(retire_age), figures,
                                     table.min_months(retire_month // 12))
    return Report(person, history, pension.gaps(history, month), figures, month, choice, ret, retire_age,
                  projection)
