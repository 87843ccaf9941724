"""The input-method module chosen before Qt starts (sbdesk/ui/input_method.py): on a fcitx
desk (UOS, Kylin) Qt is given ibus after the fcitx module it cannot load; other choices stand.
The real typing, with fcitx5 and ibus running, is tests/ui/test_ime_typing.py."""

import os
import subprocess
import sys

import pytest

from sbdesk.ui import input_method

UOS = {"QT_IM_MODULE": "fcitx", "XMODIFIERS": "@im=fcitx", "GTK_IM_MODULE": "fcitx"}


@pytest.mark.parametrize(
    "session, given",
    [
        (UOS, "fcitx;ibus"),  # UOS, Kylin (im-config, fcitx 4 or 5)
        ({"QT_IM_MODULE": "fcitx5", "XMODIFIERS": "@im=fcitx5"}, "fcitx5;ibus"),
        ({"XMODIFIERS": "@im=fcitx"}, "ibus"),  # nothing asked of Qt: its default is compose
        ({"GTK_IM_MODULE": "fcitx"}, "ibus"),
        ({"QT_IM_MODULE": "xim", "XMODIFIERS": "@im=fcitx"}, "ibus"),  # Qt 6 has no XIM
        ({"QT_IM_MODULE": " Fcitx ", "XMODIFIERS": " @im = fcitx "}, "Fcitx;ibus"),
    ],
)
def test_a_fcitx_session_gets_ibus_after_the_module_qt_lacks(session, given):
    env = dict(session)
    assert input_method.apply(env) == {"QT_IM_MODULES": given, "QT_IM_MODULE": "ibus"}
    assert env["QT_IM_MODULES"] == given and env["QT_IM_MODULE"] == "ibus"


@pytest.mark.parametrize(
    "asked, given",
    [
        ("fcitx;ibus", {"QT_IM_MODULES": "fcitx;ibus", "QT_IM_MODULE": "ibus"}),
        ("fcitx5; compose", {"QT_IM_MODULES": "fcitx5;compose;ibus", "QT_IM_MODULE": "ibus"}),
        (
            "qtvirtualkeyboard;compose",
            {"QT_IM_MODULES": "qtvirtualkeyboard;compose", "QT_IM_MODULE": "qtvirtualkeyboard"},
        ),
    ],
)
def test_a_list_written_in_the_one_module_variable_becomes_the_list_qt_reads(asked, given):
    """QT_IM_MODULE="fcitx;ibus" made Qt look for a plugin of that name and load none: no Chinese."""
    env = {"QT_IM_MODULE": asked, "XMODIFIERS": "@im=fcitx"} if "fcitx" in asked else {"QT_IM_MODULE": asked}
    assert input_method.apply(env) == given
    assert env["QT_IM_MODULES"] == given["QT_IM_MODULES"]


@pytest.mark.parametrize(
    "session",
    [
        {},  # no input method said: Qt's default
        {"QT_IM_MODULE": "ibus", "XMODIFIERS": "@im=ibus"},  # ibus: the plugin is there
        {"QT_IM_MODULE": "ibus", "XMODIFIERS": "@im=fcitx"},  # asked for ibus by name
        {**UOS, "QT_IM_MODULES": "fcitx;compose"},  # a list set by hand
        {"QT_IM_MODULE": "qtvirtualkeyboard", "XMODIFIERS": "@im=fcitx"},  # a module named on purpose
        {"QT_IM_MODULE": "none", "GTK_IM_MODULE": "fcitx"},
        {"XMODIFIERS": "@im=SCIM"},
    ],
)
def test_other_sessions_are_left_as_they_are(session):
    env = dict(session)
    assert input_method.apply(env) == {}
    assert env == session


def test_the_window_start_gives_qt_the_module_before_the_application_is_made(tmp_path):
    """The shipped start (app.run, via the CLI's entry) on a UOS desk: the QApplication is
    made with ibus after fcitx in its environment, and the log says why."""
    folder = tmp_path / "office"
    probe = (
        "import os, PySide6.QtWidgets as w\n"
        "class Seen(w.QApplication):\n"
        "    def __init__(self, *a):\n"
        "        print('qt sees', os.environ.get('QT_IM_MODULES'), os.environ.get('QT_IM_MODULE'), flush=True)\n"
        "        super().__init__(*a)\n"
        "w.QApplication = Seen\n"
        f"from sbdesk import cli; raise SystemExit(cli.main(['--data-dir', {str(folder)!r}, '--lang', 'en']))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_IM_", "XMODIFIERS", "GTK_IM_"))}
    env.update(UOS, SBDESK_SMOKE="1", QT_QPA_PLATFORM="offscreen", CI="true")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "qt sees fcitx;ibus ibus" in out.stdout.splitlines()
    log = (folder / "logs" / "sbdesk.log").read_text(encoding="utf-8")
    assert "input method: the session runs fcitx (QT_IM_MODULE=fcitx, XMODIFIERS=@im=fcitx)" in log
