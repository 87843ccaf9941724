import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from sbdesk.domain import eligibility
from sbdesk.domain.channels import parse as parse_channels
from sbdesk.domain.eligibility import ExistingBinding
from sbdesk.domain.models import Person
from sbdesk.domain.policy import parse_policy
from sbdesk.domain.regions import parse_catalogue
from tests.conftest import make_id

ROOT = Path(__file__).resolve().parents[2]
DAY = date(2026, 11, 25)
CAT = parse_catalogue(json.loads((ROOT / "resources/regions.json").read_text(encoding="utf-8")))
POLICY_DOC = json.loads((ROOT / "resources/policy.json").read_text(encoding="utf-8"))
POLICY = parse_policy(POLICY_DOC)
CHANNELS = parse_channels(json.loads((ROOT / "resources/channels.json").read_text(encoding="utf-8")))


def decide(owner, member, relation, channel, *rest, **kw):
    """The rules with the shipped channel record for ``channel`` (across provinces: "wallet")."""
    return eligibility.decide(owner, member, relation, CHANNELS[channel], *rest, **kw)


def person(pid, region, insurance="employee", birth=date(1980, 5, 1), **kw):
    return Person(pid, make_id(birth, seq=pid), f"P{pid}", CAT.find(region)[0].code, insurance, birth_date=birth, **kw)


OWNER = person(1, "苏州市")
MEMBER = person(2, "成都市", "resident", card_number="A12345678", computer_number="123456789")


def codes(decision, status=None):
    return [c.problem.code for c in decision.checks if status is None or c.status == status]


def test_spouse_between_two_opened_regions_is_allowed_with_every_reason_given():
    d = decide(OWNER, MEMBER, "spouse", "wallet", DAY, CAT, POLICY)
    assert d.allowed and d.verdict == "allowed"
    assert codes(d, "fail") == []
    assert set(codes(d)) >= {
        "elig.relation_allowed",
        "elig.owner_employee",
        "elig.member_insured",
        "elig.region_open",
        "elig.not_bound",
        "elig.channel_cross_province",
    }
    texts = [c.problem.render() for c in d.checks if c.problem.code == "elig.region_open"]
    assert any("江苏省苏州市: reported open" in t and "2024-12-02" in t and "(other, 2024-12-02)" in t for t in texts)


def test_a_region_with_no_report_is_unknown_not_refused():
    changsha = replace(MEMBER, region_code=CAT.find("长沙市")[0].code)
    d = decide(person(1, "成都市"), changsha, "spouse", "wallet", DAY, CAT, POLICY)
    assert not d.allowed and d.verdict == "unknown" and d.failures == []
    [unknown] = d.unknowns
    assert unknown.code == "elig.region_unknown"
    assert "长沙市" in unknown.render() and "Ask" in unknown.render()


@pytest.mark.parametrize("day, verdict", [(date(2025, 2, 3), "unknown"), (date(2025, 2, 5), "allowed")])
def test_a_region_reported_open_by_a_date_is_open_only_from_it(day, verdict):
    hefei = replace(MEMBER, region_code=CAT.find("合肥市")[0].code)
    d = decide(OWNER, hefei, "spouse", "wallet", day, CAT, POLICY)
    assert d.verdict == verdict
    if verdict == "unknown":
        [p] = d.unknowns
        assert p.code == "elig.region_unknown_later" and "2025-02-04" in p.render()


def test_a_report_of_not_open_refuses_with_its_date_and_source():
    guangzhou = replace(MEMBER, region_code=CAT.find("广州市")[0].code)
    open_then = decide(OWNER, guangzhou, "spouse", "wallet", date(2025, 4, 1), CAT, POLICY)
    assert open_then.allowed  # named open by 2025-03-14
    d = decide(OWNER, guangzhou, "spouse", "wallet", date(2025, 10, 1), CAT, POLICY)
    [p] = d.failures
    assert p.code == "elig.region_reported_closed" and "2025-09-22" in p.render()


def test_all_failures_are_reported_together():
    nobody = replace(MEMBER, insurance="none", region_code=CAT.find("深圳市")[0].code, card_number=None)
    d = decide(replace(OWNER, insurance="resident"), nobody, "sibling", "window", date(2024, 6, 30), CAT, POLICY)
    assert set(codes(d, "fail")) == {
        "elig.relation_refused",
        "elig.owner_not_employee",
        "elig.member_not_insured",
        "elig.identifier_missing",
        "elig.channel_not_cross_province",
    }
    assert set(codes(d, "unknown")) == {"elig.region_unknown_later", "elig.region_unknown"}


@pytest.mark.parametrize("day, allowed", [(date(2024, 6, 30), False), (date(2024, 8, 1), True)])
def test_the_relation_circle_widened_with_the_2024_rule(day, allowed):
    d = decide(OWNER, MEMBER, "sibling", "wallet", day, CAT, POLICY)
    assert ("elig.relation_allowed" in codes(d, "pass")) is allowed
    text = next(c.problem.render() for c in d.checks if c.problem.code.startswith("elig.relation_"))
    assert ("国办发〔2024〕38号" if allowed else "国办发〔2021〕14号") in text
    if not allowed:
        assert "spouse (配偶)" in text and "child (子女)" in text and "江苏省" in text


def test_a_province_that_widened_the_circle_allows_siblings():
    doc = json.loads(json.dumps(POLICY_DOC))
    doc["relations"]["provinces"]["江苏省"] = ["spouse", "parent", "child", "sibling"]
    d = decide(OWNER, MEMBER, "sibling", "wallet", date(2024, 6, 30), CAT, parse_policy(doc))
    assert "elig.relation_allowed" in codes(d, "pass")


def test_same_region_needs_no_cross_province_opening():
    d = decide(
        person(1, "长沙市"),
        person(2, "长沙市", "resident", birth=date(2006, 1, 1)),
        "child",
        "wallet",
        DAY,
        CAT,
        POLICY,
    )
    assert d.allowed and "elig.same_region" in codes(d, "pass")


@pytest.mark.parametrize("day, verdict", [(date(2024, 11, 15), "unknown"), (date(2025, 1, 15), "allowed")])
def test_two_cities_of_one_province_share_from_december_2024(day, verdict):
    owner, member = person(1, "苏州市"), person(2, "南京市", "resident", birth=date(1950, 1, 1))
    d = decide(owner, member, "parent", "wallet", day, CAT, POLICY)
    assert d.verdict == verdict
    code = "elig.same_province" if verdict == "allowed" else "elig.province_not_yet"
    assert code in codes(d)
    assert "2024-12-01" in next(c.problem.render() for c in d.checks if c.problem.code == code)


def test_several_owners_by_default_one_where_a_province_limits_it():
    existing = (ExistingBinding(9, "王五"),)
    assert decide(OWNER, MEMBER, "spouse", "wallet", DAY, CAT, POLICY, existing).allowed
    doc = dict(POLICY_DOC, exclusive_member={"default": False, "provinces": {"四川省": True}})
    d = decide(OWNER, MEMBER, "spouse", "wallet", DAY, CAT, parse_policy(doc), existing)
    assert codes(d, "fail") == ["elig.bound_elsewhere"]
    assert "王五" in d.failures[0].render()


def test_binding_the_same_pair_twice_is_refused():
    d = decide(OWNER, MEMBER, "spouse", "wallet", DAY, CAT, POLICY, (ExistingBinding(1, "P1"),))
    assert codes(d, "fail") == ["elig.already_bound"]


def test_owner_and_member_must_differ():
    d = decide(OWNER, OWNER, "spouse", "wallet", DAY, CAT, POLICY)
    assert "elig.same_person" in codes(d, "fail")
    assert "qinqing.same_person" in codes(eligibility.decide_qinqing(OWNER, OWNER, "spouse", DAY, POLICY), "fail")


@pytest.mark.parametrize(
    "birth, needs_photo",
    [
        (date(2010, 11, 26), True),  # 15 until tomorrow
        (date(2010, 11, 25), False),  # 16 today
    ],
)
def test_under_16_on_the_ecard_needs_a_face_photo(birth, needs_photo):
    """The 亲情服务's own rule (policy.json face_photo_under), asked by its own decision."""
    child = person(3, "苏州市", "resident", birth=birth)
    d = eligibility.decide_qinqing(OWNER, child, "child", DAY, POLICY)
    assert d.allowed
    assert ([p.code for p in d.requirements] == ["qinqing.face_photo_needed"]) is needs_photo


def test_across_provinces_a_counter_is_not_refused_but_asks_the_clerk_to_confirm():
    """The 2026-01-09 notice has relationships set up through the 国家医保服务平台 "等渠道"
    (secondary) and every branch works on the national platform: window, hospital and web are
    not refused once both regions are open; the answer says what to confirm, with the source.
    The e-card's 亲情服务 sets up no 家庭共济, and an office may say its counter cannot."""
    for channel in ("web", "window", "hospital"):
        d = decide(OWNER, MEMBER, "spouse", channel, DAY, CAT, POLICY)
        assert d.verdict == "allowed" and d.failures == [] and d.pending == []
        [note] = d.requirements
        assert note.code == "elig.channel_confirm_local"
        text = note.render()
        assert "Confirm in the local system" in text and "2026-01-09" in text and "secondary" in text
    before = decide(OWNER, MEMBER, "spouse", "window", date(2025, 12, 1), CAT, POLICY)
    assert codes(before, "fail") == ["elig.channel_not_cross_province"]  # before the notice: only the wallet
    assert codes(decide(OWNER, MEMBER, "spouse", "ecard", DAY, CAT, POLICY), "fail") == [
        "elig.channel_no_sharing",
        "elig.channel_not_cross_province",
    ]
    office = json.loads((ROOT / "resources/channels.json").read_text(encoding="utf-8"))
    office["channels"]["window"]["cross_province"] = False  # this office's counter cannot
    d = eligibility.decide(OWNER, MEMBER, "spouse", parse_channels(office)["window"], DAY, CAT, POLICY)
    assert d.verdict == "refused" and "医保钱包" in d.failures[0].render()


def test_across_provinces_only_the_wallet_sets_sharing_up_without_confirming():
    """domain.md: the 医保钱包 of the 国家医保服务平台 app is the carrier across provinces."""
    assert "elig.channel_cross_province" in codes(decide(OWNER, MEMBER, "spouse", "wallet", DAY, CAT, POLICY), "pass")
    same_province = person(2, "南京市", "resident", card_number="A12345678")
    assert "elig.channel_not_cross_province" not in codes(
        decide(OWNER, same_province, "spouse", "window", DAY, CAT, POLICY)
    )


def test_channels_ask_for_their_own_identifier():
    bare = replace(MEMBER, region_code=OWNER.region_code, card_number=None, computer_number=None)
    assert codes(decide(OWNER, bare, "spouse", "web", DAY, CAT, POLICY), "fail") == ["elig.identifier_missing"]
    assert codes(decide(OWNER, bare, "spouse", "hospital", DAY, CAT, POLICY), "fail") == ["elig.identifier_missing"]
    assert decide(OWNER, bare, "spouse", "wallet", DAY, CAT, POLICY).allowed


def test_the_bingtuan_and_urumqi_are_not_one_province():
    """Before 2025-05-08 (no cross-province report for either) 兵团 ↔ 乌鲁木齐 is across
    provinces, so not known; not "within 新疆 since 2024-12"."""
    owner, member = person(1, "新疆生产建设兵团"), person(2, "乌鲁木齐市", "resident")
    d = decide(owner, member, "spouse", "wallet", date(2025, 3, 1), CAT, POLICY)
    assert "elig.same_province" not in codes(d)
    assert d.verdict == "unknown" and codes(d, "unknown") == ["elig.region_unknown_later"] * 2
    assert decide(owner, member, "spouse", "wallet", date(2025, 5, 8), CAT, POLICY).verdict == "allowed"


def test_an_old_report_of_not_open_no_longer_refuses():
    """广东's "暂未上线" of 2025-09-22 refuses in 2025; on 2026-12-06 it is 14 months old:
    unknown, with the last report, its age and its source; the span is policy data."""
    guangzhou = replace(MEMBER, region_code=CAT.find("广州市")[0].code)
    fresh = decide(OWNER, guangzhou, "spouse", "wallet", date(2025, 10, 1), CAT, POLICY)
    assert codes(fresh, "fail") == ["elig.region_reported_closed"]
    d = decide(OWNER, guangzhou, "spouse", "wallet", date(2026, 12, 6), CAT, POLICY)
    assert d.verdict == "unknown" and d.failures == []
    [aged] = d.unknowns
    assert aged.code == "elig.region_report_aged"
    assert "last report 2025-09-22: not yet open (14 months ago" in aged.render() and "state media" in aged.render()
    forever = parse_policy({**POLICY_DOC, "evidence": {"not_open_stands_months": None}})
    assert decide(OWNER, guangzhou, "spouse", "wallet", date(2026, 12, 6), CAT, forever).verdict == "refused"


def test_an_uninsured_member_is_refused_with_the_rule_and_the_way_forward():
    """An uninsured relative gets no flat refusal: the owner's account may pay the member's 居民医保
    contribution (domain.md "Who may share"; local practice varies), with the sources."""
    nobody = person(2, "苏州市", "none")
    d = decide(OWNER, nobody, "spouse", "wallet", DAY, CAT, POLICY)
    [problem] = d.failures
    assert problem.code == "elig.member_not_insured"
    text = problem.render()
    assert "国办发〔2024〕38号" in text and "ylbzj.sc.gov.cn" in text  # the rule and its source
    assert "居民医保" in text and "contribution" in text and "local practice varies" in text  # the way forward
    assert problem.values["way"].pick("zh_CN").startswith("先为其参加城乡居民医保")


def test_the_uninsured_rule_is_policy_data_an_office_can_rewrite():
    doc = json.loads(json.dumps(POLICY_DOC))
    doc["uninsured_member"]["way_forward"] = {"zh_CN": "本地：先到窗口参保", "en": "locally: enrol at the window first"}
    doc["uninsured_member"]["way_forward_source"] = "某市医保局 2026"
    nobody = person(2, "苏州市", "none")
    [problem] = decide(OWNER, nobody, "spouse", "wallet", DAY, CAT, parse_policy(doc)).failures
    assert "locally: enrol at the window first (某市医保局 2026)" in problem.render()
    del doc["uninsured_member"]["way_forward_source"]
    with pytest.raises(Exception, match="uninsured_member"):
        parse_policy(doc)


def test_the_ecard_qinqing_service_does_not_set_up_family_sharing():
    """The 亲情服务 serves the relative's own e-card; it never spends the owner's
    account, so asking whether it can share is answered no, naming the channels that do."""
    d = decide(OWNER, replace(MEMBER, region_code=OWNER.region_code), "spouse", "ecard", DAY, CAT, POLICY)
    assert d.verdict == "refused"
    assert d.failures[0].code == "elig.channel_no_sharing"
    text = d.failures[0].render()
    assert "does not set up 家庭共济" in text and "never spends the owner's personal account" in text
    for other in ("personal web self-service", "service window at a branch", "hospital insurance office", "医保钱包"):
        assert other in text
    assert not CHANNELS["ecard"].sets_up_sharing and all(CHANNELS[c].sets_up_sharing for c in CHANNELS if c != "ecard")


def test_the_qinqing_service_asks_no_sharing_questions():
    """Adding a relative's own e-card: no 职工医保 owner, region or sharing circle is needed."""
    resident_owner = person(1, "苏州市", "resident")
    far_member = person(2, "广州市", "none", birth=date(1950, 1, 1))
    d = eligibility.decide_qinqing(resident_owner, far_member, "parent", DAY, POLICY)
    assert d.verdict == "allowed"
    assert not {"elig.owner_not_employee", "elig.member_not_insured", "elig.channel_no_sharing"} & set(codes(d))


def test_the_ecard_record_says_what_it_is_and_keeps_both_reports_with_sources():
    ecard = CHANNELS["ecard"]
    uses = ecard.what_list("zh_CN")
    assert any("权益单" in u for u in uses) and any("资格认证" in u for u in uses) and any("转移" in u for u in uses)
    assert any("本人的账户" in u for u in uses)
    assert not any("余额" in u for u in uses + ecard.what_list("en"))
    assert "www.cxs.gov.cn" in ecard.what_source
    faces = ecard.reports_on("face_photo")
    assert {"16", "18"} <= {c for r in faces for c in ("16", "18") if c in r.text.pick("zh_CN")}
    assert all(r.source for r in faces) and any("www.cxs.gov.cn" in r.source for r in faces)
    counts = ecard.reports_on("relatives")
    assert {"10", "8"} <= {c for r in counts for c in ("10", "8") if c in r.text.pick("zh_CN")}
    assert all(r.source and r.status in ("confirmed", "secondary", "open") for r in counts)


def test_a_missing_card_number_is_a_gap_to_fill_not_a_refusal():
    """The clerk can type the card number in: the answer says what to do, not 不能共济."""
    bare = replace(MEMBER, region_code=OWNER.region_code, card_number=None, computer_number=None)
    d = decide(OWNER, bare, "spouse", "hospital", DAY, CAT, POLICY)
    assert d.verdict == "incomplete" and not d.allowed and d.refusals == []
    assert [p.code for p in d.gaps] == ["elig.identifier_missing"]
    assert d.headline().render().startswith("Can share once the items below are done: This channel needs")


def test_a_refusal_wins_over_a_gap_and_the_gap_is_still_listed():
    bare = replace(MEMBER, region_code=OWNER.region_code, card_number=None, computer_number=None)
    d = decide(replace(OWNER, insurance="resident"), bare, "spouse", "hospital", DAY, CAT, POLICY)
    assert d.verdict == "refused" and [p.code for p in d.refusals] == ["elig.owner_not_employee"]
    assert [p.code for p in d.gaps] == ["elig.identifier_missing"]
    assert d.headline().render().startswith("May not share: The owner has no 职工医保")


def test_a_resident_owner_is_refused_with_the_rule_its_date_and_source():
    d = decide(replace(OWNER, insurance="resident"), MEMBER, "spouse", "wallet", DAY, CAT, POLICY)
    [problem] = d.refusals
    text = problem.render()
    assert "only 职工医保 members have a personal account" in text and "城乡居民医保 has none" in text
    assert "in force since 2021-04-13" in text and "国办发〔2021〕14号" in text


@pytest.mark.parametrize(
    "relation, owner_birth, member_birth, says",
    [
        ("child", date(1980, 1, 1), date(1953, 11, 24), "the member is 26.1 years older than the owner"),
        ("parent", date(1980, 1, 1), date(1975, 1, 1), "the member is 5 years older than the owner"),
        ("parent", date(1980, 1, 1), date(1990, 1, 1), "the member is 10 years younger than the owner"),
        ("child", date(1980, 1, 1), date(1980, 1, 1), "the member and the owner are the same age"),
    ],
)
def test_an_impossible_age_gap_is_said_in_plain_words(relation, owner_birth, member_birth, says):
    owner, member = replace(OWNER, birth_date=owner_birth), replace(MEMBER, birth_date=member_birth)
    [problem] = decide(owner, member, relation, "wallet", DAY, CAT, POLICY).refusals
    text = problem.render()
    assert says in text and "-" not in text.split(":")[1] and "negative" not in text
