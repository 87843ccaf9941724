"""A row damaged with another tool (not by sbdesk): the window
starts, lists everyone else and marks the row, instead of dying on it."""

import sqlite3

import pytest

from sbdesk.services import binding, people
from sbdesk.services.desk import open_desk
from sbdesk.ui.members.model import ID_NUMBER, NAME
from tests.conftest import TODAY
from tests.ui.conftest import GRANDMA, OWNER, WIFE, dispose


@pytest.mark.parametrize(
    "damage", ["birth_date = '19(0-01-01'", "name = X'e78e8b'", "insurance = 7", "name = CAST(X'e78eff' AS TEXT)"]
)  # not UTF-8: sqlite3 stops the query
def test_the_window_lists_people_beside_a_damaged_row_and_marks_it(qtbot, data_dir, answers, damage):
    desk = open_desk(data_dir, operator="clerk")
    people.add(desk, name="张伟", id_number=OWNER, region="成都市")
    people.add(desk, name="李娜", id_number=WIFE, region="成都市", insurance="resident", card_number="A12345678")
    people.add(desk, name="王秀英", id_number=GRANDMA, region="北京市", insurance="resident")
    binding.bind(
        desk, people.find(desk, OWNER).id, people.find(desk, WIFE).id, "spouse", "window"
    )  # the channels tab lists it at the start
    desk.close()
    conn = sqlite3.connect(data_dir / "sbdesk.db", isolation_level=None)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute(f"UPDATE people SET {damage} WHERE id = 1")
    conn.close()

    from sbdesk.app import build_main_window
    from sbdesk.ui.settings import Settings

    settings = Settings(data_dir)
    settings.place, settings.operator, settings.operator_id = "counter", "clerk", "0001"
    settings.sync()
    window = build_main_window(data_dir, lang="en", today=lambda: TODAY)
    try:
        window.show()
        qtbot.waitExposed(window)
        tab = window.members
        qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
        shown = {tab.model.index(r, NAME).data(): r for r in range(3)}
        assert {"李娜", "王秀英"} <= shown.keys()
        [mark] = [text for text in shown if text not in ("李娜", "王秀英")]
        assert mark.startswith("Damaged row #1 (") and "sbdesk check" in mark
        row = shown[mark]
        assert tab.model.index(row, ID_NUMBER).data() == ""  # nothing of the row is guessed
        tab.table.setCurrentIndex(tab.model.index(row, NAME))
        assert tab.current_person() is None and not tab.buttons["edit"].isEnabled()
        tab.table.setCurrentIndex(tab.model.index(shown["李娜"], NAME))  # her husband's row is the damaged one
        assert tab.current_person().name == "李娜" and tab.buttons["edit"].isEnabled()
        assert tab.detail.values["name"].text() == "李娜"
        lines = [tab.detail.family.item(i).text() for i in range(tab.detail.family.count())]
        lines += [tab.detail.bindings.item(i).text() for i in range(tab.detail.bindings.count())]
        assert [
            line
            for line in lines
            if line.startswith((
                "The people row 1 of the database is damaged (",
                "A row of the database holds damaged text (name)",
            ))
        ]
        assert not [i for i in answers.informed if i[2]]  # no error box on the way
    finally:
        dispose(window)
