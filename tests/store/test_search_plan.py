"""The server's plan for a page of a search (the first, and the next as the table scrolls)
stops at the page: however many people match, no step of it (a sort, a de-duplication, a
scan feeding them) handles more than a page's rows from each kind of match. A plan that
gathers every match first (PostgreSQL's UNION → HashAggregate → sort, 120-240 ms at a
million people) fails here at a few thousand, where the server's planner, with statistics,
chooses the plan it chooses at a million."""

from __future__ import annotations

import json

import psycopg
import pytest

from sbdesk.services.desk import open_desk
from sbdesk.store import people_search
from sbdesk.store.name_key import name_key
from sbdesk.store.server import translate

PEOPLE = 4000
PAGE = 20
SURNAMES = "王李张刘"
GIVEN = "芳伟丽军"
CASES = {
    "a surname character": "王",  # a quarter of everyone
    "a digit": "1",  # a third
    "a card prefix": "A0",  # a quarter
    "a name": "王芳",  # a sixteenth
}


def _people(code: str):
    for i in range(PEOPLE):
        name = SURNAMES[i % 4] + GIVEN[i // 4 % 4] + GIVEN[i // 16 % 4]
        number = f"{'125'[i % 3]}{code[1:6]}{1950 + i % 50}0101{i:04d}"[:17] + "X"
        card = f"{'ABCD'[i // 7 % 4]}{i:08d}"
        yield (number, name, "male", "1950-01-01", code, "resident", card, "2026-01-01", "2026-01-01", name_key(name))


@pytest.fixture
def crowd(server_db, tmp_path):
    desk = open_desk(tmp_path, operator="tester", database=server_db)
    code = desk.conn.execute("SELECT code FROM regions WHERE code LIKE '51%' ORDER BY code LIMIT 1").fetchone()[0]
    desk.close()
    with psycopg.connect(server_db, autocommit=True) as raw:
        with raw.cursor().copy(
            "COPY people (id_number, name, sex, birth_date, region_code, insurance, card_number,"
            " created_at, updated_at, name_key) FROM STDIN"
        ) as copy:
            for row in _people(code):
                copy.write_row(row)
        raw.execute("VACUUM ANALYZE people")
    desk = open_desk(tmp_path, operator="tester", database=server_db)
    yield desk
    desk.close()


class Spy:
    """The desk's connection, noting each statement it is given."""

    def __init__(self, conn) -> None:
        self.conn, self.statements = conn, []

    def execute(self, sql: str, args=()):
        self.statements.append((sql, tuple(args)))
        return self.conn.execute(sql, args)

    def __getattr__(self, name: str):
        return getattr(self.conn, name)


def _nodes(node: dict):
    yield node
    for child in node.get("Plans", ()):
        yield from _nodes(child)


@pytest.mark.parametrize("case", CASES)
def test_a_page_of_a_search_reads_a_page_not_every_match(crowd, case):
    text = CASES[case]
    everyone = people_search.search_ids(crowd.conn, text)
    assert len(everyone) >= 5 * PAGE  # many more matches than a page
    spy = Spy(crowd.conn)
    assert people_search.search_page(spy, text, 0, PAGE) == everyone[:PAGE]
    assert people_search.search_page(spy, text, everyone[PAGE - 1], PAGE) == everyone[PAGE : 2 * PAGE]  # scrolled
    for sql, args in spy.statements:
        pg = translate(sql)[0]
        (plan,) = crowd.conn.raw.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + pg, args).fetchone()[0]
        plan = plan if isinstance(plan, dict) else json.loads(plan)[0]
        for node in _nodes(plan["Plan"]):
            rows = node["Actual Rows"] * node["Actual Loops"]
            assert rows <= 2 * PAGE, f"{node['Node Type']} over {rows} rows of {len(everyone)} matches for {text}"


def test_a_page_is_planned_for_the_text_typed_also_once_psycopg_prepares_it(crowd):
    """psycopg prepares a statement on its sixth run, and the server may then keep one plan for
    every text: a plan fit for a narrow card prefix sorted every match of a wide one."""
    for text in ["A0", "B0", "C0", "A00"] * 3 + ["A"]:  # one SQL text for every card prefix
        people_search.search_page(crowd.conn, text, 0, PAGE)
    generic, custom = crowd.conn.raw.execute(
        "SELECT coalesce(sum(generic_plans), 0), coalesce(sum(custom_plans), 0) FROM pg_prepared_statements"
        " WHERE statement LIKE '%UNION%'"
    ).fetchone()
    assert custom > 0 and generic == 0, f"{generic} runs with one plan for every text, {custom} planned for theirs"
