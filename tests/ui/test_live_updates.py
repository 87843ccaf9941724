"""Live: a change made elsewhere (the command line, an import, another desk) shows in an open
window within a second, without F5, on the file and on the branch server; the clerk's
selection, typed search, cursor and focus stay as they were, and the window's own writes are
not read twice. A second process runs the real CLI against the same data folder or database."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sbdesk.services import exchange, people
from sbdesk.store import live as live_store
from sbdesk.ui import live as live_ui
from tests.conftest import make_id, pg_admin
from tests.ui.conftest import GRANDMA, OWNER, SON, WIFE, counter_window, dispose, type_text
from tests.ui.test_change_events import WATCHED, ready_to_bind
from tests.ui.test_change_events import Calls as _Calls
from tests.ui.test_channels_tab import open_channel, swipe
from tests.ui.test_exchange_ui import write_people

NEW = make_id(date(1985, 5, 6), "320505", 61)
SECOND = 1000  # ms: the promise (a poll is 250 ms on the file, a NOTIFY at once on the server)


@pytest.fixture
def desk_window(qtbot, tmp_path, engine, monkeypatch, answers):
    """A window at a counter on the file (engine "") or on a fresh branch database."""
    folder = tmp_path / "window"
    if engine:
        monkeypatch.setenv("SBDESK_DATABASE", engine)
    w = counter_window(qtbot, folder)
    for name, number, card, kind in (
        ("张伟", OWNER, "A10000001", "employee"),
        ("李娜", WIFE, "B20000002", "resident"),
        ("张小明", SON, "", "resident"),
    ):
        people.add(w.desk, name=name, id_number=number, region="苏州市", insurance=kind, card_number=card)
    people.add(w.desk, name="王秀英", id_number=GRANDMA, region="北京市", insurance="resident")
    w.data_changed()
    w.engine, w.folder = engine, folder
    yield w
    dispose(w)


def cli(window, *args: str) -> subprocess.CompletedProcess:
    """The real command line in a second process, on the window's data folder or database."""
    env = {**os.environ, "SBDESK_DATA_DIR": str(window.folder), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("SBDESK_DATABASE", None)
    where = ["--database", window.engine] if window.engine else []
    out = subprocess.run(
        [sys.executable, "-m", "sbdesk", *args, *where, "--lang", "en"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    return out


class Calls(_Calls):
    """test_change_events' counter, with the live reload of the people list watched too."""

    def _profile(self, frame, event, _arg) -> None:
        name = frame.f_code.co_qualname
        if event == "call" and (name in WATCHED or name == "reload_people") and "sbdesk" in frame.f_code.co_filename:
            self[name] += 1


def names(window) -> list[str]:
    m = window.members.model
    return [m.person(r).name for r in range(m.rowCount())]


def settle(qtbot, window) -> None:
    """The listener has read every audit row committed so far (without sleeping): on the file
    the window's own writes do not move data_version, so the read is asked for here."""
    qtbot.waitUntil(lambda: window.live.watch is not None, timeout=SECOND)
    window.live._tick(force=True)
    assert window.live.watch.last >= live_store.head_id(window.desk.conn)


def type_search(qtbot, window, text: str) -> None:
    tab = window.members
    tab.search.setFocus()
    type_text(qtbot, tab.search, text)
    qtbot.waitUntil(lambda: not tab.timer.isActive(), timeout=SECOND)


def test_a_person_added_at_the_command_line_shows_without_f5_and_the_clerk_keeps_her_place(desk_window, qtbot):
    w, tab = desk_window, desk_window.members
    type_search(qtbot, w, "张")
    tab.select_person(people.find(w.desk, SON).id)
    tab.search.setCursorPosition(0)
    settle(qtbot, w)
    assert names(w) == ["张伟", "张小明"]
    cli(w, "person", "add", "--name", "张三", "--id-number", NEW, "--region", "苏州市")
    qtbot.waitUntil(lambda: "张三" in names(w), timeout=SECOND)  # no F5
    assert tab.search.text() == "张" and tab.search.cursorPosition() == 0
    assert QApplication.focusWidget() is tab.search
    assert tab.current_person().id_number == SON  # the selection followed its person, not its row
    assert [i.row() for i in tab.table.selectionModel().selectedRows()] == [names(w).index("张小明")]
    assert "5 people" in w.status.status_text.text()


def test_an_edit_and_a_binding_at_the_command_line_show_in_the_list_and_the_detail(desk_window, qtbot):
    w, tab = desk_window, desk_window.members
    wife = people.find(w.desk, WIFE)
    tab.select_person(wife.id)
    settle(qtbot, w)
    cli(w, "person", "update", GRANDMA, "--name", "王秀兰")
    qtbot.waitUntil(lambda: "王秀兰" in names(w), timeout=SECOND)
    assert "王秀英" not in names(w) and tab.current_person().id == wife.id
    cli(w, "bind", "--owner", OWNER, "--member", WIFE, "--relation", "spouse", "--channel", "window")
    details = tab.detail.bindings
    qtbot.waitUntil(lambda: any("张伟" in details.item(i).text() for i in range(details.count())), timeout=SECOND)
    assert tab.current_person().id == wife.id


def test_an_import_of_many_rows_at_the_command_line_reloads_the_list_once(desk_window, qtbot, tmp_path):
    w = desk_window
    settle(qtbot, w)
    path = write_people(tmp_path / "people.csv", 1200)
    with Calls() as calls:
        cli(w, "import", str(path))
        qtbot.waitUntil(lambda: w.live.heard_at is not None, timeout=SECOND)
        settle(qtbot, w)
    assert calls["reload_people"] == 1 and calls["MembersTab.run_search"] == 0  # once, in place
    model = w.members.model
    assert model.rowCount() == 1000 and model.canFetchMore()  # the first page, the rest as it scrolls
    assert "1,204 people" in w.status.status_text.text() or "1204 people" in w.status.status_text.text()


def test_the_windows_own_write_is_not_read_again(desk_window, qtbot, answers):
    w = desk_window
    page = ready_to_bind(w, qtbot)
    settle(qtbot, w)
    with Calls() as calls:
        qtbot.mouseClick(page.action, Qt.LeftButton)
        settle(qtbot, w)  # the listener has seen the binding's audit row ...
    assert "张伟 pays for 李娜" in page.result.text()
    assert calls["BindingsPanel.reload"] == 1  # ... and left it to the tab that wrote it
    assert w.live.heard_at is None


def test_a_clerk_scrolled_far_down_keeps_her_row_and_her_scroll(desk_window, qtbot, tmp_path):
    w, tab = desk_window, desk_window.members
    exchange.import_file(w.desk, write_people(tmp_path / "people.csv", 1200))
    w.data_changed()
    chosen = people.find_ids(w.desk, "人600")[0]
    tab.select_person(chosen)
    tab.table.setFocus()
    bar = tab.table.verticalScrollBar()
    scrolled = bar.value()
    assert scrolled > 0
    settle(qtbot, w)
    cli(w, "person", "add", "--name", "阿三", "--id-number", NEW, "--region", "苏州市")  # sorts first
    qtbot.waitUntil(lambda: names(w)[0] == "阿三", timeout=SECOND)
    assert tab.current_person().id == chosen and bar.value() == scrolled
    assert QApplication.focusWidget() is tab.table


def test_after_the_server_dropped_the_window_catches_up_from_the_last_row_it_heard(desk_window, qtbot, monkeypatch):
    w = desk_window
    if not w.engine:
        pytest.skip("the file's connection does not go away")
    monkeypatch.setattr(live_ui, "RETRY_MS", 200)
    settle(qtbot, w)
    name = w.engine.rsplit("/", 1)[1]
    with pg_admin() as admin:  # every session of the database ends, as in a server restart
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            (name,),
        )
    qtbot.waitUntil(w.live.away.isVisible, timeout=SECOND)  # one quiet line in the status bar
    assert "not heard" in w.live.away.text()
    cli(w, "person", "add", "--name", "张三", "--id-number", NEW, "--region", "苏州市")  # its NOTIFY is lost
    qtbot.waitUntil(lambda: "张三" in names(w), timeout=SECOND)
    assert not w.live.away.isVisible()


def test_a_binding_made_at_the_command_line_shows_in_the_bindings_list_with_the_typing_kept(desk_window, qtbot):
    w = desk_window
    page = open_channel(w, "window")
    swipe(qtbot, page.fields["owner_card"], "A10000001")  # the clerk has begun another binding
    typed, focused = page.fields["owner_card"].text(), QApplication.focusWidget()
    settle(qtbot, w)
    cli(w, "bind", "--owner", OWNER, "--member", WIFE, "--relation", "spouse", "--channel", "window")
    panel = w.channels.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=SECOND)
    assert page.fields["owner_card"].text() == typed and QApplication.focusWidget() is focused
