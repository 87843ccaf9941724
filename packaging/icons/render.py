"""Render the icon's SVG into the hicolor PNG sizes desktops look up
(``hicolor/<n>x<n>/apps/cn.sbdesk.desk.png``) plus the scalable SVG itself.

The PNGs are made at package build time (packaging/deb/build.sh), not committed: the SVG is
the one source. Uses Qt's own SVG renderer from the project's PySide6, so no other tool is
needed.   python packaging/icons/render.py OUTDIR
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

APP_ID = "cn.sbdesk.desk"
SOURCE = Path(__file__).resolve().parent / f"{APP_ID}.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(out: Path) -> list[Path]:
    """Write ``out/hicolor/...``; returns the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])  # QPainter needs an application
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"cannot write {target}")
        written.append(target)
    scalable = out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    return [*written, scalable]


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python packaging/icons/render.py OUTDIR")
    for path in render(Path(sys.argv[1])):
        print(path)
