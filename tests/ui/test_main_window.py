"""The window as a whole: factory, tabs, language at run time, 长辈模式, geometry,
accessibility, and errors that arrive as sentences."""

import sqlite3

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QHeaderView,
    QLineEdit,
    QListView,
    QTabWidget,
)

from tests.conftest import TODAY
from tests.ui.conftest import dispose


def test_factory_returns_the_window_with_its_tabs_unshown(qtbot, data_dir):
    from sbdesk.app import build_main_window

    w = build_main_window(data_dir, lang="en", today=lambda: TODAY)
    assert not w.isVisible()
    tabs = w.findChild(QTabWidget, "mainTabs")
    assert [tabs.widget(i).objectName() for i in range(3)] == ["membersTab", "channelsTab", "regionsTab"]
    assert w.findChild(QLineEdit, "memberSearch") is not None
    assert w.findChild(QAbstractItemView, "membersTable") is not None
    dispose(w)


def test_language_switches_at_run_time_and_is_remembered(window, qtbot, data_dir):
    assert window.tabs.tabText(0) == "&1 Family members"
    window.language_actions["zh_CN"].trigger()
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "&1 家庭成员")
    assert window.members.buttons["add"].text().startswith("添加")
    assert window.channels.pages["window"].steps.text().startswith("1. 到社保分局医疗保险窗口")
    assert window.settings.language == "zh_CN"
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "&1 Family members")


def test_ctrl_shortcuts_move_between_tabs_and_to_search(window, qtbot):
    qtbot.keyClick(window, Qt.Key_3, Qt.ControlModifier)
    assert window.tabs.currentWidget() is window.regions
    qtbot.keyClick(window, Qt.Key_F, Qt.ControlModifier)
    assert window.tabs.currentWidget() is window.members
    assert window.members.search.hasFocus() or QApplication.focusWidget() is window.members.search


def test_elder_mode_makes_text_larger_and_is_remembered(window):
    before = QApplication.font().pointSizeF()
    window.actions["elder"].trigger()
    assert QApplication.font().pointSizeF() > before * 1.3
    assert window.settings.elder_mode is True
    window.actions["elder"].trigger()
    assert QApplication.font().pointSizeF() == before


def test_geometry_is_remembered(qtbot, data_dir, answers):
    from sbdesk.app import build_main_window

    w = build_main_window(data_dir, lang="en", today=lambda: TODAY)
    w.show()
    w.setGeometry(QRect(40, 50, 1000, 560))
    dispose(w)
    again = build_main_window(data_dir, lang="en", today=lambda: TODAY)
    # the offscreen screen is 800 px wide, so Qt narrows a restored window to fit; the height
    # (the default would be 760) shows the saved geometry was used
    assert again.height() == 560
    dispose(again)


def _qt_internal(w) -> bool:
    """Parts Qt builds inside its own widgets: headers, clear buttons, combo-box popups."""
    parent = w.parent()
    return (
        w.objectName().startswith("qt_")
        or isinstance(w, QHeaderView)
        or isinstance(parent, (QLineEdit, QComboBox))
        or (isinstance(w, QListView) and type(parent) is QFrame)
    )


def test_every_control_has_an_accessible_name(window):
    for i in range(window.tabs.count()):  # tabs are built when first shown
        window.tabs.setCurrentIndex(i)
    controls = (
        window.findChildren(QAbstractButton)
        + window.findChildren(QLineEdit)
        + window.findChildren(QComboBox)
        + window.findChildren(QAbstractItemView)
    )
    unnamed = [
        f"{type(w).__name__}:{w.objectName()}" for w in controls if not w.accessibleName() and not _qt_internal(w)
    ]
    assert len(controls) > 40
    assert unnamed == []


def test_a_locked_database_becomes_a_sentence_not_a_traceback(window, qtbot, answers, data_dir):
    other = sqlite3.connect(data_dir / "sbdesk.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    window.desk.conn.execute("PRAGMA busy_timeout = 10")
    try:
        qtbot.mouseClick(window.members.buttons["add"], Qt.LeftButton)
        dialog = window.members.dialog
        qtbot.keyClicks(dialog.inputs["id_number"], "11010519491231002X")
        dialog.inputs["name"].setText("赵六")
        dialog.inputs["region"].setCurrentIndex(dialog.inputs["region"].findData("110000"))
        dialog.inputs["insurance"].setCurrentIndex(dialog.inputs["insurance"].findData("employee"))
        qtbot.keyClick(dialog.inputs["name"], Qt.Key_Return)
        assert dialog.isVisible()
        assert dialog.errors[""].text() == "The database is busy in another program; try again in a moment."
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.keyClick(dialog.inputs["name"], Qt.Key_Return)  # tried again: it works, nothing was lost
    assert not dialog.isVisible()
    assert window.members.current_person().name == "赵六"


def test_a_cjk_font_is_installed_so_chinese_renders():
    families = QFontDatabase.families(QFontDatabase.SimplifiedChinese)
    assert families, "no font on this machine can draw Chinese; the test set-up installs one"


def test_chinese_glyphs_render_as_distinct_shapes(window, qtbot):
    """Missing fonts draw every character as the same empty box; real glyphs differ."""
    from PySide6.QtWidgets import QLabel

    images = []
    for ch in "家庭":
        label = QLabel(ch)
        qtbot.addWidget(label)
        label.resize(40, 40)
        images.append(label.grab().toImage())
    assert images[0] != images[1]


def test_a_closed_window_ignores_a_later_language_change(qtbot, data_dir, answers, tmp_path):
    """Two windows in one process (a restart after recovery): the old one, its database
    closed, must not try to read it when the new one installs its language."""
    from sbdesk.app import build_main_window

    old = build_main_window(data_dir, lang="en", today=lambda: TODAY)
    old.show()
    old.close()
    old.desk.close()
    new = build_main_window(tmp_path / "other", lang="zh_CN", today=lambda: TODAY)
    QApplication.processEvents()
    assert answers.informed == []  # no "something went wrong" from the old window
    dispose(new)
    old.deleteLater()


def test_elder_mode_enlarges_the_channel_page_titles_too(window):
    """A title styled with a fixed font kept its old size while the text below it grew."""
    window.tabs.setCurrentWidget(window.channels)
    page = window.channels.pages["window"]
    before = page.title.fontInfo().pointSizeF()
    window.actions["elder"].trigger()
    QApplication.processEvents()
    assert page.title.fontInfo().pointSizeF() > before * 1.3
    assert page.title.fontInfo().pointSizeF() >= page.steps.fontInfo().pointSizeF()
    assert page.title.fontInfo().bold()
    window.actions["elder"].trigger()
