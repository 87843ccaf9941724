"""A full disk is not a damaged file: every command says the disk is full, the window offers
no restore, and the sound database is never moved aside. Run on a real full disk: a 4 MB
tmpfs mounted in a private mount namespace (root only; elsewhere the test says why it skips)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def on_a_full_disk(tmp_path: Path) -> dict:
    if os.geteuid() != 0 or not shutil.which("unshare"):
        pytest.skip("a real full disk needs root (a tmpfs in a private mount namespace)")
    where = tmp_path / "small"
    where.mkdir()
    script = ROOT / "tests" / "safety" / "full_disk_day.py"
    done = subprocess.run(
        [
            shutil.which("unshare") or "unshare",
            "--mount",
            "--propagation",
            "private",
            "sh",
            "-c",
            'mount -t tmpfs -o size=4m,mode=700 sbdesk-full "$1" && exec "$2" "$3" "$1"',
            "sh",
            str(where),
            sys.executable,
            str(script),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    if done.returncode != 0 and "mount" in done.stderr and "permission" in done.stderr.lower():
        pytest.skip("this machine does not allow a private tmpfs: " + done.stderr.strip()[:200])
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_full_disk_is_said_as_such_and_the_sound_file_is_kept(tmp_path):
    seen = on_a_full_disk(tmp_path)
    assert seen["add"]["rc"] == 0 and seen["backup"]["rc"] == 0
    for name in (
        "list",
        "check",
        "add_full",
        "restore",
        "backup_full",
        "backup_elsewhere",
        "backup_half",
        "restore_half",
    ):
        result = seen[name]
        assert result["rc"] != 0, name
        assert "disk is full" in result["err"], (name, result["err"])
        assert "damaged" not in result["err"], (name, result["err"])
        assert len(result["err"].strip().splitlines()) == 1, (name, result["err"])
    for start in seen["first_start"]:  # a new folder on a nearly full disk: made whole, or not at all
        assert start["rc"] == 0 or "disk is full" in start["err"], start
        assert "damaged" not in start["err"] + start["check"], start
    # the window's start: the disk is named, no restore is offered, nothing is moved
    assert "disk is full" in (seen["recover"] or "") and seen["asked"] == []
    assert seen["same_file"]
    # space freed: the same file, with its person
    assert seen["same_file_after"] and seen["list_after"]["rc"] == 0 and "张三" in seen["list_after"]["out"]
