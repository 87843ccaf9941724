"""Who is working: one text names them everywhere; a sign-in is checked and audited; a
counter nobody signed in to binds nothing and prints no receipt."""

from datetime import date

import pytest

from sbdesk.domain import operator
from sbdesk.services import binding, operators, people, receipts
from sbdesk.services.errors import InputError
from sbdesk.store import audit
from tests.conftest import make_id, signed_in

OWNER = make_id(date(1978, 3, 4), "320505", 15)
WIFE = make_id(date(1980, 7, 9), "320505", 24)


def test_one_text_names_the_operator_at_a_counter_and_the_user_at_home():
    assert operator.label("张伟", "0123") == "张伟（工号 0123）"
    assert operator.label(" 李  娜 ", None, "home") == "李 娜（本人）"
    assert operator.label("", None, "home") == "本人"


@pytest.mark.parametrize(
    "place, name, staff, fields",
    [
        (None, "张伟", "1", ["place"]),
        ("counter", "", "", ["name", "staff_id"]),
        ("counter", "张伟", "01 23", ["staff_id"]),
        ("counter", "张伟", "0" * 21, ["staff_id"]),
        ("counter", "张\x00伟", "1", ["name"]),
        ("counter", "张" * 31, "1", ["name"]),
    ],
)
def test_a_sign_in_with_a_gap_is_refused_by_field_and_nothing_is_recorded(desk, place, name, staff, fields):
    before = desk.operator
    with pytest.raises(InputError) as caught:
        operators.sign_in(desk, place, name, staff)
    assert [f for f, _ in caught.value.problems] == fields
    assert desk.operator == before
    assert not [e for e in audit.entries(desk.conn) if e["action"] == "operator.sign_in"]


def test_a_sign_in_is_one_audit_row_in_the_new_operators_name(desk):
    assert operators.sign_in(desk, "counter", "张伟", "ab-12") == "张伟（工号 AB-12）"
    row = audit.entries(desk.conn)[0]
    assert (row["action"], row["operator"], row["detail"]) == (
        "operator.sign_in",
        signed_in(desk, "张伟（工号 AB-12）"),
        {"place": "counter", "staff_id": "AB-12"},
    )
    assert operators.sign_in(desk, "home", "", "ignored") == "本人"
    assert audit.entries(desk.conn)[0]["detail"] == {"place": "home"}


def test_a_counter_nobody_signed_in_to_binds_nothing_and_prints_no_receipt(desk):
    people.add(desk, name="张伟", id_number=OWNER, region="苏州市", insurance="employee", card_number="A10000001")
    people.add(desk, name="李娜", id_number=WIFE, region="苏州市", insurance="resident", card_number="B20000002")
    made = binding.bind(desk, people.find(desk, OWNER).id, people.find(desk, WIFE).id, "spouse", "window")
    desk.needs_operator = True
    binding.unbind(desk, made.id, "本人申请")
    with pytest.raises(InputError, match="No operator has signed in"):
        binding.bind(desk, people.find(desk, OWNER).id, people.find(desk, WIFE).id, "spouse", "window")
    assert len(binding.listing(desk)) == 1
    with pytest.raises(InputError, match="No operator has signed in"):
        receipts.receipt(desk, made.id)
    operators.sign_in(desk, "counter", "王芳", "7")
    assert receipts.receipt(desk, made.id).office_operator == "王芳（工号 7）"
