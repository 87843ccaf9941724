"""An encrypted data folder: no byte of a stored name, ID number or image can be found in
any of its files, and it works as a plain one does (same SQL, backups, restore)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from sbdesk import paths
from sbdesk.domain.qinqing import Application
from sbdesk.services import backup, people, qinqing
from sbdesk.services.desk import open_desk
from sbdesk.services.errors import InputError
from sbdesk.store import cipher, cipher_move, db
from tests.conftest import make_id

pytestmark = pytest.mark.skipif(not cipher.available(), reason="this build has no SQLCipher")

FACE = Path(__file__).resolve().parents[1] / "data" / "grace_hopper.jpg"
TODAY = date(2026, 12, 6)
OWNER = make_id(date(1978, 3, 4), "320505", 15)
CHILD = make_id(date(2014, 1, 20), "510104", 37)
NAMES = ("欧阳娜娜", "司马光明")


@pytest.fixture
def secret(data_dir):
    key = cipher.new_secret()
    cipher.use_key(data_dir, key)
    yield key
    cipher.use_key(data_dir, None)


def fill(folder: Path) -> bytes:
    """An owner, a child with a face photo and an ID document, a backup; returns the photo."""
    desk = open_desk(folder, operator="tester", today=lambda: TODAY)
    try:
        owner = people.add(desk, name=NAMES[0], id_number=OWNER, region="成都市", insurance="employee")
        photo, _ = qinqing.read_attachment(desk, "face_photo", FACE)
        pdf = folder.parent / "id.pdf"
        pdf.write_bytes(b"%PDF-1.4\n" + "身份证正面".encode() * 50 + b"\n%%EOF\n")
        credential = qinqing.read_attachment(desk, "credential", pdf)[0]
        app = Application(
            None,
            owner.id,
            member_name=NAMES[1],
            member_id_number=CHILD,
            relation="child",
            member_region="510100",
            member_insurance="resident",
            step="member",
            face_verified_by="clerk",
            face_verified_at="2026-12-06T10:00",
        )
        assert qinqing.submit(desk, replace(app), [credential, photo]).status == "opened"
        backup.backup(desk, automatic=True)
        backup.backup(desk)
    finally:
        desk.close()
    return FACE.read_bytes()


def findable(folder: Path, photo: bytes) -> list[str]:
    """Every file under the folder that holds a name, an ID number (any spelling) or a run of
    the photo's bytes."""
    needles = [n.encode() for n in NAMES] + [OWNER.encode(), CHILD.encode(), OWNER.encode("utf-16-le")]
    needles += [photo[i : i + 64] for i in range(1000, len(photo) - 64, 4096)]
    needles.append("身份证正面".encode())
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path.relative_to(folder)}" for n in needles if n in data][:1]
    return found


def test_a_plain_folder_shows_everything_and_an_encrypted_one_nothing(tmp_path, data_dir, secret):
    plain = tmp_path / "plain"
    photo = fill(plain)
    assert {"sbdesk.db"} <= set(findable(plain, photo))  # the test can find what is there
    assert any(name.startswith("backups") for name in findable(plain, photo))

    fill(data_dir)
    files = sorted(str(p.relative_to(data_dir)) for p in data_dir.rglob("*.db"))
    assert len(files) >= 3, files  # the database and two backups
    assert findable(data_dir, photo) == []
    assert all(cipher.is_encrypted(data_dir / f) for f in files)


def test_the_wal_a_killed_desk_leaves_holds_nothing_readable(data_dir, secret):
    """kill -9 right after a write: the write is in the WAL, never folded into the file."""
    child = f"""
import os, sys
from datetime import date
from sbdesk.services import people
from sbdesk.services.desk import open_desk
from sbdesk.services.errors import InputError
from sbdesk.store import cipher
cipher.use_key({str(data_dir)!r}, bytes.fromhex({secret.hex()!r}))
desk = open_desk({str(data_dir)!r}, operator="tester")
people.add(desk, name={NAMES[0]!r}, id_number={OWNER!r}, region="成都市", insurance="employee")
os.kill(os.getpid(), 9)
"""
    run = subprocess.run([sys.executable, "-c", child], cwd=Path(__file__).resolve().parents[2], check=False)
    assert run.returncode == -9
    wal = Path(str(paths.db_path(data_dir)) + "-wal")
    assert wal.stat().st_size > 0
    assert findable(data_dir, b"") == []
    desk = open_desk(data_dir, operator="tester")  # and the write is there, read through the key
    try:
        assert people.find(desk, OWNER).name == NAMES[0]
    finally:
        desk.close()


def test_without_the_key_or_with_another_the_folder_does_not_open(data_dir, secret):
    fill(data_dir)
    cipher.use_key(data_dir, None)
    with pytest.raises(db.KeyNeeded):
        open_desk(data_dir, operator="tester")
    cipher.use_key(data_dir, cipher.new_secret())
    with pytest.raises(db.WrongKey):
        open_desk(data_dir, operator="tester")
    assert not (data_dir / "sbdesk.db.damaged").exists()  # a wrong key is no damage
    cipher.use_key(data_dir, secret)
    desk = open_desk(data_dir, operator="tester")
    assert people.find(desk, OWNER).name == NAMES[0]
    desk.close()


def test_a_backup_of_an_encrypted_folder_restores(data_dir, secret):
    fill(data_dir)
    desk = open_desk(data_dir, operator="tester", today=lambda: TODAY)
    try:
        copy = backup.backup(desk)
    finally:
        desk.close()
    assert cipher.is_encrypted(copy)
    backup.restore_recorded(data_dir, copy, label="test")
    desk = open_desk(data_dir, operator="tester")
    try:
        assert people.find(desk, OWNER).name == NAMES[0]
    finally:
        desk.close()


def test_a_plain_folder_is_encrypted_and_back_and_loses_nothing(tmp_path, data_dir):
    photo = fill(data_dir)
    desk = open_desk(data_dir, operator="tester")
    before = {
        t: desk.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("people", "attachments", "audit")
    }
    desk.close()
    secret = cipher.new_secret()
    marks = []
    cipher_move.encrypt_folder(data_dir, secret, lambda: marks.append("committed"))
    assert marks == ["committed"]
    assert findable(data_dir, photo) == []
    cipher.use_key(data_dir, secret)
    try:
        desk = open_desk(data_dir, operator="tester")
        after = {t: desk.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in before}
        desk.close()
        assert after == before
        cipher_move.decrypt_folder(data_dir, secret, lambda: marks.append("back"))
    finally:
        cipher.use_key(data_dir, None)
    desk = open_desk(data_dir, operator="tester")
    try:
        assert people.find(desk, OWNER).name == NAMES[0]
    finally:
        desk.close()
    assert "sbdesk.db" in findable(data_dir, photo)


def test_the_folder_cannot_be_encrypted_while_a_desk_has_it_open(data_dir):
    fill(data_dir)
    desk = open_desk(data_dir, operator="tester")
    try:
        with pytest.raises(db.DatabaseLocked):
            cipher_move.encrypt_folder(data_dir, cipher.new_secret(), lambda: pytest.fail("committed"))
        assert people.find(desk, OWNER).name == NAMES[0]  # the open desk still reads its file
    finally:
        desk.close()
    assert not list(data_dir.rglob("*.encrypting"))


KILLED = """
import os, sys
from pathlib import Path
from sbdesk.store import cipher_move
folder, secret, when = Path(sys.argv[1]), bytes.fromhex(sys.argv[2]), sys.argv[3]

def commit():
    (folder / "protection.json").write_text("{}")  # what keys.encrypt writes there: the folder is protected
    if when == "after-commit":
        os.kill(os.getpid(), 9)

def progress(stage, done, total):
    if when == "mid-copy" and done == 1:
        os.kill(os.getpid(), 9)

cipher_move.encrypt_folder(folder, secret, commit, progress)
"""


@pytest.mark.parametrize("when", ["mid-copy", "after-commit"])
def test_a_kill_while_encrypting_loses_nothing(data_dir, when):
    photo = fill(data_dir)
    secret = cipher.new_secret()
    root = Path(__file__).resolve().parents[2]
    run = subprocess.run([sys.executable, "-c", KILLED, str(data_dir), secret.hex(), when], cwd=root, check=False)
    assert run.returncode == -9
    committed = (data_dir / "protection.json").exists()
    assert committed == (when == "after-commit")
    if committed:
        cipher.use_key(data_dir, secret)
    try:
        desk = open_desk(data_dir, operator="tester")  # the next start finishes or undoes the conversion
        desk.close()
        assert not list(data_dir.rglob("*.encrypting"))
        assert (findable(data_dir, photo) == []) == committed
        desk = open_desk(data_dir, operator="tester")
        try:
            assert people.find(desk, OWNER).name == NAMES[0]
            assert len(desk.conn.execute("SELECT id FROM attachments").fetchall()) == 2
        finally:
            desk.close()
    finally:
        cipher.use_key(data_dir, None)


def test_another_process_with_the_folder_open_stops_the_encryption(data_dir):
    fill(data_dir)
    holder = """
import sys
from sbdesk.services.desk import open_desk
from sbdesk.services.errors import InputError
desk = open_desk(sys.argv[1], operator="other")
print("open", flush=True)
sys.stdin.readline()
desk.close()
"""
    root = Path(__file__).resolve().parents[2]
    child = subprocess.Popen(
        [sys.executable, "-c", holder, str(data_dir)],
        cwd=root,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "open"
        with pytest.raises(db.DatabaseLocked):
            cipher_move.encrypt_folder(data_dir, cipher.new_secret(), lambda: pytest.fail("committed"))
    finally:
        child.communicate("\n", timeout=60)
    assert not list(data_dir.rglob("*.encrypting"))
    assert not cipher.is_encrypted(data_dir / "sbdesk.db")


def test_a_plain_backup_restored_into_an_encrypted_folder_is_encrypted(tmp_path, data_dir, secret):
    plain = tmp_path / "plain"
    photo = fill(plain)
    copy = sorted((plain / "backups").glob("manual-*.db"))[0]
    fill(data_dir)
    backup.restore_recorded(data_dir, copy, label="test")
    assert findable(data_dir, photo) == []
    desk = open_desk(data_dir, operator="tester")
    try:
        assert people.find(desk, OWNER).name == NAMES[0]
    finally:
        desk.close()


def test_an_encrypted_backup_is_refused_by_a_folder_without_its_key(tmp_path, data_dir, secret):
    fill(data_dir)
    copy = sorted((data_dir / "backups").glob("manual-*.db"))[0]
    other = tmp_path / "other"
    fill_other = open_desk(other, operator="tester")
    fill_other.close()
    with pytest.raises(InputError) as err:
        backup.restore_recorded(other, copy, label="test")
    assert err.value.problems[0][1].code == "backup.other_key"


def test_an_encrypted_backup_is_refused_by_a_folder_with_another_key(tmp_path, data_dir, secret):
    fill(data_dir)
    copy = sorted((data_dir / "backups").glob("manual-*.db"))[0]
    other = tmp_path / "other"
    cipher.use_key(other, cipher.new_secret())
    try:
        open_desk(other, operator="tester").close()
        with pytest.raises(InputError) as err:
            backup.restore_recorded(other, copy, label="test")
        assert err.value.problems[0][1].code == "backup.other_key"
    finally:
        cipher.use_key(other, None)


def test_a_start_leaves_the_copies_of_a_conversion_running_elsewhere_alone(data_dir):
    fill(data_dir)
    copy = data_dir / "backups" / "auto-1.db.encrypting"  # another process's checked copy, not yet committed
    copy.write_bytes(b"copy")
    with cipher_move._converting(data_dir):  # that process holds the folder's conversion lock
        open_desk(data_dir, operator="tester").close()
        assert copy.exists()
        with pytest.raises(db.DatabaseLocked):
            cipher_move.encrypt_folder(data_dir, cipher.new_secret(), lambda: pytest.fail("committed"))
    open_desk(data_dir, operator="tester").close()  # once it is gone (killed), the next start drops it
    assert not copy.exists()


def test_decrypt_takes_the_secret_it_is_given(data_dir):
    photo = fill(data_dir)
    secret = cipher.new_secret()
    cipher_move.encrypt_folder(data_dir, secret, lambda: None)
    assert not cipher.has_key(data_dir)
    cipher_move.decrypt_folder(data_dir, secret, lambda: None)  # no key registered in this process
    assert "sbdesk.db" in findable(data_dir, photo)
