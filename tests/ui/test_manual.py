"""Help → User manual (F1): the offline manual in the window's language, opened at the section
of the screen F1 was pressed in; its links and pictures resolve, its Chinese has no English,
and every screen its pictures show still exists (packaging/manual/shots.py takes them)."""

from __future__ import annotations

import re
import runpy
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from sbdesk.ui.manual import SECTIONS, manual_dir
from tests.ui.test_desk_flow import activate

ROOT = Path(__file__).resolve().parents[2]
SHOTS = runpy.run_path(str(ROOT / "packaging" / "manual" / "shots.py"), run_name="manual_shots")
LANGUAGES = ("zh_CN", "en")
HEADING = re.compile(r"^#{1,6} .*\{#([a-z0-9-]+)\}\s*$", re.MULTILINE)
LINK = re.compile(r"(!?)\[[^\]]*\]\(([^)\s]+)\)")
# Names a Chinese reader meets in the program itself (its menus say PDF and App), and the keys
NOT_ENGLISH = {"PDF", "App", "Alt"}
KEYS = re.compile(r"\b(?:(?:Ctrl|Shift|Alt)\+)+\w+|\bF\d+\b|\bEsc\b")


def source(lang: str) -> str:
    return (manual_dir(lang) / "manual.md").read_text(encoding="utf-8")


def press_f1(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_F1)


@pytest.mark.parametrize(
    ("lang", "title", "shortcut_row"), [("zh_CN", "使用手册", "使用手册"), ("en", "User manual", "User manual")]
)
def test_f1_on_the_main_window_opens_the_manual_in_the_window_language(window, qtbot, lang, title, shortcut_row):
    window.set_language(lang)
    QApplication.processEvents()
    window.members.search.setFocus()
    activate(qtbot, window)
    press_f1(qtbot)
    viewer = window.help.manual
    qtbot.waitUntil(lambda: viewer is not None and viewer.isVisible())
    text = viewer.browser.document().toPlainText()
    assert text.startswith(title) and viewer.windowTitle() == title
    assert viewer.section == "find-person"  # the members tab's section: its search box had the focus
    assert "F1" in text and shortcut_row in text  # the shortcuts table is read from the real menus
    assert "{{shortcuts}}" not in text and "{#" not in text
    # the menu says where it is and which key opens it
    action = window.actions["manual"]
    assert action.shortcut().toString() == "F1" and action in window.menus["help"].actions()
    qtbot.keyClick(viewer.browser, Qt.Key_Escape)
    assert not viewer.isVisible()


def test_the_manual_follows_a_change_of_language(window, qtbot):
    viewer = window.help.open_manual("pension")
    assert viewer.current_heading() == "Pension questions"
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: viewer.current_heading() == "养老金的问题")
    assert "为所选人员办理共济绑定" in viewer.browser.document().toPlainText()  # the menus' new words
    window.set_language("en")


def test_f1_in_the_person_dialog_opens_the_manual_at_adding_a_person(window, qtbot):
    window.members.add_person()
    dialog = window.members.dialog
    activate(qtbot, dialog)
    press_f1(qtbot)
    viewer = window.help.manual
    qtbot.waitUntil(lambda: viewer is not None and viewer.isVisible())
    assert viewer.section == "add-person"
    assert viewer.current_heading() == "Adding a person"
    assert dialog.isVisible()  # the dialog is still there to go on with
    qtbot.keyClick(viewer.browser, Qt.Key_F1)  # F1 in the manual itself changes nothing
    assert viewer.current_heading() == "Adding a person"


def test_f1_in_the_wizard_opens_the_manual_at_the_qinqing_service(window, qtbot):
    window.start_wizard()
    activate(qtbot, window.wizard)
    press_f1(qtbot)
    viewer = window.help.manual
    qtbot.waitUntil(lambda: viewer is not None and viewer.isVisible())
    assert viewer.current_heading() == "The 亲情服务"
    window.wizard.reject()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_link_and_picture_in_the_manual_resolves(lang):
    text = source(lang)
    anchors = set(HEADING.findall(text))
    for picture, target in LINK.findall(text):
        if picture:
            assert (manual_dir(lang) / target).is_file(), f"{lang}: no picture {target}"
        else:
            assert target.startswith("#") and target[1:] in anchors, f"{lang}: the link {target} leads nowhere"
    assert set(SECTIONS.values()) <= anchors, "a screen's F1 leads to no section"
    assert anchors == set(HEADING.findall(source("en"))), "both languages have the same sections"


def test_a_link_in_the_manual_scrolls_to_its_section(window, qtbot):
    viewer = window.help.open_manual("contents")
    assert viewer.anchors == set(HEADING.findall(source("en")))  # every heading is a place a link can reach
    viewer.browser.anchorClicked.emit(QUrl("#hospital"))
    assert viewer.current_heading() == "A hospital insurance office's questions"
    viewer.browser.anchorClicked.emit(QUrl("https://example.org/#elder"))  # offline: nothing is opened
    assert viewer.current_heading() == "A hospital insurance office's questions"


def test_the_chinese_manual_has_no_english_words(window, qtbot):
    window.set_language("zh_CN")
    QApplication.processEvents()  # the menus take their new words, which the shortcuts table shows
    text = window.help.open_manual().browser.document().toPlainText()
    window.set_language("en")
    english = sorted(set(re.findall(r"[A-Za-z]+", KEYS.sub(" ", text))) - NOT_ENGLISH)
    assert not english, f"English in the Chinese manual: {english}"
    assert not re.search(r"[\u4e00-\u9fff][,;:?!()]|[,;:?!(][\u4e00-\u9fff]", text), "half-width punctuation"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_picture_is_a_shot_and_every_shot_is_in_the_manual(lang):
    shown = {target for picture, target in LINK.findall(source(lang)) if picture}
    assert shown == {f"images/{shot.name}.png" for shot in SHOTS["SHOTS"]}
    on_disk = {f"images/{p.name}" for p in (manual_dir(lang) / "images").glob("*.png")}
    assert on_disk == shown, "a picture no shot takes, or a shot not yet taken"


@pytest.mark.parametrize("shot", SHOTS["SHOTS"], ids=lambda s: s.name)
def test_every_screen_the_pictures_show_still_exists(qapp, shot):
    """The screenshot script opens the screen as it does for a picture, and finds it by name."""
    with SHOTS["made_up_window"]("en", SHOTS["SIZE"]) as window:
        try:
            assert SHOTS["screen_of"](window, shot) is not None, f"{shot.name}: {shot.screen} is gone"
        finally:
            window.set_elder_mode(False)


def test_the_manual_opened_from_a_dialog_can_be_read_while_the_dialog_waits(window, qtbot):
    """The person dialog blocks the main window; the manual, a window of its own, is not blocked."""
    window.members.add_person()
    dialog = window.members.dialog
    activate(qtbot, dialog)
    viewer = window.help.open_manual("contents")
    qtbot.waitExposed(viewer)
    link = viewer.browser.cursorRect(viewer.browser.document().find("A hospital insurance office's questions"))
    at = link.center() - QPoint(link.width() // 2 + 20, 0)
    assert viewer.browser.anchorAt(at) == "#hospital"
    # clicks as the window system delivers them, so a blocked window drops them
    QTest.mouseClick(viewer.windowHandle(), Qt.LeftButton, Qt.NoModifier, viewer.browser.viewport().mapTo(viewer, at))
    qtbot.waitUntil(lambda: viewer.current_heading() == "A hospital insurance office's questions")
    pressed = []
    add = window.members.buttons["add"]
    add.clicked.connect(lambda: pressed.append(True))
    QTest.mouseClick(window.windowHandle(), Qt.LeftButton, Qt.NoModifier, add.mapTo(window, add.rect().center()))
    assert not pressed and dialog.isVisible()  # the main window waits for the dialog
    dialog.reject()


def test_f1_in_the_pension_dialog_and_on_a_channel_page_opens_their_sections(family, qtbot):
    family.members.open_pension()
    activate(qtbot, family.members.pension)
    press_f1(qtbot)
    viewer = family.help.manual
    qtbot.waitUntil(lambda: viewer is not None and viewer.isVisible())
    assert viewer.current_heading() == "Pension questions"
    family.members.pension.reject()
    family.tabs.setCurrentWidget(family.channels)
    family.channels.show_channel("hospital")
    family.channels.pages["hospital"].relation.setFocus()
    activate(qtbot, family)
    press_f1(qtbot)
    qtbot.waitUntil(lambda: viewer.current_heading() == "A hospital insurance office's questions")
