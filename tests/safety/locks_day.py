"""A window's day under a watch on its database files (see test_sqlite_locks.py).

From the moment the window holds its connection until this process is killed, an audit
hook records every open() of sbdesk.db, -wal, -shm or -journal (by name or by inode: a link
counts) made by anything but SQLite. The day: the start's background check and automatic
copy, Tools → Check database, import, both exports, a backup, the refused doors (the
database chosen as an import, a credential image, a policy file, a receipt), the soak's
actions, another process reading the folder, and a person added last. The last line of
stdout is a JSON report; then the process waits to be killed."""

from __future__ import annotations

import contextlib
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SBDESK_NO_CRASH_DIALOG"] = "1"

data = Path(sys.argv[1])
actions = int(sys.argv[2]) if len(sys.argv) > 2 else 200
db = data / "sbdesk.db"
NAMES = [str(db) + suffix for suffix in ("", "-wal", "-shm", "-journal")]
opened: list[str] = []
armed = False


def identity(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino


def watch(event: str, args: tuple) -> None:
    if not armed or event != "open" or not args or not isinstance(args[0], (str, bytes, os.PathLike)):
        return
    name = os.path.realpath(os.fsdecode(args[0]))
    ident = identity(name)
    if name in NAMES or (ident is not None and ident in {identity(n) for n in NAMES}):
        opened.append(f"{name} ({event}, flags {args[2] if len(args) > 2 else '?'})")


sys.addaudithook(watch)

from PySide6.QtWidgets import QApplication  # noqa: E402

from sbdesk.app import build_main_window  # noqa: E402
from sbdesk.services import people, qinqing  # noqa: E402
from sbdesk.services.desk import open_desk  # noqa: E402
from sbdesk.ui.common import dialogs, printing  # noqa: E402
from tests.ui.soak import WEIGHTS, Day, make_people  # noqa: E402

told: list[str] = []
dialogs.inform = lambda parent, title, text, error=False: told.append(text)
dialogs.ask = lambda *a, **k: True
dialogs.ask_text = dialogs.ask_reason = lambda *a, **k: "本人申请"
chosen: dict[str, str | None] = {"open": None, "save": None}
dialogs.open_path = lambda *a, **k: chosen["open"]
dialogs.save_path = lambda *a, **k: chosen["save"]
dialogs.save_export = lambda *a, **k: (chosen["save"], False) if chosen["save"] else None  # masked

app = QApplication.instance() or QApplication(sys.argv[:1])
rng = random.Random(7)
desk = open_desk(data, operator="day")
make_people(desk, 60, rng)
desk.close()
csv = data.parent / "more.csv"
csv.write_text("name,id_number,region,insurance\n王芳,11010519491231002X,北京市,resident\n", encoding="utf-8")

window = build_main_window(data, lang="zh_CN", operator="day")
armed = True  # the window holds its connection from here on
window.resize(1200, 760)
window.show()
report: dict = {}


def settle() -> None:
    """Let every queued job run to its end, as the window's event loop would."""
    while window.runner.busy():
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()


window.upkeep.check_integrity_later(lambda: told.append("damaged"), backup_due=True)  # the start's background work
settle()
window.upkeep.check_database()
settle()
chosen["open"] = str(csv)
window.files.import_file()
settle()
for kind in ("people", "bindings"):
    chosen["save"] = str(data.parent / f"out-{kind}.csv")
    window.files.export_file(kind)
    settle()
chosen["save"] = str(data.parent / "copy.db")
window.files.backup_now()
settle()
report["told_before_refusals"] = list(told)
told.clear()
# the doors, each handed the database (or its WAL) as a person could choose it
for chosen["open"] in (str(db), str(db) + "-wal"):
    window.files.import_file()
    settle()
    window.regions.import_update()
for kind in ("credential", "face_photo"):
    try:
        qinqing.read_attachment(window.desk, kind, db, "front")
        told.append(f"{kind} read")
    except Exception as exc:  # noqa: BLE001 - what the wizard's page shows
        told.append(type(exc).__name__)
try:
    printing.write_pdf("<p>receipt</p>", str(db), window.desk.data_dir)
    told.append("receipt written")
except Exception as exc:  # noqa: BLE001 - what the panel shows
    told.append(type(exc).__name__)
chosen["save"] = str(db)
window.files.export_file("people")
settle()
report["refusals"] = list(told)
day = Day(window, rng)
for name in WEIGHTS:
    day.run(name)
names, weights = list(WEIGHTS), list(WEIGHTS.values())
for _ in range(actions):
    day.run(rng.choices(names, weights)[0])
report["actions"] = day.counts
other = subprocess.run(
    [sys.executable, "-m", "sbdesk", "--data-dir", str(data), "person", "list"],
    capture_output=True,
    text=True,
    timeout=120,
)
report["other_process"] = other.returncode
person = people.add(window.desk, name="赵六", id_number="110105194912310038", region="北京市")
report["added"] = person.id
fds = []
for fd in os.listdir("/proc/self/fd"):
    with contextlib.suppress(OSError):
        fds.append(os.readlink(f"/proc/self/fd/{fd}"))
report["deleted_files_held"] = [f for f in fds if "(deleted)" in f and "sbdesk.db" in f]
report["opened"] = opened
print(json.dumps(report, ensure_ascii=False), flush=True)
sys.stdin.read()  # killed here
