"""Help → About names the edition of the policy data in use; a status-bar line (never a
blocking dialog) warns while it is older than its manifest's months; a pack installs from the
regions tab's "Import policy update"."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from sbdesk.services import policy_pack
from sbdesk.services.desk import use_pack
from sbdesk.ui.common import dialogs
from tests.packs import keypair, make_pack
from tests.ui.conftest import dispose

SHIPPED = json.loads((Path(__file__).resolve().parents[2] / "resources" / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def no_pack_left():
    yield
    use_pack(None, {})


def test_about_names_the_edition_and_no_warning_while_it_is_current(window, answers):
    window.actions["about"].trigger()
    title, text, _ = answers.informed[-1]
    assert f"Policy data: edition {SHIPPED['edition']} ({SHIPPED['publisher']}, shipped)" in text
    assert "months old" not in text
    assert window.status.edition_warning.isHidden()


def stale_window(qtbot, data_dir, lang="en"):
    from sbdesk.app import build_main_window
    from sbdesk.domain.edition import add_months

    stale = add_months(date.fromisoformat(SHIPPED["edition"]), SHIPPED["stale_after_months"]) + timedelta(days=1)
    w = build_main_window(data_dir, lang=lang, today=lambda: stale)  # the shipped edition's months, and a day
    w.resize(1200, 760)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_a_stale_edition_is_warned_in_the_status_bar_and_about(qtbot, data_dir, answers):
    w = stale_window(qtbot, data_dir)
    try:
        assert w.status.edition_warning.isVisible()
        assert w.status.edition_warning.text() == "Policy data over 6 months old"
        warning = (
            f"The policy data (edition {SHIPPED['edition']}) is more than 6 months old: "
            "answers may be out of date; ask for a newer policy pack."
        )
        assert w.status.edition_warning.toolTip().endswith(warning)
        assert answers.informed == []  # nothing stops the work
        w.actions["about"].trigger()
        assert warning in answers.informed[-1][1]  # About also says how the data is kept, after it
    finally:
        dispose(w)


def test_a_pack_installed_from_the_regions_tab_ends_the_warning(qtbot, data_dir, answers, tmp_path, monkeypatch):
    w = stale_window(qtbot, data_dir)
    try:
        private, public = keypair(tmp_path)
        policy_pack.trust_key(w.desk, public)
        monkeypatch.setattr(dialogs, "open_path", lambda *a: str(make_pack(tmp_path, private, edition="2027-05-31")))
        w.tabs.setCurrentIndex(2)
        qtbot.mouseClick(w.regions.import_button, Qt.MouseButton.LeftButton)
        installed = "The policy data of edition 2027-05-31 (某市医保经办中心) is installed and in use."
        assert answers.informed[-1][:2] == ("Policy updated", installed)
        assert w.status.edition_warning.isHidden()
        w.actions["about"].trigger()
        assert "Policy data: edition 2027-05-31 (某市医保经办中心, installed policy pack)" in answers.informed[-1][1]
        monkeypatch.setattr(
            dialogs, "open_path", lambda *a: str(make_pack(tmp_path, private, edition="2027-01-01", name="old.sbpack"))
        )
        qtbot.mouseClick(w.regions.import_button, Qt.MouseButton.LeftButton)
        title, text, error = answers.informed[-1]
        assert error and "old.sbpack is refused: its edition 2027-01-01 is not newer" in text
    finally:
        dispose(w)
