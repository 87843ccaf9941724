"""长辈模式 on a 1024×700 screen, as an elder reads it: an ID number box shows all 18
characters, the verdict is never behind a sideways scrollbar, and the province schematic does
not leave every tab taller than the window."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLineEdit, QScrollArea, QWidget

from sbdesk.services import people
from tests.conftest import make_id
from tests.ui.conftest import GRANDMA, OWNER, SON, WIFE, in_elder_mode
from tests.ui.elision import elided_texts, field_room
from tests.ui.test_elder_mode import application_font  # noqa: F401 - the font is put back after each test
from tests.ui.test_keyboard_walk import tab_states
from tests.ui.test_wizard import click_next, open_wizard, through_notice

NO_CARD = make_id(date(1990, 1, 1), "110105", 51)  # no card number, no 社保电脑号: a fix button shows
NOBODY = make_id(date(1971, 5, 5), "320505", 77)  # on record nowhere: 未登记 and 新增人员


@pytest.fixture
def elder(family, request):
    people.add(family.desk, name="赵无卡", id_number=NO_CARD, region="北京市", insurance="resident")
    family.data_changed()
    return in_elder_mode(family, request.param)


def id_number_like(text: str) -> bool:
    return len(text) in (15, 18) and text[:6].isdigit()


def cut_numbers(root: QWidget, typed: bool = False) -> list[str]:
    """Each box holding an ID number whose text is wider than its room, or (a number the
    program put in, not ``typed``) is not shown from its first digit while nobody types in it."""
    found = []
    for edit in root.findChildren(QLineEdit):
        if not edit.isVisible() or not id_number_like(edit.text()):
            continue
        need, room = edit.fontMetrics().horizontalAdvance(edit.text()), field_room(edit)
        if need > room:
            found.append(f"{edit.objectName()} {edit.text()!r}: needs {need}px, has {room}px")
        elif not typed and not edit.hasFocus() and edit.cursorPosition() != 0:
            found.append(f"{edit.objectName()} {edit.text()!r}: shown from character {edit.cursorPosition()}")
    return found


def sideways(root: QWidget) -> list[str]:
    """The visible scroll areas in ``root`` that show a horizontal scrollbar."""
    return [
        f"{type(a).__name__}({a.objectName()})"
        for a in [root, *root.findChildren(QAbstractScrollArea)]
        if isinstance(a, QAbstractScrollArea) and a.isVisible() and a.horizontalScrollBar().isVisible()
    ]


def pairs(page):
    """The fields of a channel page filled for each pair a clerk meets: a married couple, a
    refusal with a fix button, an unusual relationship, a number on record nowhere, and a
    masked number put in from the family members tab."""
    for owner, member in ((OWNER, WIFE), (WIFE, NO_CARD), (SON, GRANDMA), (NOBODY, OWNER)):
        for name in page.field_names:
            role = page.finds(name)
            page.fields[name].setText(owner if role == "owner" else member if role == "member" else "")
        for index in range(1, page.relation.count()):
            page.relation.setCurrentIndex(index)
            page.evaluate()
            QApplication.processEvents()
            yield f"{owner[:6]}…→{member[:6]}… {page.relation.currentText()}"
    page.prefill(people.find(page.desk, OWNER), "owner")
    QApplication.processEvents()
    yield "prefilled"


def channel_states(elder):
    """(channel, state, page) for every channel page in each state ``pairs`` puts it in."""
    channels = elder.channels
    elder.tabs.setCurrentWidget(channels)
    for channel, page in channels.pages.items():
        channels.show_channel(channel)
        for state in pairs(page):
            yield channel, state, page


@pytest.mark.parametrize("elder", ["zh_CN", "en"], indirect=True)
def test_id_number_boxes_show_all_18_characters_at_1024x700(elder):
    """ "104197805123716" with the first digits hidden: each number is read whole, from its first digit."""
    found = [f"{channel} {state}: {text}" for channel, state, _ in channel_states(elder) for text in cut_numbers(elder)]
    assert not found, "\n".join(sorted(set(found)))


@pytest.mark.parametrize("elder", ["zh_CN", "en"], indirect=True)
def test_no_channel_page_needs_a_sideways_scrollbar_at_1024x700(elder):
    """The check list and its verdict wrap to the window; nothing makes the page wider than it."""
    found = []
    for channel, state, page in channel_states(elder):
        found += [f"{channel} {state}: {area}" for area in sideways(elder)]
        found += [f"{channel} {state}: {text}" for text in elided_texts(page)]
    assert not found, "\n".join(sorted(set(found)))


@pytest.mark.parametrize("elder", ["zh_CN", "en"], indirect=True)
def test_the_regions_check_wraps_its_verdict_at_1024x700(elder):
    """能否跨统筹区共济: a source's web address made the check list as wide as itself, and the
    verdict went behind a sideways scrollbar."""
    regions = elder.regions
    elder.tabs.setCurrentWidget(regions)
    found = []
    for owner, member in ((OWNER, WIFE), (WIFE, SON), (SON, GRANDMA)):
        regions.owner_person.setText(owner)
        regions.member_person.setText(member)
        for index in range(1, regions.relation.count()):
            regions.relation.setCurrentIndex(index)
            regions.check()
            QApplication.processEvents()
            state = f"{owner[:6]}…→{member[:6]}… {regions.relation.currentText()}"
            found += [f"{state}: {area}" for area in sideways(regions.checker)]
            found += [f"{state}: {text}" for text in cut_numbers(regions.checker)]
    assert regions.result.verdict_text()
    assert not found, "\n".join(sorted(set(found)))


@pytest.mark.parametrize("elder", ["zh_CN", "en"], indirect=True)
def test_no_wizard_step_needs_a_sideways_scrollbar_at_1024x700(elder, qtbot, answers):
    wizard = open_wizard(elder)
    wizard.resize(1024, 700)
    found = []

    def look(step: str) -> None:
        QApplication.processEvents()
        found.extend(f"{step}: {area}" for area in sideways(wizard))
        found.extend(f"{step}: {text}" for text in cut_numbers(wizard, typed=True))

    look("start")
    qtbot.keyClicks(wizard.start_page.key, OWNER)
    look("start, owner typed")
    click_next(qtbot, wizard)
    qtbot.keyClicks(wizard.password_page.password, "246810")
    qtbot.keyClicks(wizard.password_page.again, "246810")
    look("password")
    click_next(qtbot, wizard)
    look("notice")
    through_notice(qtbot, wizard)
    qtbot.keyClicks(wizard.member_page.id_number, GRANDMA)
    look("member")
    assert not found, "\n".join(found)


@pytest.mark.parametrize("elder", ["zh_CN", "en"], indirect=True)
def test_the_schematic_leaves_the_window_its_size_at_1024x700(elder):
    """Shown once, the schematic made every tab 774 px tall in a 700 px window, for good."""
    area = elder.findChild(QScrollArea, "mainTabsScroll")  # below the line above the tabs
    elder.tabs.setCurrentWidget(elder.regions)
    elder.regions.views.setCurrentIndex(1)
    QApplication.processEvents()
    assert elder.regions.schematic.isVisible()
    found = []
    for state in tab_states(elder):
        QApplication.processEvents()
        if elder.width() > 1024 or elder.height() > 700:
            found.append(f"{state}: the window is {elder.width()}×{elder.height()}")
        need = elder.tabs.minimumSizeHint()
        if need.height() > area.viewport().height() or need.width() > area.viewport().width():
            found.append(
                f"{state}: the tabs need {need.width()}×{need.height()}, the window has {area.viewport().size()}"
            )
        found += [f"{state}: {bar}" for bar in sideways(elder) if bar.endswith("(mainTabsScroll)")]
        if area.verticalScrollBar().isVisible():
            found.append(f"{state}: the whole window scrolls up and down")
    elder.resize(1024, 700)
    QApplication.processEvents()
    assert elder.size().toTuple() == (1024, 700)
    assert not found, "\n".join(found)
