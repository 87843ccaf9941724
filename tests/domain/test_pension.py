"""The gap finder and the estimate, against values worked out by hand."""

import pytest

from sbdesk.domain.pension import (
    LocalFigures,
    Period,
    check_period,
    counted_base,
    estimate,
    filled,
    gaps,
    month_index,
    month_text,
    project,
    shortfall,
)

M = month_index
FIGURES = LocalFigures(average_wage=8000, account_rate=0.08)


def test_months_round_trip_and_bad_months_are_refused():
    assert month_text(M("2024-03")) == "2024-03"
    assert M("2024-01") - M("2023-12") == 1
    for bad in ("2024-13", "2024-00", "24-01", "2024/01", "soon"):
        with pytest.raises(ValueError):
            M(bad)


def test_a_gap_is_exactly_the_unpaid_months_between_edges():
    periods = [Period(M("2020-01"), M("2020-06"), 5000), Period(M("2020-08"), M("2020-12"), 5000)]
    [gap] = gaps(periods, M("2020-12"))
    assert (month_text(gap.start), month_text(gap.end), gap.months, gap.ongoing) == ("2020-07", "2020-07", 1, False)
    back_to_back = [Period(M("2020-01"), M("2020-06"), 5000), Period(M("2020-07"), M("2020-12"), 5000)]
    assert gaps(back_to_back, M("2020-12")) == []


def test_overlapping_periods_count_each_month_once_at_the_higher_base():
    periods = [Period(M("2020-01"), M("2020-12"), 5000), Period(M("2020-07"), M("2021-06"), 7000)]
    assert gaps(periods, M("2021-06")) == []
    e = estimate(periods, M("2021-06"), 139, FIGURES, 180)
    assert e.months == 18
    assert e.balance == pytest.approx((6 * 5000 + 12 * 7000) * 0.08)


def test_an_open_ended_period_runs_to_the_as_of_month():
    periods = [Period(M("2020-01"), None, 6000)]
    assert estimate(periods, M("2020-12"), 139, FIGURES, 180).months == 12
    assert gaps(periods, M("2020-12")) == []


def test_stopping_paying_is_an_ongoing_gap_with_no_limit_after_which_it_counts_as_giving_up():
    periods = [Period(M("2020-01"), M("2020-12"), 6000)]
    [gap] = gaps(periods, M("2023-01"))  # 2021-01 … 2023-01: 25 months, still an interruption
    assert (gap.months, gap.ongoing) == (25, True)
    assert not hasattr(gap, "over_limit")
    # the twelve months paid before the break still count, however long it lasts
    assert estimate(periods, M("2040-01"), 139, FIGURES, 180).months == 12


def test_estimate_with_and_without_a_36_month_interruption_by_hand():
    periods = [Period(M("2000-01"), M("2009-12"), 5000), Period(M("2013-01"), M("2022-12"), 6000)]
    as_of = M("2022-12")
    [gap] = gaps(periods, as_of)
    assert gap.months == 36
    actual = estimate(periods, as_of, 139, FIGURES, 180)
    # 240 months = 20 years; index (120×0.625 + 120×0.75)/240 = 0.6875; indexed wage 5500
    # basic (8000 + 5500)/2 × 20 × 1% = 1350; balance 105 600 / 139 = 759.71
    assert (actual.months, actual.average_index, actual.indexed_wage) == (240, 0.6875, 5500)
    assert actual.basic == pytest.approx(1350.00)
    assert actual.account == pytest.approx(105600 / 139)
    assert actual.total == pytest.approx(2109.71, abs=0.005)
    without = estimate(filled(periods, as_of), as_of, 139, FIGURES, 180)
    # the 36 months filled at the base before the gap (5000): 276 months = 23 years
    # index 187.5/276; basic 8000 × (1 + 187.5/276)/2 × 23% = 1545; balance 120 000 / 139
    assert without.basic == pytest.approx(1545.00)
    assert without.account == pytest.approx(120000 / 139)
    assert without.total == pytest.approx(2408.31, abs=0.005)


def test_fewer_than_the_minimum_is_flagged_and_the_divisor_is_what_is_given():
    short = [Period(M("2010-01"), M("2019-12"), 8000)]
    e = estimate(short, M("2019-12"), 170, FIGURES, 180)
    assert not e.eligible and e.account == pytest.approx(120 * 8000 * 0.08 / 170)
    assert estimate(short, M("2019-12"), 170, FIGURES, 120).eligible


@pytest.mark.parametrize(
    "start, end, base, fields",
    [
        ("2020-13", None, 5000, {"start"}),
        ("2020-01", "2019-12", 5000, {"end"}),
        ("2020-01", None, "-1", {"base"}),
        ("2020-01", None, "abc", {"base"}),
        ("x", "y", 0, {"start", "end", "base"}),
    ],
)
def test_bad_periods_name_every_wrong_field(start, end, base, fields):
    period, problems = check_period(start, end, base)
    assert period is None and {f for f, _ in problems} == fields


@pytest.mark.parametrize("base", ["inf", "nan", "1e300", "-5", "0"])
def test_impossible_bases_are_refused(base):
    period, problems = check_period("2020-01", None, base)
    assert period is None and [f for f, _ in problems] == ["base"]


def test_a_41_year_old_is_projected_to_retirement_paying_on_and_stopping_now():
    """Born 1985-06 (a man: 63 years, retiring 2048-06, 计发月数 117, 20 years needed);
    paid 2008-07…2013-12 at 4500, 2016-07…2019-12 at 6000, since 2021-01 at 7000; today 2026-11."""
    periods = [
        Period(M("2008-07"), M("2013-12"), 4500),
        Period(M("2016-07"), M("2019-12"), 6000),
        Period(M("2021-01"), None, 7000),
    ]
    j = project(periods, M("2026-11"), M("2048-06"), 117, FIGURES, 240)
    # on record: 66 + 42 + 71 = 179 months; then 2026-12 … 2048-05 = 258 months at 7000
    assert (j.stopped.months, j.projected_months, j.continued.months) == (179, 258, 437)
    assert j.last_base == 7000
    index = (66 * 4500 + 42 * 6000 + (71 + 258) * 7000) / 8000 / 437
    basic = (8000 + 8000 * index) / 2 * (437 / 12) * 0.01
    account = (66 * 4500 + 42 * 6000 + 329 * 7000) * 0.08 / 117
    assert j.continued.average_index == pytest.approx(index)
    assert j.continued.total == pytest.approx(basic + account)
    assert j.continued.eligible and not j.stopped.eligible  # 14.9 years < 20
    assert j.stopped.years == pytest.approx(179 / 12)
    # the two interruptions paid at the base before each (4500 for 30 months, 6000 for 12)
    full_index = (96 * 4500 + 54 * 6000 + 329 * 7000) / 8000 / 479
    full = (8000 + 8000 * full_index) / 2 * (479 / 12) * 0.01 + (96 * 4500 + 54 * 6000 + 329 * 7000) * 0.08 / 117
    assert j.without_gaps.total == pytest.approx(full)
    assert j.gaps_cost == pytest.approx(full - j.continued.total) and j.gaps_cost > 0
    [first, second] = j.effects
    assert (first.gap.months, second.gap.months) == (30, 12)
    assert first.balance_lost == pytest.approx(30 * 4500 * 0.08)
    assert first.index_lost < 0 < first.monthly_lost  # a lower base lowers the index, the years add more


def test_after_the_retirement_month_nothing_more_is_counted():
    periods = [Period(M("2000-01"), None, 5000)]
    j = project(periods, M("2026-11"), M("2025-02"), 138.4, FIGURES, 180)
    assert j.projected_months == 0 and j.continued.months == j.stopped.months == M("2025-01") - M("2000-01") + 1


def test_a_base_outside_60_to_300_percent_of_the_average_wage_counts_at_the_bound():
    """国办发〔2019〕13号: the office records a base within 60–300 % of the average wage, so the
    average index lies between 0.6 and 3."""
    assert [counted_base(b, 8000, (0.6, 3.0)) for b in (50000, 3000, 6000, 4800, 24000)] == [
        24000,
        4800,
        6000,
        4800,
        24000,
    ]
    high = project(
        [Period(M("2000-01"), M("2019-12"), 50000)], M("2026-11"), M("2030-01"), 139, FIGURES, 180, (0.6, 3.0)
    )
    assert high.stopped.average_index == 3.0 and high.stopped.balance == 240 * 24000 * 0.08
    low = project([Period(M("2000-01"), M("2019-12"), 1000)], M("2026-11"), M("2030-01"), 139, FIGURES, 180, (0.6, 3.0))
    assert low.stopped.average_index == pytest.approx(0.6) and low.last_base == 4800


def test_short_of_the_minimum_years_the_ways_on_are_counted():
    young = [Period(M("2015-01"), None, 6000)]  # 143 months by 2026-11, 20 years needed in 2040
    s = shortfall(project(young, M("2026-11"), M("2040-03"), 117, FIGURES, 240), young, M("2026-11"))
    assert (s.missing_now, s.paying_on_enough, s.extend_months) == (240 - 143, True, 0)
    late = [Period(M("2018-01"), None, 6000)]  # paying on to 2029-12 gives 144 months: 42 to extend
    assert shortfall(
        project(late, M("2026-11"), M("2030-01"), 139, FIGURES, 186), late, M("2026-11")
    ).extend_months == 186 - (M("2029-12") - M("2018-01") + 1)
    past = [Period(M("2008-01"), M("2019-12"), 6000)]  # 12 years, retired 2020-01: 36 months of 延长缴费 from now
    s = shortfall(project(past, M("2026-11"), M("2020-01"), 139, FIGURES, 180), past, M("2026-11"))
    assert (s.paying_on_enough, s.extend_months, month_text(s.extend_from), month_text(s.extend_until)) == (
        False,
        36,
        "2026-12",
        "2029-11",
    )
    paying = past + [Period(M("2025-01"), M("2025-12"), 6000)]  # a year of 延长缴费 already paid counts
    assert (
        shortfall(project(paying, M("2026-11"), M("2020-01"), 139, FIGURES, 180), paying, M("2026-11")).extend_months
        == 24
    )
    enough = [Period(M("2000-01"), M("2019-12"), 6000)]
    assert shortfall(project(enough, M("2026-11"), M("2030-01"), 139, FIGURES, 180), enough, M("2026-11")) is None
