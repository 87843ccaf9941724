"""A channel is one record of data: the 医保钱包 works across provinces, and a sixth channel
added only in resources/channels.json appears, binds and is listed with no code change."""

import json
import shutil

import pytest
from PySide6.QtCore import Qt

from sbdesk import paths
from sbdesk.services import binding, channels
from tests.ui.conftest import GRANDMA, OWNER
from tests.ui.test_channels_tab import choose, open_channel


def type_into(qtbot, field, text):
    field.setFocus()
    qtbot.keyClicks(field, text)


def test_the_wallet_binds_across_provinces_and_the_window_asks_to_confirm_locally(family, qtbot):
    window_page = open_channel(family, "window")
    type_into(qtbot, window_page.fields["owner_card"], "A10000001")
    type_into(qtbot, window_page.fields["member_card"], "D40000004")  # the grandmother, in 北京
    choose(qtbot, window_page.relation, "parent")
    window_page.evaluate()
    assert not any(t.startswith("✗") for t in window_page.decision.texts())  # across provinces: not refused
    assert any("Confirm in the local system" in t for t in window_page.decision.texts() if t.startswith("!"))
    assert window_page.action.isEnabled()

    page = open_channel(family, "wallet")
    assert "每天最多3笔" not in page.steps.text() and "at most 3 transfers a day" in page.steps.text()
    type_into(qtbot, page.fields["owner_id"], OWNER)
    type_into(qtbot, page.fields["member_id"], GRANDMA)
    choose(qtbot, page.relation, "parent")
    page.evaluate()
    assert not any(t.startswith("✗") for t in page.decision.texts()), page.decision.texts()
    assert page.action.isEnabled() and page.action.text() == "Re&cord the sharing relationship"
    qtbot.mouseClick(page.action, Qt.LeftButton)
    [made] = binding.listing(family.desk, "wallet")
    assert (made.owner_name, made.member_name, made.status) == ("张伟", "王秀英", "active")
    assert not family.channels.panel.buttons["pdf"].isVisible()  # no receipt for an app channel


@pytest.fixture
def sixth_channel(tmp_path, monkeypatch):
    folder = tmp_path / "resources"
    shutil.copytree(paths.resource_dir(), folder)
    doc = json.loads((folder / "channels.json").read_text(encoding="utf-8"))
    doc["channels"]["mini_program"] = {
        "label": {"zh_CN": "当地医保小程序", "en": "local insurance mini-program"},
        "title": {"zh_CN": "当地医保小程序·个人账户共济", "en": "Local insurance mini-program"},
        "fields": ["owner_id", "member_id"],
        "member_identifier": None,
        "face_photo_rule": False,
        "receipt": False,
        "cross_province": False,
        "carried_out_by": "here",
        "action": None,
        "steps": {
            "zh_CN": ["进入个人账户共济，签署承诺书。", "填写亲属证件号码和关系，提交。"],
            "en": ["Open 个人账户共济 and sign the commitment.", "Enter the relative's ID number and relationship."],
        },
        "source": "a test office",
        "status": "open",
    }
    (folder / "channels.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(paths, "resource_dir", lambda: folder)
    channels.catalogue.cache_clear()
    yield
    channels.catalogue.cache_clear()


def test_a_sixth_channel_is_a_data_change(sixth_channel, qtbot, data_dir, answers):
    from sbdesk.app import build_main_window
    from sbdesk.services import people
    from tests.conftest import TODAY
    from tests.ui.conftest import WIFE, dispose

    w = build_main_window(data_dir, lang="en", today=lambda: TODAY, operator="clerk")
    w.show()
    try:
        people.add(w.desk, name="张伟", id_number=OWNER, region="苏州市", insurance="employee")
        people.add(w.desk, name="李娜", id_number=WIFE, region="南京市", insurance="resident")
        assert w.channels.list.count() == 6
        assert w.channels.list.item(5).text() == "local insurance mini-program"
        page = open_channel(w, "mini_program")
        assert page.title.text() == "Local insurance mini-program" and "sign the commitment" in page.steps.text()
        type_into(qtbot, page.fields["owner_id"], OWNER)
        type_into(qtbot, page.fields["member_id"], WIFE)
        choose(qtbot, page.relation, "spouse")
        page.evaluate()
        qtbot.mouseClick(page.action, Qt.LeftButton)
        [made] = binding.listing(w.desk, "mini_program")
        assert made.member_name == "李娜"
    finally:
        dispose(w)
