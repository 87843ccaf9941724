"""A settings.ini damaged or edited by hand must never keep the window from starting."""

from __future__ import annotations

import pytest

from sbdesk.app import build_main_window
from sbdesk.ui import screen_fit
from tests.ui.conftest import dispose


@pytest.mark.parametrize("geometry", ["hello", "12345", "@Rect(-99999 -99999 999999 999999)", "a, b"])
def test_a_saved_geometry_that_is_no_geometry_gives_the_first_window(qtbot, tmp_path, geometry):
    (tmp_path / "settings.ini").write_text(
        f"[General]\nplace=counter\noperator=clerk\noperator_id=0001\n[window]\ngeometry={geometry}\n", encoding="utf-8"
    )
    window = build_main_window(tmp_path, lang="zh_CN")  # raised TypeError in restoreGeometry
    try:
        area = screen_fit.available(window)
        assert window.width() <= area.width() and window.height() <= area.height()
    finally:
        dispose(window)
