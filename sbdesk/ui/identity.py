"""How desktops recognise the window: the application id (the desktop file's name, the
Wayland app id, the icon's name) and the window icon.

The icon comes from the SVG the packages install (packaging/icons/): beside the program in
the bundle, in the installed package's data (a wheel, setup.py), in packaging/ in a checkout,
else from the icon theme, where the .deb puts it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication, QIcon

from .. import paths

APP_ID = "cn.sbdesk.desk"


def icon_file() -> Path | None:
    """The icon's SVG shipped with this copy of the program, or None."""
    file = paths.shipped("icons", checkout="packaging/icons") / f"{APP_ID}.svg"
    return file if file.is_file() else None


def install() -> None:
    """Name the desktop file (task bars group the window under its entry) and set the icon."""
    QGuiApplication.setDesktopFileName(APP_ID)
    file = icon_file()
    icon = QIcon(str(file)) if file else QIcon.fromTheme(APP_ID)
    if not icon.isNull():
        QGuiApplication.setWindowIcon(icon)
