"""Ten counters on one branch database at once: no lost update, no duplicate person or card,
one audit chain in order, and a limit only one binding may pass is passed once."""

import threading
from dataclasses import replace
from datetime import date

import pytest

from sbdesk.services import binding, maintenance, people
from sbdesk.services.desk import open_desk
from sbdesk.services.errors import InputError, Refused
from sbdesk.store import audit, seals
from tests.conftest import TODAY, make_id

COUNTERS = 10
OWNERS = [make_id(date(1970 + i, 3, 1), "320505", 11 + 2 * i) for i in range(COUNTERS)]
MEMBER = make_id(date(2005, 6, 1), "320505", 22)


def counters(url, tmp_path, work):
    """Run ``work(desk, i)`` on COUNTERS desks (one connection each), all released at once;
    returns what each returned and every unexpected exception."""
    desks = [open_desk(tmp_path / f"desk{i}", today=lambda: TODAY, database=url) for i in range(COUNTERS)]
    start, results, errors = threading.Barrier(COUNTERS), [None] * COUNTERS, []

    def run(i):
        start.wait()
        try:
            results[i] = work(desks[i], i)
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(COUNTERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    for d in desks:
        d.close()
    return results, errors


def test_ten_counters_adding_the_same_person_make_one(server_db, tmp_path):
    def add(desk, i):
        try:
            people.add(desk, name=f"张{i}", id_number=MEMBER, region="苏州市", card_number=f"C{i:08d}")
            return "added"
        except InputError as exc:
            return exc.problems[0][1].code

    results, errors = counters(server_db, tmp_path, add)
    assert errors == []
    assert sorted(results) == ["added"] + ["person.exists"] * (COUNTERS - 1)


def test_ten_counters_giving_the_same_card_to_different_people_give_it_once(server_db, tmp_path):
    def add(desk, i):
        try:
            people.add(desk, name=f"李{i}", id_number=OWNERS[i], region="苏州市", card_number="A00000001")
            return "added"
        except InputError as exc:
            return exc.problems[0][1].code

    results, errors = counters(server_db, tmp_path, add)
    assert errors == []
    assert sorted(results) == ["added"] + ["card.exists"] * (COUNTERS - 1)


def test_a_member_only_one_owner_may_have_is_bound_once(server_db, tmp_path):
    setup = open_desk(tmp_path / "setup", today=lambda: TODAY, database=server_db)
    for i, number in enumerate(OWNERS):
        people.add(setup, name=f"王{i}", id_number=number, region="苏州市", insurance="employee")
    people.add(setup, name="王小", id_number=MEMBER, region="苏州市", insurance="resident", card_number="B00000001")
    setup.close()

    def bind(desk, i):  # 江苏 allowing one owner per member: each counter binds another parent
        desk.policy = replace(desk.policy, exclusive_by_province={"江苏省": True})
        try:
            return binding.bind(
                desk, people.find(desk, OWNERS[i]).id, people.find(desk, MEMBER).id, "child", "window"
            ).id
        except Refused as exc:
            return exc.decision.failures[0].code if exc.decision.failures else "?"

    results, errors = counters(server_db, tmp_path, bind)
    assert errors == []
    assert sum(isinstance(r, int) for r in results) == 1
    assert sorted(r for r in results if not isinstance(r, int)) == ["elig.bound_elsewhere"] * (COUNTERS - 1)


def test_binding_unbinding_and_editing_at_once_lose_nothing_and_keep_one_chain(server_db, tmp_path):
    setup = open_desk(tmp_path / "setup", today=lambda: TODAY, database=server_db)
    for i, number in enumerate(OWNERS):
        people.add(setup, name=f"赵{i}", id_number=number, region="苏州市", insurance="employee")
    member = people.add(
        setup, name="赵小", id_number=MEMBER, region="苏州市", insurance="resident", card_number="B00000001"
    )
    setup.close()
    rounds = 6

    def work(desk, i):
        done = []
        for r in range(rounds):
            b = binding.bind(desk, people.find(desk, OWNERS[i]).id, people.find(desk, MEMBER).id, "child", "window")
            done.append(("bind", b.id))
            # everyone edits the one shared member: each edit must land whole, in some order
            people.edit(
                desk, member.id, name=f"赵小{i}-{r}", region="苏州市", insurance="resident", card_number="B00000001"
            )
            binding.unbind(desk, b.id, "本人申请")
            done.append(("unbind", b.id))
        return done

    results, errors = counters(server_db, tmp_path, work)
    assert errors == []
    check = open_desk(tmp_path / "check", today=lambda: TODAY, database=server_db)
    try:
        bound = [bid for done in results for kind, bid in done if kind == "bind"]
        assert len(bound) == len(set(bound)) == COUNTERS * rounds
        statuses = dict(check.conn.execute("SELECT id, status FROM bindings").fetchall())
        assert {statuses.get(bid) for bid in bound} == {"ended"}  # no row lost, every unbind landed
        edits = [
            e for e in audit.entries(check.conn, f"person:{member.id}", limit=1000) if e["action"] == "person.edit"
        ]
        assert len(edits) == COUNTERS * rounds
        assert people.find(check, MEMBER).name in {f"赵小{i}-{r}" for i in range(COUNTERS) for r in range(rounds)}
        assert audit.verify(check.conn) == []  # one chain: no two rows on the same head
        heads = check.conn.execute("SELECT count(*), count(DISTINCT prev_hash) FROM audit").fetchone()
        assert heads[0] == heads[1]
        assert seals.verify(check.conn) == []  # every row as its last audit row recorded it
        assert maintenance.check(check)["ok"]
    finally:
        check.close()


@pytest.mark.parametrize("counter", range(2))
def test_a_reader_never_waits_for_the_write_lock(server_db, tmp_path, counter):
    """Searches and lists run beside a long write (an import holds the lock for seconds)."""
    writer = open_desk(tmp_path / "w", today=lambda: TODAY, database=server_db)
    reader = open_desk(tmp_path / f"r{counter}", today=lambda: TODAY, database=server_db)
    from sbdesk.store import db

    with db.transaction(writer.conn):
        people.add(writer, name="钱一", id_number=OWNERS[0], region="苏州市")
        assert people.search(reader, "钱") == []  # not committed yet, and the reader is not blocked
    assert [p.name for p in people.search(reader, "钱")] == ["钱一"]
    writer.close()
    reader.close()
