"""Is a relationship believable from the two birth dates?

The real systems check relations against household and civil records; offline we can
at least flag what the dates make impossible (refused, with the reason) or unlikely
(allowed only after the clerk confirms it, and the confirmation is audited). The
thresholds are policy data (``resources/policy.json``, ``plausibility``), so an office
can change them: step- and adoptive children are 子女 in law too, so gaps are wide.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .messages import Problem
from .relations import term

PLAUSIBLE, UNUSUAL, IMPOSSIBLE = "plausible", "unusual", "impossible"


@dataclass(frozen=True)
class Gap:
    """Years by which the elder generation must be older: below ``impossible`` is refused,
    below ``unusual`` or above ``unusual_above`` needs a confirmation."""

    impossible: float
    unusual: float
    unusual_above: float | None = None


@dataclass(frozen=True)
class Thresholds:
    parent_child: Gap = Gap(10, 14, 60)
    grandparent_grandchild: Gap = Gap(24, 30, None)
    sibling_unusual_above: float = 30
    spouse_unusual_below_age: float = 20  # 法定婚龄 is 20 for women, 22 for men (民法典 第1047条)
    source: str = ""


@dataclass(frozen=True)
class Verdict:
    status: str  # plausible / unusual / impossible
    problem: Problem | None = None


def _n(value: float) -> float | int:
    """12.0 shows as 12, 12.4 as 12.4."""
    return int(value) if float(value).is_integer() else value


def _years(earlier: date, later: date) -> float:
    return (later - earlier).days / 365.2425


def _fact(member_older_by: float) -> Problem:
    """Who is older, in plain words: "the member is 26.1 years older than the owner"."""
    years = round(abs(member_older_by), 1)
    if years == 0:
        return Problem("plaus.same_age")
    return Problem("plaus.member_older" if member_older_by > 0 else "plaus.member_younger", years=_n(years))


def check(relation: str, owner_birth: date | None, member_birth: date | None, day: date, limits: Thresholds) -> Verdict:
    """``relation`` reads "the member is the owner's RELATION"."""
    if owner_birth is None or member_birth is None:
        return Verdict(PLAUSIBLE)
    rel = term(relation)
    if relation in ("child", "grandchild", "parent", "grandparent"):
        elder, younger = (
            (owner_birth, member_birth) if relation in ("child", "grandchild") else (member_birth, owner_birth)
        )
        gap = _years(elder, younger)
        limit = limits.parent_child if relation in ("child", "parent") else limits.grandparent_grandchild
        shown = round(gap, 1)
        # gap is how much older the elder generation is (negative: younger); say it of the member
        fact = _fact(gap if relation in ("parent", "grandparent") else -gap)
        if gap < limit.impossible:
            return Verdict(
                IMPOSSIBLE, Problem("plaus.impossible", relation=rel, gap=shown, fact=fact, limit=_n(limit.impossible))
            )
        if gap < limit.unusual:
            return Verdict(
                UNUSUAL, Problem("plaus.gap_small", relation=rel, gap=shown, fact=fact, limit=_n(limit.unusual))
            )
        if limit.unusual_above is not None and gap > limit.unusual_above:
            return Verdict(UNUSUAL, Problem("plaus.gap_large", relation=rel, gap=shown, limit=_n(limit.unusual_above)))
        return Verdict(PLAUSIBLE, Problem("plaus.ok", relation=rel, gap=shown))
    if relation == "sibling":
        gap = round(abs(_years(owner_birth, member_birth)), 1)
        if gap > limits.sibling_unusual_above:
            return Verdict(
                UNUSUAL, Problem("plaus.gap_large", relation=rel, gap=gap, limit=_n(limits.sibling_unusual_above))
            )
        return Verdict(PLAUSIBLE, Problem("plaus.ok", relation=rel, gap=gap))
    if relation == "spouse":
        young = min(_years(owner_birth, day), _years(member_birth, day))
        if young < limits.spouse_unusual_below_age:
            return Verdict(
                UNUSUAL, Problem("plaus.spouse_young", age=int(young), limit=_n(limits.spouse_unusual_below_age))
            )
    return Verdict(PLAUSIBLE)
