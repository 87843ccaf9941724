from datetime import date

from sbdesk.domain import end_reasons, operator
from sbdesk.domain import report as rules


def test_a_clerk_is_read_back_as_name_and_staff_id():
    assert rules.clerk(operator.label("张伟", "0123")) == ("张伟", "0123")
    assert rules.clerk("zhangwei") == ("zhangwei", "")  # a branch server's login
    assert rules.clerk("本人") == ("本人", "")


def test_every_kept_reason_has_a_key_and_none_is_lost():
    assert rules.reason_key(end_reasons.record("own_request")) == "own_request"
    assert rules.reason_key(end_reasons.record("entry_error", "重复录入")) == "entry_error"
    assert rules.reason_key(end_reasons.record("other", "搬家")) == "other"
    assert rules.reason_key(end_reasons.AUTOMATIC["region_moved"]) == "auto_region_moved"
    assert rules.reason_key(end_reasons.AUTOMATIC["insurance_ended"]) == "auto_insurance_ended"
    assert rules.reason_key("") == "none"
    assert rules.reason_key("written by hand") == "other"


def test_an_empty_range_has_a_row_for_each_day():
    found = rules.build(date(2026, 2, 27), date(2026, 3, 2), [])
    assert [r.key for r in found.days] == ["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"]
    assert (found.made, found.ended, found.clerks, found.reasons) == (0, 0, [], [])
