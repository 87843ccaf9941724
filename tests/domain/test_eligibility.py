import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from sbdesk.domain.eligibility import ExistingBinding, decide
from sbdesk.domain.models import Person
from sbdesk.domain.policy import parse_policy
from sbdesk.domain.regions import parse_catalogue
from tests.conftest import make_id

ROOT = Path(__file__).resolve().parents[2]
DAY = date(2026, 11, 25)
CAT = parse_catalogue(json.loads((ROOT / "resources/regions.json").read_text(encoding="utf-8")))
POLICY_DOC = json.loads((ROOT / "resources/policy.json").read_text(encoding="utf-8"))
POLICY = parse_policy(POLICY_DOC)


def person(pid, region, insurance="employee", birth=date(1980, 5, 1), **kw):
    return Person(pid, make_id(birth, seq=pid), f"P{pid}", CAT.find(region)[0].code, insurance,
                  birth_date=birth, **kw)


OWNER = person(1, "苏州市")
MEMBER = person(2, "成都市", "resident", card_number="A12345678", computer_number="123456789")


def codes(decision, status=None):
    return [c.problem.code for c in decision.checks if status is None or c.status == status]


def test_spouse_between_two_opened_regions_is_allowed_with_every_reason_given():
    d = decide(OWNER, MEMBER, "spouse", "window", DAY, CAT, POLICY)
    assert d.allowed
    assert codes(d, "fail") == []
    assert set(codes(d)) >= {"elig.relation_allowed", "elig.owner_employee", "elig.member_insured",
                             "elig.cross_opened", "elig.not_bound", "elig.identifier_present"}


def test_region_not_opened_is_refused_and_named():
    beijing = replace(MEMBER, region_code=CAT.find("北京市")[0].code)
    d = decide(person(1, "成都市"), beijing, "spouse", "ecard", DAY, CAT, POLICY)
    assert not d.allowed
    [failure] = d.failures
    assert failure.code == "elig.region_not_opened"
    assert "北京市" in failure.render()


def test_before_the_opening_date_the_date_is_named():
    d = decide(OWNER, MEMBER, "spouse", "ecard", date(2025, 12, 1), CAT, POLICY)
    assert {p.code for p in d.failures} == {"elig.region_not_yet_opened"}
    assert all("2026-01-10" in p.render() for p in d.failures)


def test_all_failures_are_reported_together():
    nobody = replace(MEMBER, insurance="none", region_code=CAT.find("深圳市")[0].code, card_number=None)
    d = decide(replace(OWNER, insurance="resident"), nobody, "sibling", "window", DAY, CAT, POLICY)
    assert set(codes(d, "fail")) == {"elig.relation_refused", "elig.owner_not_employee",
                                     "elig.member_not_insured", "elig.region_not_opened",
                                     "elig.identifier_missing"}


def test_refused_relation_lists_what_the_province_allows():
    d = decide(OWNER, MEMBER, "sibling", "ecard", DAY, CAT, POLICY)
    [p] = d.failures
    assert p.code == "elig.relation_refused"
    text = p.render()
    assert "江苏省" in text and "spouse (配偶)" in text and "child (子女)" in text


def test_a_province_that_widened_the_circle_allows_siblings():
    doc = json.loads(json.dumps(POLICY_DOC))
    doc["relations"]["provinces"]["江苏省"] = ["spouse", "parent", "child", "sibling"]
    d = decide(OWNER, MEMBER, "sibling", "ecard", DAY, CAT, parse_policy(doc))
    assert d.allowed


def test_same_region_needs_no_cross_province_opening():
    d = decide(person(1, "北京市"), person(2, "北京市", "resident"), "child", "ecard", DAY, CAT, POLICY)
    assert d.allowed and "elig.same_region" in codes(d, "pass")


def test_two_cities_of_one_province_depend_on_the_provincial_rule():
    owner, member = person(1, "成都市"), person(2, "绵阳市", "resident")
    d = decide(owner, member, "parent", "ecard", DAY, CAT, POLICY)
    assert set(codes(d, "fail")) == {"elig.province_not_shared", "elig.region_not_opened"}
    doc = dict(POLICY_DOC, intra_province=["四川省"])
    assert decide(owner, member, "parent", "ecard", DAY, CAT, parse_policy(doc)).allowed


def test_member_bound_elsewhere_is_refused_where_one_owner_is_the_rule():
    existing = (ExistingBinding(9, "王五"),)
    d = decide(OWNER, MEMBER, "spouse", "ecard", DAY, CAT, POLICY, existing)
    assert codes(d, "fail") == ["elig.bound_elsewhere"]
    assert "王五" in d.failures[0].render()
    doc = dict(POLICY_DOC, exclusive_member={"default": True, "provinces": {"四川省": False}})
    assert decide(OWNER, MEMBER, "spouse", "ecard", DAY, CAT, parse_policy(doc), existing).allowed


def test_binding_the_same_pair_twice_is_refused():
    d = decide(OWNER, MEMBER, "spouse", "ecard", DAY, CAT, POLICY, (ExistingBinding(1, "P1"),))
    assert codes(d, "fail") == ["elig.already_bound"]


def test_owner_and_member_must_differ():
    d = decide(OWNER, OWNER, "spouse", "ecard", DAY, CAT, POLICY)
    assert "elig.same_person" in codes(d, "fail")


@pytest.mark.parametrize("birth, needs_photo", [
    (date(2010, 11, 26), True),   # 15 until tomorrow
    (date(2010, 11, 25), False),  # 16 today
])
def test_under_16_on_the_ecard_needs_a_face_photo(birth, needs_photo):
    child = person(3, "成都市", "resident", birth=birth)
    d = decide(OWNER, child, "child", "ecard", DAY, CAT, POLICY)
    assert d.allowed
    assert ([p.code for p in d.requirements] == ["elig.face_photo_needed"]) is needs_photo


def test_channels_ask_for_their_own_identifier():
    bare = replace(MEMBER, card_number=None, computer_number=None)
    assert codes(decide(OWNER, bare, "spouse", "web", DAY, CAT, POLICY), "fail") == ["elig.identifier_missing"]
    assert codes(decide(OWNER, bare, "spouse", "hospital", DAY, CAT, POLICY), "fail") == ["elig.identifier_missing"]
    assert decide(OWNER, bare, "spouse", "ecard", DAY, CAT, POLICY).allowed
