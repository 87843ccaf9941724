"""Use cases of the pension estimate: the contribution history, its interruptions, the
statutory retirement date and the monthly pension projected to it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from .. import paths
from ..domain import pension
from ..domain import retirement as retirement_rules
from ..domain.figures import LocalFigures
from ..domain.messages import Problem
from ..domain.models import Person
from ..domain.pension import Gap, Period, Projection
from ..domain.policy import figure_problems, parse_figures
from ..domain.regions import PolicyError
from ..domain.retirement import Retirement, Rules
from ..store import db, overrides
from ..store import pension as store
from . import doors, people
from .desk import Desk, load_json, load_resource, on_new_resources
from .errors import InputError, NotFound

CATEGORY_CHOICES = ("worker", "cadre")
RETIRE_AT = retirement_rules.RETIRE_AT


@dataclass(frozen=True)
class Report:
    person: Person
    periods: list[Period]
    gaps: list[Gap]  # up to the as-of month
    figures: LocalFigures
    as_of: int
    category: str | None  # the stored choice: worker, cadre or None (not asked)
    retirement: Retirement | None  # None: a woman whose category was not asked yet
    retire_age: int | None  # months: the age the projection retires at
    projection: Projection | None

    @property
    def needs_category(self) -> bool:
        return self.person.sex == "female" and self.category is None

    @property
    def past_statutory(self) -> bool:
        """The as-of month is at or after the statutory retirement month."""
        return self.retirement is not None and self.as_of >= self.retirement.month

    @property
    def shortfall(self) -> pension.Shortfall | None:
        """Short of the minimum years if paying stops now: no monthly figure, the ways on."""
        if self.projection is None or not self.periods:
            return None
        return pension.shortfall(self.projection, self.periods, self.as_of)


_RULES: dict[Path | None, Rules] = {}
on_new_resources(_RULES.clear)  # an installed policy pack brings its own pension.json


def rules(desk: Desk | None = None, resource_dir: Path | None = None) -> Rules:
    """The national rules: an office's validated import kept in the database if there is one,
    else resources/pension.json (validated once per process)."""
    if desk is not None:
        kept = overrides.get(desk.conn, "pension_rules")
        if kept:
            return retirement_rules.parse_rules(completed(kept))
    if resource_dir not in _RULES:
        _RULES[resource_dir] = load_resource("pension.json", retirement_rules.parse_rules, resource_dir)
    return _RULES[resource_dir]


def completed(data: dict) -> dict:
    """An office's rules with the sections it lacks (an import from an older version, without
    the contribution base or the options) taken from the shipped resources/pension.json."""
    missing = [key for key in ("contribution_base", "short_of_minimum") if key not in data]
    if not missing:
        return data
    shipped = load_json(paths.resource_dir() / "pension.json")
    return {**data, **{key: shipped[key] for key in missing if key in shipped}}


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
            new_rules = retirement_rules.parse_rules(completed(data))
        if "pension" in data:
            problems += figure_problems(data["pension"])
            figures = None if problems else parse_figures(data["pension"])
    except PolicyError as exc:
        problems.append(("", Problem("policy.invalid", path=str(path), detail=exc.detail)))
    if problems:
        raise InputError(problems)
    policy = desk.policy if figures is not None else None  # read before writing (a damaged policy.json refuses)
    with db.transaction(desk.conn):
        if new_rules is not None:
            overrides.put(
                desk.conn, "pension_rules", {k: v for k, v in data.items() if k != "pension"}, str(path), desk.now()
            )
        if figures is not None:
            overrides.put(
                desk.conn,
                "pension",
                {"average_wage": figures.average_wage, "account_rate": figures.account_rate},
                str(path),
                desk.now(),
            )
        desk.audit(
            "policy.pension_import",
            "policy",
            file=Path(path).name,
            rules=new_rules is not None,
            figures=figures is not None,
        )
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
    period, problems = pension.check_period(start, end, base, last_year=desk.today().year + 1)
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
    problems = figure_problems(values)
    if problems:
        raise InputError(problems)
    policy = desk.policy  # read before writing (a damaged policy.json refuses)
    with db.transaction(desk.conn):
        overrides.put(desk.conn, "pension", values, "settings", desk.now())
        desk.audit("policy.pension_figures", "policy", **values)
    desk.policy = replace(policy, pension=figures)


def report(
    desk: Desk,
    person_id: int,
    as_of: date | None = None,
    age: int | None = None,
    figures: LocalFigures | None = None,
    retire_at: str = "statutory",
) -> Report:
    """The history as of ``as_of`` and the estimate at retirement: at the statutory date (or
    the earliest / latest flexible one), or at ``age`` (months) when given."""
    person = people.get(desk, person_id)
    day = as_of or desk.today()
    month = day.year * 12 + day.month - 1
    figures = figures or desk.policy.pension
    table = rules(desk)
    choice = category(desk, person)
    birth = person.birth_date.year * 12 + person.birth_date.month - 1 if person.birth_date else None
    kind = retirement_rules.category_for(person.sex, choice)
    ret = table.statutory(birth, kind) if kind and birth is not None else None
    retire_age = chosen_age(table, ret, age, retire_at, person.sex)
    history = periods(desk, person)
    projection = None
    if retire_age is not None and birth is not None:
        retire_month = birth + retire_age
        projection = pension.project(
            history,
            month,
            retire_month,
            table.divisor(retire_age),
            figures,
            table.min_months(retire_month // 12),
            table.base_bounds,
        )
    # after the retirement month not paying is no interruption: gaps are looked for up to it
    last = min(month, birth + retire_age - 1) if retire_age is not None and birth is not None else month
    return Report(person, history, pension.gaps(history, last), figures, month, choice, ret, retire_age, projection)


def chosen_age(table: Rules, ret: Retirement | None, age: int | None, retire_at: str, sex: str | None) -> int | None:
    """The age (months) to project to: ``age`` if given and allowed, else the statutory, earliest
    or latest date; a flexible date asked for a retirement before the reform is refused."""
    if age is not None:
        return check_age(age, ret, table, sex)
    if ret is None:
        return None
    if retire_at != "statutory" and not ret.flexible(table.effective):
        raise InputError([
            (
                "retire_at",
                Problem(
                    "retirement.no_flexible",
                    month=pension.month_text(ret.month),
                    effective=pension.month_text(table.effective),
                    source=table.sources["flexible"],
                ),
            )
        ])
    return {"statutory": ret.age, "earliest": ret.earliest_age, "latest": ret.latest_age}[retire_at]


def check_request(desk: Desk, person: Person, age: int | None, retire_at: str, choice: str | None) -> None:
    """Refuse a retirement age or date the person cannot have before anything is written (the
    category about to be recorded, ``choice``, counts)."""
    chosen_age(rules(desk), retirement_of(desk, person, choice), age, retire_at, person.sex)


def retirement_of(desk: Desk, person: Person, choice: str | None = None) -> Retirement | None:
    """The person's retirement dates with the stored category (or ``choice``); None for a woman
    not asked yet or a person without a birth date."""
    choice = check_category(choice) or category(desk, person)
    kind = retirement_rules.category_for(person.sex, choice)
    birth = person.birth_date.year * 12 + person.birth_date.month - 1 if person.birth_date else None
    return rules(desk).statutory(birth, kind) if kind and birth is not None else None


def check_age(age: int, ret: Retirement | None, table: Rules, sex: str | None) -> int:
    """A retirement age asked for (months) within the person's range: statutory −3 … +3 years,
    never below the old age, and only the statutory age for a retirement before the reform
    (《办法》第三条); refused with the range and the rule otherwise."""
    if ret is None:
        if sex == "female":  # her range depends on the category (old age 50 or 55)
            raise InputError([("age", Problem("retirement.category_needed"))])
        low, high = min(table.divisors) * 12, max(table.divisors) * 12
        if not low <= age <= high:
            raise InputError([("age", Problem("pension.age", value=f"{age // 12}", low=low // 12, high=high // 12))])
        return age
    low, high = ret.age_range(table.effective)
    if low <= age <= high:
        return age
    words = retirement_rules.age_words
    if low == high:
        problem = Problem(
            "pension.age_fixed",
            value=words(age),
            age=words(ret.age),
            month=pension.month_text(ret.month),
            effective=pension.month_text(table.effective),
            source=table.sources["flexible"],
        )
    else:
        problem = Problem(
            "pension.age_range",
            value=words(age),
            low=words(low),
            high=words(high),
            age=words(ret.age),
            old=words(ret.old_age),
            source=table.sources["flexible"],
        )
    raise InputError([("age", problem)])


def clamped(report: Report, table: Rules) -> list[Problem]:
    """Each period whose base lies outside the bounds of the average wage: what it counts as."""
    wage, (low, high) = report.figures.average_wage, table.base_bounds
    out = []
    for p in report.periods:
        counted = pension.counted_base(p.base, wage, table.base_bounds)
        if counted != p.base:
            code, share = ("pension.base_low", low) if p.base < counted else ("pension.base_high", high)
            out.append(
                Problem(
                    code,
                    base=f"{p.base:.2f}",
                    start=pension.month_text(p.start),
                    end=pension.month_text(p.end) if p.end is not None else "…",
                    share=f"{share * 100:g}",
                    wage=f"{wage:.2f}",
                    counted=f"{counted:.2f}",
                    source=table.sources["contribution_base"],
                )
            )
    return out


def past_statutory(report: Report) -> Problem | None:
    """Told when the as-of month is past the statutory date, with the month the estimate is for."""
    r, j = report.retirement, report.projection
    if r is None or not report.past_statutory:
        return None
    return Problem(
        "pension.past_statutory",
        month=pension.month_text(r.month),
        age=retirement_rules.age_words(r.age),
        start=pension.month_text(j.retire_month if j else r.month),
    )


def options(report: Report, table: Rules) -> list[Problem]:
    """Short of the minimum years if paying stops now: why there is no monthly figure, then the
    ways on with their sources (paying on, 延长缴费, 补缴 where allowed, transfer). Empty otherwise."""
    short, j = report.shortfall, report.projection
    if short is None or j is None:
        return []
    src = table.sources
    out = [
        Problem(
            "pension.short",
            years=f"{j.stopped.years:.1f}",
            month=pension.month_text(j.as_of),
            needed=f"{j.min_months / 12:g}",
            year=j.retire_month // 12,
            source=table.min_source(j.retire_month // 12),
        )
    ]
    if j.projected_months:
        code = "pension.option_pay_on" if short.paying_on_enough else "pension.option_pay_on_short"
        out.append(
            Problem(
                code,
                month=pension.month_text(j.retire_month),
                years=f"{j.continued.years:.1f}",
                source=src["option.pay_on"],
            )
        )
    early = report.retirement is not None and j.retire_month < report.retirement.month
    if early and not short.paying_on_enough:  # flexible early retirement needs the minimum years first
        out.append(
            Problem(
                "pension.option_no_early",
                month=pension.month_text(j.retire_month),
                statutory=pension.month_text(report.retirement.month),
                source=src["flexible"],
            )
        )
    elif short.extend_months:
        out.append(
            Problem(
                "pension.option_extend",
                months=short.extend_months,
                start=pension.month_text(short.extend_from),
                end=pension.month_text(short.extend_until),
                source=src["option.extend"],
            )
        )
    out.append(Problem("pension.option_back_pay", source=src["option.back_pay"]))
    out.append(Problem("pension.option_transfer", source=src["option.transfer"]))
    return out
