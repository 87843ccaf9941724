"""How desktops recognise the window: the application id (the desktop file's name, the
Wayland app id, the icon's name) and the window icon.

The icon comes from the SVG the packages install (packaging/icons/): beside the program in
the bundle, in the installed package's data (a wheel, setup.py), in packaging/ in a checkout,
else from the icon theme, where the .deb puts it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QIcon

APP_ID = "cn.sbdesk.desk"


def icon_file() -> Path | None:
    """The icon's SVG shipped with this copy of the program, or None."""
    bundle = getattr(sys, "_MEIPASS", None)
    package = Path(__file__).resolve().parents[1]
    here = [Path(bundle) / "icons"] if bundle else [package / "data" / "icons"]
    here.append(package.parent / "packaging" / "icons")
    return next((f for f in (d / f"{APP_ID}.svg" for d in here) if f.is_file()), None)


def install() -> None:
    """Name the desktop file (task bars group the window under its entry) and set the icon."""
    QGuiApplication.setDesktopFileName(APP_ID)
    file = icon_file()
    icon = QIcon(str(file)) if file else QIcon.fromTheme(APP_ID)
    if not icon.isNull():
        QGuiApplication.setWindowIcon(icon)
