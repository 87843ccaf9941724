"""A clerk's day, compressed: one process drives the real main window through everyday actions.

    python -m tests.ui.soak --actions 2000          # what the test suite runs (about 35 s)
    python -m tests.ui.soak --seconds 1800 --people 2000   # a longer day (benchmarks/soak.py)

It types and clears searches, moves through the table, opens and cancels the person dialog
and the 亲情服务 wizard, switches tabs, language and 长辈模式, binds and unbinds at the
window channel — by key presses and clicks where a person would use them. Every
``SAMPLE_EVERY`` actions it records None's reference count and the resident memory; the
last line printed is a JSON summary that ``tests/ui/test_soak.py`` and
``benchmarks/soak.py`` judge. It runs in its own process so that an abort (the
``none_dealloc`` of a leaking PySide6) is reported as a failure, not as a dead test run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

SAMPLE_EVERY = 50
NONE_DROP_LIMIT = 200  # None's count may wobble; a leak of one per call loses thousands
RSS_GROWTH_LIMIT_KB = 12 * 1024  # last quarter against the second: caches fill early, leaks never stop
WIDGET_GROWTH_LIMIT = 20  # one-use dialogs are deleted when the next replaces them
NAMES = "张王李赵刘陈杨黄周吴"
GIVEN = "伟芳娜敏静丽强磊军洋"


def rss_kb() -> int:
    with open("/proc/self/statm", encoding="ascii") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


def make_people(desk, count: int, rng: random.Random) -> list:
    """``count`` people in one region (so any two may share), plus a husband and wife kept
    for binding and unbinding all day."""
    from sbdesk.domain.idnumber import check_char
    from sbdesk.services import people

    def number(born: date, seq: int) -> str:
        body = f"320505{born:%Y%m%d}{seq:03d}"
        return body + check_char(body)

    couple = [
        people.add(
            desk,
            name="张伟",
            id_number=number(date(1978, 3, 4), 15),
            region="苏州市",
            insurance="employee",
            card_number="A10000001",
        ),
        people.add(
            desk,
            name="李娜",
            id_number=number(date(1980, 7, 9), 24),
            region="苏州市",
            insurance="resident",
            card_number="B20000002",
        ),
    ]
    for i in range(count):
        born = date(1940 + i % 70, 1 + i % 12, 1 + i % 28)
        people.add(
            desk,
            name=rng.choice(NAMES) + rng.choice(GIVEN) + rng.choice(GIVEN),
            id_number=number(born, 100 + i % 800),
            region="苏州市",
            insurance=rng.choice(("employee", "resident")),
            card_number=f"C{i:08d}",
        )
    return couple


class Day:
    """The actions, each as a person would do it, and the counts of each."""

    def __init__(self, window, rng: random.Random) -> None:
        self.w, self.rng = window, rng
        self.counts: dict[str, int] = {}

    # -- helpers ---------------------------------------------------------------------------
    def keys(self, widget, text: str) -> None:
        from tests.ui.keyboard import type_into

        type_into(widget, text)

    def key(self, widget, key, modifier=None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        QTest.keyClick(widget, key, modifier or Qt.NoModifier)

    def settle(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)

    # -- what a clerk does -----------------------------------------------------------------
    def search(self) -> None:
        from PySide6.QtCore import Qt

        w = self.w
        self.key(w, Qt.Key_F, Qt.ControlModifier)
        query = self.rng.choice([
            self.rng.choice(NAMES),
            self.rng.choice(NAMES) + self.rng.choice(GIVEN),
            "3205",
            "32050519",
            "A1",
            "C000",
            str(self.rng.randint(0, 9)),
        ])
        self.keys(w.members.search, query)
        self.key(w.members.search, Qt.Key_Return)  # search now and go to the table
        table = w.members.table
        for _ in range(self.rng.randint(1, 6)):
            self.key(
                table, self.rng.choice((Qt.Key_Down, Qt.Key_Down, Qt.Key_Up, Qt.Key_PageDown, Qt.Key_Home, Qt.Key_End))
            )
        self.key(w, Qt.Key_F, Qt.ControlModifier)  # selects the search text
        self.key(w.members.search, Qt.Key_Backspace)
        self.key(w.members.search, Qt.Key_Return)

    def person_dialog(self) -> None:
        from PySide6.QtCore import Qt

        w = self.w
        w.tabs.setCurrentWidget(w.members)
        if self.rng.random() < 0.5 and w.members.current_person() is not None:
            w.members.buttons["edit"].click()
        else:
            w.members.buttons["add"].click()
        dialog = w.members.dialog
        self.settle()
        self.keys(dialog.focusWidget() or dialog, "王")
        self.key(dialog.focusWidget() or dialog, Qt.Key_Escape)

    def wizard(self) -> None:
        from PySide6.QtCore import Qt

        w = self.w
        w.actions["qinqing"].trigger()
        self.settle()
        self.key(w.wizard.currentPage().focusWidget() or w.wizard, Qt.Key_Escape)

    def tabs(self) -> None:
        from PySide6.QtCore import Qt

        self.key(self.w, self.rng.choice((Qt.Key_1, Qt.Key_2, Qt.Key_3)), Qt.ControlModifier)

    def language(self) -> None:
        w = self.w
        w.language_actions["en" if w.language.current != "en" else "zh_CN"].trigger()

    def elder_mode(self) -> None:
        self.w.actions["elder"].trigger()

    def bind_and_unbind(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        w = self.w
        w.tabs.setCurrentWidget(w.channels)
        w.channels.show_channel("window")
        page = w.channels.pages["window"]
        for field, card in (("owner_card", "A10000001"), ("member_card", "B20000002")):
            page.fields[field].setFocus()
            page.fields[field].clear()
            self.keys(page.fields[field], card)
            self.key(page.fields[field], Qt.Key_Return)
        box = page.relation
        box.setFocus()
        while box.currentIndex() != box.findData("spouse"):
            self.key(box, Qt.Key_Down if box.currentIndex() < box.findData("spouse") else Qt.Key_Up)
        page.evaluate()
        if not page.action.isEnabled():
            raise AssertionError("the couple may not share: " + " / ".join(page.decision.texts()))
        QTest.mouseClick(page.action, Qt.LeftButton)
        panel = w.channels.panel
        panel.reload()
        QTest.mouseClick(panel.buttons["unbind"], Qt.LeftButton)
        if panel.buttons["unbind"].isEnabled():
            raise AssertionError("the binding was not ended")

    def run(self, name: str) -> None:
        getattr(self, name)()
        self.settle()
        self.counts[name] = self.counts.get(name, 0) + 1


# how often each action comes up in a day: mostly searching and moving through the table
WEIGHTS = {
    "search": 50,
    "tabs": 15,
    "person_dialog": 10,
    "wizard": 6,
    "bind_and_unbind": 8,
    "elder_mode": 3,
    "language": 3,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=2000, help="stop after this many actions")
    parser.add_argument("--seconds", type=float, default=None, help="stop after this long instead")
    parser.add_argument("--people", type=int, default=300)
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["SBDESK_NO_CRASH_DIALOG"] = "1"

    from PySide6.QtWidgets import QApplication

    from sbdesk.app import build_main_window
    from sbdesk.services.desk import open_desk
    from sbdesk.ui.common import dialogs

    # the questions a person would answer: yes, a reason, no file
    dialogs.inform = lambda *a, **k: None
    dialogs.ask = lambda *a, **k: True
    dialogs.ask_text = dialogs.ask_reason = lambda *a, **k: "本人申请"
    dialogs.save_path = dialogs.open_path = lambda *a, **k: None
    dialogs.save_export = lambda *a, **k: None

    rng = random.Random(args.seed)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        desk = open_desk(data, operator="soak")
        make_people(desk, args.people, rng)
        desk.close()
        window = build_main_window(data, lang="zh_CN", operator="soak")
        window.resize(1200, 760)
        window.show()
        day = Day(window, rng)
        names, weights = list(WEIGHTS), list(WEIGHTS.values())
        samples = []
        start = time.monotonic()
        actions = 0
        for name in WEIGHTS:  # every action once before the clock starts counting
            day.run(name)

        def going() -> bool:
            if args.seconds is not None:
                return time.monotonic() - start < args.seconds
            return actions < args.actions

        while going():
            day.run(rng.choices(names, weights)[0])
            actions += 1
            if actions % SAMPLE_EVERY == 0:
                samples.append({
                    "actions": actions,
                    "seconds": round(time.monotonic() - start, 2),
                    "none_refs": sys.getrefcount(None),
                    "rss_kb": rss_kb(),
                    "widgets": len(QApplication.allWidgets()),
                })
        window.close()
        window.deleteLater()
        day.settle()
        window.desk.close()
    del app
    print(
        json.dumps({
            "actions": actions,
            "counts": day.counts,
            "samples": samples,
            "python": sys.version.split()[0],
            "pyside": __import__("PySide6").__version__,
        })
    )
    return 0


def problems(summary: dict) -> list[str]:
    """What a clerk would suffer later in the day: a falling None count (an abort to come),
    memory that keeps growing, widgets that are never freed."""
    samples = summary["samples"]
    if len(samples) < 8:
        return [f"too few samples to judge ({len(samples)})"]
    out = []
    first, last = samples[0], samples[-1]
    lowest = min(s["none_refs"] for s in samples)
    if lowest < first["none_refs"] - NONE_DROP_LIMIT:
        out.append(f"None's reference count fell from {first['none_refs']} to {lowest}")
    quarter = len(samples) // 4

    def median(part: list[dict]) -> float:
        values = sorted(s["rss_kb"] for s in part)
        return values[len(values) // 2]

    growth = median(samples[-quarter:]) - median(samples[quarter : 2 * quarter])
    if growth > RSS_GROWTH_LIMIT_KB:
        out.append(f"memory kept growing: +{growth / 1024:.1f} MB from the second to the last quarter")
    if last["widgets"] > first["widgets"] + WIDGET_GROWTH_LIMIT:
        out.append(f"widgets kept growing: {first['widgets']} → {last['widgets']}")
    return out


if __name__ == "__main__":
    sys.exit(main())
