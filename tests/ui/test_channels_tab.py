"""绑定渠道 tab: each channel's real steps, the live decision, bind, unbind, receipt."""

import os
import stat
from datetime import date

from PySide6.QtCore import Qt

from sbdesk.services import binding, people
from sbdesk.store import audit
from tests.conftest import make_id
from tests.ui.conftest import OWNER, WIFE, type_text


def open_channel(window, channel):
    window.tabs.setCurrentWidget(window.channels)
    window.channels.show_channel(channel)
    return window.channels.pages[channel]


def choose(qtbot, box, kind):
    """Pick from a combo box with the keyboard: focus it and step down to the entry."""
    box.setFocus()
    target = box.findData(kind)
    while box.currentIndex() != target:
        qtbot.keyClick(box, Qt.Key_Down if box.currentIndex() < target else Qt.Key_Up)


def swipe(qtbot, field, number):
    """A keyboard-wedge card reader: the digits, then Enter."""
    field.setFocus()
    qtbot.keyClicks(field, number)
    qtbot.keyClick(field, Qt.Key_Return)


def test_window_binding_with_a_card_reader_then_receipt(family, qtbot, answers, tmp_path):
    page = open_channel(family, "window")
    assert "刷被使用人" not in page.steps.text() and "Swipe the card" in page.steps.text()
    swipe(qtbot, page.fields["owner_card"], "a10000001")
    assert "张伟" in page.found["owner_card"].text()
    swipe(qtbot, page.fields["member_card"], "B20000002")
    assert "李娜" in page.found["member_card"].text()
    assert page.decision.texts() == ["Choose the relationship."] and not page.action.isEnabled()
    choose(qtbot, page.relation, "spouse")
    qtbot.waitUntil(lambda: len(page.decision.texts()) > 1)
    checks = page.decision.texts()
    assert any(t.startswith("✓  江苏省苏州市 and 江苏省南京市 share within 江苏省 (since 2024-12-01") for t in checks)
    assert not any(t.startswith(("✗", "?")) for t in checks)
    assert any(t.startswith("ℹ  The owner's account pays for the member:") and "定点零售药店" in t for t in checks)
    assert page.action.isEnabled()
    qtbot.mouseClick(page.action, Qt.LeftButton)
    assert "张伟 pays for 李娜" in page.result.text()
    assert page.fields["member_card"].text() == ""
    panel = family.channels.panel
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 1).data() == "张伟" and panel.model.index(0, 5).data() == "active"
    # the members tab hears about it
    family.tabs.setCurrentWidget(family.members)
    type_text(qtbot, family.members.search, "李娜")
    qtbot.waitUntil(
        lambda: family.members.current_person() is not None and family.members.current_person().name == "李娜"
    )
    assert "spouse (配偶): 张伟" in family.members.detail.family.item(0).text()
    # receipt
    answers.path = str(tmp_path / "receipt.pdf")
    qtbot.mouseClick(panel.buttons["pdf"], Qt.LeftButton)
    data = (tmp_path / "receipt.pdf").read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000
    assert stat.S_IMODE(os.stat(tmp_path / "receipt.pdf").st_mode) == 0o600
    assert answers.informed[-1][0] == "Receipt"


def test_receipt_shows_masked_numbers_and_a_signature_line(family):
    from sbdesk.services import receipts
    from sbdesk.ui.channels.receipt import receipt_html

    b = binding.bind(
        family.desk, people.find(family.desk, OWNER).id, people.find(family.desk, WIFE).id, "spouse", "hospital"
    )
    html = receipt_html(receipts.receipt(family.desk, b.id))
    assert OWNER not in html and WIFE not in html
    assert OWNER[:6] + "********" + OWNER[-4:] in html
    assert "Owner (共济人) signature" in html and "A10000001" not in html
    assert "Operator (经办人) signature" in html and "(代办人) signature" in html


def test_a_refused_binding_names_the_reason_and_bind_stays_off(family, qtbot):
    page = open_channel(family, "hospital")
    swipe(qtbot, page.fields["owner_card"], "A10000001")
    swipe(qtbot, page.fields["member_card"], "D40000004")
    choose(qtbot, page.relation, "child")  # the grandmother, born 1950, as the owner's child
    qtbot.waitUntil(lambda: len(page.decision.texts()) > 1)
    failures = [t for t in page.decision.texts() if t.startswith("✗")]
    assert len(failures) == 1 and failures[0].startswith(
        "✗  Impossible by the birth dates: the member is 27.4 years older than the owner; for a child"
    )
    # 苏州 → 北京 at a counter: not refused since the 2026-01-09 notice, to confirm locally
    assert any(
        t.startswith("!  hospital insurance office: across provinces not refused") for t in page.decision.texts()
    )
    assert not page.action.isEnabled() and not page.confirm_unusual.isVisible()


def test_unknown_card_is_said_beside_the_field(family, qtbot):
    page = open_channel(family, "window")
    swipe(qtbot, page.fields["owner_card"], "Z99999999")
    assert page.found["owner_card"].text() == "not on record"
    assert not page.action.isEnabled()


def test_web_page_checks_the_computer_number_against_the_record(family, qtbot):
    page = open_channel(family, "web")
    assert "新增绑定" in page.steps.text()
    for name, text in (("owner_id", OWNER), ("member_computer", "123456780"), ("member_id", WIFE)):
        page.fields[name].setFocus()
        qtbot.keyClicks(page.fields[name], text)
        qtbot.keyClick(page.fields[name], Qt.Key_Return)
    choose(qtbot, page.relation, "spouse")
    qtbot.waitUntil(lambda: len(page.decision.texts()) > 1)
    assert (
        "✗  The 社保电脑号 (social-security computer number) typed does not match the one on record for 李娜."
        in page.decision.texts()
    )
    assert not page.action.isEnabled()
    page.fields["member_computer"].clear()
    qtbot.keyClicks(page.fields["member_computer"], "123456789")
    qtbot.waitUntil(page.action.isEnabled)
    qtbot.mouseClick(page.action, Qt.LeftButton)
    assert [b.channel for b in binding.listing(family.desk)] == ["web"]


def test_an_unusual_relationship_binds_only_after_the_box_is_ticked_and_is_audited(family, qtbot):
    people.add(
        family.desk,
        name="张小",
        id_number=make_id(date(1990, 6, 1), "320505", 61),
        region="苏州市",
        insurance="resident",
        card_number="E50000005",
    )  # 12 years younger than the owner
    page = open_channel(family, "window")
    swipe(qtbot, page.fields["owner_card"], "A10000001")
    swipe(qtbot, page.fields["member_card"], "E50000005")
    choose(qtbot, page.relation, "child")
    qtbot.waitUntil(lambda: any(t.startswith("!  Unusual by the birth dates") for t in page.decision.texts()))
    assert not page.action.isEnabled() and page.confirm_unusual.isVisibleTo(page)
    qtbot.mouseClick(page.confirm_unusual, Qt.LeftButton)
    qtbot.waitUntil(page.action.isEnabled)
    qtbot.mouseClick(page.action, Qt.LeftButton)
    [b] = binding.listing(family.desk)
    [entry] = [e for e in audit.entries(family.desk.conn, f"binding:{b.id}") if e["action"] == "binding.add"]
    assert entry["detail"]["unusual_confirmed"][0]["code"] == "plaus.gap_small"


def test_unbind_asks_for_a_reason_and_history_shows_both_steps(family, qtbot, answers):
    b = binding.bind(
        family.desk, people.find(family.desk, OWNER).id, people.find(family.desk, WIFE).id, "spouse", "window"
    )
    open_channel(family, "window")
    panel = family.channels.panel
    panel.reload()
    answers.text = None  # cancelled
    qtbot.mouseClick(panel.buttons["unbind"], Qt.LeftButton)
    assert panel.model.rowCount() == 1
    answers.text = "moved away"
    qtbot.mouseClick(panel.buttons["unbind"], Qt.LeftButton)
    assert panel.status.currentData() == "ended"  # the filter follows the binding just ended
    assert panel.current().id == b.id and panel.model.index(0, 5).data() == "ended"
    panel.status.setCurrentIndex(panel.status.findData(None))
    assert panel.current().id == b.id and panel.model.index(0, 5).data() == "ended"
    qtbot.mouseClick(panel.buttons["history"], Qt.LeftButton)
    lines = [panel.history.list.item(i).text() for i in range(panel.history.list.count())]
    assert any("ended on 2026-11-25; reason: moved away" in line for line in lines)
    assert any("bound through service window at a branch as spouse (配偶)" in line for line in lines)
    assert b.id


def test_ecard_page_checks_then_hands_over_to_the_wizard(family, qtbot):
    page = open_channel(family, "ecard")
    requested = []
    page.wizard_requested.connect(lambda o, m, r: requested.append((o.name, m.name, r)))
    for name, text in (("holder_id", OWNER), ("relative_id", WIFE)):
        page.fields[name].setFocus()
        qtbot.keyClicks(page.fields[name], text)
        qtbot.keyClick(page.fields[name], Qt.Key_Return)
    choose(qtbot, page.relation, "spouse")
    qtbot.waitUntil(page.action.isEnabled)
    # what it is: adding the relative's own e-card; no sharing is asked or offered
    assert page.decision.verdict_text() == "May add this family account."
    texts = page.decision.texts()
    assert any("does not spend your own 医保 personal account" in t and "医保钱包" in t for t in texts)
    assert any("query the relative's own 个人社保权益单" in t for t in texts)
    assert not any("pays for the member" in t or "May share" in t for t in texts)
    assert "共济" not in page.captions["holder_id"].text() + page.captions["relative_id"].text()
    qtbot.mouseClick(page.action, Qt.LeftButton)
    assert requested == [("张伟", "李娜", "spouse")]


def test_the_window_across_provinces_is_not_refused_and_says_what_to_confirm(family, qtbot):
    """Cross-province at a counter: 苏州 ↔ 北京 at the window was "✗ … through the 医保钱包 … not through"; now
    the clerk reads what to confirm in the local system, with the (secondary) source, and may bind."""
    page = open_channel(family, "window")
    swipe(qtbot, page.fields["owner_card"], "A10000001")
    swipe(qtbot, page.fields["member_card"], "D40000004")
    choose(qtbot, page.relation, "parent")
    qtbot.waitUntil(lambda: len(page.decision.texts()) > 1)
    texts = page.decision.texts()
    assert not any(t.startswith(("✗", "?")) for t in texts)
    assert texts[0].startswith("May share once this is done: service window at a branch: across provinces not refused.")
    [confirm] = [t for t in texts if t.startswith("!")]
    assert "Confirm in the local system" in confirm and "secondary" in confirm and "2026-01-09" in confirm
    assert page.action.isEnabled()
    qtbot.mouseClick(page.action, Qt.LeftButton)
    assert "张伟 pays for 王秀英" in page.result.text()


def test_a_missing_card_number_says_what_to_do_and_is_not_a_red_refusal(family, qtbot):
    """A card number the clerk can type in is a gap to fill, not 不能共济 in bold red."""
    nocard = make_id(date(1982, 3, 4), seq=77)
    people.add(family.desk, name="赵强", id_number=nocard, region="苏州市", insurance="resident")
    page = open_channel(family, "window")
    swipe(qtbot, page.fields["owner_card"], "A10000001")
    swipe(qtbot, page.fields["member_card"], nocard)  # found by the ID number: no card on record
    choose(qtbot, page.relation, "spouse")
    qtbot.waitUntil(lambda: len(page.decision.texts()) > 1)
    headline = page.decision.verdict_text()
    assert headline.startswith("Can share once the items below are done: This channel needs the member's")
    top = next(
        page.decision.item(i) for i in range(page.decision.count()) if page.decision.item(i).data(0x0100) == "verdict"
    )
    assert top.foreground().color().name() != "#b00020"  # not the refusal's red
    assert not any(t.startswith("✗") for t in page.decision.texts())  # the gap is listed as a thing to do
    assert any(t.startswith("!  This channel needs the member's") for t in page.decision.texts())
    assert not page.action.isEnabled()


def test_a_resident_owner_is_refused_naming_the_rule_and_its_source(family, qtbot):
    page = open_channel(family, "window")
    swipe(qtbot, page.fields["owner_card"], "C30000003")  # 张小明 has 居民医保
    swipe(qtbot, page.fields["member_card"], "B20000002")
    choose(qtbot, page.relation, "sibling")
    qtbot.waitUntil(lambda: len(page.decision.texts()) > 1)
    headline = page.decision.verdict_text()
    assert headline.startswith("May not share: The owner has no 职工医保")
    assert "2021-04-13" in headline and "国办发〔2021〕14号" in headline
