from datetime import date

import pytest

from sbdesk.domain.pension import LocalFigures
from sbdesk.services import pension, people
from sbdesk.services.errors import InputError, NotFound
from tests.conftest import make_id


@pytest.fixture
def worker(desk):
    return people.add(desk, name="张伟", id_number=make_id(date(1965, 3, 4), "320505", 15), region="苏州市")


def test_history_report_and_figures(desk, worker):
    pension.add_period(desk, worker, "2000-01", "2009-12", 5000)
    p2 = pension.add_period(desk, worker, "2013-01", None, "6000")
    r = pension.report(desk, f"#{worker.id}", as_of=date(2022, 12, 1))
    assert [(g.months, g.over_limit) for g in r.gaps] == [(36, True)]
    assert round(r.actual.total, 2) == 2109.71 and round(r.without_gaps.total, 2) == 2408.31
    pension.set_figures(desk, LocalFigures(average_wage=10000))
    r2 = pension.report(desk, f"#{worker.id}", as_of=date(2022, 12, 1))
    assert r2.figures.average_wage == 10000 and r2.actual.total != r.actual.total
    pension.remove_period(desk, worker, p2.id)
    assert len(pension.periods(desk, worker)) == 1
    with pytest.raises(NotFound):
        pension.remove_period(desk, worker, p2.id)


def test_bad_period_writes_nothing(desk, worker):
    with pytest.raises(InputError) as err:
        pension.add_period(desk, worker, "2020-05", "2020-01", 0)
    assert {f for f, _ in err.value.problems} == {"end", "base"}
    assert pension.periods(desk, worker) == []


def test_card_status_is_recorded_and_audited(desk, worker):
    assert worker.ss_account == "unknown"
    updated = people.set_card_status(desk, worker.id, ss_account="active")
    assert (updated.ss_account, updated.financial_account) == ("active", "unknown")
    assert people.get(desk, f"#{worker.id}").ss_account == "active"
    with pytest.raises(InputError):
        people.set_card_status(desk, worker.id, financial_account="maybe")
    # editing other fields keeps the card status
    people.update(desk, worker.id, name="张伟伟", region="苏州市", insurance="employee")
    assert people.get(desk, f"#{worker.id}").ss_account == "active"
