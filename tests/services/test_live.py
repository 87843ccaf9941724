"""What another desk's writes changed, read from the audit rows after the last one heard, the
same on both engines; on the server a clerk's append NOTIFYs and an auditor's login hears it."""

from __future__ import annotations

import select
import socket
from datetime import date

import pytest

from sbdesk.services import binding, changes, people
from sbdesk.services.changes import BINDING, EVERYTHING, PERSON, Changes, heard
from sbdesk.services.desk import open_desk
from sbdesk.services.errors import StoreError
from sbdesk.services.live import Watch
from tests.conftest import TODAY, make_id, pg_admin

OWNER = make_id(date(1978, 3, 4), "320505", 15)
WIFE = make_id(date(1980, 7, 9), "320505", 24)


def test_each_action_says_what_it_changed_and_an_unknown_one_reads_everything():
    assert heard(["person.add"]) == PERSON and heard(["binding.end"]) == BINDING
    assert heard(["exchange.import_people"]) == PERSON and heard(["exchange.export_people"]) == Changes()
    assert heard(["person.reveal_id", "operator.sign_in", "backup.manual"]) == Changes()
    assert heard(["person.add", "binding.add"]) == Changes(people=True, bindings=True)
    assert heard(["backup.restore"]) == heard(["something.new"]) == EVERYTHING
    assert heard(["policy.pack_install"]) == changes.POLICY


def test_another_desks_writes_are_heard_and_this_processs_own_are_skipped(engine, tmp_path):
    here = open_desk(tmp_path / "here", operator="clerk", today=lambda: TODAY, database=engine or None)
    there_folder = tmp_path / "here" if not engine else tmp_path / "there"
    watch = Watch(here)
    try:
        owner = people.add(here, name="张伟", id_number=OWNER, region="苏州市", insurance="employee")
        assert watch.poll(force=True) is None  # this process wrote it: its tab has reloaded it
        # the other desk's rows look like another process's: forget that this one wrote them
        from sbdesk.store import audit

        there = open_desk(there_folder, operator="desk 2", today=lambda: TODAY, database=engine or None)
        try:
            wife = people.add(
                there, name="李娜", id_number=WIFE, region="苏州市", insurance="resident", card_number="B20000002"
            )
            binding.bind(there, owner.id, wife.id, "spouse", "window")
            audit.OURS.clear()
            assert watch.poll(force=True) == Changes(people=True, bindings=True)  # one Changes for both
            assert watch.poll(force=True) is None  # heard once
        finally:
            there.close()
    finally:
        watch.close()
        here.close()


def test_a_clerks_write_wakes_an_auditors_desk_on_the_server(logins, tmp_path):
    clerk_url, _, _ = logins("clerk")
    auditor_url, _, _ = logins("auditor")
    clerk = open_desk(tmp_path / "clerk", today=lambda: TODAY, database=clerk_url)
    auditor = open_desk(tmp_path / "auditor", today=lambda: TODAY, database=auditor_url)
    watch = Watch(auditor)
    try:
        people.add(clerk, name="张伟", id_number=OWNER, region="苏州市", insurance="employee")
        assert select.select([watch.fileno()], [], [], 5)[0]  # the NOTIFY came, at the commit
        from sbdesk.store import audit

        audit.OURS.clear()  # one process plays both desks here
        assert watch.poll() == PERSON
    finally:
        watch.close()
        auditor.close()
        clerk.close()


def keepalive_idle(fd: int) -> int:
    """The socket's TCP keepalive idle time in seconds (0: keepalives off), read on a duplicate."""
    with socket.fromfd(fd, socket.AF_INET, socket.SOCK_STREAM) as s:
        if not s.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE):
            return 0
        return s.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE)


def test_the_listener_notices_a_server_gone_without_a_word_and_keeps_noticing_after_a_new_session(server_db, tmp_path):
    desk = open_desk(tmp_path / "desk", today=lambda: TODAY, database=server_db)
    watch = Watch(desk)
    try:
        assert keepalive_idle(watch.fileno()) == 20  # not the system's two hours
        with pg_admin() as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (watch.listener.session.raw.info.backend_pid,))
        with pytest.raises(StoreError):
            watch.poll()
        assert watch.lost
        watch.reconnect()
        assert not watch.lost and keepalive_idle(watch.fileno()) == 20
    finally:
        watch.close()
        desk.close()
