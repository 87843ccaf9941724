from datetime import date

import pytest

from sbdesk.domain.edition import Edition, add_months, in_use, parse_manifest, stale_since
from sbdesk.domain.regions import PolicyError

SHA = "0" * 64


def edition(day: str) -> Edition:
    return parse_manifest({"edition": day, "publisher": "p", "files": {"policy.json": SHA}})


def test_months_end_on_the_last_day_of_a_shorter_month():
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2027, 8, 31), 6) == date(2028, 2, 29)
    assert add_months(date(2026, 11, 30), 6) == date(2027, 5, 30)


def test_stale_the_day_after_the_months_have_passed():
    e = edition("2026-11-30")
    assert stale_since(e, 6, date(2027, 5, 30)) is None
    assert stale_since(e, 6, date(2027, 5, 31)) == date(2027, 5, 30)


def test_the_installed_pack_is_used_only_when_newer():
    shipped, older, newer = edition("2026-11-30"), edition("2026-01-01"), edition("2027-03-31")
    assert in_use(shipped, None) is shipped and in_use(shipped, older) is shipped
    assert in_use(shipped, newer) is newer


@pytest.mark.parametrize(
    "change",
    [
        {"edition": "2026-13-01"},
        {"publisher": ""},
        {"files": {}},
        {"files": {"../policy.json": SHA}},
        {"files": {"policy.json": "abc"}},
        {"files": {"manifest.json": SHA}},
        {"stale_after_months": 0},
        {"stale_after_months": True},
    ],
)
def test_a_bad_manifest_is_refused(change):
    with pytest.raises(PolicyError):
        parse_manifest({"edition": "2026-11-30", "publisher": "p", "files": {"policy.json": SHA}, **change})


def test_a_pack_manifest_names_its_key():
    with pytest.raises(PolicyError):
        parse_manifest({"edition": "2026-11-30", "publisher": "p", "files": {"policy.json": SHA}}, signed=True)
