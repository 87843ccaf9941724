"""House rules a reader relies on: code and docs give reasons, not tracker numbers (the repository
has no tracker, so a number tells the next engineer nothing), and the gui/server/slow markers are
applied, so that `pytest -m "not gui and not server and not slow"` is a true inner loop."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRACKER_NUMBER = re.compile(r"\bissues?\s*#?\d+\b", re.IGNORECASE)
#: Not ours to word: translations (generated from the sources) and third parties' licence texts.
NOT_OURS = ("i18n/sbdesk_", "packaging/licences/", "resources/licences/")


def tracked_texts() -> list[Path]:
    git = shutil.which("git")
    if not git or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: no list of tracked files")
    names = subprocess.run([git, "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    return [
        ROOT / name
        for name in names.decode().split("\0")
        if name and not name.startswith(NOT_OURS) and (ROOT / name).is_file()
    ]


def test_no_tracked_file_cites_an_issue_number_instead_of_its_reason():
    found = []
    for path in tracked_texts():
        data = path.read_bytes()
        if b"\0" in data:
            continue  # databases, images
        for number, line in enumerate(data.decode("utf-8", "replace").splitlines(), 1):
            if TRACKER_NUMBER.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()[:100]}")
    assert not found, "write the reason, not the issue's number:\n" + "\n".join(found)


def test_the_pattern_finds_the_spellings_it_is_for():
    n = 14  # spelt with a variable, or this file would be the one found
    assert all(
        TRACKER_NUMBER.search(text) for text in [f"(issue {n})", f"Issue {n}, goal 8", f"issues {n}", f"issue #{n}"]
    )
    assert not any(TRACKER_NUMBER.search(text) for text in ["fcitx/fcitx5/issues/444", "issued 2023", "the issue's"])


def collected(marker: str, *files: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", "-m", marker, *files],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode in (0, 5), done.stdout + done.stderr  # 5: nothing collected
    return {line for line in done.stdout.splitlines() if "::" in line}


def test_a_server_test_is_marked_by_its_engine_its_fixture_or_its_own_call():
    files = ["tests/services/test_people.py", "tests/services/test_branch_errors.py", "tests/domain/test_idnumber.py"]
    server = collected("server", *files)
    people = {i for i in server if i.startswith("tests/services/test_people.py")}
    assert people and all("postgresql" in i for i in people)
    assert {i for i in collected("not server", *files) if "postgresql" in i} == set()
    assert any(i.startswith("tests/services/test_branch_errors.py") for i in server)  # calls need_server()
    assert not any(i.startswith("tests/domain/") for i in server)


def test_a_gui_test_is_marked_under_tests_ui_or_by_qtbot_elsewhere():
    gui = collected("gui", "tests/ui/test_startup.py", "tests/safety/test_sqlite_locks.py")
    assert any(i.startswith("tests/ui/test_startup.py") for i in gui)
    safety = {i.split("::")[1].split("[")[0] for i in gui if i.startswith("tests/safety/")}
    assert "test_the_file_dialog_shown_on_the_data_folder_leaves_the_windows_locks_alone" in safety
    assert "test_a_pipe_or_a_device_is_refused_at_every_door" not in safety


def test_the_bundle_is_slow_and_a_domain_test_is_not():
    assert collected("slow", "tests/test_bundle.py", "tests/domain/test_idnumber.py") == {
        "tests/test_bundle.py::test_the_bundle_builds_and_runs"
    }
