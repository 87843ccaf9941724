"""长辈模式 in English on a 1024×700 screen: the glosses make every text longer than its Chinese,
and still the people table shows every column without a sideways scrollbar, the pension
dialog's choices are whole, a channel's steps are all there and the folder's path keeps its ends."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from sbdesk.services import people
from tests.conftest import make_id
from tests.ui.conftest import in_elder_mode
from tests.ui.elision import elided_texts
from tests.ui.test_elder_mode import application_font  # noqa: F401 - the font is put back after each test
from tests.ui.test_pension_ui import open_for

# made-up people filling every column with its longest: the longest region name, both
# insurances, a card number in each row; enough of them for a vertical scrollbar as well
LONGEST_REGION = "恩施土家族苗族自治州"


@pytest.fixture
def elder(family, request):
    for seq in range(30):
        people.add(
            family.desk,
            name="欧阳秀英",
            id_number=make_id(date(1950 + seq, 10, 1), "422801", 100 + seq),
            region=LONGEST_REGION,
            insurance=("employee", "resident")[seq % 2],
            card_number=f"E{seq:08d}",
        )
    family.data_changed()
    family.members.run_search()
    return in_elder_mode(family, request.param)


@pytest.mark.parametrize("elder", ["en", "zh_CN"], indirect=True)
def test_the_people_table_shows_every_column_without_a_sideways_scrollbar(elder, qtbot):
    """The card number column was past the right edge: a clerk scrolled sideways to read it.
    Each cell whole, and what the table holds of the selected person in the detail pane too."""
    tab = elder.members
    elder.tabs.setCurrentWidget(tab)
    table = tab.table
    table.selectRow(0)
    QApplication.processEvents()
    assert table.verticalScrollBar().isVisible()  # many people: the scrollbar takes its width too
    assert not table.horizontalScrollBar().isVisible(), [
        table.horizontalHeader().sectionSize(i) for i in range(table.model().columnCount())
    ]
    cut = [text for text in elided_texts(elder) if "membersTable" in text]
    assert not cut, "\n".join(cut)
    person = tab.current_person()
    shown = " ".join(label.text() for label in tab.detail.findChildren(QLabel) if label.isVisible())
    assert person.card_number in shown and person.birth_date.isoformat() in shown


@pytest.mark.parametrize("elder", ["en", "zh_CN"], indirect=True)
def test_the_pension_dialogs_choices_are_whole_at_1024x700(elder, qtbot):
    """'not asked yet — please choose' and 'the statutory retirement date' were cut in English;
    every choice of both boxes is shown whole once chosen."""
    dialog = open_for(elder, qtbot, "李娜")  # a woman: her category is asked
    dialog.resize(1000, 700)  # the 1024×700 screen's room
    QApplication.processEvents()
    found = []
    for category in range(dialog.category.count()):
        dialog.category.setCurrentIndex(category)
        for when in range(dialog.retire_at.count()):
            dialog.retire_at.setCurrentIndex(when)
            for _ in range(3):  # the label's new text, its box, then the scroll area's content
                QApplication.processEvents()
            found += elided_texts(dialog)
    dialog.reject()
    assert not found, "\n".join(sorted(set(found)))


@pytest.mark.parametrize("elder", ["en", "zh_CN"], indirect=True)
def test_every_channels_steps_are_all_there_at_1024x700(elder):
    """The English glosses added a line to the steps and the page cut the last ones off below:
    the page scrolls instead, each step laid out whole."""
    channels = elder.channels
    elder.tabs.setCurrentWidget(channels)
    cut = []
    for channel, page in channels.pages.items():
        channels.show_channel(channel)
        QApplication.processEvents()
        steps = page.steps
        if steps.height() < steps.heightForWidth(steps.width()):
            cut.append(f"{channel}: {steps.height()}px of {steps.heightForWidth(steps.width())}px")
    assert not cut, cut


@pytest.mark.parametrize("elder", ["en"], indirect=True)
def test_the_folders_path_is_shortened_in_its_middle_and_whole_in_its_tooltip(elder):
    """Cut at its end, the path lost the folder's own name; shortened in its middle it keeps
    both ends ("/tmp/…/data"), and the tooltip holds all of it."""
    status = elder.status.status_text
    folder = str(elder.desk.data_dir)
    assert not [text for text in elided_texts(elder) if "statusText" in text]
    assert status.text().startswith("34 people · /") and status.text().endswith("/data"), status.text()
    assert folder in status.toolTip()
    elder.set_elder_mode(False)
    elder.resize(1600, 1000)
    QApplication.processEvents()
    assert status.text() == f"34 people · {folder}"  # room enough: whole again


@pytest.mark.parametrize("elder", ["en", "zh_CN"], indirect=True)
def test_the_person_dialogs_hints_are_whole_at_1024x700(elder, qtbot):
    """'swipe the card or type the number' and the region box's 'name, pinyin initials or code'
    were cut with "…" in an empty Add person dialog: each box is as wide as its hint."""
    tab = elder.members
    elder.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.buttons["add"], Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    found = elided_texts(dialog)
    width = dialog.width()
    dialog.reject()
    assert not found, "\n".join(found)
    assert width <= 1024
