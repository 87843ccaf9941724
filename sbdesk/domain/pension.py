"""Contribution history, interruptions (中断缴费) and a monthly pension estimate projected
to the retirement date.

Months are counted as integers (year * 12 + month - 1); a period covers its first and
last month. Overlapping periods count each month once, at the higher base. An open-ended
period (still paying) runs to the ``as_of`` month.

The formula (国发〔2005〕38号, ../shared/domain.md): basic pension = (local average wage +
own indexed wage) / 2 × years × 1%; account pension = account balance / 计发月数 at the
retirement age. Simplifications, said in the UI too: one average wage for every year (no
growth), no interest on the account, no 过渡性养老金 for 视同缴费 years.

An interruption keeps the earlier years (社会保险法 第十六条: years count cumulatively);
there is no 24-month limit after which a person "gives up" — that claim is a misconception.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .figures import LocalFigures
from .messages import Problem

MAX_BASE = 1_000_000.0  # a monthly base beyond this is a typing slip, not a wage
FIRST_YEAR = 1950  # China's contribution histories begin no earlier than the 1950s; 0000-01 is a slip


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
    end: int  # inclusive
    ongoing: bool  # nothing paid since, up to the as-of month

    @property
    def months(self) -> int:
        return self.end - self.start + 1


@dataclass(frozen=True)
class Estimate:
    months: int
    average_index: float
    indexed_wage: float
    basic: float
    balance: float
    account: float
    eligible: bool  # at least the minimum years for the year of retirement

    @property
    def years(self) -> float:
        return self.months / 12

    @property
    def total(self) -> float:
        return self.basic + self.account


@dataclass(frozen=True)
class GapEffect:
    """What one interruption costs at retirement, compared with paying through it at the
    base of the month before: months lost, average index, account balance, pension a month."""

    gap: Gap
    index_lost: float
    balance_lost: float
    monthly_lost: float


@dataclass(frozen=True)
class Projection:
    """The estimate at the retirement month, two ways: paying on at the latest base until the
    month before retirement, and stopping after the as-of month; plus the interruptions paid."""

    as_of: int
    retire_month: int
    divisor: float
    min_months: int
    continued: Estimate
    stopped: Estimate
    without_gaps: Estimate
    effects: list[GapEffect]
    last_base: float

    @property
    def projected_months(self) -> int:
        """Months from after the as-of month to the month before retirement."""
        return max(self.retire_month - 1 - self.as_of, 0)

    @property
    def gaps_cost(self) -> float:
        return self.without_gaps.total - self.continued.total


def check_period(
    start: str,
    end: str | None,
    base: str | float,
    last_year: int = 9999,
) -> tuple[Period | None, list[tuple[str, Problem]]]:
    """A contribution period from the clerk's text; its months lie from FIRST_YEAR to
    ``last_year`` (the service passes next year)."""
    problems: list[tuple[str, Problem]] = []
    first = last = None
    for name, text in (("start", start), ("end", end)):
        if name == "end" and not text:
            continue
        try:
            month = month_index(text or "")
        except ValueError:
            problems.append((name, Problem("pension.month", value=text or "—")))
            continue
        if not FIRST_YEAR <= month // 12 <= last_year:
            problems.append((name, Problem("pension.year", value=text, low=FIRST_YEAR, high=last_year)))
        elif name == "start":
            first = month
        else:
            last = month
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


def gaps(periods: list[Period], as_of: int) -> list[Gap]:
    """Runs of unpaid months after the first paid month, up to ``as_of``."""
    paid = covered(periods, as_of)
    if not paid:
        return []
    found, start = [], None
    for m in range(min(paid), as_of + 1):
        if m not in paid and start is None:
            start = m
        elif m in paid and start is not None:
            found.append(Gap(start, m - 1, False))
            start = None
    if start is not None:
        found.append(Gap(start, as_of, True))
    return found


def filled(periods: list[Period], as_of: int, only: list[Gap] | None = None) -> list[Period]:
    """The history as if the interruptions (or ``only`` these) had been paid at the base of the
    month before."""
    paid = covered(periods, as_of)
    extra = [Period(g.start, g.end, paid[g.start - 1]) for g in (gaps(periods, as_of) if only is None else only)]
    return list(periods) + extra


def counted_base(base: float, average_wage: float, bounds: tuple[float, float] | None) -> float:
    """The base an office records: within ``bounds`` (shares of the average wage, 国办发〔2019〕13号);
    a base entered outside counts at the bound."""
    if bounds is None:
        return base
    return min(max(base, average_wage * bounds[0]), average_wage * bounds[1])


def bounded(periods: list[Period], average_wage: float, bounds: tuple[float, float] | None) -> list[Period]:
    return [
        p
        if counted_base(p.base, average_wage, bounds) == p.base
        else Period(p.start, p.end, counted_base(p.base, average_wage, bounds), p.id)
        for p in periods
    ]


@dataclass(frozen=True)
class Shortfall:
    """Short of the minimum years if paying stops now: no monthly figure for stopping, the ways on.
    ``extend_months`` of 延长缴费 from ``extend_from`` are still needed after paying on to retirement
    (months already paid after the retirement month count towards it)."""

    missing_now: int
    paying_on_enough: bool
    extend_months: int
    extend_from: int

    @property
    def extend_until(self) -> int:
        return self.extend_from + self.extend_months - 1


def shortfall(j: Projection, periods: list[Period], as_of: int) -> Shortfall | None:
    """None when stopping now still reaches the minimum years."""
    if j.stopped.eligible:
        return None
    after = sum(1 for m in covered(periods, as_of) if m >= j.retire_month)  # 延长缴费 already paid
    extend = max(j.min_months - j.continued.months - after, 0)
    return Shortfall(j.min_months - j.stopped.months, j.continued.eligible, extend, max(j.retire_month, as_of + 1))


def estimate(periods: list[Period], until: int, divisor: float, figures: LocalFigures, min_months: int) -> Estimate:
    """The monthly pension for the months paid up to ``until`` (inclusive)."""
    paid = covered(periods, until)
    months = len(paid)
    if not months:
        return Estimate(0, 0.0, 0.0, 0.0, 0.0, 0.0, False)
    average_index = sum(base / figures.average_wage for base in paid.values()) / months
    indexed = figures.average_wage * average_index
    years = months / 12
    basic = (figures.average_wage + indexed) / 2 * years * 0.01
    balance = sum(paid.values()) * figures.account_rate
    account = balance / divisor
    return Estimate(months, average_index, indexed, basic, balance, account, months >= min_months)


def project(
    periods: list[Period],
    as_of: int,
    retire_month: int,
    divisor: float,
    figures: LocalFigures,
    min_months: int,
    bounds: tuple[float, float] | None = None,
) -> Projection:
    """Both scenarios at ``retire_month``; contributions stop the month before it. Bases are
    counted within ``bounds`` (shares of the average wage) when given."""
    periods = bounded(periods, figures.average_wage, bounds)
    last = retire_month - 1
    history_end = min(as_of, last)
    paid = covered(periods, history_end)
    last_base = paid[max(paid)] if paid else 0.0
    ahead = [Period(history_end + 1, last, last_base)] if paid and history_end < last else []
    past_gaps = gaps(periods, history_end)
    history = [
        Period(p.start, min(p.end if p.end is not None else history_end, history_end), p.base)
        for p in periods
        if p.start <= history_end
    ]
    continued_periods = history + ahead
    continued = estimate(continued_periods, last, divisor, figures, min_months)
    stopped = estimate(history, last, divisor, figures, min_months)
    full = estimate(filled(history, history_end) + ahead, last, divisor, figures, min_months)
    effects = []
    for g in past_gaps:
        one = estimate(filled(history, history_end, [g]) + ahead, last, divisor, figures, min_months)
        effects.append(
            GapEffect(
                g,
                one.average_index - continued.average_index,
                one.balance - continued.balance,
                one.total - continued.total,
            )
        )
    return Projection(history_end, retire_month, divisor, min_months, continued, stopped, full, effects, last_base)
