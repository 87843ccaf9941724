"""What one Bind click costs: the real main window, offscreen, on an SQLite data folder with
a few hundred people, driven as a clerk drives it (select a person, the members tab's Bind
button, swipe the member's card, choose the relationship, the page's Bind button, Yes).
For each of the two clicks it counts the sbdesk source files entered, the SQL statements
run on the desk's connection, the statements that read ``people``, and how often each
panel or tab reloads.

    python benchmarks/bind_walk.py [--people 300]

Counts, not times: they do not depend on the machine. The confirmation dialog is answered
Yes by the script (it stands in for the clerk); the window waits 300 ms after each click so
that work a timer defers (the page's re-decision) is counted too.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SBDESK = str(ROOT / "sbdesk") + os.sep

# What reloads, by the function that does it (qualified name as Python knows it)
RELOADS = {
    "BindingsPanel.reload": "bindings panel",
    "BindingPage.evaluate": "channel page decisions",
    "RegionsTab.check": "regions tab",
    "MembersTab.run_search": "members list",
    "MembersTab.show_current": "person detail",
    "MainWindow.update_status": "status bar",
}
READS_PEOPLE = re.compile(r"\b(FROM|JOIN)\s+people\b", re.IGNORECASE)


class Walk:
    """Counts what runs between ``with`` and its end: files entered, statements, reloads."""

    def __init__(self, conn) -> None:
        self.conn = conn
        self.files: set[str] = set()
        self.statements: list[str] = []
        self.reloads: Counter[str] = Counter()

    def _profile(self, frame, event, _arg) -> None:
        if event != "call":
            return
        code = frame.f_code
        if code.co_filename.startswith(SBDESK):
            self.files.add(code.co_filename)
            name = RELOADS.get(code.co_qualname)
            if name:
                self.reloads[name] += 1

    def __enter__(self) -> Walk:
        self.conn.set_trace_callback(self.statements.append)
        sys.setprofile(self._profile)
        return self

    def __exit__(self, *_) -> None:
        sys.setprofile(None)
        self.conn.set_trace_callback(None)

    @property
    def people_reads(self) -> int:
        return sum(1 for s in self.statements if READS_PEOPLE.search(s))

    def row(self, label: str) -> str:
        reloads = ", ".join(f"{k} {self.reloads[k]}" for k in RELOADS.values() if self.reloads[k])
        return (
            f"{label:26s} {len(self.files):5d} files  {len(self.statements):4d} SQL  "
            f"{self.people_reads:3d} reads of people   reloads: {reloads or '-'}"
        )


def make_folder(folder: Path, count: int) -> tuple[str, str]:
    """A data folder with a family of two and ``count`` others; the two ID numbers."""
    from sbdesk.domain.idnumber import check_char
    from sbdesk.services import people
    from sbdesk.services.desk import open_desk

    def make_id(birth: date, division: str, seq: int) -> str:
        body = f"{division}{birth:%Y%m%d}{seq:03d}"
        return body + check_char(body)

    desk = open_desk(folder, "clerk（工号 0001）", lambda: date(2026, 6, 1))
    owner, wife = make_id(date(1978, 3, 4), "320505", 15), make_id(date(1980, 7, 9), "510104", 24)
    people.add(desk, name="张伟", id_number=owner, region="苏州市", insurance="employee", card_number="A10000001")
    people.add(desk, name="李娜", id_number=wife, region="南京市", insurance="resident", card_number="B20000002")
    for i in range(count):
        people.add(
            desk,
            name=f"王{i:04d}",
            id_number=make_id(date(1960 + i % 40, 1 + i % 12, 1 + i % 28), "110105", i),
            region="北京市",
        )
    desk.close()
    return owner, wife


def walk(folder: Path) -> list[Walk]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from sbdesk.services import people
    from sbdesk.ui.common import dialogs
    from sbdesk.ui.settings import Settings
    from sbdesk.ui.start import build_main_window

    app = QApplication.instance() or QApplication([])
    settings = Settings(folder)
    settings.place, settings.operator, settings.operator_id = "counter", "clerk", "0001"
    settings.sync()
    dialogs.ask = lambda *_: True  # the clerk answers Yes to "Bind?"
    window = build_main_window(folder, lang="en", today=lambda: date(2026, 6, 1))
    window.resize(1200, 760)
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.channels, window.regions  # noqa: B018 - both other tabs built, as after a morning's work
    owner = people.search(window.desk, "张伟")[0]
    window.members.select_person(owner.id)
    app.processEvents()
    walks = []
    with Walk(window.desk.conn) as opened:
        QTest.mouseClick(window.members.buttons["bind"], Qt.MouseButton.LeftButton)
        QTest.qWait(300)
    walks.append(opened)
    page = window.channels.pages["window"]
    QTest.keyClicks(page.fields["member_card"], "B20000002")
    page.relation.setCurrentIndex(page.relation.findData("spouse"))
    page.evaluate()
    QTest.qWait(300)
    assert page.action.isEnabled(), page.decision.texts()
    with Walk(window.desk.conn) as bound:
        QTest.mouseClick(page.action, Qt.MouseButton.LeftButton)
        QTest.qWait(300)
    walks.append(bound)
    assert "Bound:" in page.result.text(), page.result.text()
    window.close()
    window.desk.close()
    return walks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=300)
    parser.add_argument("--sql", action="store_true", help="print the Bind's statements too")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make_folder(folder, args.people)
        opened, bound = walk(folder)
    print(opened.row("Bind (members tab)"))
    print(bound.row("Bind (channel page, Yes)"))
    if args.sql:
        print("\n".join(" ".join(s.split())[:160] for s in bound.statements))


if __name__ == "__main__":
    main()
