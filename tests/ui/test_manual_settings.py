"""The manual tells a clerk what the desk's new settings do, in the menus' own words: how a
region box ranks shared initials and where the office's province is set, and the receipt's
print preview."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from sbdesk.ui.manual import plain


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_manual_names_the_office_province_and_the_print_preview_as_the_window_does(family, qtbot, lang):
    window = family
    window.set_language(lang)
    QApplication.processEvents()
    window.tabs.setCurrentIndex(1)
    window.channels.show_channel("window")
    QApplication.processEvents()
    text = window.help.open_manual("contents").browser.document().toPlainText()
    province = plain(window.actions["province"].text())
    preview = [
        b
        for b in window.channels.findChildren(type(window.members.buttons["add"]))
        if b.objectName() == "previewBindingButton" and b.isVisible()
    ]
    words = [province, *(plain(b.text()) for b in preview[:1])]
    assert len(words) == 2
    for word in words:
        assert word in text, f"{word!r} is not in the manual"
    assert ("广州市和赣州市" if lang == "zh_CN" else "广州市 and 赣州市") in text
