"""The gap finder and the estimate, against values worked out by hand."""
import pytest

from sbdesk.domain.pension import (LocalFigures, Period, check_period, estimate, filled, gaps, month_index,
                                   month_text)

M = month_index
FIGURES = LocalFigures(average_wage=8000, account_rate=0.08, divisors={50: 195, 55: 170, 60: 139},
                       min_years=15, gap_limit_months=24)


def test_months_round_trip_and_bad_months_are_refused():
    assert month_text(M("2024-03")) == "2024-03"
    assert M("2024-01") - M("2023-12") == 1
    for bad in ("2024-13", "2024-00", "24-01", "2024/01", "soon"):
        with pytest.raises(ValueError):
            M(bad)


def test_a_gap_is_exactly_the_unpaid_months_between_edges():
    periods = [Period(M("2020-01"), M("2020-06"), 5000), Period(M("2020-08"), M("2020-12"), 5000)]
    [gap] = gaps(periods, M("2020-12"), 24)
    assert (month_text(gap.start), month_text(gap.end), gap.months, gap.ongoing) == ("2020-07", "2020-07", 1, False)
    back_to_back = [Period(M("2020-01"), M("2020-06"), 5000), Period(M("2020-07"), M("2020-12"), 5000)]
    assert gaps(back_to_back, M("2020-12"), 24) == []


def test_overlapping_periods_count_each_month_once_at_the_higher_base():
    periods = [Period(M("2020-01"), M("2020-12"), 5000), Period(M("2020-07"), M("2021-06"), 7000)]
    assert gaps(periods, M("2021-06"), 24) == []
    e = estimate(periods, M("2021-06"), 60, FIGURES)
    assert e.months == 18
    assert e.balance == pytest.approx((6 * 5000 + 12 * 7000) * 0.08)


def test_an_open_ended_period_runs_to_the_as_of_month():
    periods = [Period(M("2020-01"), None, 6000)]
    assert estimate(periods, M("2020-12"), 60, FIGURES).months == 12
    assert gaps(periods, M("2020-12"), 24) == []


def test_stopping_paying_is_an_ongoing_gap_and_the_limit_is_more_than_24_months():
    periods = [Period(M("2020-01"), M("2020-12"), 6000)]
    [at_limit] = gaps(periods, M("2022-12"), 24)          # 2021-01 … 2022-12: exactly 24
    assert (at_limit.months, at_limit.ongoing, at_limit.over_limit) == (24, True, False)
    [over] = gaps(periods, M("2023-01"), 24)
    assert (over.months, over.over_limit) == (25, True)


def test_estimate_with_and_without_a_36_month_interruption_by_hand():
    periods = [Period(M("2000-01"), M("2009-12"), 5000), Period(M("2013-01"), M("2022-12"), 6000)]
    as_of = M("2022-12")
    [gap] = gaps(periods, as_of, 24)
    assert (gap.months, gap.over_limit) == (36, True)
    actual = estimate(periods, as_of, 60, FIGURES)
    # 240 months = 20 years; index (120×0.625 + 120×0.75)/240 = 0.6875; indexed wage 5500
    # basic (8000 + 5500)/2 × 20 × 1% = 1350; balance 105 600 / 139 = 759.71
    assert (actual.months, actual.average_index, actual.indexed_wage) == (240, 0.6875, 5500)
    assert actual.basic == pytest.approx(1350.00)
    assert actual.account == pytest.approx(105600 / 139)
    assert actual.total == pytest.approx(2109.71, abs=0.005)
    without = estimate(filled(periods, as_of, 24), as_of, 60, FIGURES)
    # the 36 months filled at the base before the gap (5000): 276 months = 23 years
    # index 187.5/276; basic 8000 × (1 + 187.5/276)/2 × 23% = 1545; balance 120 000 / 139
    assert without.basic == pytest.approx(1545.00)
    assert without.account == pytest.approx(120000 / 139)
    assert without.total == pytest.approx(2408.31, abs=0.005)


def test_fewer_than_15_years_is_flagged_and_the_divisor_follows_the_age():
    short = [Period(M("2010-01"), M("2019-12"), 8000)]
    e55 = estimate(short, M("2019-12"), 55, FIGURES)
    assert not e55.eligible and e55.account == pytest.approx(120 * 8000 * 0.08 / 170)
    assert FIGURES.divisor(57) == 170 and FIGURES.divisor(45) == 195


@pytest.mark.parametrize("start, end, base, fields", [
    ("2020-13", None, 5000, {"start"}), ("2020-01", "2019-12", 5000, {"end"}), ("2020-01", None, "-1", {"base"}),
    ("2020-01", None, "abc", {"base"}), ("x", "y", 0, {"start", "end", "base"}),
])
def test_bad_periods_name_every_wrong_field(start, end, base, fields):
    period, problems = check_period(start, end, base)
    assert period is None and {f for f, _ in problems} == fields


@pytest.mark.parametrize("base", ["inf", "nan", "1e300", "-5", "0"])
def test_impossible_bases_are_refused(base):
    period, problems = check_period("2020-01", None, base)
    assert period is None and [f for f, _ in problems] == ["base"]


def test_the_default_retirement_age_follows_sex():
    from sbdesk.domain.pension import default_age
    assert (default_age("male"), default_age("female"), default_age(None)) == (60, 55, 60)
    assert FIGURES.divisor(default_age("female")) == 170
