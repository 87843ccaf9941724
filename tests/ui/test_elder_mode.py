"""长辈模式: the layout follows the larger text — nothing a person must read
is cut short — every font follows the application's, and the mode is one visible click or
one shortcut away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.elision import elided_texts
from tests.ui.test_keyboard_walk import tab_states


@pytest.fixture(autouse=True)
def application_font():
    """The application font is process-wide: put it back for the next test."""
    font = QApplication.font()
    yield
    QApplication.setFont(font)


def cut_short(window) -> list[str]:
    found = []
    for state in tab_states(window):
        QApplication.processEvents()
        found += [f"{state}: {text}" for text in elided_texts(window)]
    return sorted(set(found))


@pytest.mark.parametrize(
    "lang, size",
    [
        pytest.param(lang, size, id=f"{lang}-{size[0]}x{size[1]}")
        for lang, size in [("zh_CN", (1024, 700)), ("en", (1024, 700))]
        + [(lang, size) for lang in ("zh_CN", "en") for size in ((1280, 800), (1600, 1000))]
    ],
)
def test_nothing_is_cut_short_in_elder_mode(family, qtbot, lang, size):
    """With bindings on record, so the bindings tables and the detail pane show dates and channels.
    A wrapped text given fewer lines than it needs counts as cut (a channel's steps were)."""
    from sbdesk.services import binding, people
    from tests.ui.conftest import OWNER, SON, WIFE

    for channel in ("hospital", "window", "wallet"):
        binding.bind(
            family.desk, people.find(family.desk, OWNER).id, people.find(family.desk, WIFE).id, "spouse", channel
        )
        binding.unbind(family.desk, binding.listing(family.desk, channel)[0].id, "本人申请")
    binding.bind(family.desk, people.find(family.desk, OWNER).id, people.find(family.desk, SON).id, "child", "window")
    family.data_changed()
    family.set_language(lang)
    QApplication.processEvents()  # LanguageChange is posted
    family.set_elder_mode(True)
    family.resize(*size)
    QApplication.processEvents()
    found = cut_short(family)
    assert not found, "\n".join(found)


def font_sizes(window) -> dict:
    return {w: w.font().pointSizeF() for w in [window, *window.findChildren(QWidget)]}


def test_every_font_follows_the_application_font(family, qtbot):
    """Headings, reminders, error lines, menus: none keeps the size it had before 长辈模式."""
    family.set_language("zh_CN")
    QApplication.processEvents()  # LanguageChange is posted
    family.tabs.setCurrentWidget(family.members)
    qtbot.waitUntil(lambda: family.members.detail.reminder.isVisible())  # a card not known to be activated
    before = font_sizes(family)
    qtbot.keyClick(family, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert family.actions["elder"].isChecked() and family.elder_button.isChecked(), QApplication.focusWidget()
    QApplication.processEvents()
    after = font_sizes(family)
    stuck = sorted({
        f"{type(w).__name__}({w.objectName()}) {size}pt"
        for w, size in before.items()
        if w in after and after[w] <= size
    })
    assert not stuck, "\n".join(stuck)
    assert QApplication.font().pointSizeF() > 1.3 * before[family]


def test_the_status_bar_button_the_menu_and_the_shortcut_stay_in_step(family, qtbot):
    family.set_language("zh_CN")
    QApplication.processEvents()  # LanguageChange is posted
    button = family.elder_button
    assert button.isVisible() and button.text() == "长辈模式" and not button.isChecked()
    assert "Ctrl+Shift+L" in button.toolTip()
    menu = family.menus["settings"]
    normal_menu = menu.sizeHint()
    normal = QApplication.font().pointSizeF()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert family.actions["elder"].isChecked() and family.settings.elder_mode
    assert QApplication.font().pointSizeF() > 1.3 * normal
    # the menus are laid out again in the larger font, not kept at the size they were first shown in
    assert menu.font().pointSizeF() == QApplication.font().pointSizeF()
    assert menu.sizeHint().height() > 1.2 * normal_menu.height()
    metrics = menu.fontMetrics()
    widest = max(
        metrics.horizontalAdvance(a.text().replace("&", "")) + metrics.horizontalAdvance(a.shortcut().toString())
        for a in menu.actions()
    )
    assert menu.sizeHint().width() > widest
    qtbot.keyClick(family, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    QApplication.processEvents()
    assert not button.isChecked() and not family.actions["elder"].isChecked() and not family.settings.elder_mode
    assert QApplication.font().pointSizeF() == normal
    assert menu.sizeHint().height() == normal_menu.height()


def test_nothing_is_cut_short_in_the_dialogs_in_elder_mode(family, qtbot, answers, monkeypatch):
    """Every window a "…" button or menu entry opens, in Chinese 长辈模式 on a 1280×800 screen."""
    from PySide6.QtWidgets import QAbstractButton, QDialog

    from tests.ui.test_keyboard_walk import new_windows

    monkeypatch.setattr("sbdesk.ui.common.dialogs.open_path", lambda *a: None)
    answers.answer = False
    family.set_language("zh_CN")
    family.set_elder_mode(True)
    family.resize(1280, 800)
    QApplication.processEvents()
    found = []
    openers = [b for b in family.members.findChildren(QAbstractButton) if b.isEnabled() and b.text().endswith("…")]
    openers += [a for m in family.menus.values() for a in m.actions() if a.isEnabled() and a.text().endswith("…")]
    for opener in openers:
        before = set(QApplication.topLevelWidgets())
        opener.click() if isinstance(opener, QAbstractButton) else opener.trigger()
        for top in new_windows(before):
            qtbot.waitExposed(top)
            if top.width() > 1280 or top.height() > 800:
                found.append(f"{top.objectName()}: {top.width()}×{top.height()} is larger than the screen")
            found += [f"{top.objectName()}: {text}" for text in elided_texts(top)]
            if isinstance(top, QDialog):
                top.reject()
            top.close()
    assert not found, "\n".join(found)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_window_still_fits_a_1024x700_screen_in_elder_mode(family, lang):
    """Larger text wraps and scrolls; it never pushes the window past a small laptop's screen."""
    family.set_language(lang)
    family.set_elder_mode(True)
    QApplication.processEvents()
    least = family.minimumSizeHint()
    assert least.width() <= 1024 and least.height() <= 700, least


def test_the_detail_pane_moves_below_the_table_when_the_columns_need_the_width(family, qtbot):
    split = family.members.split
    family.set_language("zh_CN")
    family.resize(1280, 800)
    QApplication.processEvents()
    assert split.orientation() == Qt.Orientation.Horizontal  # normal text: side by side
    family.set_elder_mode(True)
    QApplication.processEvents()
    assert split.orientation() == Qt.Orientation.Vertical  # 长辈模式 at 1280: the pane goes below
    family.resize(1600, 1000)
    QApplication.processEvents()
    assert split.orientation() == Qt.Orientation.Horizontal  # room enough again
    family.set_elder_mode(False)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_search_box_keeps_its_whole_hint_at_1024x700_in_elder_mode(family, qtbot, lang):
    """The seven buttons beside the search box squeezed it to 按姓名、身… in 长辈模式 at 1024 px:
    they go to a row of their own below it, and come back beside it when there is room."""
    search, add = family.members.search, family.members.buttons["add"]
    family.set_language(lang)
    family.resize(1024, 700)
    family.set_elder_mode(True)
    QApplication.processEvents()
    hint = search.fontMetrics().horizontalAdvance(search.placeholderText())
    assert search.width() > hint, (search.width(), hint)
    assert add.geometry().top() > search.geometry().bottom()  # the buttons below the box
    family.set_elder_mode(False)
    family.resize(1600, 1000)
    QApplication.processEvents()
    assert add.geometry().top() < search.geometry().bottom()  # beside it again
    assert search.width() > search.fontMetrics().horizontalAdvance(search.placeholderText())
