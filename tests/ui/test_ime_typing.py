"""A clerk types a name in Chinese with the desk's real input method.

On an X server (Xvfb) with a session bus, a real input method runs: Debian's fcitx5 with
fcitx5-chinese-addons (pinyin), as on UOS and Kylin, or ibus with ibus-libpinyin. The person
dialog, on a real data folder and started as the window starts (sbdesk/ui/input_method.py
before the QApplication), gets pinyin as real key events (xdotool, through the X server),
then a space that commits the first candidate; its name field must then hold Chinese
characters and nothing else. The fcitx5 desk says what UOS says (QT_IM_MODULE=fcitx, a module
the Qt in the wheel and the bundle does not have): it works through fcitx5's ibus frontend.
"""

from __future__ import annotations

import time
import unicodedata

import pytest

from tests.ui.ime_session import LIBEXEC, Session, need, run, wait_for

PINYIN = "wangfang"  # 王芳, a name as a clerk would type it: two syllables


def both_syllables(preedit: str) -> bool:
    """The preedit once every key is in: fcitx5 shows the pinyin ("wang fang"), ibus-libpinyin
    its best guess in characters (two, one a syllable)."""
    return preedit.replace(" ", "").replace("'", "") == PINYIN or (chinese(preedit) and len(preedit) == 2)


def chinese(text: str) -> bool:
    return bool(text) and all(unicodedata.name(c, "").startswith("CJK UNIFIED IDEOGRAPH") for c in text)


@pytest.fixture
def session(tmp_path):
    need("Xvfb", "dbus-daemon", "dbus-send", "xdotool")
    s = Session(tmp_path)
    try:
        s.start_x_and_bus()
        yield s
    finally:
        s.stop()


def type_name(session: Session, dialog, ime_ready, ime: str) -> str:
    """Pinyin into the focused name field, then a space; returns the field's text."""
    dialog.expect(lambda r: r.get("ready"), 60, "the dialog, active, with the focus in its name field")
    wait_for(
        ime_ready, 30, f"{ime} to have the dialog's input context in focus (none: Qt has no module that talks to it)"
    )
    typed = run(["xdotool", "type", "--delay", "30", PINYIN], session.env, timeout=30)
    assert typed.returncode == 0, typed.stderr
    # the input method composes: a preedit in the field (with nothing in its text yet)
    report = dialog.expect(lambda r: "preedit" in r or "text" in r, 30, f"{ime} to compose {PINYIN!r}")
    assert "preedit" in report, f"the keys reached the field as they were, without {ime}: {report}"
    dialog.expect(
        lambda r: both_syllables(r.get("preedit", "")), 30, f"both syllables of {PINYIN!r} in {ime}'s preedit"
    )
    pressed = run(["xdotool", "key", "space"], session.env)
    assert pressed.returncode == 0, pressed.stderr
    return dialog.expect(lambda r: "text" in r, 30, f"{ime} to commit a candidate")["text"]


def test_fcitx5_pinyin_types_a_chinese_name_on_a_uos_desk(session, tmp_path):
    need("fcitx5", "/usr/lib/*/fcitx5/libpinyin.so")
    started = time.monotonic()
    session.start_fcitx5()
    dialog = session.start_dialog(
        tmp_path / "data",
        {  # what a UOS or Kylin session sets
            "QT_IM_MODULE": "fcitx",
            "XMODIFIERS": "@im=fcitx",
            "GTK_IM_MODULE": "fcitx",
        },
    )
    text = type_name(session, dialog, session.fcitx_ready, "fcitx5")
    assert chinese(text), f"the name field holds {text!r}"
    print(f"fcitx5: {PINYIN} + space -> {text} in {time.monotonic() - started:.1f} s")


def test_ibus_libpinyin_types_a_chinese_name(session, tmp_path):
    need("ibus-daemon", "ibus", str(LIBEXEC / "ibus-memconf"), str(LIBEXEC / "ibus-engine-libpinyin"))
    started = time.monotonic()
    session.start_ibus()
    dialog = session.start_dialog(
        tmp_path / "data", {"QT_IM_MODULE": "ibus", "XMODIFIERS": "@im=ibus", "GTK_IM_MODULE": "ibus"}
    )
    text = type_name(session, dialog, session.ibus_ready, "ibus")
    assert chinese(text), f"the name field holds {text!r}"
    print(f"ibus: {PINYIN} + space -> {text} in {time.monotonic() - started:.1f} s")
