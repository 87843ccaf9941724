"""A search pages through its matches in pinyin order: the first page is what a
keystroke waits for, the next pages come as the table scrolls, and together they are
exactly the matches, in the order the whole list has."""

from datetime import date

import pytest

from sbdesk.services import people
from sbdesk.services.desk import open_desk
from sbdesk.store.name_key import name_key
from tests.conftest import make_id

NAMES = ["张伟", "章伟", "张三", "曾红", "阿明", "万军", "王芳", "Anna", "anna", "Ma Li", "马丽", "马力", "马"]


@pytest.fixture
def desk(data_dir, engine):
    """The same pages on either engine: the server plans the SQL itself (no INDEXED BY)."""
    d = open_desk(data_dir, operator="tester", database=engine)
    yield d
    d.close()


@pytest.fixture
def crowd(desk):
    made = [
        people.add(
            desk,
            name=name,
            id_number=make_id(date(1960 + i, 1 + i % 12, 1 + i % 28), "510104", 10 + i),
            region="成都市",
            insurance="resident",
            card_number=f"A{i:08d}",
        )
        for i, name in enumerate(NAMES * 3)
    ]
    return made


def pages(desk, text, size, order="name", descending=False):
    found = people.search_page(desk, text, 0, size, order, descending)
    while found and len(found) % size == 0:
        more = people.search_page(desk, text, found[-1], size, order, descending)
        if not more:
            break
        found += more
    return found


@pytest.mark.parametrize("wide", [2, 20_000])  # ranges walked in pinyin order, or sorted
@pytest.mark.parametrize("text", ["张", "马", "马丽", "a", "A", "Anna", "M", "5101", "A0000001", "510104198", "曾"])
def test_pages_together_are_the_matches_in_the_whole_lists_order(desk, crowd, text, wide, monkeypatch):
    from sbdesk.store import people_search

    monkeypatch.setattr(people_search, "WIDE", wide)
    everyone = people.find_ids(desk, text)
    for size in (1, 2, 5, 1000):
        assert pages(desk, text, size) == everyone, size
        assert pages(desk, text, size, descending=True) == everyone[::-1]
    by_number = people.find_ids(desk, text, order="id_number")
    assert pages(desk, text, 2, "id_number") == by_number


def test_names_come_in_pinyin_order_and_case_is_kept(desk, crowd):
    shown = [p.name for p in people.rows(desk, people.search_page(desk, "马", 0, 1000))]
    assert shown == sorted(shown, key=name_key) and set(shown) == {"马丽", "马力", "马"}
    assert {p.name for p in people.rows(desk, people.search_page(desk, "Ma", 0, 1000))} == {"Ma Li"}  # not 马
    assert {p.name for p in people.rows(desk, people.search_page(desk, "an", 0, 1000))} == {
        "anna"
    }  # cards A…: "a" finds every card
    zh = [p.name for p in people.rows(desk, people.search_page(desk, "张", 0, 1000))]
    assert zh == ["张三"] * 3 + ["张伟"] * 3  # san before wei
