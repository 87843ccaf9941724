from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sbdesk.domain import idnumber
from sbdesk.domain.idnumber import age_on, mask, parse

EXAMPLE = "11010519491231002X"  # the worked example of GB 11643-1999


def oracle_check_char(first17: str) -> str:
    """Independent of the code under test: weights are 2**(17-i) mod 11 and the full sum
    including the check value (X = 10) must be 1 mod 11."""
    total = sum(int(d) * pow(2, 17 - i, 11) for i, d in enumerate(first17))
    value = next(c for c in range(11) if (total + c) % 11 == 1)
    return "X" if value == 10 else str(value)


def test_standard_example_is_valid_and_says_who():
    info = parse(EXAMPLE, date(2026, 11, 25))
    assert info.valid
    assert info.birth_date == date(1949, 12, 31)
    assert info.sex == "female"
    assert info.division == "110105"
    assert info.province == "北京市"
    assert info.age_on(date(2026, 11, 25)) == 76


@pytest.mark.parametrize("last", list("0123456789"))
def test_any_other_last_character_is_invalid_with_the_expected_one_named(last):
    info = parse(EXAMPLE[:-1] + last)
    assert not info.valid
    [problem] = info.problems
    assert problem.code == "id.check_digit"
    assert problem.values == {"expected": "X", "actual": last}
    assert "should be X, not " + last in problem.render()


def test_typed_forms_are_normalised():
    full_width = "１１０１０５１９４９１２３１００２ｘ"
    assert parse(full_width).text == EXAMPLE and parse(full_width).valid
    assert parse(" 110105 19491231 002x ").valid


def test_fifteen_digit_legacy_number_is_upgraded():
    info = parse("110105491231002")
    assert info.text == "11010519491231002X"
    assert info.valid


def test_the_standards_second_worked_example_born_1880_is_valid():
    info = parse("440524188001010014", date(2026, 11, 25))
    assert info.valid, info.problems
    assert info.birth_date == date(1880, 1, 1) and info.sex == "male" and info.province == "广东省"


@pytest.mark.parametrize("sequence, century", [("995", "19"), ("996", "18"), ("999", "18"), ("001", "19")])
def test_fifteen_digit_centenarians_get_the_century_18(sequence, century):
    """GB 11643: sequence numbers 996–999 were given to people over a hundred, born in the 1800s."""
    info = parse(f"440524800101{sequence}", date(2026, 11, 25))
    assert info.text[6:10] == century + "80" and info.valid


@pytest.mark.parametrize("birth, valid", [("17991231", False), ("18000101", True)])
def test_births_before_1800_are_typing_errors(birth, valid):
    body = f"110105{birth}001"
    info = parse(body + idnumber.check_char(body), date(2026, 11, 25))
    assert info.valid is valid
    assert valid or [p.code for p in info.problems] == ["id.birth_date"]


@pytest.mark.parametrize(
    "raw, code",
    [
        ("", "id.length"),
        ("1101051949123100", "id.length"),
        ("11010519491231002XX", "id.length"),
        ("1101051949123100AX", "id.characters"),
        ("11010519491231X02X", "id.characters"),
    ],
)
def test_shape_problems(raw, code):
    assert [p.code for p in parse(raw).problems] == [code]


def _with_check(body17: str) -> str:
    return body17 + oracle_check_char(body17)


def test_unknown_province_and_impossible_date_are_both_reported():
    info = parse(_with_check("00010519491332002"))
    assert {p.code for p in info.problems} == {"id.province", "id.birth_date"}


def test_future_birth_date_is_refused():
    info = parse(_with_check("11010520300101002"), today=date(2026, 11, 25))
    assert [p.code for p in info.problems] == ["id.birth_future"]


def test_age_counts_whole_years_and_leap_day_birthdays():
    assert age_on(date(2010, 11, 26), date(2026, 11, 25)) == 15
    assert age_on(date(2010, 11, 25), date(2026, 11, 25)) == 16
    assert age_on(date(2008, 2, 29), date(2026, 2, 28)) == 17
    assert age_on(date(2008, 2, 29), date(2026, 3, 1)) == 18


def test_mask_keeps_division_and_last_four():
    assert mask(EXAMPLE) == "110105********002X"
    assert mask("12345") == "*****"


bodies = st.builds(
    lambda prov, rest, birth, seq: f"{prov}{rest:04d}{birth:%Y%m%d}{seq:03d}",
    st.sampled_from(sorted(idnumber.PROVINCES)),
    st.integers(0, 9999),
    st.dates(date(1900, 1, 1), date(2026, 11, 25)),
    st.integers(0, 999),
)


@given(bodies)
def test_check_char_agrees_with_independent_oracle(body):
    assert idnumber.check_char(body) == oracle_check_char(body)
    assert parse(body + oracle_check_char(body), date(2026, 11, 25)).valid


@given(bodies, st.integers(0, 16), st.integers(1, 9))
def test_every_single_digit_error_is_caught(body, pos, delta):
    number = _with_check(body)
    wrong = number[:pos] + str((int(number[pos]) + delta) % 10) + number[pos + 1 :]
    assert not parse(wrong, date(2026, 11, 25)).valid


@given(bodies, st.integers(0, 15))
def test_every_adjacent_transposition_is_caught(body, pos):
    number = _with_check(body)
    if number[pos] == number[pos + 1]:
        return
    swapped = number[:pos] + number[pos + 1] + number[pos] + number[pos + 2 :]
    assert not parse(swapped, date(2026, 11, 25)).valid


@given(st.text(max_size=40))
def test_any_text_gives_an_answer_with_reasons_never_an_exception(text):
    info = parse(text, date(2026, 11, 25))
    assert info.valid != bool(info.problems)
    assert all(p.render() and "{" not in p.render() for p in info.problems)


@pytest.mark.parametrize("raw", ["1101051949123፩002X", "١١٠١٠٥١٩٤٩١٢٣١٠٠٢X"])
def test_digits_from_other_scripts_are_refused_not_crashed_on(raw):
    info = parse(raw)
    assert not info.valid and [p.code for p in info.problems] == ["id.characters"]


# -- the 2023 外国人永久居留身份证 (first digit 9, no region) -----------------------------------
FOREIGN = "931156198503120016"  # first digit 9, GB 11643 check character 6


def test_a_foreign_permanent_resident_id_is_accepted_as_its_own_kind():
    info = parse(FOREIGN, date(2026, 11, 25))
    assert info.valid and info.foreign
    assert info.kind == idnumber.FOREIGN_PERMANENT
    # the layout of digits 2–17 is not confirmed: nothing is read from them
    assert (info.division, info.province, info.birth_date, info.sex) == (None, None, None, None)


def test_a_foreign_permanent_resident_id_keeps_the_check_character():
    info = parse(FOREIGN[:-1] + "7")
    assert not info.valid
    [problem] = info.problems
    assert problem.code == "id.check_digit" and problem.values == {"expected": "6", "actual": "7"}


def test_a_citizen_number_stays_a_citizen_number():
    assert parse(EXAMPLE).kind == idnumber.RESIDENT and not parse(EXAMPLE).foreign


def test_a_15_digit_number_starting_with_9_is_not_a_foreign_id():
    """Only 18-character numbers can be 外国人永久居留身份证; an old 15-digit one starting with 9
    has no province and stays invalid (it was, before the foreign kind was accepted)."""
    info = parse("912345678901234")
    assert not info.valid and [p.code for p in info.problems] == ["id.province"]
