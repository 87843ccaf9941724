"""Contribution history, interruptions (中断缴费) and a monthly pension estimate.

Months are counted as integers (year * 12 + month - 1); a period covers its first and
last month. Overlapping periods count each month once, at the higher base. An open-ended
period (still paying) runs to the ``as_of`` month.

The formula is the common one in ../shared/domain.md (*to confirm*, figures are local
data): basic pension = (local average wage + own indexed wage) / 2 × years × 1%;
account pension = account balance / 计发月数 for the retirement age. The 24-month limit is
the seed article's claim and a setting, not law.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from .messages import Problem


MAX_BASE = 1_000_000.0  # a monthly base beyond this is a typing slip, not a wage


def default_age(sex: str | None) -> int:
    """The usual retirement age for the 计发月数 (60 for men, 55 for women; *to confirm*:
    many women workers retire at 50, and the new gradual rise changes both)."""
    return 55 if sex == "female" else 60


def month_index(text: str) -> int:
    """'2024-03' -> an integer month; ValueError for anything else."""
    year, month = text.strip().split("-")
    y, m = int(year), int(month)
    if len(year) != 4 or not 1 <= m <= 12:
        raise ValueError(text)
    return y * 12 + m - 1


def month_text(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


@dataclass(frozen=True)
class Period:
    start: int
    end: int | None  # None: still paying
    base: float
    id: int | None = None


@dataclass(frozen=True)
class Gap:
    start: int
    end: int          # inclusive
    ongoing: bool     # nothing paid since, up to the as-of month
    over_limit: bool

    @property
    def months(self) -> int:
        return self.end - self.start + 1


@dataclass(frozen=True)
class LocalFigures:
    average_wage: float = 8000.0          # local average monthly wage (社平工资 / 12)
    account_rate: float = 0.08            # share of the base paid into the personal account
    divisors: dict[int, int] = field(default_factory=lambda: {50: 195, 55: 170, 60: 139})  # 计发月数
    min_years: int = 15
    gap_limit_months: int = 24

    def divisor(self, age: int) -> int:
        """计发月数 for the nearest listed age at or below ``age`` (the youngest listed below that)."""
        below = [a for a in self.divisors if a <= age]
        return self.divisors[max(below) if below else min(self.divisors)]


@dataclass(frozen=True)
class Estimate:
    months: int
    average_index: float
    indexed_wage: float
    basic: float
    balance: float
    account: float
    eligible: bool          # at least the minimum years

    @property
    def years(self) -> float:
        return self.months / 12

    @property
    def total(self) -> float:
        return self.basic + self.account


def check_period(start: str, end: str | None, base: str | float) -> tuple[Period | None, list[tuple[str, Problem]]]:
    problems: list[tuple[str, Problem]] = []
    first = last = None
    try:
        first = month_index(start)
    except ValueError:
        problems.append(("start", Problem("pension.month", value=start or "—")))
    if end:
        try:
            last = month_index(end)
        except ValueError:
            problems.append(("end", Problem("pension.month", value=end)))
    try:
        wage = float(base)
        if not (0 < wage < MAX_BASE and math.isfinite(wage)):
            raise ValueError
    except (TypeError, ValueError):
        problems.append(("base", Problem("pension.base", value=base if base not in ("", None) else "—")))
        wage = 0.0
    if first is not None and last is not None and last < first:
        problems.append(("end", Problem("pension.order", start=start, end=end)))
    return (None if problems else Period(first, last, wage)), problems


def covered(periods: list[Period], as_of: int) -> dict[int, float]:
    """Each paid month up to ``as_of`` and its base (the higher one where periods overlap)."""
    months: dict[int, float] = {}
    for p in periods:
        last = min(p.end if p.end is not None else as_of, as_of)
        for m in range(p.start, last + 1):
            months[m] = max(months.get(m, 0.0), p.base)
    return months


def gaps(periods: list[Period], as_of: int, limit: int) -> list[Gap]:
    """Runs of unpaid months after the first paid month, up to ``as_of``."""
    paid = covered(periods, as_of)
    if not paid:
        return []
    found, start = [], None
    for m in range(min(paid), as_of + 1):
        if m not in paid and start is None:
            start = m
        elif m in paid and start is not None:
            found.append(Gap(start, m - 1, False, m - start > limit))
            start = None
    if start is not None:
        found.append(Gap(start, as_of, True, as_of - start + 1 > limit))
    return found


def filled(periods: list[Period], as_of: int, limit: int) -> list[Period]:
    """The history as if every interruption had been paid at the base of the month before."""
    paid = covered(periods, as_of)
    extra = [Period(g.start, g.end, paid[g.start - 1]) for g in gaps(periods, as_of, limit)]
    return list(periods) + extra


def estimate(periods: list[Period], as_of: int, age: int, figures: LocalFigures) -> Estimate:
    paid = covered(periods, as_of)
    months = len(paid)
    if not months:
        return Estimate(0, 0.0, 0.0, 0.0, 0.0, 0.0, False)
    average_index = sum(base / figures.average_wage for base in paid.values()) / months
    indexed = figures.average_wage * average_index
    years = months / 12
    basic = (figures.average_wage + indexed) / 2 * years * 0.01
    balance = sum(paid.values()) * figures.account_rate
    account = balance / figures.divisor(age)
    return Estimate(months, average_index, indexed, basic, balance, account, years >= figures.min_years)
