"""The 2025 reform's schedule, flexible retirement, minimum years and 计发月数, against the rule
worked out independently here and the cases in ../shared/domain.md."""

import copy
import json
from pathlib import Path

import pytest

from sbdesk.domain.pension import month_index as M  # noqa: N812 - M(2026, 1) reads like the month it names
from sbdesk.domain.pension import month_text
from sbdesk.domain.regions import PolicyError
from sbdesk.domain.retirement import category_for, parse_rules

DATA = json.loads((Path(__file__).resolve().parents[2] / "resources" / "pension.json").read_text(encoding="utf-8"))
RULES = parse_rules(DATA)


def reference_age(birth: str, old: int, target: int, every: int, first: str) -> int:
    """The rule walked month by month: from the first birth month on, the age rises one month
    at the start of every block of ``every`` birth months, never past the target."""
    age, m, count = old * 12, M(first), 0
    if M(birth) < m:
        return age
    while m <= M(birth):
        if count % every == 0:
            age = min(age + 1, target * 12)
        count += 1
        m += 1
    return age


SCHEDULES = {
    "male": (60, 63, 4, "1965-01"),
    "female_worker": (50, 55, 2, "1975-01"),
    "female_cadre": (55, 58, 4, "1970-01"),
}


@pytest.mark.parametrize("category", list(SCHEDULES))
def test_every_birth_month_from_1960_to_1990_follows_the_rule(category):
    for birth in range(M("1960-01"), M("1991-01")):
        assert RULES.statutory(birth, category).age == reference_age(month_text(birth), *SCHEDULES[category]), (
            category,
            month_text(birth),
        )


@pytest.mark.parametrize(
    "category, birth, age, retire",
    [
        # men: the last birth month before the reform, the first step, the second step, the end
        ("male", "1964-12", (60, 0), "2024-12"),
        ("male", "1965-01", (60, 1), "2025-02"),
        ("male", "1965-04", (60, 1), "2025-05"),
        ("male", "1965-05", (60, 2), "2025-07"),
        ("male", "1976-08", (62, 11), "2039-07"),
        ("male", "1976-09", (63, 0), "2039-09"),
        ("male", "1977-01", (63, 0), "2040-01"),
        ("male", "1990-06", (63, 0), "2053-06"),
        # 女职工 (old age 50): one month every 2 months
        ("female_worker", "1974-12", (50, 0), "2024-12"),
        ("female_worker", "1975-01", (50, 1), "2025-02"),
        ("female_worker", "1975-02", (50, 1), "2025-03"),
        ("female_worker", "1975-03", (50, 2), "2025-05"),
        ("female_worker", "1984-12", (55, 0), "2039-12"),
        ("female_worker", "1985-01", (55, 0), "2040-01"),
        # 女干部 (old age 55): one month every 4 months
        ("female_cadre", "1969-12", (55, 0), "2024-12"),
        ("female_cadre", "1970-01", (55, 1), "2025-02"),
        ("female_cadre", "1970-05", (55, 2), "2025-07"),
        ("female_cadre", "1981-08", (57, 11), "2039-07"),
        ("female_cadre", "1982-01", (58, 0), "2040-01"),
    ],
)
def test_both_sides_of_each_step(category, birth, age, retire):
    r = RULES.statutory(M(birth), category)
    assert (divmod(r.age, 12), month_text(r.month)) == (age, retire)


def test_flexible_retirement_is_three_years_either_way_never_below_the_old_age():
    man = RULES.statutory(M("1977-01"), "male")  # 63: earliest 60, latest 66
    assert (man.earliest_age, man.latest_age) == (60 * 12, 66 * 12)
    assert (month_text(man.earliest), month_text(man.latest)) == ("2037-01", "2043-01")
    early = RULES.statutory(M("1965-05"), "male")  # 60y2m: earliest is the old age 60, not 57y2m
    assert early.earliest_age == 60 * 12 and early.latest_age == 63 * 12 + 2
    worker = RULES.statutory(M("1985-01"), "female_worker")  # 55: earliest 52
    assert worker.earliest_age == 52 * 12 and worker.old_age == 50 * 12
    # flexible retirement came with the reform: not for someone who retired before 2025
    assert not RULES.statutory(M("1964-12"), "male").flexible(RULES.effective)
    assert RULES.statutory(M("1965-01"), "male").flexible(RULES.effective)


@pytest.mark.parametrize(
    "year, years", [(2025, 15), (2029, 15), (2030, 15.5), (2031, 16), (2038, 19.5), (2039, 20), (2050, 20)]
)
def test_minimum_years_by_year_of_retirement(year, years):
    assert RULES.min_months(year) == years * 12


def test_minimum_years_follow_the_retirement_year_not_the_birth_year():
    man_2029 = RULES.statutory(M("1968-09"), "male")  # 44 months after 1965-01: 11 steps + 1 = 61y0m
    assert (month_text(man_2029.month), man_2029.min_months) == ("2029-09", 180)
    man_2030 = RULES.statutory(M("1969-05"), "male")  # 52 months: 61y2m
    assert (month_text(man_2030.month), man_2030.min_months) == ("2030-07", 186)
    assert man_2030.earliest_min_months == 180  # retiring early in 2029 still needs 15 years


def test_the_divisor_table_and_the_months_between():
    assert [RULES.divisor(a * 12) for a in (40, 50, 55, 58, 60, 63, 65, 70)] == [233, 195, 170, 152, 139, 117, 101, 56]
    assert RULES.divisor(60 * 12 + 6) == 135.5  # halfway from 139 to 132
    assert RULES.divisor(63 * 12 + 1) == round(117 - 8 / 12, 1)
    for bad in (39 * 12 + 11, 70 * 12 + 1):
        with pytest.raises(ValueError):
            RULES.divisor(bad)


def test_category_comes_from_sex_and_the_stored_choice():
    assert category_for("male", None) == "male" and category_for("male", "cadre") == "male"
    assert category_for("female", "worker") == "female_worker"
    assert category_for("female", "cadre") == "female_cadre"
    assert category_for("female", None) is None


@pytest.mark.parametrize(
    "path, value",
    [
        (("divisors", "table", "55"), 300),  # rises with age
        (("retirement", "categories", "male", "first_birth"), "1965-13"),
        (("retirement", "categories", "male", "step_months"), 0),
        (("minimum_years", "target_months"), 100),
        (("retirement", "flexible", "earliest_months_before"), "many"),
    ],
)
def test_a_bad_rules_file_is_refused(path, value):
    data = copy.deepcopy(DATA)
    node = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    with pytest.raises(PolicyError):
        parse_rules(data)
    del node[path[-1]]
    with pytest.raises(PolicyError):
        parse_rules(data)


def test_the_articles_cited_are_those_of_the_2024_measures():
    """《办法》: 第一条 the schedule, 第二条 the minimum years, 第三条 flexible retirement; the 15
    years before 2030 are the law's (社会保险法 第十六条)."""
    assert DATA["retirement"]["flexible"]["source"].endswith("办法》第三条")
    assert DATA["minimum_years"]["source"].endswith("办法》第二条")
    assert DATA["retirement"]["decision"].endswith("办法》第一条")
    assert RULES.sources["flexible"].endswith("第三条")
    assert RULES.min_source(2030).endswith("办法》第二条")
    assert RULES.min_source(2029) == "《中华人民共和国社会保险法》第十六条"
    every = json.dumps(DATA, ensure_ascii=False)
    assert "第四条" not in every


@pytest.mark.parametrize(
    "category, birth, low, high",
    [
        ("male", "1977-01", 60 * 12, 66 * 12),
        ("male", "1965-05", 60 * 12, 63 * 12 + 2),
        ("female_worker", "1975-01", 50 * 12, 53 * 12 + 1),
        ("female_cadre", "1982-01", 55 * 12, 61 * 12),
        ("male", "1960-01", 60 * 12, 60 * 12),  # retired in 2020: only the statutory age
        ("female_worker", "1974-12", 50 * 12, 50 * 12),
    ],
)
def test_the_ages_open_to_a_person(category, birth, low, high):
    assert RULES.statutory(M(birth), category).age_range(RULES.effective) == (low, high)


def test_the_contribution_base_bounds_are_data_with_their_source():
    assert RULES.base_bounds == (0.6, 3.0)
    assert "国办发〔2019〕13号" in RULES.sources["contribution_base"]
    for option in ("pay_on", "extend", "back_pay", "transfer"):
        assert RULES.sources[f"option.{option}"]
    data = copy.deepcopy(DATA)
    data["contribution_base"]["lower_share"] = 1.5
    with pytest.raises(PolicyError):
        parse_rules(data)
