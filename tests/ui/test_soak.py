"""The window survives a working day: thousands of everyday actions in one process.

The day runs in a child process (tests/ui/soak.py) so that an interpreter abort is a
failed test with its message, not a dead test run. ``--soak-minutes N`` runs it longer.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.ui.soak import problems

ROOT = Path(__file__).resolve().parents[2]


def test_a_working_day_of_actions_neither_aborts_nor_grows(request):
    minutes = request.config.getoption("--soak-minutes")
    length = ["--seconds", str(minutes * 60)] if minutes else ["--actions", "2000"]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SBDESK_NO_CRASH_DIALOG="1")
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.soak", *length],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=(minutes or 2) * 60 + 120,
    )
    errors = [line for line in done.stderr.splitlines() if "propagateSizeHints" not in line]
    assert done.returncode == 0, f"the window died (exit {done.returncode}):\n" + "\n".join(errors[-15:])
    summary = json.loads(done.stdout.splitlines()[-1])
    assert summary["actions"] >= (100 if minutes else 2000)
    assert set(summary["counts"]) == {
        "search",
        "tabs",
        "person_dialog",
        "wizard",
        "bind_and_unbind",
        "elder_mode",
        "language",
    }
    found = problems(summary)
    assert not found, "\n".join(found)
