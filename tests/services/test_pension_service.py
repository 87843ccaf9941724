from datetime import date

import pytest

from sbdesk.domain.pension import LocalFigures, month_text
from sbdesk.services import pension, people
from sbdesk.services.errors import InputError, NotFound
from tests.conftest import make_id


@pytest.fixture
def worker(desk):
    return people.add(desk, name="张伟", id_number=make_id(date(1965, 3, 4), "320505", 15), region="苏州市")


def test_history_report_and_figures(desk, worker):
    """张伟, born 1965-03, a man: statutory 60y1m, retiring 2025-04; as of 2022-12 the
    projection pays on at 6000 from 2023-01 to 2025-03 (27 months)."""
    pension.add_period(desk, worker, "2000-01", "2009-12", 5000)
    p2 = pension.add_period(desk, worker, "2013-01", None, "6000")
    r = pension.report(desk, worker.id, as_of=date(2022, 12, 1))
    assert [(g.months, g.ongoing) for g in r.gaps] == [(36, False)]
    assert (r.retirement.age, month_text(r.retirement.month)) == (60 * 12 + 1, "2025-04")
    j = r.projection
    assert (j.divisor, j.min_months, j.projected_months) == (138.4, 180, 27)
    assert (j.stopped.months, j.continued.months) == (240, 267)
    assert j.stopped.account == pytest.approx((120 * 5000 + 120 * 6000) * 0.08 / 138.4)
    assert j.gaps_cost == pytest.approx(j.without_gaps.total - j.continued.total) and j.gaps_cost > 0
    pension.set_figures(desk, LocalFigures(average_wage=10000))
    r2 = pension.report(desk, worker.id, as_of=date(2022, 12, 1))
    assert r2.figures.average_wage == 10000 and r2.projection.continued.total != j.continued.total
    latest = pension.report(desk, worker.id, as_of=date(2022, 12, 1), retire_at="latest")
    assert latest.retire_age == 63 * 12 + 1 and latest.projection.divisor == round(117 - 8 / 12, 1)
    pension.remove_period(desk, worker, p2.id)
    assert len(pension.periods(desk, worker)) == 1
    with pytest.raises(NotFound):
        pension.remove_period(desk, worker, p2.id)


def test_a_womans_category_is_asked_stored_and_audited(desk):
    she = people.add(desk, name="王芳", id_number=make_id(date(1975, 3, 8), "320505", 22), region="苏州市")
    pension.add_period(desk, she, "1995-01", None, 5000)
    r = pension.report(desk, she.id, as_of=date(2024, 12, 1))
    assert r.needs_category and r.retirement is None and r.projection is None
    assert [g.months for g in r.gaps] == []  # the history still shows
    pension.set_category(desk, she, "worker")
    r = pension.report(desk, she.id, as_of=date(2024, 12, 1))
    assert (divmod(r.retirement.age, 12), month_text(r.retirement.month)) == ((50, 2), "2025-05")
    pension.set_category(desk, she, "cadre")
    r = pension.report(desk, she.id, as_of=date(2024, 12, 1))
    assert divmod(r.retirement.age, 12) == (56, 4)  # 62 months after 1970-01: 15 steps + 1 = 16 months more than 55
    with pytest.raises(InputError):
        pension.set_category(desk, she, "boss")
    assert pension.category(desk, she) == "cadre"
    actions = [r[0] for r in desk.conn.execute("SELECT action FROM audit WHERE subject=?", (f"person:{she.id}",))]
    assert actions.count("pension.category") == 2


def test_an_office_figure_file_from_before_keeps_working(desk, worker):
    """An override kept by an older version still holds divisors, min_years and the retired
    gap_limit_months: they are ignored, the national rules come from pension.json."""
    from sbdesk.services.desk import effective_policy
    from sbdesk.store import overrides

    overrides.put(
        desk.conn,
        "pension",
        {"average_wage": 9000, "account_rate": 0.08, "divisors": {"60": 139}, "min_years": 15, "gap_limit_months": 24},
        "settings",
        desk.now(),
    )
    policy = effective_policy(desk.policy, desk.conn)
    assert policy.pension == LocalFigures(average_wage=9000, account_rate=0.08)


@pytest.mark.parametrize(
    "birth, sex, category, field",
    [
        ("1975-13", "male", None, "birth"),
        ("2030-01", "male", None, "birth"),
        ("1975-03", "female", None, "category"),
        ("1975-03", "female", "boss", "category"),
        ("1975-03", "x", None, "sex"),
        ("", "male", None, "birth"),
    ],
)
def test_statutory_refuses_bad_input_with_the_field(birth, sex, category, field):
    with pytest.raises(InputError) as err:
        pension.statutory(birth, sex, category, date(2026, 11, 25))
    assert field in {f for f, _ in err.value.problems}


def test_bad_period_writes_nothing(desk, worker):
    with pytest.raises(InputError) as err:
        pension.add_period(desk, worker, "2020-05", "2020-01", 0)
    assert {f for f, _ in err.value.problems} == {"end", "base"}
    assert pension.periods(desk, worker) == []


def test_card_status_is_recorded_and_audited(desk, worker):
    assert worker.ss_account == "unknown"
    updated = people.set_card_status(desk, worker.id, ss_account="active")
    assert (updated.ss_account, updated.financial_account) == ("active", "unknown")
    assert people.get(desk, worker.id).ss_account == "active"
    with pytest.raises(InputError):
        people.set_card_status(desk, worker.id, financial_account="maybe")
    # editing other fields keeps the card status
    people.update(desk, worker.id, name="张伟伟", region="苏州市", insurance="employee")
    assert people.get(desk, worker.id).ss_account == "active"


def test_an_office_imports_corrected_rules_and_local_figures_after_checking_them(desk, worker, tmp_path):
    import json
    from pathlib import Path

    shipped = json.loads((Path(__file__).resolve().parents[2] / "resources" / "pension.json").read_text("utf-8"))
    bad = dict(shipped, divisors={**shipped["divisors"], "table": {**shipped["divisors"]["table"], "61": 150}})
    (tmp_path / "bad.json").write_text(json.dumps({**bad, "pension": {"average_wage": 9000}}), "utf-8")
    with pytest.raises(InputError) as err:
        pension.import_file(desk, tmp_path / "bad.json")
    assert "must not rise with age" in err.value.messages()[0]
    assert pension.rules(desk).divisor(61 * 12) == 132 and desk.policy.pension.average_wage == 8000  # nothing kept
    good = dict(shipped, minimum_years={**shipped["minimum_years"], "base_until": 2030})
    (tmp_path / "good.json").write_text(
        json.dumps({**good, "pension": {"average_wage": 9000, "account_rate": 0.08}}), "utf-8"
    )
    assert pension.import_file(desk, tmp_path / "good.json") == {"rules": True, "figures": True}
    assert pension.rules(desk).min_months(2030) == 180 and pension.rules().min_months(2030) == 186
    assert desk.policy.pension.average_wage == 9000
    (tmp_path / "other.json").write_text('{"relations": {}}', "utf-8")
    with pytest.raises(InputError):
        pension.import_file(desk, tmp_path / "other.json")


@pytest.mark.parametrize(
    "wage, rate, field", [(8000, 8.0, "account_rate"), (8000, 0.0, "account_rate"), (10.0, 0.08, "average_wage")]
)
def test_figures_kept_from_the_window_pass_the_import_s_ranges(desk, wage, rate, field):
    before = desk.policy.pension
    with pytest.raises(InputError) as err:
        pension.set_figures(desk, LocalFigures(average_wage=wage, account_rate=rate))
    assert [f for f, _ in err.value.problems] == [field]
    assert desk.policy.pension == before


@pytest.fixture
def retired(desk):
    """A man born 1960-01: statutory retirement 2020-01, before the reform; 12 years paid."""
    man = people.add(desk, name="老王", id_number=make_id(date(1960, 1, 5), "320505", 11), region="苏州市")
    pension.add_period(desk, man, "2008-01", "2019-12", 6000)
    return man


@pytest.mark.parametrize("at", ["earliest", "latest"])
def test_no_flexible_date_for_a_retirement_before_2025(desk, retired, at):
    with pytest.raises(InputError) as err:
        pension.report(desk, retired.id, as_of=date(2026, 11, 1), retire_at=at)
    assert {f for f, _ in err.value.problems} == {"retire_at"}
    [message] = err.value.messages()
    assert "2020-01 is before 2025-01" in message and "《国务院关于渐进式延迟法定退休年龄的办法》第三条" in message
    assert pension.report(desk, retired.id, as_of=date(2026, 11, 1)).retire_age == 60 * 12


@pytest.mark.parametrize(
    "birth, years, allowed",
    [
        ("1977-03", 59, False),
        ("1977-03", 60, True),
        ("1977-03", 66, True),
        ("1977-03", 67, False),
        ("1965-05", 63, True),
        ("1965-05", 64, False),
        ("1965-05", 59, False),
        ("1960-01", 60, True),
        ("1960-01", 61, False),
        ("1960-01", 58, False),
    ],
)
def test_a_retirement_age_outside_statutory_minus_3_to_plus_3_years_is_refused(desk, birth, years, allowed):
    y, m = map(int, birth.split("-"))
    man = people.add(desk, name="甲", id_number=make_id(date(y, m, 5), "320505", 13), region="苏州市")
    if allowed:
        assert pension.report(desk, man.id, age=years * 12).retire_age == years * 12
        return
    with pytest.raises(InputError) as err:
        pension.report(desk, man.id, age=years * 12)
    [message] = err.value.messages()
    assert "第三条" in message and f"A retirement at {years} years" in message
    if birth == "1977-03":
        assert "range, 60 years to 66 years" in message and "never below the old age 60 years" in message


def test_a_womans_age_needs_her_category_first(desk):
    she = people.add(desk, name="王芳", id_number=make_id(date(1975, 3, 8), "320505", 22), region="苏州市")
    with pytest.raises(InputError) as err:
        pension.report(desk, she.id, age=48 * 12)  # below either old age (50, 55)
    assert {f for f, _ in err.value.problems} == {"age"}
    pension.set_category(desk, she, "worker")  # 50y2m, 2025-05: 50 … 53y2m
    with pytest.raises(InputError):
        pension.report(desk, she.id, age=49 * 12)
    assert pension.report(desk, she.id, age=53 * 12).retire_age == 53 * 12


def test_past_the_statutory_date_the_report_says_since_when(desk, retired, worker):
    r = pension.report(desk, retired.id, as_of=date(2026, 11, 1))
    assert r.past_statutory and r.gaps == []  # not paying after retirement is no interruption
    assert pension.past_statutory(r).render() == (
        "Already past the statutory retirement date since 2020-01 "
        "(age 60 years): the estimate is the pension from 2020-01."
    )
    pension.add_period(desk, worker, "2000-01", None, 6000)  # born 1965-03: retires 2025-04
    assert pension.past_statutory(pension.report(desk, worker.id, as_of=date(2025, 3, 1))) is None
    assert pension.report(desk, worker.id, as_of=date(2025, 4, 1)).past_statutory


def test_short_of_the_minimum_years_the_ways_on_not_a_figure(desk, retired):
    r = pension.report(desk, retired.id, as_of=date(2026, 11, 1))
    table = pension.rules(desk)
    options = pension.options(r, table)
    assert [o.code for o in options] == [
        "pension.short",
        "pension.option_extend",
        "pension.option_back_pay",
        "pension.option_transfer",
    ]
    texts = [o.render() for o in options]
    assert (
        "12.0 years paid up to 2019-12, fewer than the 15 years needed when retiring in 2020 "
        "(《中华人民共和国社会保险法》第十六条)"
    ) in texts[0]
    assert "36 months more, 2026-12 – 2029-11" in texts[1] and "办法》第二条" in texts[1]
    assert "人社部发〔2014〕17号" in texts[3] and "城乡居民养老保险" in texts[3]
    enough = people.add(desk, name="乙", id_number=make_id(date(1960, 3, 5), "320505", 15), region="苏州市")
    pension.add_period(desk, enough, "2000-01", "2019-12", 6000)
    assert pension.options(pension.report(desk, enough.id, as_of=date(2026, 11, 1)), table) == []


def test_a_base_outside_the_bounds_is_counted_at_the_bound_and_said_so(desk, worker):
    pension.add_period(desk, worker, "2000-01", "2009-12", 50000)
    pension.add_period(desk, worker, "2010-01", "2019-12", 3000)
    pension.add_period(desk, worker, "2020-01", None, 6000)
    r = pension.report(desk, worker.id, as_of=date(2024, 12, 1))
    assert [p.base for p in r.periods] == [50000, 3000, 6000]  # what was entered is kept
    assert r.projection.stopped.balance == pytest.approx((120 * 24000 + 120 * 4800 + 60 * 6000) * 0.08)
    low, high = sorted(n.render() for n in pension.clamped(r, pension.rules(desk)))
    assert (
        high.startswith(
            "The base 50000.00 of 2000-01 – 2009-12 is above 300 % of the average wage 8000.00: it counts as 24000.00"
        )
        and "国办发〔2019〕13号" in high
    )
    assert "3000.00 of 2010-01 – 2019-12 is below 60 %" in low and "counts as 4800.00" in low


def test_an_office_import_from_before_the_bounds_keeps_working(desk, worker, tmp_path):
    import json
    from pathlib import Path

    shipped = json.loads((Path(__file__).resolve().parents[2] / "resources" / "pension.json").read_text("utf-8"))
    older = {k: v for k, v in shipped.items() if k not in ("contribution_base", "short_of_minimum")}
    (tmp_path / "older.json").write_text(json.dumps(older), "utf-8")
    assert pension.import_file(desk, tmp_path / "older.json")["rules"]
    assert pension.rules(desk).base_bounds == (0.6, 3.0)


def test_early_retirement_short_of_the_minimum_years_is_not_offered(desk):
    """Born 1977-03: 63 in 2040-03, earliest 2037-03 (60). Paying from 2020-01 on gives 206 months
    by then, short of the 19 years (228) needed for retiring in 2037 (《办法》第二条, 第三条)."""
    man = people.add(desk, name="丙", id_number=make_id(date(1977, 3, 5), "320505", 17), region="苏州市")
    pension.add_period(desk, man, "2020-01", None, 6000)
    r = pension.report(desk, man.id, as_of=date(2026, 11, 1), retire_at="earliest")
    codes = [o.code for o in pension.options(r, pension.rules(desk))]
    assert "pension.option_no_early" in codes and "pension.option_extend" not in codes
    [text] = [o.render() for o in pension.options(r, pension.rules(desk)) if o.code == "pension.option_no_early"]
    assert "not before the statutory date 2040-03" in text and "第三条" in text
