"""A NUL typed or pasted into a search (or a lookup) is dropped on both engines: the server
refused the whole statement, SQLite compared it, so the two gave different answers."""

from datetime import date

from sbdesk.services import people
from tests.conftest import make_id

WANG = make_id(date(1980, 5, 1), "320505", 11)


def test_a_nul_in_a_search_is_dropped_on_both_engines(desk):
    people.add(desk, name="王芳", id_number=WANG, region="苏州市", insurance="employee")
    plain = [p.id for p in people.search(desk, "王")]
    assert plain and [p.id for p in people.search(desk, "王\x00")] == plain
    assert people.find_ids(desk, "\x00王") == plain and people.search_page(desk, "王\x00") == plain
    assert people.find(desk, WANG[:6] + "\x00" + WANG[6:]).id == plain[0]
