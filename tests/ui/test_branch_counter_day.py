"""The counter day of docs/branch-mode.md: two windows on two data folders (window 3 and window 5 of
one branch) pointed at one server see each other's people and bindings at once (F5)."""

from datetime import date

from sbdesk.services import binding, people
from tests.conftest import TODAY, make_id, pg_user
from tests.ui.conftest import dispose

OWNER = make_id(date(1978, 3, 4), "320505", 15)
WIFE = make_id(date(1980, 7, 9), "320505", 24)


def test_two_windows_on_two_folders_see_each_others_bindings(qtbot, tmp_path, server_db, monkeypatch, answers):
    from sbdesk.app import build_main_window

    monkeypatch.setenv("SBDESK_DATABASE", server_db)
    three = build_main_window(tmp_path / "window3", lang="en", today=lambda: TODAY, operator="typed name")
    five = build_main_window(tmp_path / "window5", lang="en", today=lambda: TODAY)
    try:
        for w in (three, five):
            w.show()
            qtbot.waitExposed(w)
        people.add(three.desk, name="张伟", id_number=OWNER, region="苏州市", insurance="employee")
        people.add(
            three.desk, name="李娜", id_number=WIFE, region="苏州市", insurance="resident", card_number="B20000002"
        )
        b = binding.bind(
            three.desk, people.find(three.desk, OWNER).id, people.find(three.desk, WIFE).id, "spouse", "window"
        )
        three.actions["refresh"].trigger()
        five.actions["refresh"].trigger()  # F5 at window 5
        assert five.members.model.rowCount() == 2
        assert "2 people" in five.status.status_text.text() and "branch database" in five.status.status_text.text()
        assert pg_user() in five.status.operator_text.text()  # who the audit log names: the database login
        five.members.select_person(people.find(five.desk, WIFE).id)
        assert [(x.id, x.status) for x in people.detail(five.desk, people.find(five.desk, WIFE).id).bindings] == [
            (b.id, "active")
        ]
        binding.unbind(five.desk, b.id, "本人申请")  # window 5 ends it; window 3 sees it ended
        three.actions["refresh"].trigger()
        assert [x.status for x in people.detail(three.desk, people.find(three.desk, WIFE).id).bindings] == ["ended"]
        assert not (tmp_path / "window3" / "sbdesk.db").exists() and not (tmp_path / "window5" / "sbdesk.db").exists()
        three.actions["operator"].trigger()  # the audit log names the sign-in, not a typed name
        assert pg_user() in answers.informed[-1][1] and three.desk.operator == pg_user()
    finally:
        dispose(three)
        dispose(five)
