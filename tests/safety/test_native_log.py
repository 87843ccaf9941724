"""A native crash leaves its stack in the log folder, and Qt's own
warnings reach the log file with ID numbers and names masked. Each runs the program's logging
set-up (the calls app.run makes) in a child process."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ID = "11010519491231002X"

CRASH = """
import ctypes, sys
from pathlib import Path
from sbdesk import crash, fault_log
folder = Path(sys.argv[1])
crash.setup_logging(folder)
fault_log.enable(folder)

def read_the_card_of(number):
    ctypes.string_at(0)  # a native crash: SIGSEGV inside C code

read_the_card_of(sys.argv[2])
"""

QT = """
import sys
from pathlib import Path
from sbdesk import crash
from sbdesk.ui import qt_log
crash.setup_logging(Path(sys.argv[1]))
qt_log.install()
from PySide6.QtWidgets import QApplication, QVBoxLayout
app = QApplication([])
first, second, inner = QVBoxLayout(), QVBoxLayout(), QVBoxLayout()
inner.setObjectName(sys.argv[2] + " 张小明")
first.addLayout(inner)
second.addLayout(inner)  # Qt warns, naming the layout: it already has a parent
"""


def child(code: str, folder: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": ""}
    return subprocess.run(
        [sys.executable, "-c", code, str(folder), ID], env=env, capture_output=True, text=True, timeout=120, check=False
    )


def test_a_native_crash_leaves_its_stack_in_the_log_folder(tmp_path):
    done = child(CRASH, tmp_path)
    assert done.returncode == -signal.SIGSEGV, done.stderr
    path = tmp_path / "logs" / "native-crash.log"
    text = path.read_text(encoding="utf-8")
    assert "--- sbdesk" in text and " started " in text  # when the run began
    assert "Fatal Python error: Segmentation fault" in text
    assert "read_the_card_of" in text  # the Python stack that led there
    assert ID not in text  # faulthandler prints names and lines, never values
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_second_start_adds_to_the_file_and_names_its_start(tmp_path):
    child(CRASH, tmp_path)
    child(CRASH, tmp_path)
    text = (tmp_path / "logs" / "native-crash.log").read_text(encoding="utf-8")
    assert text.count("--- sbdesk") == 2 and text.count("Segmentation fault") == 2


def test_a_qt_warning_reaches_the_log_masked(tmp_path):
    done = child(QT, tmp_path)
    assert done.returncode == 0, done.stderr
    log = (tmp_path / "logs" / "sbdesk.log").read_text(encoding="utf-8")
    [line] = [line for line in log.splitlines() if "addChildLayout" in line]
    assert "WARNING sbdesk.qt" in line and "already has a parent" in line
    assert ID not in line and "110105********002X" in line and "张小明" not in line and "张**" in line


@pytest.mark.skipif(sys.platform == "win32", reason="no mode bits on Windows (portable.py)")
def test_a_crash_log_left_readable_to_others_is_made_user_only_again(tmp_path):
    """As sbdesk.log: an older copy, a restore or a tool may have left the file 0644."""
    path = tmp_path / "logs" / "native-crash.log"
    path.parent.mkdir()
    path.write_text("an earlier run\n", encoding="utf-8")
    path.chmod(0o644)
    code = "import sys; from pathlib import Path; from sbdesk import fault_log; fault_log.enable(Path(sys.argv[1]))"
    assert child(code, tmp_path).returncode == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text(encoding="utf-8").startswith("an earlier run\n--- sbdesk")
