"""A manual that is missing or damaged (a broken install, a hand-edited file): F1 still opens
the viewer, which says what cannot be read, in the window's language; the program goes on."""

from __future__ import annotations

import pytest

from sbdesk.ui import manual


@pytest.mark.parametrize(
    ("content", "lang", "words"),
    [
        (None, "en", "The user manual cannot be read"),
        (b"\xff\xfe# broken \x81", "en", "The user manual cannot be read"),
        (None, "zh_CN", "使用手册无法读取"),
    ],
)
def test_f1_with_the_manual_missing_or_damaged_says_so(window, qtbot, tmp_path, monkeypatch, content, lang, words):
    root = tmp_path / "resources"
    (root / "manual" / "en").mkdir(parents=True)
    if content is not None:
        (root / "manual" / "en" / "manual.md").write_bytes(content)
    monkeypatch.setattr(manual.paths, "resource_dir", lambda: root)
    window.set_language(lang)
    viewer = window.help.open_manual("contents")
    qtbot.waitExposed(viewer)
    text = viewer.browser.toPlainText()
    assert text.startswith(words) and "manual.md" in text
    assert window.isVisible() and window.members.search.isEnabled()  # the program goes on
