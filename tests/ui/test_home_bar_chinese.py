"""The line announcing unfinished 亲情服务 applications, in Chinese: one sentence after another
with nothing between them, as Chinese is written (no half-width space after 。)."""

from __future__ import annotations

from sbdesk.domain.qinqing import Application
from sbdesk.services import people, qinqing


def test_two_drafts_are_announced_in_chinese_without_a_half_width_space(family, qtbot):
    window = family
    window.set_language("zh_CN")
    owner, *others = people.search(window.desk, "")
    for member in others[:2]:
        qinqing.save_draft(
            window.desk,
            Application(None, owner_id=owner.id, member_id=member.id, member_name=member.name, step="member"),
            [],
        )
    window.home_bar.reload()
    text = window.home_bar.draft.text()
    assert text.startswith("未完成的亲情服务申请：") and "另有1份" in text
    assert " " not in text, text
