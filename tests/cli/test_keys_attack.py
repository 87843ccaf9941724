"""An encrypted data folder attacked from the outside, as a person or a script meets it: a
damaged file, files a past repair left beside the database, kills in the middle."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from tests.cli.test_cli import run
from tests.cli.test_keys_cli import NO_KEYRING, PASSWORD, key_file, office, one_line, sb
from tests.conftest import make_id

__all__ = ["office"]


def damage_first_page(database: Path) -> None:
    """Bytes of page 1 past its plain header changed: its HMAC fails, as a wrong key's does."""
    with open(database, "r+b") as fh:
        fh.seek(2000)
        fh.write(b"\xff" * 16)


def test_a_damaged_first_page_is_damage_not_a_wrong_password_and_a_backup_restores(office, tmp_path):
    good = key_file(tmp_path, "good", PASSWORD)
    assert sb("encrypt", data_dir=office, key_file=good).returncode == 0
    assert sb("backup", data_dir=office, key_file=good).returncode == 0
    [copy] = (office / "backups").glob("manual-*.db")
    damage_first_page(office / "sbdesk.db")

    out = sb("check", data_dir=office, key_file=good)
    assert out.returncode == 3, out.stderr  # damage, as check says of a damaged plain file
    assert "damaged" in out.stderr and "holds neither" not in out.stderr
    assert "Traceback" not in out.stderr
    # a wrong password is still just that: not a verdict on the file
    assert "cannot be read by anyone" in one_line(
        sb("check", data_dir=office, key_file=key_file(tmp_path, "bad", "not the password"))
    )
    out = sb("restore", str(copy), data_dir=office, key_file=good)
    assert out.returncode == 0, out.stderr
    assert "张伟" in sb("person", "list", data_dir=office, key_file=good).stdout
    assert sb("check", data_dir=office, key_file=good).returncode == 0


def test_the_damaged_line_speaks_chinese(office, tmp_path):
    good = key_file(tmp_path, "good", PASSWORD)
    assert sb("encrypt", data_dir=office, key_file=good).returncode == 0
    damage_first_page(office / "sbdesk.db")
    env = dict(NO_KEYRING, SBDESK_KEY_FILE=str(good))
    out = run("check", "--lang", "zh_CN", data_dir=office, env=env)
    assert out.returncode == 3 and "已损坏" in out.stderr, out.stderr


def test_a_damaged_plain_copy_a_restore_kept_aside_stops_the_encryption(office, tmp_path):
    good = key_file(tmp_path, "good", PASSWORD)
    assert sb("backup", data_dir=office).returncode == 0
    [copy] = (office / "backups").glob("manual-*.db")
    with open(office / "sbdesk.db", "r+b") as fh:  # a plain file's first page damaged
        fh.seek(100)
        fh.write(b"\xee" * 200)
    assert sb("restore", str(copy), data_dir=office).returncode == 0
    [aside] = [p for p in office.glob("sbdesk.db.*") if not p.name.endswith(("-wal", "-shm"))]
    assert "张伟".encode() in aside.read_bytes()  # everyone's names, in clear, in the data folder

    line = one_line(sb("encrypt", data_dir=office, key_file=good))
    assert str(aside) in line and "not encrypted" in line
    assert not (office / "protection.json").exists()  # nothing was changed
    assert "张伟" in sb("person", "list", data_dir=office).stdout

    for path in office.glob("sbdesk.db.*"):  # the person moves it out, as the line says
        path.rename(tmp_path / path.name)
    assert sb("encrypt", data_dir=office, key_file=good).returncode == 0
    assert not [p for p in office.rglob("*") if p.is_file() and "张伟".encode() in p.read_bytes()]


KILLED_WRITER = """
import os, sys
from pathlib import Path
from sbdesk.services import keys
from sbdesk.store import cipher
folder = Path(sys.argv[1])
keys.unlock(folder)
conn = cipher.connect(folder / "sbdesk.db", cipher.key_for(folder / "sbdesk.db"))
conn.execute("PRAGMA journal_mode = DELETE")  # as a conversion holds the file
conn.execute("PRAGMA cache_size = 2")
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE people SET name = name || 'x'")
conn.execute("CREATE TABLE junk (x)")  # enough pages that the cache spills into the file
conn.execute("WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 500) "
             "INSERT INTO junk SELECT randomblob(4000) FROM c")
assert os.path.getsize(str(folder / "sbdesk.db") + "-journal") > 0
os.kill(os.getpid(), 9)
"""


def test_a_writer_killed_mid_transaction_leaves_an_encrypted_folder_that_opens(office, tmp_path):
    good = key_file(tmp_path, "good", PASSWORD)
    assert sb("encrypt", data_dir=office, key_file=good).returncode == 0
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, **NO_KEYRING, "SBDESK_KEY_FILE": str(good), "PYTHONPATH": str(root)}
    killed = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(office)], env=env, cwd=root, check=False)
    assert killed.returncode == -9
    assert (office / "sbdesk.db-journal").stat().st_size > 0  # its hot journal

    out = sb("person", "list", data_dir=office, key_file=good)
    assert out.returncode == 0, out.stderr
    assert "张伟" in out.stdout and "张伟x" not in out.stdout  # the killed write rolled back
    assert sb("check", data_dir=office, key_file=good).returncode == 0


def test_a_protection_file_asking_for_minutes_of_scrypt_is_damage(office, tmp_path):
    good = key_file(tmp_path, "good", PASSWORD)
    assert sb("encrypt", data_dir=office, key_file=good).returncode == 0
    mark = office / "protection.json"
    data = json.loads(mark.read_text())
    data["scrypt"] = {"n": 2**20, "r": 2, "p": 4}  # within the memory bound: 32 times the work, each try
    mark.write_text(json.dumps(data))
    out = sb("person", "list", data_dir=office, key_file=good)
    assert out.returncode == 3 and "protection.json is damaged" in out.stderr, out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def spellings(id_number: str) -> list[bytes]:
    """An ID number as it could sit in a file: whole, lowercase x, split 6-8-4, UTF-16."""
    texts = {id_number, id_number.lower(), f"{id_number[:6]} {id_number[6:14]} {id_number[14:]}"}
    return [t.encode(enc) for t in texts for enc in ("utf-8", "utf-16-le", "utf-16-be")]


def test_after_a_working_day_no_file_of_the_folder_holds_a_name_an_id_or_a_picture(tmp_path):
    from sbdesk import crash
    from tests.store.test_cipher import CHILD, NAMES, OWNER, fill

    office = tmp_path / "office"
    photo = fill(office)  # a 亲情服务 application with a face photo and an ID document, two backups
    good = key_file(tmp_path, "good", PASSWORD)
    assert sb("encrypt", data_dir=office, key_file=good).returncode == 0
    xid = next(i for i in (make_id(date(1960, 5, 5), "320505", s) for s in range(100, 200)) if i.endswith("X"))
    people_csv = tmp_path / "people.csv"
    people_csv.write_text(
        f"name,id_number,region,insurance\n上官婉儿,{xid.lower()},苏州市,employee\n", encoding="utf-8"
    )
    for args in (
        ("import", str(people_csv)),
        ("export", "--full-ids", str(tmp_path / "out.xlsx")),
        ("check",),
        ("backup",),
        ("audit",),
        ("bindings",),
        ("person", "list"),
    ):
        out = sb(*args, data_dir=office, key_file=good)
        assert out.returncode == 0, (args, out.stderr)
    [copy, *_] = sorted((office / "backups").glob("manual-*.db"))
    assert sb("restore", str(copy), data_dir=office, key_file=good).returncode == 0
    try:  # a crash whose message carries a name and a number
        raise ValueError(f"{NAMES[1]} {CHILD} {xid.lower()} {OWNER[:6]} {OWNER[6:14]} {OWNER[14:]}")
    except ValueError as exc:
        crash.write_crash_file(office, type(exc), exc, exc.__traceback__)

    needles = [n.encode(enc) for n in (*NAMES, "上官婉儿") for enc in ("utf-8", "utf-16-le", "gb18030")]
    for number in (OWNER, CHILD, xid):
        needles += spellings(number)
    needles += [photo[i : i + 64] for i in range(1000, len(photo) - 64, 4096)]
    files = [p for p in office.rglob("*") if p.is_file()]
    assert {"sbdesk.db", "protection.json"} <= {p.name for p in files}
    assert any(p.name.startswith("crash-") for p in files) and list(office.glob("logs/*.log"))
    found = [str(p.relative_to(office)) for p in files if any(n in p.read_bytes() for n in needles)]
    assert found == []


def test_a_bad_backup_stops_a_conversion_naming_it_and_leaves_no_copy(office, tmp_path):
    good = key_file(tmp_path, "good", PASSWORD)
    assert sb("backup", data_dir=office).returncode == 0
    bad = office / "backups" / "zz.db"
    bad.write_text("not a database\n")
    out = sb("encrypt", data_dir=office, key_file=good)
    assert out.returncode != 0 and str(bad) in out.stderr and ".sbdesk-tmp" not in out.stderr, out.stderr
    assert not list(office.rglob("*.encrypting")) and not (office / "protection.json").exists()

    bad.unlink()
    assert sb("encrypt", data_dir=office, key_file=good).returncode == 0
    [copy] = (office / "backups").glob("manual-*.db")
    bad.write_bytes(copy.read_bytes()[:8192] + b"\x00" * (copy.stat().st_size - 8192))  # pages lost
    out = sb("decrypt", data_dir=office, key_file=good)
    assert out.returncode != 0 and str(bad) in out.stderr, out.stderr
    assert not list(office.rglob("*.decrypting"))  # a plain copy of everyone's data, left beside them
    assert "张伟" in sb("person", "list", data_dir=office, key_file=good).stdout


def test_a_decryption_a_bad_backup_stopped_is_not_in_the_audit_log(office, tmp_path):
    good = key_file(tmp_path, "good", PASSWORD)
    assert sb("backup", data_dir=office).returncode == 0
    assert sb("encrypt", data_dir=office, key_file=good).returncode == 0
    [copy] = (office / "backups").glob("manual-*.db")
    bad = office / "backups" / "zz.db"
    bad.write_bytes(copy.read_bytes()[:8192] + b"\x00" * (copy.stat().st_size - 8192))
    assert sb("decrypt", data_dir=office, key_file=good).returncode != 0
    assert "encryption removed" not in sb("audit", data_dir=office, key_file=good).stdout

    bad.unlink()
    assert sb("decrypt", data_dir=office, key_file=good).returncode == 0
    assert sb("audit", data_dir=office).stdout.count("Data folder encryption removed") == 1
