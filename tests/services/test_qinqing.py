"""The 亲情服务 use cases without a window: password, files, drafts and the final write."""

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from sbdesk.domain.qinqing import Application
from sbdesk.services import binding, people, qinqing
from sbdesk.services.errors import InputError
from sbdesk.store import audit, db
from tests.conftest import make_id

FACE = Path(__file__).resolve().parents[1] / "data" / "grace_hopper.jpg"
OWNER = make_id(date(1978, 3, 4), "320505", 15)
ADULT = make_id(date(1980, 7, 9), "510104", 24)
CHILD = make_id(date(2014, 1, 20), "510104", 37)


@pytest.fixture
def owner(desk):
    return people.add(desk, name="张伟", id_number=OWNER, region="成都市", insurance="employee")


def codes(exc):
    return [p.code for _, p in exc.value.problems]


def test_password_is_hashed_and_three_wrong_tries_lock(desk, owner):
    assert not qinqing.has_password(desk, owner)
    with pytest.raises(InputError) as err:
        qinqing.set_password(desk, owner, "123", "123")
    assert codes(err) == ["password.too_short"]
    with pytest.raises(InputError) as err:
        qinqing.set_password(desk, owner, "246810", "246811")
    assert codes(err) == ["password.mismatch"]
    qinqing.set_password(desk, owner, "246810", "246810")
    stored = desk.conn.execute("SELECT hash FROM service_passwords").fetchone()[0]
    assert stored.startswith("scrypt$") and "246810" not in stored
    qinqing.verify_password(desk, owner, "246810")
    for left in (2, 1):
        with pytest.raises(InputError) as err:
            qinqing.verify_password(desk, owner, "000000")
        assert codes(err) == ["password.wrong"] and err.value.problems[0][1].values["left"] == left
    with pytest.raises(InputError) as err:
        qinqing.verify_password(desk, owner, "000000")
    assert codes(err) == ["password.locked"]
    with pytest.raises(InputError) as err:  # even the right password waits out the lock
        qinqing.verify_password(desk, owner, "246810")
    assert codes(err) == ["password.locked"]
    assert qinqing.locked_until(desk, owner) is not None
    actions = [e["action"] for e in audit.entries(desk.conn, f"person:{owner.id}")]
    assert actions[:3] == ["qinqing.locked", "qinqing.password_wrong", "qinqing.password_wrong"]


def test_files_are_judged_by_content_and_size(desk, tmp_path):
    fake = tmp_path / "id.jpg"
    fake.write_bytes(b"PK\x03\x04 this is a zip file, renamed")
    with pytest.raises(InputError) as err:
        qinqing.read_attachment(desk, "credential", fake)
    assert codes(err) == ["attachment.type"]
    huge = tmp_path / "scan.pdf"
    with huge.open("wb") as fh:
        fh.write(b"%PDF-1.7\n")
        fh.truncate(desk.policy.attachment_max_bytes + 1)
    with pytest.raises(InputError) as err:
        qinqing.read_attachment(desk, "credential", huge)
    assert codes(err) == ["attachment.too_big"]
    pdf = tmp_path / "ok.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    item, note = qinqing.read_attachment(desk, "credential", pdf)
    assert (item.mime, note) == ("application/pdf", None) and len(item.sha256) == 64
    with pytest.raises(InputError) as err:
        qinqing.read_attachment(desk, "credential", tmp_path / "missing.png")
    assert codes(err) == ["attachment.unreadable"]


def test_face_photo_must_show_exactly_one_face(desk, tmp_path):
    pytest.importorskip("cv2", reason="the automatic face check is the `faces` extra")
    item, note = qinqing.read_attachment(desk, "face_photo", FACE)
    assert note.code == "face.one" and item.mime == "image/jpeg"
    from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter

    blank = QImage(400, 400, QImage.Format_RGB32)
    painter = QPainter(blank)
    gradient = QLinearGradient(0, 0, 400, 400)
    gradient.setColorAt(0, QColor("skyblue"))
    gradient.setColorAt(1, QColor("white"))
    painter.fillRect(blank.rect(), gradient)
    painter.end()
    blank.save(str(tmp_path / "sky.png"))
    with pytest.raises(InputError) as err:
        qinqing.read_attachment(desk, "face_photo", tmp_path / "sky.png")
    assert codes(err) == ["face.none"]
    two = QImage(str(FACE))
    pair = QImage(two.width() * 2, two.height(), QImage.Format_RGB32)
    painter = QPainter(pair)
    painter.drawImage(0, 0, two)
    painter.drawImage(two.width(), 0, two)
    painter.end()
    pair.save(str(tmp_path / "pair.jpg"))
    with pytest.raises(InputError) as err:
        qinqing.read_attachment(desk, "face_photo", tmp_path / "pair.jpg")
    assert codes(err) == ["face.many"]


def test_without_opencv_the_operator_is_asked_to_look(desk, without_opencv):
    item, note = qinqing.read_attachment(desk, "face_photo", FACE)
    assert note.code == "face.unchecked" and "not installed on this computer" in note.render()
    assert "OpenCV" not in note.render()  # the clerk's words, not a developer's


def application(owner, member_id_number, name="李娜", **kw):
    fields = dict(
        member_name=name,
        member_id_number=member_id_number,
        relation="spouse",
        member_region="510100",
        member_insurance="resident",
        step="member",
    )
    return Application(None, owner.id, **{**fields, **kw})


def credential(desk, tmp_path):
    pdf = tmp_path / "id.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    return qinqing.read_attachment(desk, "credential", pdf)[0]


def test_adult_without_face_recognition_is_pending_then_opened(desk, owner, tmp_path):
    items = [credential(desk, tmp_path)]
    pending = qinqing.submit(desk, application(owner, ADULT), items)
    assert pending.status == "pending_face"
    assert binding.listing(desk) == []
    member = people.find(desk, ADULT)
    assert pending.member_id == member.id
    done = qinqing.submit(desk, replace(pending, face_verified_by="clerk", face_verified_at="2026-11-25T10:00"), items)
    assert done.status == "opened"
    assert binding.listing(desk) == []  # the 亲情服务 serves 李娜's own e-card: no account is shared
    [entry] = [e for e in audit.entries(desk.conn, f"application:{done.id}") if e["action"] == "qinqing.opened"]
    assert "binding" not in entry["detail"]
    assert [x.sha256 for x in qinqing.load(desk, done.id)[1]] == [items[0].sha256]


def test_a_child_needs_the_face_photo_and_nothing_is_written_without_it(desk, owner, tmp_path):
    app = application(owner, CHILD, name="张小明", face_verified_by="clerk", face_verified_at="2026-11-25T10:00")
    app = replace(app, relation="child")
    before = desk.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    with pytest.raises(InputError) as err:
        qinqing.submit(desk, app, [credential(desk, tmp_path)])
    assert codes(err) == ["qinqing.face_photo_missing"]
    assert desk.conn.execute("SELECT count(*) FROM people").fetchone()[0] == 1
    assert desk.conn.execute("SELECT count(*) FROM applications").fetchone()[0] == 0
    assert desk.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == before
    photo, _ = qinqing.read_attachment(desk, "face_photo", FACE)
    done = qinqing.submit(desk, app, [credential(desk, tmp_path), photo])
    assert done.status == "opened"
    kinds = [r[0] for r in desk.conn.execute("SELECT kind FROM attachments ORDER BY id")]
    assert kinds == ["credential", "face_photo"]


def test_a_draft_never_binds_and_can_be_resumed(desk, owner, tmp_path):
    draft = qinqing.save_draft(desk, application(owner, ADULT, step="notice"), [])
    assert draft.status == "draft"
    assert [a.id for a in qinqing.unfinished(desk, owner.id)] == [draft.id]
    assert binding.listing(desk) == []
    loaded, items = qinqing.load(desk, draft.id)
    assert (loaded.step, loaded.member_id_number, items) == ("notice", ADULT, [])
    qinqing.cancel(desk, draft.id)
    assert qinqing.unfinished(desk) == []
    with pytest.raises(InputError):
        qinqing.submit(desk, loaded, [credential(desk, tmp_path)])


def test_a_failure_inside_submit_leaves_nothing(desk, owner, tmp_path, monkeypatch):
    from sbdesk.store import applications

    def broken(*a, **k):
        raise db.DiskError("sbdesk.db")  # what either engine's connection raises for a disk failure

    monkeypatch.setattr(applications, "replace_attachments", broken)
    app = application(owner, ADULT, face_verified_by="clerk", face_verified_at="2026-11-25T10:00")
    with pytest.raises(db.StoreError):  # the disk error, as the sentence a clerk is shown
        qinqing.submit(desk, app, [credential(desk, tmp_path)])
    for table in ("applications", "bindings", "relations"):
        assert desk.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert desk.conn.execute("SELECT count(*) FROM people").fetchone()[0] == 1


def test_wrong_check_digit_or_a_name_that_differs_from_the_record(desk, owner):
    bad = ADULT[:-1] + ("1" if ADULT[-1] != "1" else "2")
    check = qinqing.check_member(
        desk, owner, name="李娜", id_number=bad, relation="spouse", region="成都市", insurance="resident"
    )
    assert not check.ok and [p.code for _, p in check.problems] == ["id.check_digit"]
    people.add(desk, name="李娜", id_number=ADULT, region="成都市", insurance="resident")
    check = qinqing.check_member(
        desk, owner, name="李四", id_number=ADULT, relation="spouse", region="", insurance="resident"
    )
    assert [p.code for _, p in check.problems] == ["qinqing.member_mismatch"]
    check = qinqing.check_member(
        desk, owner, name="李娜", id_number=ADULT, relation="spouse", region="", insurance="resident"
    )
    assert check.ok and check.on_record and not check.needs_face_photo


def test_a_credential_has_a_front_and_a_back_and_the_front_is_needed(desk, owner, tmp_path):
    """Schema 13: each side is its own file; a back alone is not a credential; a file kept
    before the schema (no side) counts as the front."""
    path = tmp_path / "side.pdf"
    path.write_bytes(b"%PDF-1.4 one side")
    back, _ = qinqing.read_attachment(desk, "credential", path, "back")
    with pytest.raises(InputError) as err:
        qinqing.submit(desk, application(owner, ADULT), [back])
    assert codes(err) == ["qinqing.credential_missing"]
    front, _ = qinqing.read_attachment(desk, "credential", path, "front")
    pending = qinqing.submit(desk, application(owner, ADULT), [front, back])
    assert [(x.kind, x.side, x.slot) for x in qinqing.load(desk, pending.id)[1]] == [
        ("credential", "front", "credential"),
        ("credential", "back", "credential_back"),
    ]
    with pytest.raises(db.Refused):  # the schema itself knows only front and back
        desk.conn.execute("UPDATE attachments SET side='inside'")
    plain = qinqing.submit(
        desk,
        application(owner, make_id(date(1990, 1, 1), "510104", 55), name="王芳"),
        [qinqing.read_attachment(desk, "credential", path)[0]],
    )
    assert plain.status == "pending_face"


@pytest.mark.parametrize(
    "lang, name, word", [("zh_CN", "亲情服务密码", "密码"), ("en", "亲情服务 password", "password")]
)
def test_the_notice_calls_the_password_by_its_one_name(lang, name, word):
    text = qinqing.notice(lang)
    assert name in text and word not in text.replace(name, "").replace(name + "s", "")
    if lang == "zh_CN":  # full-width punctuation between Chinese characters
        import re

        body = re.sub(r"<!--.*?-->|<[^>]+>", "", text, flags=re.S)
        assert re.findall(r"[\u4e00-\u9fff][,:;()][\u4e00-\u9fff]?", body) == []


@pytest.mark.parametrize(
    "lang, not_sharing, minors, counts",
    [
        ("zh_CN", "亲情服务不是家庭共济", "未成年人即未满18周岁", "有10个、8个"),
        ("en", "not family sharing (家庭共济)", "未成年人, under 18", "10, 8"),
    ],
)
def test_the_notice_says_what_the_service_is_and_never_offers_the_owners_balance(lang, not_sharing, minors, counts):
    """The 告知书 no longer says the card's balance may be used; it says the
    service is for the relative's own e-card and is not 家庭共济, and where sources differ."""
    import re

    text = re.sub(r"<!--.*?-->", "", qinqing.notice(lang), flags=re.S)  # what the person reads
    assert "余额" not in text and "balance" not in text
    assert not_sharing in text and minors in text and counts in text


def test_discarding_gives_up_only_an_unfinished_application(desk, owner, tmp_path):
    """放弃 on a line shown before another desk finished or discarded it: refused, nothing changed."""
    from sbdesk.services.changes import DISCARDED

    draft = qinqing.save_draft(desk, application(owner, ADULT, step="member"), [])
    assert qinqing.cancel(desk, draft.id) == DISCARDED  # what the window reloads
    with pytest.raises(InputError) as err:
        qinqing.cancel(desk, draft.id)
    assert codes(err) == ["qinqing.closed"]
    done = qinqing.submit(
        desk,
        application(owner, ADULT, face_verified_by="clerk", face_verified_at="2026-11-25T10:00"),
        [credential(desk, tmp_path)],
    )
    with pytest.raises(InputError):
        qinqing.cancel(desk, done.id)
    assert qinqing.load(desk, done.id)[0].status == "opened"
    assert [e["action"] for e in audit.entries(desk.conn, f"application:{draft.id}")].count("qinqing.cancelled") == 1
