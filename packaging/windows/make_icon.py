"""Make the Windows icon (.ico) from packaging/icons/cn.sbdesk.desk.svg with Qt, at build time:
    python packaging/windows/make_icon.py OUT.ico [SVG]
Each size is rendered from the SVG and stored PNG-compressed, as Windows Vista and later read
ICO files (Qt's own ICO writer keeps one size per file). Until the SVG is in the repository a
placeholder is drawn (a card on blue), so the build never stops for want of the artwork."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)  # what Explorer, the taskbar and the Start menu ask for at 100-200 %
SVG = Path(__file__).resolve().parents[1] / "icons" / "cn.sbdesk.desk.svg"


def render(size: int, svg: Path | None):
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if svg is not None:
        from PySide6.QtSvg import QSvgRenderer

        renderer = QSvgRenderer(str(svg))
        if not renderer.isValid():
            painter.end()
            raise ValueError(f"{svg} is not an SVG Qt can draw")
        renderer.render(painter, QRectF(0, 0, size, size))
    else:  # the placeholder: a social-security card (chip and two lines) on a rounded blue square
        s = size / 16
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#1565c0"))
        painter.drawRoundedRect(QRectF(0, 0, size, size), 3 * s, 3 * s)
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(QRectF(2 * s, 4 * s, 12 * s, 8 * s), 1 * s, 1 * s)
        painter.setBrush(QColor("#f9a825"))
        painter.drawRect(QRectF(3.5 * s, 6 * s, 3 * s, 2.5 * s))
        painter.setBrush(QColor("#1565c0"))
        painter.drawRect(QRectF(8 * s, 6 * s, 4.5 * s, 1 * s))
        painter.drawRect(QRectF(8 * s, 8.5 * s, 3 * s, 1 * s))
    painter.end()
    return image


def png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def make_icon(out: Path, svg: Path | None = None) -> Path:
    """Write ``out`` (an ICO with every size in SIZES) from ``svg``, or the placeholder."""
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(["make_icon"])  # QPainter on QImage needs one (fonts)
    images = [png_bytes(render(size, svg)) for size in SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in zip(SIZES, images, strict=True):
        side = size if size < 256 else 0  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(header + entries + blobs)
    return out


def for_build(out: Path) -> Path:
    """The icon from the SVG where it is in the repository, else the placeholder."""
    return make_icon(out, SVG if SVG.exists() else None)


if __name__ == "__main__":
    target = Path(sys.argv[1])
    source = Path(sys.argv[2]) if len(sys.argv) > 2 else (SVG if SVG.exists() else None)
    print(make_icon(target, source), "from", source or "the placeholder")
