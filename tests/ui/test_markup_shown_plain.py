"""Text from data is shown as typed, never as markup. Qt renders a text that looks like HTML
(Qt.mightBeRichText: a known tag before the first line break) in a QLabel, a message box, an
input dialog or a tooltip; ``<img src="…">`` there made Qt open the file from C, and for the
live database closing it dropped the window's SQLite locks (tests/safety/test_sqlite_locks.py).
Each kind of data is planted (past the import checks, as an older row or another program
would), the screens that show it are walked and painted, and then no widget may render it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QToolTip

from sbdesk.services import binding, people
from sbdesk.ui.common import dialogs
from tests.safety.test_sqlite_locks import own_locks
from tests.ui.conftest import OWNER, WIFE

KINDS = ["region_name", "region_note", "unbinding_reason", "operator", "office", "policy_source"]


def markup(target: str) -> str:
    return f'<img src="{target}">'


def rendered(text: str, fmt: Qt.TextFormat) -> bool:
    """Would Qt render ``text`` as rich text in a widget with format ``fmt``?"""
    return "<img" in text and (
        fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
    )


def item_tooltips(view: QAbstractItemView, parent: QModelIndex = QModelIndex()) -> list[str]:
    model, found = view.model(), []
    if model is None:
        return found
    for row in range(model.rowCount(parent)):
        try:
            columns = model.columnCount(parent)
        except TypeError:  # a list model's columnCount is private to Python
            columns = 1
        for column in range(columns):
            index = model.index(row, column, parent)
            found.append(str(index.data(Qt.ItemDataRole.ToolTipRole) or ""))
        found += item_tooltips(view, model.index(row, 0, parent))
    return found


def tooltips() -> list[str]:
    found = []
    for w in QApplication.allWidgets():
        found.append(w.toolTip())
        if isinstance(w, QAbstractItemView):
            found += item_tooltips(w)
    return [t for t in found if "img" in t]


def markup_rendered() -> list[str]:
    """Every text some widget would render as markup: labels (QMessageBox's too) and tooltips."""
    bad = [
        f"label {w.objectName() or type(w.parent()).__name__}: {w.text()}"
        for w in QApplication.allWidgets()
        if isinstance(w, QLabel) and rendered(w.text(), w.textFormat())
    ]
    return bad + [f"tooltip: {t}" for t in tooltips() if rendered(t, Qt.TextFormat.AutoText)]


def plant(window, kind: str, text: str, monkeypatch) -> None:
    desk = window.desk
    wife = people.add(desk, name="李娜", id_number=WIFE, region="南京市", insurance="resident", card_number="B20000002")
    people.add(desk, name="张伟", id_number=OWNER, region="苏州市", insurance="employee", card_number="A10000001")
    code = wife.region_code
    if kind == "region_name":  # as an older import stored it, before the check
        desk.conn.execute("UPDATE regions SET name=? WHERE code=?", (text + "南京市", code))
    elif kind == "region_note":
        desk.conn.execute("UPDATE regions SET note=?, source=? WHERE code=?", (text + "说明", text, code))
        desk.conn.execute("UPDATE region_batches SET note=?, source=?", (text + "批次", text))
    elif kind == "unbinding_reason":
        b = binding.bind(desk, people.find(desk, OWNER).id, people.find(desk, WIFE).id, "spouse", "window")
        ended = binding.unbind(desk, b.id, text + "本人申请")
        window.channels._ended(ended)
    elif kind == "operator":
        desk.operator = window.settings.operator = text + "王芳"
    elif kind == "office":
        desk.office = window.settings.office = text + "姑苏分局"
    elif kind == "policy_source":
        rules = people.card_activation()
        changed = replace(rules, routes=tuple(replace(r, source=text + r.source) for r in rules.routes))
        monkeypatch.setattr(people, "card_activation", lambda: changed)
    desk.catalogue_changed()
    window.data_changed()
    window.update_status()


def walk(window, qtbot) -> None:
    """Every screen that shows the planted data, painted (Qt loads an image when it lays out or paints)."""
    window.tabs.setCurrentWidget(window.members)
    window.members.run_search()
    people_view = window.members.table
    for row in range(people_view.model().rowCount()):
        people_view.setCurrentIndex(people_view.model().index(row, 0))
        window.grab()
    window.tabs.setCurrentWidget(window.channels)
    for page in window.channels.pages.values():
        window.channels.stack.setCurrentWidget(page)
        window.grab()
    window.tabs.setCurrentWidget(window.regions)
    window.regions.ensure_tree()
    window.regions.filter("南京")
    tree = window.regions.tree
    tree.expandAll()
    window.grab()
    window.regions.views.setCurrentIndex(1)
    window.regions.schematic.show_detail("江苏省")
    window.grab()
    for text in tooltips():  # a tooltip, shown
        QToolTip.showText(window.mapToGlobal(QPoint(20, 20)), text, window)
        QApplication.processEvents()
    QToolTip.hideText()


@pytest.mark.parametrize("target", ["file", "database"])
@pytest.mark.parametrize("kind", KINDS)
def test_data_that_looks_like_markup_is_shown_as_typed_on_every_screen(
    window, qtbot, tmp_path, kind, target, monkeypatch
):
    db = window.desk.data_dir / "sbdesk.db"
    picture = tmp_path / "p.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n")
    text = markup(str(db if target == "database" else picture))
    plant(window, kind, text, monkeypatch)
    held = own_locks(db)
    assert held  # SQLite's shared lock while the connection is open
    walk(window, qtbot)
    assert own_locks(db) == held  # nothing opened and closed the database outside SQLite
    assert markup_rendered() == []


def read_modal_when_shown(text_of) -> list:
    """What the next modal dialog shows (its text, and any markup rendered), read once it is
    painted; the dialog is then closed as a person would."""
    seen: list = []

    def read_and_close():
        box = QApplication.activeModalWidget()
        box.grab()
        seen.append((text_of(box), markup_rendered()))
        box.reject()

    QTimer.singleShot(0, read_and_close)
    return seen


@pytest.mark.parametrize("ask", [False, True])
def test_a_message_naming_data_shows_it_as_typed(qtbot, desk, tmp_path, ask):
    """dialogs.inform and ask (the About box, every error that names a person, region or file)."""
    db = desk.data_dir / "sbdesk.db"
    held = own_locks(db)
    seen = read_modal_when_shown(lambda box: box.text())
    text = markup(str(db)) + "杭州市的记录"
    (dialogs.ask if ask else dialogs.inform)(None, "sbdesk", text)
    assert own_locks(db) == held
    assert seen == [(text, [])]


def test_an_input_dialogs_question_is_shown_as_typed(qtbot, desk):
    """dialogs.ask_text (and the branch password's question, which names the server)."""
    db = desk.data_dir / "sbdesk.db"
    held = own_locks(db)
    seen = read_modal_when_shown(lambda box: box.labelText())
    assert dialogs.ask_text(None, "sbdesk", markup(str(db)) + "的密码：") is None
    assert own_locks(db) == held
    assert seen == [(markup(str(db)) + "的密码：", [])]


def test_every_label_the_program_makes_is_plain_or_made_rich_on_purpose():
    """A label added later is plain too: the program makes labels only through ui/common/plain.py;
    the few that show markup on purpose (rich_label) escape what they insert."""
    from pathlib import Path

    sources = Path(__file__).resolve().parents[2] / "sbdesk"
    made = [
        f"{path.relative_to(sources)}:{n}"
        for path in sorted(sources.rglob("*.py"))
        if path.name != "plain.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "QLabel(" in line
    ]
    assert made == []
    rich = sorted(
        str(path.relative_to(sources))
        for path in sources.rglob("*.py")
        if "rich_label(self" in path.read_text(encoding="utf-8")
    )
    assert rich == ["ui/members/detail.py", "ui/regions/schematic.py", "ui/wizard/done_page.py"]
