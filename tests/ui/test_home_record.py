"""A home user's 亲情服务 as they meet it: the window's first screen leads to the wizard, its
end and its PDF say what was kept on this computer and what is still done in the e-card
(never 开通成功), a home user's PDF shows no hash, and an application left unfinished is
announced after a restart and listed under the person, ready to continue where it stopped."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWizard

from sbdesk.services import qinqing
from sbdesk.store import audit
from tests.conftest import TODAY
from tests.ui.conftest import dispose, type_text
from tests.ui.test_wizard import click_next, next_button, tick
from tests.ui.test_wizard_as_a_person import adult_on_member_page, in_chinese, to_member_page

PDFTOTEXT = shutil.which("pdftotext")  # poppler-utils: the words a person reads in the file
HEX_RUN = re.compile(r"[0-9a-fA-F]{12,}")  # a hash, whole (64) or its start (12)


def pdf_text(path) -> str:
    out = subprocess.run([PDFTOTEXT, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", out)  # "oﬃce" as typed: the PDF's ligatures undone


def has(text: str, words: str) -> bool:
    """``words`` in ``text``, wherever the page broke its lines."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", words)) in re.sub(r"\s+", "", text)


def through_to_the_end(family, qtbot, monkeypatch, tmp_path, place):
    """赵敏 added for 张伟, the face recognition recorded as passed: the last page."""
    w, _ = adult_on_member_page(family, qtbot, monkeypatch, tmp_path, place=place)
    click_next(qtbot, w)
    tick(qtbot, w.face_page.performed)
    click_next(qtbot, w)
    assert w.currentPage() is w.done_page
    return w


def save_summary(w, qtbot, answers, path) -> str:
    answers.path = str(path)
    qtbot.mouseClick(w.done_page.pdf, Qt.MouseButton.LeftButton)
    assert path.read_bytes().startswith(b"%PDF")
    return pdf_text(path) if PDFTOTEXT else w.done_page.summary_html()


# -- what the end says ------------------------------------------------------------------------
@pytest.mark.parametrize("place", ["home", "counter"])
def test_the_end_and_the_pdf_say_a_record_on_this_computer_never_opened_in_chinese(
    family, qtbot, answers, monkeypatch, tmp_path, place
):
    in_chinese(family)
    w = through_to_the_end(family, qtbot, monkeypatch, tmp_path, place)
    page = w.done_page
    shown = page.title() + page.body.text()
    assert "开通成功" not in shown and "已开通" not in shown
    assert "已在本机记录" in page.title() and "已在本机记录" in page.body.text()
    assert "电子社保卡" in page.body.text() and "我的 → 亲情服务 → 添加" in page.body.text()  # where, and how
    assert "以电子社保卡中显示的为准" in page.body.text()
    text = save_summary(w, qtbot, answers, tmp_path / "摘要.pdf")
    assert not has(text, "开通成功") and not has(text, "已开通")
    assert has(text, "状态 已在本机记录，尚需在电子社保卡中开通")  # the status line
    assert has(text, "本摘要是本机保存的记录，不是社保经办机构出具的凭证")
    qtbot.mouseClick(w.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert "已在本机记录，尚需在电子社保卡中开通" in family.statusBar().currentMessage()


def test_the_end_and_the_pdf_say_a_record_on_this_computer_in_english(family, qtbot, answers, monkeypatch, tmp_path):
    w = through_to_the_end(family, qtbot, monkeypatch, tmp_path, "home")
    body = w.done_page.body.text()
    assert "recorded on this computer" in w.done_page.title() and "opened" not in w.done_page.title()
    assert "is recorded on this computer" in body and "掌上12333" in body
    assert "can now act" not in body
    text = save_summary(w, qtbot, answers, tmp_path / "summary.pdf")
    assert has(text, "Status Recorded on this computer; still to be opened in the 电子社保卡 (我的 → 亲情服务)")
    assert has(
        text, "This summary is a record kept on this computer. It is not a certificate of the social-security office"
    )
    assert not has(text, "Status opened") and "can now act" not in text


# -- a home user sees no hash ---------------------------------------------------------------
@pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) is not installed")
def test_a_home_users_pdf_shows_no_hash_and_a_counters_keeps_its_check_value(
    family, qtbot, answers, monkeypatch, tmp_path
):
    w = through_to_the_end(family, qtbot, monkeypatch, tmp_path, "home")
    text = save_summary(w, qtbot, answers, tmp_path / "home.pdf")
    assert "id-card.pdf" in text  # the file is named, by its name and size
    assert "SHA" not in text and HEX_RUN.search(text) is None, text
    assert HEX_RUN.search(w.member_page.file_label["credential"].toolTip()) is None  # nor on the page
    qtbot.mouseClick(w.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    w = through_to_the_end(family, qtbot, monkeypatch, tmp_path, "counter")
    text = save_summary(w, qtbot, answers, tmp_path / "counter.pdf")
    assert "SHA-256" in text and HEX_RUN.search(text)  # the desk matches paper to record by it


# -- the first screen leads to the wizard --------------------------------------------------------
def test_the_home_screen_button_opens_the_wizard(family, qtbot, answers):
    bar = family.home_bar
    assert not bar.wizard.isVisible()  # a counter has the Tools menu and Ctrl+Shift+Q
    family.settings.place = "home"
    family.signed_in(("home", "张伟", "", ""))
    assert bar.wizard.isVisible() and bar.intro.isVisible()
    assert "&" in bar.wizard.text() and "opened in the e-card" in bar.intro.text()
    qtbot.mouseClick(bar.wizard, Qt.MouseButton.LeftButton)
    assert family.wizard is not None and family.wizard.isVisible() and family.wizard.place == "home"
    family.wizard.reject()
    family.set_language("zh_CN")
    QApplication.processEvents()
    assert bar.wizard.text() == "开始办理亲情服务(&W)…"


# -- a draft survives a restart ------------------------------------------------------------------
def leave_with_a_draft(qtbot, w) -> None:
    qtbot.keyClick(w.currentPage().focusWidget() or w, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: w.leave_box is not None and w.leave_box.isVisible())
    qtbot.mouseClick(w.leave_box.findChild(QPushButton, "leaveSave"), Qt.MouseButton.LeftButton)
    assert not w.isVisible()


def restart(window, qtbot):
    """The window closed, then started again on the same data folder."""
    from sbdesk.app import build_main_window

    folder = window.desk.data_dir
    window.close()  # as the person closes it; the fixture disposes of it at the end
    window.desk.close()
    again = build_main_window(folder, lang="en", today=lambda: TODAY)
    again.resize(1200, 760)
    again.show()
    qtbot.waitExposed(again)
    return again


def test_a_draft_left_before_a_restart_is_announced_and_continues_at_its_step(
    family, qtbot, answers, monkeypatch, tmp_path
):
    w, page = adult_on_member_page(family, qtbot, monkeypatch, tmp_path, place="home")
    leave_with_a_draft(qtbot, w)
    again = restart(family, qtbot)
    try:
        bar = again.home_bar
        assert bar.isVisible() and bar.draft.isVisible()
        assert bar.draft.text() == (
            "Unfinished 亲情服务 application: #1 张伟 for 赵敏: stopped at step 4 of 6, the family member's details."
        )
        assert bar.resume.text() == "&Continue…" and bar.discard.isVisible()
        bar.resume.setFocus()
        qtbot.keyClick(bar.resume, Qt.Key.Key_Space)  # from the keyboard
        w = again.wizard
        assert w.isVisible() and w.currentPage() is w.password_page and w.owner().name == "张伟"
        qtbot.keyClicks(w.password_page.password, "246810")
        click_next(qtbot, w)
        assert w.currentPage() is w.member_page  # where it stopped, with what was typed
        assert w.member_page.name.text() == "赵敏" and w.member_page.relation.currentData() == "spouse"
        assert "id-card.pdf" in w.member_page.file_label["credential"].text()
        qtbot.waitUntil(lambda: next_button(w).isEnabled())
    finally:
        dispose(again)


def test_an_application_waiting_for_the_face_continues_at_the_face_step(family, qtbot, answers, monkeypatch, tmp_path):
    w, _ = adult_on_member_page(family, qtbot, monkeypatch, tmp_path, place="home")
    click_next(qtbot, w)
    click_next(qtbot, w)  # Save as pending: the face recognition has not passed yet
    qtbot.mouseClick(w.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    again = restart(family, qtbot)
    try:
        assert again.home_bar.draft.text().endswith("赵敏: waiting for face recognition.")
        qtbot.mouseClick(again.home_bar.resume, Qt.MouseButton.LeftButton)
        w = again.wizard
        qtbot.keyClicks(w.password_page.password, "246810")
        click_next(qtbot, w)
        assert w.currentPage() is w.face_page
    finally:
        dispose(again)


def test_the_persons_pane_lists_the_draft_and_continues_it(family, qtbot, answers, monkeypatch, tmp_path):
    w, _ = to_member_page(family, qtbot, place="home")
    type_text(qtbot, w.member_page.name, "赵敏")
    leave_with_a_draft(qtbot, w)
    tab = family.members
    type_text(qtbot, tab.search, "张伟")
    qtbot.waitUntil(lambda: tab.current_person() is not None and tab.current_person().name == "张伟")
    drafts = tab.detail.drafts
    assert drafts.isVisible() and drafts.caption.text() == "Unfinished applications:"
    [(label, button)] = drafts.rows
    assert label.text() == "#1 张伟 for 赵敏: stopped at step 4 of 6, the family member's details"
    assert button.isVisible() and button.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert family.wizard.isVisible() and family.wizard.app_id == 1
    family.wizard.reject()
    in_chinese(family)
    QApplication.processEvents()  # LanguageChange is posted
    assert drafts.caption.text() == "未完成的申请："
    assert drafts.rows[0][0].text() == "第1号，张伟为赵敏添加，停在第4步（共6步）：填写家人信息"
    assert drafts.rows[0][1].text() == "继续…"


def test_discarding_the_announced_draft_asks_then_gives_it_up_and_the_line_goes(family, qtbot, answers):
    w, _ = to_member_page(family, qtbot, place="home")
    leave_with_a_draft(qtbot, w)
    bar = family.home_bar
    assert bar.draft.isVisible()
    answers.answer = False
    qtbot.mouseClick(bar.discard, Qt.MouseButton.LeftButton)
    assert len(qinqing.unfinished(family.desk)) == 1  # No: nothing changed
    answers.answer = True
    qtbot.mouseClick(bar.discard, Qt.MouseButton.LeftButton)
    assert qinqing.unfinished(family.desk) == [] and not bar.draft.isVisible()
    assert [e["action"] for e in audit.entries(family.desk.conn, "application:1")][0] == "qinqing.cancelled"


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_line_above_the_tabs_clashes_with_no_access_key_and_tab_reaches_it(family, qtbot, answers, lang):
    """At home with a draft (the line at its fullest), on every tab and channel page."""
    from tests.ui.test_keyboard_walk import Findings, tab_states

    w, _ = to_member_page(family, qtbot, place="home")
    leave_with_a_draft(qtbot, w)
    family.signed_in(("home", "张伟", "", ""))
    family.set_language(lang)
    QApplication.processEvents()
    bar = family.home_bar
    assert bar.wizard.isVisible() and bar.resume.isVisible() and bar.discard.isVisible()
    findings = Findings(lang)
    for state in tab_states(family):
        findings.window(f"main window {state}", family)
        assert bar.isVisible() is (family.tabs.currentIndex() == 0)  # the first screen's line only
    assert not findings.keys and not findings.tabs, "\n".join(findings.keys + findings.tabs)


def test_a_draft_given_up_elsewhere_is_said_and_not_reopened(family, qtbot, answers):
    """The line was shown; meanwhile another desk of the branch discarded the application."""
    w, _ = to_member_page(family, qtbot, place="home")
    leave_with_a_draft(qtbot, w)
    bar = family.home_bar
    assert bar.resume.isVisible()
    qinqing.cancel(family.desk, 1)  # elsewhere: this window has not been told
    in_chinese(family)
    QApplication.processEvents()
    qtbot.mouseClick(bar.resume, Qt.MouseButton.LeftButton)
    assert answers.informed[-1][1:] == ("第1号申请已取消，不能再修改或放弃。", True)
    assert not family.wizard.isVisible() and not bar.draft.isVisible()  # the line read again
    qtbot.mouseClick(bar.discard, Qt.MouseButton.LeftButton) if bar.discard.isVisible() else None
    assert [e["action"] for e in audit.entries(family.desk.conn, "application:1")].count("qinqing.cancelled") == 1
