"""Take the user manual's screenshots from the real window, with made-up people, in both
languages, so the manual shows what the program shows today:

    xvfb-run -a python packaging/manual/shots.py        # -> resources/manual/{zh_CN,en}/images/*.png

(offscreen works too; xvfb-run gives the desktop's fonts and style). Each shot names the screen it
shows by its widget's object name: tests/ui/test_manual.py builds the window, opens every shot's
screen (without writing a picture) and fails when a named screen is gone, when the manual refers to
a picture that is not here, or when a picture here is not in the manual.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging" / "screenshots"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from take import made_up_window  # noqa: E402

from sbdesk.ui.common import dialogs  # noqa: E402

MANUAL = ROOT / "resources" / "manual"
LANGUAGES = ("zh_CN", "en")
SIZE = (1000, 660)  # the window; the manual shows a picture wider than 860 pixels smaller
ELDER_SIZE = (1024, 700)


def settle() -> None:
    app = QApplication.instance()
    for _ in range(10):
        app.processEvents()


def _members(window) -> QWidget:
    window.tabs.setCurrentWidget(window.members)
    return window


def _person(window) -> QWidget:
    window.tabs.setCurrentWidget(window.members)
    window.members.edit_person()
    return window.members.dialog


def _page(window, owner_card: str, member_card: str, relation: str):
    window.tabs.setCurrentWidget(window.channels)
    window.channels.show_channel("window")
    page = window.channels.pages["window"]
    page.fields["owner_card"].setText(owner_card)
    page.fields["member_card"].setText(member_card)
    page.relation.setCurrentIndex(page.relation.findData(relation))
    page.evaluate()
    return page


def _verdict(window) -> QWidget:
    _page(window, "A10000001", "B20000002", "spouse")  # 张伟 pays for his wife 李娜
    return window


def _refusal(window) -> QWidget:
    _page(window, "D40000004", "C30000003", "grandchild")  # 王秀英 has 居民医保: no personal account
    return window


def _receipts(window) -> QWidget:
    page = _page(window, "A10000001", "B20000002", "spouse")
    asked, dialogs.ask = dialogs.ask, lambda *_: True  # the clerk's "Bind?" answered yes
    try:
        page.act()  # bound: the list below shows it with its receipt buttons
    finally:
        dialogs.ask = asked
    settle()
    panel = window.channels.panel
    if panel.model.rowCount():
        panel.table.selectRow(0)
    return window


def _regions(window) -> QWidget:
    window.tabs.setCurrentWidget(window.regions)
    return window


def _pension(window) -> QWidget:
    window.tabs.setCurrentWidget(window.members)
    window.members.open_pension()  # 李娜, the first in the list
    dialog = window.members.pension
    dialog.category.setCurrentIndex(dialog.category.findData("cadre"))
    for start, end, base in (("2002-07", "2015-12", "4000"), ("2016-01", "", "6500")):
        dialog.start.setText(start)
        dialog.end.setText(end)
        dialog.base.setText(base)
        dialog.add_period()
    return dialog


def _wizard(window) -> QWidget:
    window.tabs.setCurrentWidget(window.members)
    window.start_wizard()
    return window.wizard


def _elder(window) -> QWidget:
    window.set_elder_mode(True)
    window.resize(*ELDER_SIZE)
    return window


class Shot(NamedTuple):
    name: str  # the picture: images/<name>.png
    screen: str  # the object name of the widget it shows; the test fails when it is gone
    opens: Callable[[QWidget], QWidget]  # from the main window to the widget to grab


SHOTS = (
    Shot("members", "membersTab", _members),
    Shot("person", "personDialog", _person),
    Shot("verdict", "windowPage", _verdict),
    Shot("refusal", "windowDecision", _refusal),
    Shot("receipts", "bindingsPanel", _receipts),
    Shot("regions", "regionsTab", _regions),
    Shot("pension", "pensionDialog", _pension),
    Shot("wizard", "qinqingWizard", _wizard),
    Shot("elder", "elderModeButton", _elder),
)


def screen_of(window, shot: Shot) -> QWidget | None:
    """Open the shot's screen and return the widget to grab, or None when its named screen is gone."""
    widget = shot.opens(window)
    settle()
    named = [w for top in (window, widget) for w in (top, *top.findChildren(QWidget, shot.screen))]
    shown = any(w.objectName() == shot.screen and w.isVisible() for w in named)
    return widget if shown else None


def save(widget: QWidget, target: Path) -> None:
    """A small PNG with a thin frame (a picture, not a window to click): an interface has few
    colours, so 256 of them keep it sharp."""
    picture = widget.grab()
    painter = QPainter(picture)
    painter.setPen(QColor("#9e9e9e"))
    painter.drawRect(picture.rect().adjusted(0, 0, -1, -1))
    painter.end()
    image = picture.toImage().convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither)
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG", 9):
        raise SystemExit(f"cannot write {target}")


def take(lang: str) -> list[Path]:
    written = []
    for shot in SHOTS:
        with made_up_window(lang, SIZE) as window:
            widget = screen_of(window, shot)
            if widget is None:
                raise SystemExit(f"{shot.name}: the screen {shot.screen!r} is gone")
            target = MANUAL / lang / "images" / f"{shot.name}.png"
            save(widget, target)
            written.append(target)
            window.set_elder_mode(False)
    return written


if __name__ == "__main__":
    for language in LANGUAGES:
        for path in take(language):
            print(path.relative_to(ROOT), path.stat().st_size)
