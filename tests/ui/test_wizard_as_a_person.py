"""The 亲情服务 wizard driven as a person at a counter or at home
would drive it (keyboard, Esc, clicks), in both languages."""

import re
import shutil
import subprocess
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QPushButton, QWizard

from sbdesk.services import qinqing
from sbdesk.store import audit
from tests.conftest import make_id
from tests.ui.conftest import CLERK, SON, type_text
from tests.ui.test_channels_tab import choose
from tests.ui.test_wizard import (
    FACE,
    NEW_ADULT,
    click_next,
    hand_over_from_the_ecard_page,
    next_button,
    open_wizard,
    pdf,
    through_notice,
    through_password,
    tick,
)


def to_member_page(family, qtbot, place="counter"):
    w = open_wizard(family, place)
    through_password(qtbot, w)
    through_notice(qtbot, w)
    assert w.currentPage() is w.member_page
    return w, w.member_page


def adult_on_member_page(family, qtbot, monkeypatch, tmp_path, place="counter"):
    w, page = to_member_page(family, qtbot, place)
    type_text(qtbot, page.name, "赵敏")
    qtbot.keyClicks(page.id_number, NEW_ADULT)
    choose(qtbot, page.relation, "spouse")
    choose(qtbot, page.insurance, "resident")  # 请选择 until asked
    monkeypatch.setattr("sbdesk.ui.common.dialogs.open_path", lambda *a: str(pdf(tmp_path)))
    qtbot.mouseClick(page.upload["credential"], Qt.LeftButton)
    qtbot.waitUntil(lambda: next_button(w).isEnabled())
    return w, page


def test_the_members_insurance_is_asked_not_assumed(family, qtbot, answers, monkeypatch, tmp_path):
    w, page = to_member_page(family, qtbot)
    assert page.insurance.currentData() is None and page.errors["insurance"].text() == ""  # 请选择, quiet
    type_text(qtbot, page.name, "赵敏")
    qtbot.keyClicks(page.id_number, NEW_ADULT)
    choose(qtbot, page.relation, "spouse")
    monkeypatch.setattr("sbdesk.ui.common.dialogs.open_path", lambda *a: str(pdf(tmp_path)))
    qtbot.mouseClick(page.upload["credential"], Qt.LeftButton)
    qtbot.waitUntil(lambda: page.errors["insurance"].text() == "Choose the insurance type.")
    assert not next_button(w).isEnabled() and page.decision.texts() == []  # no answer on an unsaid insurance
    choose(qtbot, page.insurance, "resident")
    qtbot.waitUntil(lambda: next_button(w).isEnabled())
    assert page.errors["insurance"].text() == ""


def visible_texts(w) -> list[str]:
    """Every word the current page shows: title, subtitle, labels, buttons."""
    page = w.currentPage()
    texts = [page.title(), page.subTitle()]
    for kind in (QLabel, QAbstractButton):
        texts += [x.text() for x in w.findChildren(kind) if x.isVisible()]
    return [t for t in texts if t]


def in_chinese(family):
    family.language_actions["zh_CN"].trigger()
    assert QApplication.translate("FacePage", "Recorded at") == "记录时间"


# -- where the window works decides the words --------------------------------------------------
def test_at_home_the_face_step_says_the_member_does_it_on_the_phone_and_only_records_it(
    family, qtbot, answers, monkeypatch, tmp_path
):
    w, page = adult_on_member_page(family, qtbot, monkeypatch, tmp_path, place="home")
    click_next(qtbot, w)
    face = w.face_page
    assert w.currentPage() is face
    words = " ".join(visible_texts(w))
    assert "赵敏 faces the camera and passes the face recognition" in words
    assert "only records that it passed and when" in words
    assert not face.operator.isVisible() and "clerk" not in words.lower() and "operator" not in words.lower()
    assert face.performed.text() == "赵敏 has passed the face &recognition on the phone"
    qtbot.keyClick(face.performed, Qt.Key_Space)  # the focus is on it: the first thing to answer
    assert face.performed.isChecked() and next_button(w).isEnabled()  # no clerk name is asked for
    click_next(qtbot, w)
    assert "recorded on this computer" in w.done_page.title()
    row = family.desk.conn.execute("SELECT face_verified_by, face_verified_at FROM applications").fetchone()
    assert row["face_verified_by"] == "赵敏" and row["face_verified_at"]  # who did it, and when
    [opened] = [e for e in audit.entries(family.desk.conn) if e["action"] == "qinqing.opened"]
    assert opened["detail"]["face_recorded_at"] == "home"


def test_at_a_counter_the_clerk_records_who_saw_it(family, qtbot, answers, monkeypatch, tmp_path):
    w, page = adult_on_member_page(family, qtbot, monkeypatch, tmp_path, place="counter")
    click_next(qtbot, w)
    face = w.face_page
    assert face.operator.isVisible() and face.operator.text() == CLERK
    assert face.performed.text() == "I saw 赵敏 pass the face &recognition"
    tick(qtbot, face.performed)
    face.operator.clear()
    assert not next_button(w).isEnabled()  # at a counter somebody must have seen it
    type_text(qtbot, face.operator, "王芳")
    click_next(qtbot, w)
    row = family.desk.conn.execute("SELECT face_verified_by FROM applications").fetchone()
    assert row["face_verified_by"] == "王芳"
    [opened] = [e for e in audit.entries(family.desk.conn) if e["action"] == "qinqing.opened"]
    assert opened["detail"]["face_recorded_at"] == "counter"


@pytest.mark.parametrize("place, counter_words", [("home", False), ("counter", True)])
def test_no_counter_words_for_a_home_user_in_chinese(
    family, qtbot, answers, monkeypatch, tmp_path, place, counter_words
):
    in_chinese(family)
    w, page = adult_on_member_page(family, qtbot, monkeypatch, tmp_path, place=place)
    seen = []
    for _ in range(2):  # the member page, then the face page
        seen += visible_texts(w)
        click_next(qtbot, w) if w.currentPage() is page else None
    seen += visible_texts(w)
    words = " ".join(seen)
    assert ("经办人" in words) is counter_words and "核验人" not in words
    assert "本软件无法代做，也无法核实" in words
    words = re.sub(r"https?://\S+", "", words)  # a source's address is data, not English text
    english = set(re.findall(r"[A-Za-z][A-Za-z-]+", words.replace("id-card.pdf", ""))) - {"PDF", "KB", "App"}
    assert english == set(), english


def test_the_place_comes_from_the_settings_or_from_whether_an_operator_was_set(family, qtbot):
    family.members.table.setCurrentIndex(QModelIndex())
    for key in ("place", "operator", "operator_id"):  # started with --operator: no first-start choice
        family.settings._q.remove(key)
    family.actions["qinqing"].trigger()
    assert family.wizard.place == "home"  # nothing chosen yet, nobody signed in as operator
    family.wizard.reject()
    family.settings.operator = "王芳"
    family.actions["qinqing"].trigger()
    assert family.wizard.place == "counter"
    family.wizard.reject()
    family.settings.place = "home"
    family.actions["qinqing"].trigger()
    assert family.wizard.place == "home"


# -- focus, prefill, nothing jumps --------------------------------------------------------------
def test_each_page_starts_in_its_first_field_and_goes_on_with_enter(family, qtbot, answers):
    w = open_wizard(family)
    qtbot.waitUntil(lambda: w.focusWidget() is w.start_page.key)
    qtbot.keyClicks(w.start_page.key, "A10000001")
    qtbot.keyClick(w.start_page.key, Qt.Key_Return)
    assert w.currentPage() is w.password_page
    qtbot.waitUntil(lambda: w.focusWidget() is w.password_page.password)
    qtbot.keyClicks(w.password_page.password, "246810")
    qtbot.keyClick(w.password_page.password, Qt.Key_Tab)
    qtbot.keyClicks(w.password_page.again, "246810")
    qtbot.keyClick(w.password_page.again, Qt.Key_Return)
    assert w.currentPage() is w.notice_page
    qtbot.waitUntil(lambda: w.focusWidget() is w.notice_page.text)  # Page Down reads on from here
    through_notice(qtbot, w)
    qtbot.waitUntil(lambda: w.focusWidget() is w.member_page.name)


def test_a_member_handed_over_from_the_ecard_page_starts_at_the_first_empty_field(family, qtbot, answers):
    w = hand_over_from_the_ecard_page(family, qtbot)
    qtbot.keyClicks(w.password_page.password, "246810")
    qtbot.keyClicks(w.password_page.again, "246810")
    click_next(qtbot, w)
    through_notice(qtbot, w)
    qtbot.waitUntil(lambda: w.focusWidget() is not None)
    assert w.focusWidget() is w.member_page.name  # all filled: the first field
    assert w.member_page.first_field() is w.member_page.name


def test_the_person_selected_in_the_members_tab_applies_as_the_card_holder(family, qtbot, answers):
    tab = family.members
    type_text(qtbot, tab.search, "张伟")
    qtbot.waitUntil(lambda: tab.current_person() is not None and tab.current_person().name == "张伟")
    family.actions["qinqing"].trigger()
    w = family.wizard
    assert w.currentPage() is w.password_page  # 张伟 is the owner: straight to his password
    assert w.owner().name == "张伟" and "张伟" in w.start_page.found.text()
    assert "张伟" in w.password_page.subTitle()
    qtbot.mouseClick(w.button(QWizard.BackButton), Qt.LeftButton)  # another person: one step back
    assert w.currentPage() is w.start_page and w.start_page.key.text().startswith("#")


def test_messages_keep_their_room_so_nothing_below_them_moves(family, qtbot, answers):
    w = open_wizard(family)
    qtbot.keyClicks(w.start_page.key, "A10000001")
    click_next(qtbot, w)
    pw = w.password_page
    about = pw.about.mapTo(pw, QPoint(0, 0))
    qtbot.keyClicks(pw.password, "123")
    qtbot.keyClicks(pw.again, "123")
    qtbot.keyClick(pw.again, Qt.Key_Return)
    assert "at least 6" in pw.error.text()
    QApplication.processEvents()
    assert pw.about.mapTo(pw, QPoint(0, 0)) == about
    pw.password.clear()
    pw.again.clear()
    qtbot.keyClicks(pw.password, "246810")
    qtbot.keyClicks(pw.again, "246810")
    click_next(qtbot, w)
    through_notice(qtbot, w)
    page = w.member_page
    where = {k: page.inputs[k].mapTo(page, QPoint(0, 0)) for k in ("relation", "region", "insurance")}
    type_text(qtbot, page.name, "赵敏")
    qtbot.keyClicks(page.id_number, NEW_ADULT[:-1] + ("1" if NEW_ADULT[-1] != "1" else "2"))
    qtbot.waitUntil(lambda: page.errors["id_number"].text() != "")
    QApplication.processEvents()
    assert {k: page.inputs[k].mapTo(page, QPoint(0, 0)) for k in where} == where


def test_the_under_16_line_turns_into_a_tick_once_the_photo_passed(family, qtbot, answers, tmp_path, monkeypatch):
    w, page = to_member_page(family, qtbot)
    type_text(qtbot, page.name, "张小明")
    qtbot.keyClicks(page.id_number, SON)
    choose(qtbot, page.relation, "child")
    qtbot.waitUntil(lambda: page.upload["face_photo"].isVisible())
    line = [t for t in page.decision.texts() if "under 16" in t and t[0] in "!✓"]
    assert line == ["!  The relative added is 12, under 16: a frontal face photo must be uploaded too."]
    monkeypatch.setattr("sbdesk.ui.common.dialogs.open_path", lambda *a: str(FACE))
    qtbot.mouseClick(page.upload["face_photo"], Qt.LeftButton)
    line = [t for t in page.decision.texts() if "under 16" in t and t[0] in "!✓"]
    assert line == ["✓  The relative added is 12, under 16: the frontal face photo has been uploaded and passed."]


def test_a_credential_has_a_front_and_a_back_each_with_its_thumbnail(family, qtbot, answers, tmp_path, monkeypatch):
    front, back = tmp_path / "front.png", tmp_path / "back.jpg"
    for path, colour in ((front, "skyblue"), (back, "orange")):
        image = QImage(320, 200, QImage.Format_RGB32)
        image.fill(QColor(colour))
        image.save(str(path))
    w, page = to_member_page(family, qtbot)
    type_text(qtbot, page.name, "赵敏")
    qtbot.keyClicks(page.id_number, NEW_ADULT)
    choose(qtbot, page.relation, "spouse")
    choose(qtbot, page.insurance, "resident")
    assert page.thumb["credential"].pixmap().isNull() and page.thumb["credential_back"].pixmap().isNull()
    chosen = iter([back, front])
    monkeypatch.setattr("sbdesk.ui.common.dialogs.open_path", lambda *a: str(next(chosen)))
    qtbot.mouseClick(page.upload["credential_back"], Qt.LeftButton)
    assert not next_button(w).isEnabled()  # a back alone is not enough: the front is needed
    qtbot.mouseClick(page.upload["credential"], Qt.LeftButton)
    qtbot.waitUntil(lambda: next_button(w).isEnabled())
    shown = {k: page.thumb[k].pixmap().toImage() for k in ("credential", "credential_back")}
    assert shown["credential"].pixelColor(shown["credential"].width() // 2, 10) == QColor("skyblue")
    assert shown["credential_back"].pixelColor(shown["credential_back"].width() // 2, 10) == QColor("orange")
    assert page.file_label["credential"].text().startswith("front.png (")
    click_next(qtbot, w)
    click_next(qtbot, w)  # not yet recognised: pending
    rows = family.desk.conn.execute("SELECT kind, side, filename FROM attachments ORDER BY side").fetchall()
    assert [tuple(r) for r in rows] == [("credential", "back", "back.jpg"), ("credential", "front", "front.png")]
    qtbot.mouseClick(w.button(QWizard.FinishButton), Qt.LeftButton)

    [app] = qinqing.unfinished(family.desk)
    family.start_wizard(application_id=app.id)
    again = family.wizard.member_page
    assert not again.thumb["credential_back"].pixmap().isNull()
    assert again.file_label["credential_back"].text().startswith("back.jpg (")


def test_esc_asks_save_draft_discard_or_continue(family, qtbot, answers):
    from tests.ui.test_wizard import leave_question

    w = open_wizard(family)
    qtbot.keyClick(w.start_page.key, Qt.Key_Escape)  # nothing entered yet: it just closes
    assert not w.isVisible() and w.leave_box is None
    w, page = to_member_page(family, qtbot)
    type_text(qtbot, page.name, "赵敏")

    box = leave_question(qtbot, w)
    assert [b.text() for b in box.buttons()] == ["&Save draft", "&Discard", "&Continue filling in"] or {
        b.text() for b in box.buttons()
    } == {"&Save draft", "&Discard", "&Continue filling in"}
    qtbot.keyClick(box, Qt.Key_Escape)  # Esc on the question: go on filling in
    assert w.isVisible() and not box.isVisible() and page.name.text() == "赵敏"

    box = leave_question(qtbot, w)
    qtbot.mouseClick(box.findChild(QPushButton, "leaveContinue"), Qt.LeftButton)
    assert w.isVisible() and w.currentPage() is page

    box = leave_question(qtbot, w)
    qtbot.mouseClick(box.findChild(QPushButton, "leaveDiscard"), Qt.LeftButton)
    assert not w.isVisible()
    assert family.desk.conn.execute("SELECT count(*) FROM applications").fetchone()[0] == 0

    w, page = to_member_page(family, qtbot)
    type_text(qtbot, page.name, "赵敏")
    box = leave_question(qtbot, w)
    qtbot.keyClick(box, Qt.Key_Return)  # Enter: the default answer, save the draft
    assert not w.isVisible()
    [draft] = qinqing.unfinished(family.desk)
    assert (draft.status, draft.step, draft.member_name) == ("draft", "member", "赵敏")


def test_resuming_asks_the_password_only_once_the_notice_was_agreed(family, qtbot, answers):
    from tests.ui.test_wizard import leave_question

    w = open_wizard(family)
    through_password(qtbot, w)
    box = leave_question(qtbot, w)  # still on the notice: not agreed yet
    qtbot.mouseClick(box.findChild(QPushButton, "leaveSave"), Qt.LeftButton)
    [draft] = qinqing.unfinished(family.desk)
    family.start_wizard(application_id=draft.id)
    w = family.wizard
    qtbot.keyClicks(w.password_page.password, "246810")
    click_next(qtbot, w)
    assert w.currentPage() is w.notice_page  # never agreed: it is read now
    through_notice(qtbot, w)
    type_text(qtbot, w.member_page.name, "赵敏")
    box = leave_question(qtbot, w)
    qtbot.mouseClick(box.findChild(QPushButton, "leaveSave"), Qt.LeftButton)
    family.start_wizard(application_id=draft.id)
    w = family.wizard
    assert w.currentPage() is w.password_page
    qtbot.keyClicks(w.password_page.password, "246810")
    click_next(qtbot, w)
    assert w.currentPage() is w.member_page and w.member_page.name.text() == "赵敏"


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_password_has_one_name_everywhere(family, qtbot, answers, lang):
    if lang == "zh_CN":
        in_chinese(family)
    name, other = ("亲情服务密码", "电子社保卡密码") if lang == "zh_CN" else ("亲情服务 password", "e-card password")
    word = "密码" if lang == "zh_CN" else "password"
    w = open_wizard(family)
    qtbot.keyClicks(w.start_page.key, "A10000001")
    click_next(qtbot, w)
    texts = visible_texts(w)  # the first time: choose one
    pw = w.password_page
    for first, second in (("1", "1"), ("246810", "246811")):  # too short, then two that differ
        pw.password.clear()
        pw.again.clear()
        qtbot.keyClicks(pw.password, first)
        qtbot.keyClicks(pw.again, second)
        click_next(qtbot, w)
        texts.append(pw.error.text())
    pw.password.clear()
    pw.again.clear()
    qtbot.keyClicks(pw.password, "246810")
    qtbot.keyClicks(pw.again, "246810")
    click_next(qtbot, w)
    qtbot.mouseClick(w.button(QWizard.BackButton), Qt.LeftButton)  # now it is typed, not chosen
    texts += visible_texts(w)
    for _ in range(3):  # wrong, wrong, locked
        pw.password.clear()
        qtbot.keyClicks(pw.password, "000000")
        click_next(qtbot, w)
        texts.append(pw.error.text())
    about = pw.about.text()
    assert name in about and other in about  # the one place the phone's own password is named
    named = [t for t in texts if t != about and word in t.lower()]
    assert len(named) >= 8
    for text in named:
        assert word not in text.replace("&", "").lower().replace(name.lower(), ""), text


def test_the_summary_pdf_is_all_in_the_ui_language(family, qtbot, answers, monkeypatch, tmp_path):
    in_chinese(family)
    w, page = adult_on_member_page(family, qtbot, monkeypatch, tmp_path, place="counter")
    click_next(qtbot, w)
    tick(qtbot, w.face_page.performed)
    click_next(qtbot, w)
    html = w.done_page.summary_html()
    text = re.sub(r"<[^>]+>", " ", html)
    for known in ("id-card.pdf", "SHA-256", "KB", "clerk", "App"):  # a file name and the operator are data;
        # App: part of the Chinese name 国家医保服务平台App of the channel that does set up 家庭共济
        text = text.replace(known, "")
    assert re.findall(r"[A-Za-z]{2,}", re.sub(r"[0-9a-f]{12}…", "", text)) == []
    assert f"赵敏本人已通过；{CLERK}于" in html  # who passed it, who saw it

    def save_as(parent, title, suggested, filters):
        save_as.suggested = suggested
        return str(tmp_path / suggested)

    monkeypatch.setattr("sbdesk.ui.common.dialogs.save_path", save_as)
    qtbot.mouseClick(w.done_page.pdf, Qt.LeftButton)
    assert save_as.suggested.startswith("亲情服务摘要_张伟_赵敏_") and save_as.suggested.endswith(".pdf")
    reader = shutil.which("pdftotext")  # poppler-utils: what a person would read in the file
    if reader:
        out = subprocess.run(
            [reader, str(tmp_path / save_as.suggested), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "亲情服务申请摘要" in out and "Application" not in out and "Face recognition" not in out


# -- defaults that do not lie -------------------------------------------------------------------
def test_the_member_region_is_never_the_owners_by_default(family, qtbot, answers):
    w, page = to_member_page(family, qtbot)
    assert w.owner().region_code == "320500"
    assert page.region.currentIndex() == -1 and page.region.currentText() == ""
    assert page.errors["region"].text() == ""  # nothing to say before the ID number
    qtbot.keyClicks(page.id_number, make_id(date(1990, 2, 2), "430102", 71))  # issued in 长沙
    assert page.region.currentData() == "430100"


def test_a_member_on_record_shows_the_recorded_region_not_the_one_the_id_number_suggests(family, qtbot, answers):
    w, page = to_member_page(family, qtbot)
    type_text(qtbot, page.name, "张小明")
    qtbot.keyClicks(page.id_number, SON)  # issued in 成都, but 张小明 is insured in 南京 (on record)
    qtbot.waitUntil(lambda: not page.region.isEnabled())
    assert page.region.currentData() == "320100" and page.insurance.currentData() == "resident"
