import pytest

from sbdesk.domain.relations import ALIASES, KINDS, inverse, parse_kind


@pytest.mark.parametrize("kind", list(KINDS))
def test_inverse_of_inverse_is_itself(kind):
    assert inverse(inverse(kind)) == kind


def test_parent_and_child_are_inverses_and_spouse_is_symmetric():
    assert inverse("parent") == "child"
    assert inverse("spouse") == "spouse"
    assert inverse("grandchild") == "grandparent"


@pytest.mark.parametrize(
    "word, kind",
    [("配偶", "spouse"), ("母亲", "parent"), ("女儿", "child"), ("Spouse", "spouse"), ("兄弟姐妹", "sibling")],
)
def test_words_people_type_are_understood(word, kind):
    assert parse_kind(word) == kind


def test_unknown_words_are_not_guessed():
    assert parse_kind("邻居") is None
    assert all(v in KINDS for v in ALIASES.values())
