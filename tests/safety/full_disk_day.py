"""Run inside a private mount namespace on a small tmpfs (see test_full_disk.py): a sound
database, a backup, then the disk fills up. Prints one JSON line of what a clerk saw."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

root = Path(sys.argv[1])
data = root / "data"


def cli(*args: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "sbdesk", "--data-dir", str(data), *args, "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return {"rc": done.returncode, "out": done.stdout, "err": done.stderr}


def fingerprint() -> list:
    db = data / "sbdesk.db"
    return [db.stat().st_ino, hashlib.sha256(db.read_bytes()).hexdigest()] if db.exists() else []


report: dict = {}
report["add"] = cli("person", "add", "--name", "张三", "--id", "11010519491231002X", "--region", "北京市")
report["backup"] = cli("backup")
before = fingerprint()
with open(root / "filler", "wb") as fh:  # the disk fills up
    try:
        while True:
            fh.write(b"\0" * 65536)
            fh.flush()
    except OSError:
        pass
    with contextlib.suppress(OSError):
        os.fsync(fh.fileno())
for name, args in {
    "list": ("person", "list"),
    "check": ("check",),
    "backup_full": ("backup",),
    "backup_elsewhere": ("backup", str(root / "copy.db")),
    "add_full": ("person", "add", "--name", "李四", "--id", "110105194912310021", "--region", "北京市"),
    "restore": ("restore", str(next((data / "backups").glob("*.db")))),
}.items():
    report[name] = cli(*args)
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication  # noqa: E402

from sbdesk.app import open_or_recover  # noqa: E402
from sbdesk.ui.language import LanguageManager  # noqa: E402

app = QApplication([])
LanguageManager().install("en")
asked: list[str] = []
report["recover"] = open_or_recover(data, lambda text: asked.append(text) or True, deep=True)
report["asked"] = asked
report["same_file"] = fingerprint() == before
# room for half a copy: a backup or a restore's copy of the current data runs out midway
size = (data / "sbdesk.db").stat().st_size
with open(root / "filler", "r+b") as fh:
    fh.truncate(max(0, fh.seek(0, 2) - size // 2))
report["backup_half"] = cli("backup")
report["restore_half"] = cli("restore", str(next((data / "backups").glob("*.db"))))
report["same_file_half"] = fingerprint()[:1] == before[:1]
# a first start with room for part of a new database (its WAL written, not yet folded in):
# said as a full disk, never a new file that then reads as damaged
report["first_start"] = []
ADD = ("person", "add", "--name", "王五", "--id", "11010519491231002X", "--region", "北京市")
for room in range(400, 720, 40):
    with open(root / "filler", "r+b") as fh:
        fh.truncate(0)
        fh.flush()
        os.fsync(fh.fileno())
    free = os.statvfs(root).f_bavail * os.statvfs(root).f_frsize
    with open(root / "filler", "r+b") as fh:
        fh.write(b"\0" * max(0, free - room * 1024))
        fh.flush()
        os.fsync(fh.fileno())
    new = root / f"new-{room}"
    done = subprocess.run(
        [sys.executable, "-m", "sbdesk", "--data-dir", str(new), "--lang", "en", *ADD],
        capture_output=True,
        text=True,
        timeout=120,
    )
    later = subprocess.run(
        [sys.executable, "-m", "sbdesk", "--data-dir", str(new), "--lang", "en", "check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    report["first_start"].append({"room": room, "rc": done.returncode, "err": done.stderr, "check": later.stderr})
    for part in new.glob("sbdesk.db*"):
        part.unlink()
(root / "filler").unlink()
report["list_after"] = cli("person", "list")
report["same_file_after"] = fingerprint()[:1] == before[:1]
print(json.dumps(report, ensure_ascii=False))
