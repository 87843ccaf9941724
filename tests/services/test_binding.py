import os
import subprocess
import sys
import textwrap
from datetime import date

import pytest

from sbdesk.services import binding, maintenance, people
from sbdesk.services.desk import open_desk
from sbdesk.services.errors import InputError, Refused
from sbdesk.store import audit, db
from tests.conftest import database_of, make_id

OWNER = make_id(date(1980, 5, 1), "320505", 11)
WIFE = make_id(date(1982, 1, 2), "510104", 22)
CHILD = make_id(date(2015, 6, 1), "510104", 33)


@pytest.fixture
def family(desk):
    people.add(desk, name="张三", id_number=OWNER, region="苏州市", insurance="employee")
    people.add(desk, name="李四", id_number=WIFE, region="南京市", insurance="resident", card_number="B00000001")
    people.add(desk, name="张小", id_number=CHILD, region="南京市", insurance="resident")
    return desk


def rows(desk, table):
    return desk.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_bind_records_binding_relations_and_audit_together(family):
    b = binding.bind(family, people.find(family, OWNER).id, people.find(family, WIFE).id, "配偶", "window")
    assert (b.owner_name, b.member_name, b.relation, b.channel, b.status) == (
        "张三",
        "李四",
        "spouse",
        "window",
        "active",
    )
    detail = people.detail(family, people.find(family, WIFE).id)
    assert [(k, p.name) for k, p in detail.relatives] == [("spouse", "张三")]
    entry = audit.entries(family.conn, f"binding:{b.id}")[0]
    assert entry["detail"]["member"] == WIFE[:6] + "********" + WIFE[-4:]
    assert maintenance.check(family)["ok"]


def test_a_refused_binding_writes_nothing(family):
    people.add(
        family,
        name="王五",
        id_number=make_id(date(1990, 1, 1), "430102", 44),
        region="长沙市",
        insurance="resident",
        card_number="C00000001",
    )
    before = rows(family, "audit")
    with pytest.raises(Refused) as err:  # 长沙: no report of cross-province opening, so not on a guess
        binding.bind(family, people.find(family, OWNER).id, people.find(family, "C00000001").id, "spouse", "window")
    assert [p.code for p in err.value.decision.unknowns] == ["elig.region_unknown"]
    assert rows(family, "bindings") == 0 and rows(family, "relations") == 0
    assert rows(family, "audit") == before


def test_the_ecard_qinqing_service_makes_no_binding(family):
    """The 亲情服务 is not 家庭共济; a binding through it is refused and nothing
    is written, face photo or not."""
    before = rows(family, "audit")
    for face_photo in (False, True):
        with pytest.raises(Refused) as err:
            binding.bind(
                family,
                people.find(family, OWNER).id,
                people.find(family, CHILD).id,
                "child",
                "ecard",
                face_photo=face_photo,
            )
        assert err.value.decision.failures[0].code == "elig.channel_no_sharing"
    assert rows(family, "bindings") == 0 and rows(family, "audit") == before


def test_second_binding_of_the_same_pair_is_refused_until_unbound(family):
    b = binding.bind(family, people.find(family, OWNER).id, people.find(family, WIFE).id, "spouse", "window")
    with pytest.raises(Refused):
        binding.bind(family, people.find(family, OWNER).id, people.find(family, WIFE).id, "spouse", "window")
    ended = binding.unbind(family, b.id, "moved")
    assert (ended.status, ended.ended_on) == ("ended", date(2026, 11, 25))
    with pytest.raises(InputError):
        binding.unbind(family, b.id)
    assert (
        binding.bind(family, people.find(family, OWNER).id, people.find(family, WIFE).id, "spouse", "window").status
        == "active"
    )
    assert [x.channel for x in binding.listing(family, "window", "active")] == ["window"]


def test_bad_relation_or_channel_is_input_error(family):
    with pytest.raises(InputError):
        binding.bind(family, people.find(family, OWNER).id, people.find(family, WIFE).id, "neighbour", "window")
    with pytest.raises(InputError):
        binding.bind(family, people.find(family, OWNER).id, people.find(family, WIFE).id, "spouse", "fax")


def test_a_failure_between_the_steps_of_a_bind_leaves_nothing(family, monkeypatch):
    def broken(*a, **k):
        raise OSError("disk gone")

    monkeypatch.setattr(audit, "append", broken)
    with pytest.raises(OSError):
        binding.bind(family, people.find(family, OWNER).id, people.find(family, WIFE).id, "spouse", "window")
    assert rows(family, "bindings") == 0 and rows(family, "relations") == 0


CRASH = textwrap.dedent("""
    import os, signal, sys
    from datetime import date
    from sbdesk.services import binding, people
    from sbdesk.services.desk import open_desk
    from sbdesk.store import people as people_store
    desk = open_desk(sys.argv[1], operator="crash", today=lambda: date(2026, 11, 25))
    real = people_store.set_relation
    def die(conn, *args):
        real(conn, *args)          # the binding and both relation rows are written ...
        os.kill(os.getpid(), signal.SIGKILL)   # ... and the power goes before the audit row
    people_store.set_relation = die
    binding.bind(desk, people.find(desk, sys.argv[2]).id, people.find(desk, sys.argv[3]).id, "spouse", "window")
""")


def test_a_process_killed_in_the_middle_of_a_bind_leaves_nothing_half_written(family, data_dir):
    family.close()
    env = {**os.environ, "SBDESK_DATABASE": database_of(family)}  # the same engine as the fixture
    proc = subprocess.run([sys.executable, "-c", CRASH, str(data_dir), OWNER, WIFE], capture_output=True, env=env)
    assert proc.returncode == -9, proc.stderr.decode()
    again = open_desk(data_dir, database=database_of(family))
    conn = again.conn
    assert db.integrity(conn) == []
    assert conn.execute("SELECT count(*) FROM bindings").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM relations").fetchone()[0] == 0
    assert audit.verify(conn) == []
    again.close()


def test_binding_dates_must_be_possible(family):
    with pytest.raises(InputError) as err:
        binding.bind(
            family,
            people.find(family, OWNER).id,
            people.find(family, CHILD).id,
            "child",
            "window",
            day=date(2010, 1, 1),
            face_photo=True,
        )
    assert err.value.problems[0][1].code == "date.before_birth"
    with pytest.raises(InputError) as err:
        binding.bind(
            family,
            people.find(family, OWNER).id,
            people.find(family, WIFE).id,
            "spouse",
            "window",
            day=date(2027, 1, 1),
        )
    assert err.value.problems[0][1].code == "date.future"
    b = binding.bind(
        family, people.find(family, OWNER).id, people.find(family, WIFE).id, "spouse", "window", day=date(2026, 3, 1)
    )
    with pytest.raises(InputError) as err:
        binding.unbind(family, b.id, day=date(2026, 2, 1))
    assert err.value.problems[0][1].code == "date.before_bound"
    assert binding.unbind(family, b.id, day=date(2026, 3, 1)).status == "ended"


def test_one_card_number_belongs_to_one_person(family):
    with pytest.raises(InputError) as err:
        people.add(
            family,
            name="王五",
            id_number=make_id(date(1990, 1, 1), "110105", 44),
            region="北京市",
            insurance="resident",
            card_number="b00000001",
        )
    assert [(f, p.code) for f, p in err.value.problems] == [("card_number", "card.exists")]
    assert "李四" in err.value.problems[0][1].render()
