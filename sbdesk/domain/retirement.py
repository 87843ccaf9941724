"""The statutory retirement date under the 2025 reform (渐进式延迟退休), flexible retirement,
the minimum contribution years by retirement year and the 计发月数 — all from data
(``resources/pension.json``), so an office can replace a figure without a code change.

Months are integers (year * 12 + month - 1), as in :mod:`.pension`. A person born in month
B who retires at the age of A months retires in month B + A (a man born 1965-01 at 60y1m
retires in 2025-02): the first month after reaching the age.
"""

from __future__ import annotations

from dataclasses import dataclass

from .messages import Problem
from .models import RETIRE_AT  # noqa: F401 - re-exported beside the rules it names
from .regions import PolicyError


def age_words(months: int) -> Problem:
    """An age in years and months as a message, so the dialog and the CLI say it alike."""
    years, rest = divmod(months, 12)
    if not rest:
        return Problem("age.years", years=years)
    if rest == 1:
        return Problem("age.years_month", years=years)
    return Problem("age.years_months", years=years, months=rest)


CATEGORIES = ("male", "female_worker", "female_cadre")
# what someone short of the minimum years can do; each option's source is in the data
OPTIONS = ("pay_on", "extend", "back_pay", "transfer")
WOMEN = {"worker": "female_worker", "cadre": "female_cadre"}  # the stored choice for a woman


def category_for(sex: str | None, choice: str | None) -> str | None:
    """The schedule a person follows: men have one; a woman's depends on what she was
    (女职工, old age 50, or 女干部/管理技术岗, old age 55) and is None until asked."""
    if sex == "male":
        return "male"
    if sex == "female":
        return WOMEN.get(choice or "")
    return None


@dataclass(frozen=True)
class Step:
    """One category's schedule: the old age, the target, one month more every ``step`` months
    of birth from ``first_birth`` on."""

    old_age: int  # months
    target_age: int  # months
    step: int
    first_birth: int  # month index

    def age(self, birth: int) -> int:
        """The statutory age in months for someone born in month ``birth``."""
        if birth < self.first_birth:
            return self.old_age
        extra = (birth - self.first_birth) // self.step + 1
        return min(self.old_age + extra, self.target_age)


@dataclass(frozen=True)
class Retirement:
    category: str
    birth: int
    age: int  # statutory, months
    old_age: int  # months
    earliest_age: int  # months
    latest_age: int  # months
    min_months: int  # for the statutory year of retirement
    earliest_min_months: int

    def flexible(self, effective: int) -> bool:
        """Flexible retirement exists only for retirements after the reform took effect."""
        return self.month >= effective

    def age_range(self, effective: int) -> tuple[int, int]:
        """The retirement ages (months) open to this person: the flexible range (《办法》第三条),
        or only the statutory age for a retirement before the reform."""
        return (self.earliest_age, self.latest_age) if self.flexible(effective) else (self.age, self.age)

    @property
    def month(self) -> int:
        return self.birth + self.age

    @property
    def earliest(self) -> int:
        return self.birth + self.earliest_age

    @property
    def latest(self) -> int:
        return self.birth + self.latest_age


@dataclass(frozen=True)
class Rules:
    steps: dict[str, Step]
    early: int  # months before the statutory age, at most
    late: int  # months after
    base_months: int
    base_until: int  # year
    min_step: int
    target_months: int
    divisors: dict[int, int]  # whole years 40…70 -> 计发月数
    sources: dict[str, str]
    base_bounds: tuple[float, float]  # contribution base as shares of the average wage (国办发〔2019〕13号)
    effective: int = 2025 * 12  # month the reform (and flexible retirement) took effect

    def statutory(self, birth: int, category: str) -> Retirement:
        step = self.steps[category]
        age = step.age(birth)
        earliest = max(age - self.early, step.old_age)
        return Retirement(
            category,
            birth,
            age,
            step.old_age,
            earliest,
            age + self.late,
            self.min_months((birth + age) // 12),
            self.min_months((birth + earliest) // 12),
        )

    def min_months(self, year: int) -> int:
        """Minimum contribution months for a monthly pension when retiring in ``year``."""
        extra = max(year - self.base_until, 0) * self.min_step
        return min(self.base_months + extra, self.target_months)

    def min_source(self, year: int) -> str:
        """What decides the minimum years for a retirement in ``year``: the law's 15 years up to
        ``base_until``, the 2024 《办法》's rise after it."""
        return self.sources["minimum_years_base" if year <= self.base_until else "minimum_years"]

    def divisor(self, age_months: int) -> float:
        """计发月数 at an age in months: the table at whole years, linear in between (rounded to
        one decimal; an approximation, see the data's note)."""
        years, months = divmod(age_months, 12)
        low, high = min(self.divisors), max(self.divisors)
        if years < low or years > high or (years == high and months):
            raise ValueError(f"no 计发月数 for {years}y{months}m (table {low}–{high})")
        if not months:
            return float(self.divisors[years])
        a, b = self.divisors[years], self.divisors[years + 1]
        return round(a + (b - a) * months / 12, 1)


def _month(text: str, where: str) -> int:
    try:
        year, month = str(text).split("-")
        y, m = int(year), int(month)
    except (ValueError, AttributeError):
        raise PolicyError(f"{where}: {text!r} is not YYYY-MM") from None
    if not 1 <= m <= 12:
        raise PolicyError(f"{where}: {text!r} is not YYYY-MM")
    return y * 12 + m - 1


def parse_rules(data: dict) -> Rules:
    """Validate ``resources/pension.json`` (or an office's copy) and build the rules."""
    try:
        ret = data["retirement"]
        steps = {}
        for name in CATEGORIES:
            raw = ret["categories"][name]
            old, target, step = int(raw["old_age"]), int(raw["target_age"]), int(raw["step_months"])
            if not (40 <= old <= target <= 70 and step > 0):
                raise PolicyError(f"retirement.categories.{name}: ages 40…70, old ≤ target, step > 0")
            steps[name] = Step(old * 12, target * 12, step, _month(raw["first_birth"], f"{name}.first_birth"))
        flex = ret["flexible"]
        mins = data["minimum_years"]
        table = {int(k): int(v) for k, v in data["divisors"]["table"].items()}
        base = data["contribution_base"]
        bounds = (float(base["lower_share"]), float(base["upper_share"]))
        options = data["short_of_minimum"]["options"]
        option_sources = {f"option.{k}": str(options[k]["source"]) for k in OPTIONS}
        rules = Rules(
            steps,
            int(flex["earliest_months_before"]),
            int(flex["latest_months_after"]),
            int(mins["base_months"]),
            int(mins["base_until"]),
            int(mins["step_months"]),
            int(mins["target_months"]),
            table,
            {
                "retirement": str(ret["decision"]),
                "minimum_years": str(mins["source"]),
                "divisors": str(data["divisors"]["source"]),
                "interruptions": str(data.get("interruptions", {}).get("law", "")),
                "minimum_years_base": str(mins.get("base_source", mins["source"])),
                "flexible": str(flex["source"]),
                "contribution_base": str(base["source"]),
                **option_sources,
            },
            bounds,
            _month(str(ret["effective"])[:7], "retirement.effective"),
        )
    except KeyError as exc:
        raise PolicyError(f"pension: missing field {exc}") from None
    except (TypeError, ValueError, AttributeError) as exc:
        if isinstance(exc, PolicyError):
            raise
        raise PolicyError(f"pension: {exc}") from None
    if sorted(table) != list(range(min(table), max(table) + 1)) or any(v <= 0 for v in table.values()):
        raise PolicyError("divisors.table: every whole age from the first to the last, positive values")
    if any(table[a] < table[a + 1] for a in range(min(table), max(table))):
        raise PolicyError("divisors.table: 计发月数 must not rise with age")
    if not (0 < bounds[0] <= 1 <= bounds[1] < 100):
        raise PolicyError("contribution_base: 0 < lower_share ≤ 1 ≤ upper_share")
    if min(rules.early, rules.late, rules.base_months, rules.min_step) < 0 or rules.target_months < rules.base_months:
        raise PolicyError("flexible / minimum_years: months must not be negative; target ≥ base")
    return rules


def years_months(months: int) -> tuple[int, int]:
    return divmod(months, 12)
