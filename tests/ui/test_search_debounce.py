"""The members search a clerk feels: a paste, a card swipe or a key after a pause searches at
once; only keys arriving faster than a person types wait, and no longer than the burst's own pace."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from sbdesk.ui.members.debounce import LONGEST_MS, Debounce
from sbdesk.ui.members.model import NAME
from tests.ui.conftest import WIFE


def names(tab):
    return sorted(tab.model.index(r, NAME).data() for r in range(tab.model.rowCount()))


def test_a_key_typed_at_a_persons_pace_searches_at_once():
    d = Debounce()
    assert [d.wait_ms(t, 1) for t in (0, 180, 300, 390, 2000)] == [0, 0, 0, 0, 0]


def test_a_paste_or_a_cleared_box_searches_at_once_even_inside_a_burst():
    d = Debounce()
    d.wait_ms(0, 1)
    assert d.wait_ms(3, 1) > 0
    assert d.wait_ms(5, 18) == 0  # pasted into the box mid-burst
    assert d.wait_ms(6, 18) == 0  # cleared


def test_a_burst_waits_about_its_own_pace_and_never_past_the_bound():
    d = Debounce()
    times = [0, 4, 8, 12, 16]  # a card reader, 4 ms a key
    waits = [d.wait_ms(t, 1) for t in times]
    assert waits[0] == 0  # the first key of a burst cannot know one is coming
    assert all(0 < w <= 8 for w in waits[1:])  # two of the burst's gaps, not a fixed 150 ms
    slow = Debounce(burst_gap_ms=1000)
    slow.wait_ms(0, 1)
    assert slow.wait_ms(900, 1) == LONGEST_MS


def test_a_pause_ends_the_burst():
    d = Debounce()
    for t in (0, 5, 10):
        d.wait_ms(t, 1)
    assert d.wait_ms(400, 1) == 0  # the last key of typed text after a pause: now
    assert d.wait_ms(405, 1) == 10  # a new burst measures its own pace, not the old one's


def test_a_paste_shows_its_matches_before_any_timer_runs(family, qtbot):
    tab = family.members
    tab.search.setFocus()
    QGuiApplication.clipboard().setText(WIFE)
    qtbot.keyClick(tab.search, Qt.Key_V, Qt.ControlModifier)
    assert not tab.timer.isActive()
    assert names(tab) == ["李娜"]  # no event loop turn, no wait: the table already shows her
    assert tab.detail.values["name"].text() == "李娜"


def test_a_card_swipe_ending_in_enter_shows_the_person_at_once(family, qtbot):
    tab = family.members
    tab.search.setFocus()
    qtbot.keyClicks(tab.search, "d4000")  # back to back, as a reader sends them
    qtbot.keyClick(tab.search, Qt.Key_Return)
    assert not tab.timer.isActive()
    assert names(tab) == ["王秀英"]


def test_a_key_after_a_pause_searches_without_waiting(family, qtbot):
    tab = family.members
    tab.search.setFocus()
    tab.debounce._last = None  # the previous edit long ago
    qtbot.keyClick(tab.search, WIFE[0])
    assert not tab.timer.isActive()
    assert "李娜" in names(tab) and len(names(tab)) < 4  # numbers starting with 5, without a timer
