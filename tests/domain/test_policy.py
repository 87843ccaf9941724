import pytest

from sbdesk.domain.policy import parse_policy
from sbdesk.domain.regions import PolicyError


@pytest.mark.parametrize(
    "doc, words",
    [
        ({}, "relations"),
        ({"relations": {"default": []}}, "relations.default"),
        ({"relations": {"default": ["cousin"]}}, "cousin"),
        ({"relations": {"default": ["spouse"], "provinces": {"甲省": ["pet"]}}}, "relations.provinces.甲省"),
        ({"relations": {"default": ["spouse"]}, "card_number": {"default": {"pattern": "("}}}, "card_number.default"),
        (
            {"relations": {"default": ["spouse"]}, "card_number": {"default": {"pattern": "(", "description": "x"}}},
            "bad pattern",
        ),
    ],
)
def test_bad_policy_files_are_refused_with_the_field_named(doc, words):
    with pytest.raises(PolicyError, match=words):
        parse_policy(doc)


def test_region_rules_override_the_default():
    p = parse_policy({
        "relations": {"default": ["spouse"]},
        "computer_number": {
            "default": {"pattern": r"\d+", "description": "digits"},
            "regions": {"440300": {"pattern": r"\d{9}", "description": "9"}},
        },
    })
    assert p.computer_rule_for("440300").pattern == r"\d{9}"
    assert p.computer_rule_for("110000").pattern == r"\d+"
