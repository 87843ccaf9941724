"""The one rule for Chinese terms in English texts: glossed at first use, never twice, never
inside a bracket or a longer Chinese name, never on a control's caption."""

from sbdesk.domain.glossary import TERMS, gloss


def test_a_term_is_glossed_at_its_first_use_only():
    text = "no 过渡性养老金 for 视同缴费 years, the 计发月数 by age. The 计发月数 table"
    assert gloss(text) == (
        "no 过渡性养老金 (transitional pension) for 视同缴费 (deemed contributions) years, "
        "the 计发月数 (months divisor) by age. The 计发月数 table"
    )


def test_a_term_already_explained_or_part_of_a_longer_name_is_left_alone():
    for text in (
        "Insured in (统筹区)",  # the Chinese is the gloss of the English
        "Owner (共济人), whose account pays",
        "Family-sharing receipt (个人账户家庭共济)",
        "个人账户家庭共济 is the official name",  # 个人账户 and 家庭共济 inside one name
        "Add {name}'s 社保电脑号 (&K)…",  # a control's caption stays short
        "&Region (统筹区)",
    ):
        assert gloss(text) == text


def test_placeholders_and_plain_text_are_untouched():
    assert gloss("Both are insured in the same 统筹区 {region}.") == (
        "Both are insured in the same 统筹区 (pooling region) {region}."
    )
    assert gloss("Nothing Chinese here") == "Nothing Chinese here"


def test_every_gloss_is_plain_english():
    for term, meaning in TERMS.items():
        assert meaning.isascii() and meaning.strip() == meaning and meaning, term
