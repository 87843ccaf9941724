"""What the window does with personal pictures and numbers: a stored picture opened at full
size is logged (a file just taken is not), an export masks ID numbers unless the clerk ticks
the box, and the start deletes the pictures kept past their days."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QFileDialog

from sbdesk.domain.qinqing import Application
from sbdesk.services import people, qinqing
from sbdesk.store import audit
from tests.conftest import TODAY
from tests.ui.conftest import OWNER, counter_window, dispose, type_text
from tests.ui.test_wizard import NEW_ADULT


def png(path, width=900, height=600, colour="skyblue"):
    image = QImage(width, height, QImage.Format_RGB32)
    image.fill(QColor(colour))
    image.save(str(path))
    return path


def views(desk) -> list[dict]:
    return [e for e in audit.entries(desk.conn, limit=1000) if e["action"] == "attachment.view"]


def draft_with_a_credential(family, tmp_path) -> int:
    desk = family.desk
    owner = people.find(desk, OWNER)
    qinqing.set_password(desk, owner, "246810", "246810")
    item, _ = qinqing.read_attachment(desk, "credential", png(tmp_path / "id-front.png"), "front")
    app = Application(
        None,
        owner.id,
        member_name="赵敏",
        member_id_number=NEW_ADULT,
        relation="spouse",
        member_region="320500",
        member_insurance="resident",
        step="member",
    )
    return qinqing.save_draft(desk, app, [item]).id


def picture_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == "qinqingPicture" and w.isVisible()]


def test_a_stored_picture_opened_at_full_size_is_logged_and_one_just_taken_is_not(
    family, qtbot, answers, tmp_path, monkeypatch
):
    app_id = draft_with_a_credential(family, tmp_path)
    tab = family.members
    family.tabs.setCurrentWidget(tab)
    type_text(qtbot, tab.search, "张伟")
    qtbot.waitUntil(lambda: tab.current_person() is not None and tab.current_person().name == "张伟")
    qtbot.mouseClick(tab.buttons["resume"], Qt.LeftButton)
    w = family.wizard
    qtbot.keyClicks(w.password_page.password, "246810")
    qtbot.mouseClick(w.button(w.WizardButton.NextButton), Qt.LeftButton)
    page = w.member_page
    assert w.currentPage() is page and page.thumb["credential"].item is not None
    assert views(family.desk) == []  # the thumbnail alone is no look at the picture
    qtbot.mouseClick(page.thumb["credential"], Qt.LeftButton)
    [shown] = picture_dialogs()
    assert shown.picture.pixmap().width() in (900, *range(200, 900))  # whole, or fitted to the screen
    [row] = views(family.desk)
    assert (row["subject"], row["detail"]["kind"], row["detail"]["side"]) == (
        f"application:{app_id}",
        "credential",
        "front",
    )
    assert NEW_ADULT not in str(row)
    shown.close()
    qtbot.mouseClick(page.thumb["credential"], Qt.LeftButton)  # each opening is its own row
    assert len(views(family.desk)) == 2
    for dialog in picture_dialogs():
        dialog.close()

    monkeypatch.setattr("sbdesk.ui.common.dialogs.open_path", lambda *a: str(png(tmp_path / "back.png", colour="red")))
    qtbot.mouseClick(page.upload["credential_back"], Qt.LeftButton)
    qtbot.mouseClick(page.thumb["credential_back"], Qt.LeftButton)
    assert len(picture_dialogs()) == 1  # shown, but taken just now: not stored data, nothing logged
    assert len(views(family.desk)) == 2
    for dialog in picture_dialogs():
        dialog.close()


def test_a_picture_deleted_after_its_days_is_said_not_shown(family, qtbot, answers, tmp_path):
    from sbdesk.services import retention
    from sbdesk.ui.wizard.wizard import QinqingWizard

    app_id = draft_with_a_credential(family, tmp_path)
    w = QinqingWizard(family.desk, family.language, family)
    w.resume(app_id)  # the thumbnail shown, then the days run out (another desk's purge)
    retention.purge(family.desk, now=datetime.now().astimezone() + timedelta(days=31))
    qtbot.mouseClick(w.member_page.thumb["credential"], Qt.LeftButton)
    assert picture_dialogs() == [] and views(family.desk) == []
    assert "deleted after its time was up (30 days)" in answers.informed[-1][1]
    w.deleteLater()


def test_an_export_masks_id_numbers_unless_the_box_is_ticked_which_is_logged(family, qtbot, answers, tmp_path):
    for ticked, name in ((False, "masked.csv"), (True, "full.csv")):
        answers.path, answers.full_ids = str(tmp_path / name), ticked
        done = len(answers.informed)
        family.actions["export_people"].trigger()
        qtbot.waitUntil(lambda done=done: len(answers.informed) > done, timeout=60000)
    assert "Full ID numbers" in answers.export_label and "audit log" in answers.export_label
    masked = (tmp_path / "masked.csv").read_text(encoding="utf-8-sig")
    assert OWNER not in masked and OWNER[:6] + "********" + OWNER[-4:] in masked
    assert OWNER in (tmp_path / "full.csv").read_text(encoding="utf-8-sig")
    assert "ID numbers are masked" in answers.informed[-2][1]
    assert "full ID numbers: keep it safe" in answers.informed[-1][1]
    [row] = [e for e in audit.entries(family.desk.conn, limit=1000) if e["action"] == "exchange.export_full_ids"]
    assert row["detail"] == {"file": str(tmp_path / "full.csv"), "rows": 4}


def test_the_export_dialog_has_the_full_numbers_box_unticked(qtbot, monkeypatch, tmp_path):
    """The real dialog (its exec() stands in for the person): the box is there, unticked."""
    from sbdesk.ui.common import dialogs

    seen = {}

    def person(dialog):
        box = dialog.findChild(QCheckBox, "exportFullIds")
        seen["box"] = (box.text(), box.isChecked(), box.isVisibleTo(dialog))
        box.setChecked(True)
        dialog.selectFile(str(tmp_path / "out.csv"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QFileDialog, "exec", person)
    chosen = dialogs.save_export(None, "Export", "out.csv", "CSV (*.csv)", "Full ID numbers")
    assert seen["box"] == ("Full ID numbers", False, True)
    assert chosen == (str(tmp_path / "out.csv"), True)


def test_the_start_deletes_the_pictures_kept_past_their_days(qtbot, data_dir, tmp_path, monkeypatch):
    from sbdesk.services.desk import open_desk
    from tests.services.test_qinqing import ADULT, application, credential

    desk = open_desk(data_dir, operator="clerk", today=lambda: TODAY)
    owner = people.add(desk, name="张伟", id_number=OWNER, region="苏州市", insurance="employee")
    app = application(owner, ADULT, face_verified_by="clerk", face_verified_at="2026-11-25T10:00")
    old = qinqing.submit(desk, app, [credential(desk, tmp_path)])
    recent = qinqing.submit(desk, application(owner, NEW_ADULT, name="赵敏"), [credential(desk, tmp_path)])
    when = (datetime.now().astimezone() - timedelta(days=31)).isoformat(timespec="seconds")
    desk.conn.execute("UPDATE applications SET updated_at=? WHERE id=?", (when, old.id))
    desk.close()
    window = counter_window(qtbot, data_dir)
    try:
        window.maintain_later(lambda: None)
        job = window.upkeep.purge_job
        assert job is not None
        qtbot.waitUntil(lambda: job.isFinished() and not window.runner.busy(), timeout=60000)
        assert qinqing.load(window.desk, old.id)[1] == []
        assert len(qinqing.load(window.desk, recent.id)[1]) == 1
        [row] = audit.entries(window.desk.conn, "attachments")
        assert row["detail"] == {"images": 1, "applications": [f"#{old.id}"], "days": 30}
        window.upkeep.purge_job = None
        window.maintain_later(lambda: None)  # nothing due at the next start: no job queued
        assert window.upkeep.purge_job is None
    finally:
        dispose(window)
