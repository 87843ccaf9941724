"""Take the AppStream screenshots: the real main window, offscreen, on a throw-away data
folder holding one made-up family (valid but invented ID numbers), in Chinese and English.
   python packaging/screenshots/take.py        -> packaging/screenshots/main-{zh_CN,en}.png
"""

from __future__ import annotations

import os
import sys
import tempfile
from contextlib import contextmanager
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from sbdesk.app import build_main_window  # noqa: E402
from sbdesk.domain.idnumber import check_char  # noqa: E402
from sbdesk.services import people  # noqa: E402
from sbdesk.ui.settings import Settings  # noqa: E402

TODAY = date(2026, 11, 25)
FAMILY = [
    ("张伟", "320505", date(1978, 3, 4), 15, "苏州市", "employee", "A10000001"),
    ("李娜", "510104", date(1980, 7, 9), 24, "南京市", "resident", "B20000002"),
    ("张小明", "510104", date(2014, 1, 20), 37, "南京市", "resident", "C30000003"),
    ("王秀英", "110105", date(1950, 10, 1), 42, "北京市", "resident", "D40000004"),
]


def made_up_id(division: str, birth: date, seq: int) -> str:
    body = f"{division}{birth:%Y%m%d}{seq:03d}"
    return body + check_char(body)


@contextmanager
def made_up_window(lang: str, size=(1200, 760)):
    """The real main window in ``lang`` on a throw-away data folder with the made-up family
    listed and the first selected; closed, and its database with it, on leaving."""
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        settings = Settings(folder)
        settings.place, settings.operator, settings.operator_id = "counter", "王芳", "0001"
        settings.sync()
        window = build_main_window(folder, lang=lang, today=lambda: TODAY)
        try:
            for name, division, birth, seq, region, insurance, card in FAMILY:
                people.add(
                    window.desk,
                    name=name,
                    id_number=made_up_id(division, birth, seq),
                    region=region,
                    insurance=insurance,
                    card_number=card,
                )
            window.data_changed()
            window.members.run_search()
            window.resize(*size)
            window.show()
            for _ in range(20):
                app.processEvents()
            table = getattr(window.members, "table", None)
            if table is not None and table.model() is not None and table.model().rowCount():
                table.selectRow(0)
                app.processEvents()
            yield window
        finally:
            window.close()
            window.deleteLater()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            window.desk.close()


def shoot(lang: str, out: Path, size=(1200, 760)) -> Path:
    """One screenshot of the main window in ``lang`` with the family listed and the first selected."""
    with made_up_window(lang, size) as window:
        target = out / f"main-{lang}.png"
        if not window.grab().save(str(target), "PNG"):
            raise SystemExit(f"cannot write {target}")
    return target


if __name__ == "__main__":
    for language in ("zh_CN", "en"):
        print(shoot(language, HERE))
