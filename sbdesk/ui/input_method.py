"""The Qt input-method module the window asks for, chosen before the QApplication is made.

The Qt in the wheel and in the bundle carries only the ``ibus`` and ``compose`` input-context
plugins. UOS and Kylin sessions run fcitx and say so (``QT_IM_MODULE=fcitx``,
``XMODIFIERS=@im=fcitx``); Qt then finds no fcitx plugin, falls back to ``compose``, and no
Chinese can be typed. fcitx5 also speaks the ibus protocol (its ibus frontend, on by default),
so ``ibus`` is put after what the session asks for: a fcitx plugin built for this Qt, where
someone installed one on QT_PLUGIN_PATH, is still tried first (Qt ≥ 6.8 reads the list in
QT_IM_MODULES). fcitx 4 has no ibus frontend: there nothing here helps (docs/input-methods.md).
Qt-free, so that app.py can call it before Qt is imported.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping, MutableMapping

FCITX = ("fcitx", "fcitx5")
# what a session asks for that this Qt cannot give, and fcitx5's ibus frontend can stand in for:
# nothing asked (Qt's default is compose), a fcitx module, or XIM (Qt 6 has none)
REPLACEABLE = ("", "xim") + FCITX


def session_is_fcitx(environ: Mapping[str, str]) -> bool:
    """Whether the desktop session says its input method is fcitx (4 or 5), in any of the
    variables im-config, Deepin and Kylin set."""
    xmodifiers = environ.get("XMODIFIERS", "").replace(" ", "").lower()
    return (
        environ.get("QT_IM_MODULE", "").strip().lower() in FCITX
        or environ.get("GTK_IM_MODULE", "").strip().lower() in FCITX
        or any(xmodifiers.startswith(f"@im={name}") for name in FCITX)
    )


def choose(environ: Mapping[str, str]) -> dict[str, str]:
    """The variables to set so that Qt talks to the session's input method; empty when the
    session's choice stands (ibus, nothing about fcitx, or QT_IM_MODULES set by hand)."""
    if environ.get("QT_IM_MODULES", "").strip():
        return {}
    asked = environ.get("QT_IM_MODULE", "").strip()
    listed = [m.strip() for m in asked.split(";") if m.strip()]
    if len(listed) > 1:  # a list in the one-module variable: Qt would look for a plugin named "fcitx;ibus"
        if session_is_fcitx({**environ, "QT_IM_MODULE": listed[0]}) and "ibus" not in map(str.lower, listed):
            listed.append("ibus")
        ibus = next((m for m in listed if m.lower() == "ibus"), listed[0])
        return {"QT_IM_MODULES": ";".join(listed), "QT_IM_MODULE": ibus}
    if not session_is_fcitx(environ):
        return {}
    if asked.lower() not in REPLACEABLE:
        return {}  # a module named on purpose (a virtual keyboard, "none"): left alone
    modules = [asked] if asked.lower() in FCITX else []
    # QT_IM_MODULE too, for a Qt older than 6.8, which reads only that one
    return {"QT_IM_MODULES": ";".join(modules + ["ibus"]), "QT_IM_MODULE": "ibus"}


def apply(environ: MutableMapping[str, str] | None = None) -> dict[str, str]:
    """Set what ``choose`` says in the environment (``os.environ``: Qt reads it when the
    QApplication is made), log it, and return it."""
    env = os.environ if environ is None else environ
    change = choose(env)
    if change:
        logging.getLogger(__name__).info(
            "input method: the session runs fcitx (QT_IM_MODULE=%s, XMODIFIERS=%s); Qt is given %s",
            env.get("QT_IM_MODULE", ""),
            env.get("XMODIFIERS", ""),
            ", ".join(f"{k}={v}" for k, v in change.items()),
        )
        env.update(change)
    return change
