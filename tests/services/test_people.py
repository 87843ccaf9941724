from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sbdesk.services import binding, people
from sbdesk.services.errors import InputError, NotFound
from sbdesk.store import audit
from tests.conftest import make_id, signed_in

ZHANG = make_id(date(1980, 5, 1), "320505", 11)


def add_zhang(desk, **kw):
    fields = dict(name="张三", id_number=ZHANG, region="苏州市", insurance="employee", card_number="A12345678")
    fields.update(kw)
    return people.add(desk, **fields)


def test_add_stores_what_the_number_says_and_audits_without_the_full_number(desk):
    p = add_zhang(desk)
    assert (p.birth_date, p.sex, p.region_code) == (date(1980, 5, 1), "male", "320500")
    assert people.find(desk, ZHANG).name == "张三"
    assert people.find(desk, "a1234 5678").id == p.id  # as a card reader types it
    [entry] = [e for e in audit.entries(desk.conn) if e["action"] == "person.add"]
    assert entry["operator"] == signed_in(desk, "tester")  # the server's current_user there
    assert ZHANG not in str(entry) and entry["detail"]["id_number"] == ZHANG[:6] + "********" + ZHANG[-4:]


def test_every_bad_field_is_reported_and_nothing_written(desk):
    with pytest.raises(InputError) as err:
        people.add(
            desk,
            name=" ",
            id_number=ZHANG[:-1] + ("0" if ZHANG[-1] != "0" else "1"),
            region="火星市",
            insurance="employee",
        )
    fields = {f for f, _ in err.value.problems}
    assert fields == {"name", "id_number", "region"}
    assert people.search(desk) == []


def test_card_format_is_checked_against_the_regions_rule(desk):
    with pytest.raises(InputError) as err:
        add_zhang(desk, card_number="123")
    assert [(f, p.code) for f, p in err.value.problems] == [("card_number", "card.format")]
    with pytest.raises(InputError) as err:
        add_zhang(desk, region="深圳市", computer_number="12345678")
    assert [(f, p.code) for f, p in err.value.problems] == [("computer_number", "computer.format")]


def test_the_same_person_cannot_be_added_twice(desk):
    add_zhang(desk)
    with pytest.raises(InputError) as err:
        add_zhang(desk, name="张三丰")
    assert err.value.problems[0][1].code == "person.exists"
    assert len(people.search(desk)) == 1


def test_search_by_id_prefix_card_and_name(desk):
    zhang = add_zhang(desk)
    li = people.add(
        desk,
        name="李四",
        id_number=make_id(date(1982, 1, 2), "510104", 22),
        region="成都市",
        insurance="resident",
        card_number="B00000001",
    )
    assert [p.id for p in people.search(desk, "3205")] == [zhang.id]
    assert [p.id for p in people.search(desk, "李")] == [li.id]
    assert [p.id for p in people.search(desk, "B00000001")] == [li.id]
    assert {p.id for p in people.search(desk, "")} == {zhang.id, li.id}


def test_the_members_table_pages_a_search_in_pinyin_order_on_either_engine(desk):
    """What the window's search-as-you-type runs (a page of ids): the same on the server."""
    zhang = add_zhang(desk)
    an = people.add(
        desk,
        name="安娜",
        id_number=make_id(date(1982, 1, 2), "320505", 22),
        region="苏州市",
        insurance="resident",
        card_number="A12345679",
    )
    zhao = people.add(
        desk, name="赵六", id_number=make_id(date(1983, 3, 3), "320505", 33), region="苏州市", insurance="resident"
    )
    assert people.search_page(desk, "3205") == [an.id, zhang.id, zhao.id]  # 安 an, 张 zhang, 赵 zhao
    assert people.search_page(desk, "3205", after=an.id, size=1) == [zhang.id]
    assert people.search_page(desk, "张") == [zhang.id]
    assert people.search_page(desk, "A1234567") == [an.id, zhang.id]


def test_reveal_is_audited(desk):
    p = add_zhang(desk)
    assert people.reveal(desk, p, "counter") == ZHANG
    assert audit.entries(desk.conn, f"person:{p.id}")[0]["action"] == "person.reveal_id"


def test_edit_changes_fields_but_not_the_id_number(desk):
    p = add_zhang(desk)
    q = people.update(desk, p.id, name="张叁", region="成都市", insurance="resident")
    assert (q.name, q.region_code, q.id_number) == ("张叁", "510100", ZHANG)
    assert audit.entries(desk.conn, f"person:{p.id}")[0]["detail"]["fields"] == [
        "card_number",
        "insurance",
        "name",
        "region_code",
    ]


def test_delete_refuses_while_bindings_are_active(desk):
    owner = add_zhang(desk)
    member = people.add(
        desk, name="李四", id_number=make_id(date(1982, 1, 2), "510104", 22), region="南京市", insurance="resident"
    )
    b = binding.bind(desk, people.find(desk, ZHANG).id, people.find(desk, member.id_number).id, "spouse", "wallet")
    with pytest.raises(InputError):
        people.delete(desk, owner.id)
    binding.unbind(desk, b.id)
    people.delete(desk, owner.id)
    with pytest.raises(NotFound):
        people.find(desk, ZHANG)


def test_search_folds_what_people_type_and_never_trips_on_odd_text(desk):
    zhang = add_zhang(desk)
    assert [p.id for p in people.search(desk, "３２０５０５")] == [zhang.id]  # full-width digits
    assert [p.id for p in people.search(desk, " 320505 1980")] == [zhang.id]  # spaces as grouped on paper
    assert [p.id for p in people.search(desk, "a1234")] == [zhang.id]  # card prefix, any case
    for odd in ("\U0010ffff", "'; DROP TABLE people; --", "%", "_"):
        assert people.search(desk, odd) == []
    assert people.search(desk, "\ud800") == people.search(desk, "")  # an unstorable character is dropped
    assert len(people.search(desk, "")) == 1


def test_a_bare_number_is_never_taken_as_a_row_id(desk):
    zhang = add_zhang(desk)
    with pytest.raises(NotFound):
        people.find(desk, str(zhang.id))
    with pytest.raises(NotFound):  # "#12" is read by the command line's door only
        people.find(desk, f"#{zhang.id}")
    assert people.get(desk, zhang.id).name == "张三"


def test_the_services_take_row_ids_not_typed_text(desk):
    """The window hands ids to the services; a "#12" string parsed back is refused by type."""
    zhang = add_zhang(desk)
    wife = people.add(desk, name="李四", id_number=make_id(date(1982, 1, 2), "510104", 22), region="苏州市")
    for call in (
        lambda: people.get(desk, f"#{zhang.id}"),
        lambda: people.detail(desk, f"#{zhang.id}"),
        lambda: binding.bind(desk, f"#{zhang.id}", f"#{wife.id}", "spouse", "window"),
    ):
        with pytest.raises(TypeError):
            call()
    assert desk.conn.execute("SELECT count(*) FROM bindings").fetchone()[0] == 0


@given(st.text(max_size=80))
def test_any_name_is_accepted_clean_or_refused_with_a_message(text):
    name, problems = people.check_name(text)
    if problems:
        assert all(p.render() for p in problems)
    else:
        assert name and name == name.strip() and len(name) <= 50


def test_a_person_with_an_unfinished_application_is_not_deleted_until_it_is_closed(desk):
    from sbdesk.domain.qinqing import Application
    from sbdesk.services import qinqing

    owner = add_zhang(desk)
    draft = qinqing.save_draft(desk, Application(None, owner.id, step="notice"), [])
    with pytest.raises(InputError) as err:
        people.delete(desk, owner.id)
    assert err.value.problems[0][1].code == "person.has_applications"
    qinqing.cancel(desk, draft.id)
    people.delete(desk, owner.id)
    assert desk.conn.execute("SELECT count(*) FROM applications").fetchone()[0] == 0
