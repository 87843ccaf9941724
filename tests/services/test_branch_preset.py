"""The computer's preset (branch.ini, deployed by IT): the address every desk there uses
unless it chose one itself; a preset that cannot be read never means "no server"."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from sbdesk import paths


@pytest.fixture
def preset(tmp_path, monkeypatch):
    file = tmp_path / "etc" / "branch.ini"
    file.parent.mkdir()
    monkeypatch.setenv("SBDESK_PRESET", str(file))
    monkeypatch.delenv("SBDESK_DATABASE", raising=False)
    paths.choose_database(None)
    yield file
    paths.choose_database(None)


def test_the_preset_is_the_default_and_a_desks_own_choice_wins(preset, monkeypatch):
    assert paths.database() == ""  # no file: the data folder's own
    preset.write_text(
        "[branch]\ndatabase = postgresql://db.branch.local/sbdesk?sslmode=verify-full\n", encoding="utf-8"
    )
    assert paths.database() == "postgresql://db.branch.local/sbdesk?sslmode=verify-full"
    monkeypatch.setenv("SBDESK_DATABASE", "postgresql://other/sbdesk")
    assert paths.database() == "postgresql://other/sbdesk"
    monkeypatch.delenv("SBDESK_DATABASE")
    paths.choose_database("postgresql://zhangwei@db.branch.local/sbdesk")  # the window's setting, --database
    assert paths.database() == "postgresql://zhangwei@db.branch.local/sbdesk"
    paths.choose_database("")  # --database "": the file
    assert paths.database() == ""


@pytest.mark.parametrize(
    "content",
    [
        b"database = postgresql://db/sbdesk\n",  # no section header
        b"[branch]\ndatabase = \xff\xfe\n",  # not UTF-8
        b"[Branch]\ndatabase = postgresql://db/sbdesk\n",  # read, but not the section sbdesk reads
        b"[sbdesk]\ndatabase = postgresql://db/sbdesk\n",
        # a password in a file every user of the computer reads: all would sign in as that one login
        b"[branch]\ndatabase = postgresql://clerk:secret@db/sbdesk\n",
        b"[branch]\ndatabase = postgresql://db/sbdesk?password=secret\n",
    ],
)
def test_a_preset_that_cannot_be_read_stops_the_desk_rather_than_use_a_file(preset, tmp_path, content):
    preset.write_bytes(content)
    env = {k: v for k, v in os.environ.items() if k not in ("SBDESK_DATABASE", "SBDESK_DATA_DIR")}
    done = subprocess.run(
        [sys.executable, "-m", "sbdesk", "person", "list", "--data-dir", str(tmp_path / "d"), "--lang", "en"],
        env={**env, "SBDESK_PRESET": str(preset)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    said = (
        f"The branch settings file {preset} cannot be read; nothing was opened. Ask IT to correct it, "
        "or name this desk's database with --database."
    )
    assert done.stderr.strip().splitlines() == [said]
    assert not (tmp_path / "d" / "sbdesk.db").exists()


@pytest.mark.parametrize("special", ["fifo", "/dev/zero"])
def test_a_preset_that_is_a_pipe_or_a_device_is_refused_at_once(preset, tmp_path, special):
    """A pipe waits for a writer and /dev/zero never ends: the desk would hang at its start."""
    path = str(tmp_path / "fifo") if special == "fifo" else special
    if special == "fifo":
        os.mkfifo(path)
    env = {k: v for k, v in os.environ.items() if k not in ("SBDESK_DATABASE", "SBDESK_DATA_DIR")}
    done = subprocess.run(
        [sys.executable, "-m", "sbdesk", "person", "list", "--data-dir", str(tmp_path / "d"), "--lang", "en"],
        env={**env, "SBDESK_PRESET": path},
        capture_output=True,
        text=True,
        timeout=20,
        check=False,
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    said = (
        f"The branch settings file {path} cannot be read; nothing was opened. Ask IT to correct it, "
        "or name this desk's database with --database."
    )
    assert done.stderr.strip().splitlines() == [said]
