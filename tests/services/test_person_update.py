"""A binding ends by itself when either side's insurance ends or moves to another 统筹区:
the edit and the endings are one transaction, each ending audited and said."""

from datetime import date

import pytest

from sbdesk.services import binding, people
from sbdesk.services.changes import Changes
from sbdesk.services.errors import InputError
from sbdesk.store import audit
from tests.conftest import make_id

OWNER = make_id(date(1978, 3, 4), "510104", 15)
WIFE = make_id(date(1980, 7, 9), "510104", 24)
FATHER = make_id(date(1950, 1, 2), "510104", 31)


@pytest.fixture
def family(desk):
    owner = people.add(
        desk, name="张伟", id_number=OWNER, region="成都市", insurance="employee", card_number="A10000001"
    )
    wife = people.add(desk, name="李娜", id_number=WIFE, region="成都市", insurance="resident", card_number="B20000002")
    father = people.add(
        desk, name="张建国", id_number=FATHER, region="成都市", insurance="resident", card_number="C30000003"
    )
    b1 = binding.bind(desk, owner.id, wife.id, "spouse", "window")
    b2 = binding.bind(desk, owner.id, father.id, "parent", "window")
    return owner, wife, father, b1, b2


def fields(p, **changes):
    base = dict(
        name=p.name,
        region=p.region_code,
        insurance=p.insurance,
        card_number=p.card_number,
        computer_number=p.computer_number,
    )
    return {**base, **changes}


def test_moving_to_another_region_ends_every_binding_of_the_person(desk, family):
    owner, wife, father, b1, b2 = family
    edited = people.edit(desk, owner.id, **fields(owner, region="北京市"))
    assert sorted(b.id for b, _ in edited.ended) == [b1.id, b2.id]
    assert binding.listing(desk, status="active") == []
    ended = {b.id: b for b in binding.listing(desk, status="ended")}
    assert ended[b1.id].ended_on == date(2026, 11, 25) and "转出统筹区" in ended[b1.id].end_reason
    [n1, n2] = [p.render() for p in edited.notices()]
    assert "ended by itself" in n1 and "张伟 moved to another 统筹区" in n1
    history = binding.history(desk, b1.id)
    assert history[0]["action"] == "binding.end" and history[0]["detail"]["automatic"] == "region_moved"
    [edit] = [e for e in audit.entries(desk.conn, f"person:{owner.id}") if e["action"] == "person.edit"]
    assert sorted(edit["detail"]["ended_bindings"]) == sorted([b1.id, b2.id])


def test_an_edit_says_it_changed_bindings_only_when_it_ended_some(desk, family):
    owner, wife, father, b1, b2 = family
    renamed = people.edit(desk, owner.id, **fields(owner, name="张伟伟"))
    assert renamed.changes == Changes(people=True)  # the window reloads no bindings list for it
    moved = people.edit(desk, owner.id, **fields(owner, name="张伟伟", region="北京市"))
    assert moved.changes == Changes(people=True, bindings=True)


def test_an_owner_leaving_employee_insurance_ends_what_they_pay_for(desk, family):
    owner, wife, father, b1, b2 = family
    edited = people.edit(desk, owner.id, **fields(owner, insurance="resident"))
    assert {why for _, why in edited.ended} == {"insurance_ended"}
    assert len(edited.ended) == 2


def test_a_member_changing_between_insured_kinds_keeps_the_binding(desk, family):
    owner, wife, father, b1, b2 = family
    assert people.edit(desk, wife.id, **fields(wife, insurance="employee")).ended == ()
    assert people.edit(desk, wife.id, **fields(wife, name="李娜娜")).ended == ()
    assert len(binding.listing(desk, status="active")) == 2


def test_a_member_no_longer_insured_ends_only_their_own_binding(desk, family):
    owner, wife, father, b1, b2 = family
    edited = people.edit(desk, father.id, **fields(father, insurance="none"))
    assert [(b.id, why) for b, why in edited.ended] == [(b2.id, "insurance_ended")]
    assert [b.id for b in binding.listing(desk, status="active")] == [b1.id]


def test_a_refused_edit_ends_nothing(desk, family):
    owner, *_ = family
    with pytest.raises(InputError):
        people.edit(desk, owner.id, **fields(owner, region="北京市", card_number="B20000002"))  # the wife's card
    assert len(binding.listing(desk, status="active")) == 2
    assert people.find(desk, OWNER).region_code == owner.region_code
