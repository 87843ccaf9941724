"""Every window, tab, channel page, dialog and wizard page walked with the keyboard, in both
languages: no two controls shown together (or two actions of one menu)
share an access key, and Tab reaches every control, in reading order.

The screens are found, not listed: every tab of every tab widget, every channel page, every
menu action and every button whose text ends in "…" (the convention for "opens a window"),
and whatever top-level window that opened."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QTabWidget, QWidget, QWizard

from tests.ui import walk
from tests.ui.conftest import type_text
from tests.ui.test_channels_tab import choose
from tests.ui.test_wizard import NEW_ADULT, click_next, open_wizard, pdf, through_notice, through_password, tick


def tab_states(window: QWidget):
    """Yield once for every page a person can bring up with tabs and the channel list."""

    def nested(root: QWidget, seen: set):
        for tabs in root.findChildren(QTabWidget):
            if tabs in seen or not tabs.isVisible():
                continue
            seen.add(tabs)
            for i in range(tabs.count()):
                if tabs.isTabEnabled(i):
                    tabs.setCurrentIndex(i)
                    QApplication.processEvents()
                    yield f"{tabs.objectName() or 'tabs'}[{i}]"
                    yield from nested(tabs.widget(i), seen)
            return
        yield ""

    main = window.tabs
    for i in range(main.count()):
        main.setCurrentIndex(i)
        QApplication.processEvents()
        if main.widget(i) is window.channels:
            for channel in window.channels.pages:
                window.channels.show_channel(channel)
                QApplication.processEvents()
                yield f"tab {i} channel {channel}"
        else:
            for name in nested(main.widget(i), {main}):
                yield f"tab {i} {name}"


class Findings:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.keys: list[str] = []
        self.tabs: list[str] = []

    def keys_of(self, where: str, found) -> None:
        for letter, text in found:
            if not (letter.isascii() and letter.isalnum()):
                self.keys.append(f"[{self.lang}] {where}: &{letter} cannot be typed on a keyboard: {text!r}")
        for letter, texts in walk.clashes(found).items():
            self.keys.append(f"[{self.lang}] {where}: &{letter} on {texts}")

    def tab_order(self, where: str, root: QWidget) -> None:
        controls = walk.focusable(root)
        if not controls:
            return
        first = min(
            controls,
            key=lambda w: (
                w.mapTo(root.window(), w.rect().topLeft()).y(),
                w.mapTo(root.window(), w.rect().topLeft()).x(),
            ),
        )
        met = walk.tab_through(root, first)
        missed = [walk.describe(w) for w in controls if w not in met]
        if missed:
            self.tabs.append(f"[{self.lang}] {where}: Tab never reaches {missed}")
        for problem in walk.reading_order_problems(met):
            self.tabs.append(f"[{self.lang}] {where}: {problem}")

    def window(self, where: str, root: QWidget) -> None:
        self.keys_of(where, walk.keyed_texts(root))
        self.tab_order(where, root)


def new_windows(before: set) -> list[QWidget]:
    QApplication.processEvents()
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w not in before and not w.inherits("QMenu")]


def walk_opened(findings: Findings, qtbot, where: str, opened: list[QWidget]) -> None:
    for top in opened:
        if isinstance(top, QWizard):
            walk_wizard(findings, qtbot, where, top)
        else:
            qtbot.waitExposed(top)
            findings.window(f"{where} → {top.objectName() or type(top).__name__}", top)
        if isinstance(top, QDialog):
            top.reject()
        top.close()
        QApplication.processEvents()


def walk_wizard(findings: Findings, qtbot, where: str, wizard: QWizard) -> None:
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        findings.keys_of(f"{where} → wizard page {page.objectName() or page_id}", walk.wizard_page_texts(wizard, page))
    findings.tab_order(f"{where} → wizard page {wizard.currentPage().objectName()}", wizard)


def walk_everything(window, qtbot, answers, monkeypatch, lang: str) -> Findings:
    findings = Findings(lang)
    answers.answer = False  # Delete and Bind ask first: the walk says no
    monkeypatch.setattr("sbdesk.ui.common.dialogs.open_path", lambda *a: None)
    monkeypatch.setattr("sbdesk.ui.common.dialogs.ask_reason", lambda *a: None)
    window.set_language(lang)
    QApplication.processEvents()  # LanguageChange is posted
    window.members.table.setFocus()
    for menu in walk.menus_of(window.menuBar()):
        for letter, texts in walk.menu_clashes(menu).items():
            findings.keys.append(f"[{lang}] menu {menu.title()}: &{letter} on {texts}")
    for state in tab_states(window):
        findings.window(f"main window {state}", window)
        for button in [
            b
            for b in window.findChildren(QAbstractButton)
            if b.isVisible() and b.isEnabled() and b.text().endswith("…")
        ]:
            before = set(QApplication.topLevelWidgets())
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            walk_opened(findings, qtbot, f"{state} {button.text()!r}", new_windows(before))
    from sbdesk.ui.common.reason_dialog import ReasonDialog  # asked with exec(): opened here instead

    reason = ReasonDialog(window, "unbind", "why?")
    reason.show()
    walk_opened(findings, qtbot, "unbind", [reason])
    for menu in walk.menus_of(window.menuBar()):
        for action in menu.actions():
            if action.isEnabled() and action.text().endswith("…") and not action.menu():
                before = set(QApplication.topLevelWidgets())
                action.trigger()
                walk_opened(findings, qtbot, f"menu {action.text()!r}", new_windows(before))
    return findings


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_no_access_key_is_used_twice_on_any_screen(family, qtbot, answers, monkeypatch, lang):
    found = walk_everything(family, qtbot, answers, monkeypatch, lang)
    assert not found.keys, "\n".join(found.keys)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_tab_reaches_every_control_in_reading_order(family, qtbot, answers, monkeypatch, lang):
    found = walk_everything(family, qtbot, answers, monkeypatch, lang)
    assert not found.tabs, "\n".join(found.tabs)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_wizard_pages_are_tabbed_in_reading_order(family, qtbot, answers, monkeypatch, tmp_path, lang):
    """The wizard's steps as a person goes through them, Tab order and access keys on each."""
    family.set_language(lang)
    QApplication.processEvents()  # LanguageChange is posted
    findings = Findings(lang)

    def check(where: str) -> None:
        findings.window(where, w)
        findings.keys_of(f"{where} with buttons", walk.wizard_page_texts(w, w.currentPage()))

    w = open_wizard(family)
    check("wizard start")
    through_password(qtbot, w)  # lands on the notice
    check("wizard notice")
    through_notice(qtbot, w)
    check("wizard member")
    page = w.member_page
    type_text(qtbot, page.name, "赵敏")
    qtbot.keyClicks(page.id_number, NEW_ADULT)
    choose(qtbot, page.relation, "spouse")
    choose(qtbot, page.insurance, "resident")  # 请选择 until asked
    monkeypatch.setattr("sbdesk.ui.common.dialogs.open_path", lambda *a: str(pdf(tmp_path)))
    qtbot.mouseClick(page.upload["credential"], Qt.MouseButton.LeftButton)
    check("wizard member, filled")
    click_next(qtbot, w)
    check("wizard face")
    tick(qtbot, w.face_page.performed)
    check("wizard face, done")
    click_next(qtbot, w)
    check("wizard done")
    assert not findings.tabs + findings.keys, "\n".join(findings.tabs + findings.keys)


def test_a_clash_and_a_skipped_control_are_found(qtbot):
    """The walk itself: two buttons with &S, Tab jumping back up, a button out of the Tab chain."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    buttons = [QPushButton(text, root) for text in ("&Save", "&Search", "&Print", "Next")]
    for b in buttons:
        layout.addWidget(b)
    save, search, print_, skipped = buttons
    QWidget.setTabOrder(save, print_)
    QWidget.setTabOrder(print_, search)
    skipped.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    root.show()
    qtbot.waitExposed(root)
    findings = Findings("en")
    findings.window("test", root)
    assert findings.keys == ["[en] test: &S on ['&Save', '&Search']"]
    assert findings.tabs == [
        "[en] test: Tab never reaches [\"QPushButton('Next')\"]",
        "[en] test: Tab goes from QPushButton('&Print') back to QPushButton('&Search')",
    ]
