"""House rules a reader relies on: code and docs give reasons, not tracker numbers (the repository
has no tracker, so a number tells the next engineer nothing); the gui/server/slow markers are
applied, so that `pytest -m "not gui and not server and not slow"` is a true inner loop; and
every module of sbdesk/ is where docs/architecture.md's module map says, so the next engineer
finds a module by reading, not by grepping."""

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


# --- the module map of docs/architecture.md ----------------------------------------------------
PACKAGE = ROOT / "sbdesk"
ARCHITECTURE = ROOT / "docs" / "architecture.md"
MAP_HEADING = "## Module map"
#: a package's door files: its heading names the package, so they are listed only where they
#: hold more than a docstring (cli/__init__.py holds `main`); a generated module such as
#: cli/help_texts.py is listed like any other, since a reader meets it in the tree all the same
DOORS = ("__init__.py", "__main__.py")
PACKAGE_PATH = re.compile(r"`(sbdesk/(?:[\w/]*/)?)`")
MODULE_BULLET = re.compile(r"^- `(\w+\.py)`")


def mapped_modules(text: str) -> tuple[list[str], list[str]]:
    """(every module the map names, as a path under sbdesk/, problems in the map itself): the
    section from "## Module map" to the next "## "; a heading naming `sbdesk/<package>/` opens a
    package, and each bullet starting with a backticked `name.py` names a module in it."""
    start = text.find("\n" + MAP_HEADING + "\n")
    if start < 0:
        return [], [f"docs/architecture.md has no {MAP_HEADING!r} section"]
    section = text[start + len(MAP_HEADING) + 2 :]
    end = section.find("\n## ")
    section = section if end < 0 else section[:end]
    package, names, problems = None, [], []
    for line in section.splitlines():
        if line.startswith("#"):
            found = PACKAGE_PATH.search(line)
            package = found.group(1) if found else None
            continue
        module = MODULE_BULLET.match(line)
        if module:
            if package is None:
                problems.append(f"{module.group(1)} is listed under no `sbdesk/<package>/` heading")
            else:
                names.append(package + module.group(1))
    return names, problems


def modules_in_tree() -> set[str]:
    return {
        p.relative_to(ROOT).as_posix()
        for p in PACKAGE.rglob("*.py")
        if p.name not in DOORS and "__pycache__" not in p.parts
    }


def test_every_module_of_sbdesk_is_in_the_module_map_under_its_package():
    names, problems = mapped_modules(ARCHITECTURE.read_text(encoding="utf-8"))
    twice = sorted({n for n in names if names.count(n) > 1})
    missing = sorted(modules_in_tree() - set(names))
    gone = sorted(n for n in set(names) if not (ROOT / n).is_file())
    assert not (problems or twice or missing or gone), (
        "docs/architecture.md, "
        + MAP_HEADING
        + ":\n"
        + "\n".join(
            problems
            + [f"named twice: {n}" for n in twice]
            + [f"not in the map (add it under its package's heading): {n}" for n in missing]
            + [f"in the map but not in the tree (moved or removed?): {n}" for n in gone]
        )
    )


def test_the_module_map_reader_finds_what_is_missing_and_what_is_gone():
    text = (
        "# A\n\n## Module map\n\n### Store (`sbdesk/store/`)\n\n- `db.py`: the file.\n- `nowhere.py`: gone.\n"
        "\n#### `sbdesk/ui/common/`\n\n- `columns.py`: columns.\n- `db.py`: again, elsewhere.\n"
        "\n### Prose\n\n- `stray.py`: no package.\n\n## Next section\n\n- `later.py`: not the map.\n"
    )
    names, problems = mapped_modules(text)
    assert names == [
        "sbdesk/store/db.py",
        "sbdesk/store/nowhere.py",
        "sbdesk/ui/common/columns.py",
        "sbdesk/ui/common/db.py",
    ]
    assert problems == ["stray.py is listed under no `sbdesk/<package>/` heading"]
    assert mapped_modules("# A\n\n## Layers\n")[1] == ["docs/architecture.md has no '## Module map' section"]


LONGEST = 500  # lines: past this a module holds more than one thing, and a reader loses its thread


def test_no_module_of_sbdesk_is_over_500_lines():
    lengths = {
        p.relative_to(ROOT).as_posix(): len(p.read_text(encoding="utf-8").splitlines()) for p in PACKAGE.rglob("*.py")
    }
    long = sorted(((n, name) for name, n in lengths.items() if n > LONGEST), reverse=True)
    assert not long, f"split these by what they hold (at most {LONGEST} lines):\n" + "\n".join(
        f"{n:5d}  {name}" for n, name in long
    )
