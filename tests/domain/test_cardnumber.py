from sbdesk.domain.cardnumber import NumberRule, check_card, check_computer_number

RULE = NumberRule(r"[A-Z0-9]{9}", "9 letters or digits")


def test_card_reader_and_full_width_input_is_normalised():
    assert check_card(" a1234 5678\n", RULE) == ("A12345678", ())
    assert check_card("Ａ１２３４５６７８", RULE) == ("A12345678", ())


def test_wrong_length_names_the_rule():
    number, problems = check_card("A1234", RULE)
    assert [p.code for p in problems] == ["card.format"]
    assert "9 letters or digits" in problems[0].render()


def test_empty_numbers_are_reported_as_empty():
    assert [p.code for p in check_card("  ", RULE)[1]] == ["card.empty"]
    assert [p.code for p in check_computer_number("", RULE)[1]] == ["computer.empty"]


def test_computer_number_rule_is_per_region():
    shenzhen = NumberRule(r"\d{9}", "9 digits")
    assert check_computer_number("123456789", shenzhen)[1] == ()
    assert check_computer_number("12345678", shenzhen)[1][0].code == "computer.format"


from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@given(st.text(max_size=40))
def test_any_card_text_is_accepted_or_refused_with_a_message(text):
    number, problems = check_card(text, RULE)
    assert bool(problems) != (len(number) == 9 and number.isascii() and number.isalnum())
    assert all(p.render() for p in problems)
