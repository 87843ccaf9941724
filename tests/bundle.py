"""The PyInstaller one-folder bundle (build.spec), built once per test session and shared by
every test that runs it (tests/test_bundle.py, tests/packaging/test_deb.py): a build takes
minutes and 400 MB, so no test makes its own. Imported by tests/conftest.py."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def bundle(tmp_path_factory):
    """The folder ``sbdesk-<version>`` holding the program ``sbdesk``; removed when the session ends."""
    tool = Path(sys.executable).parent / "pyinstaller"
    if not tool.exists():
        pytest.skip("PyInstaller is installed by the test set-up (pyproject's test extra)")
    work = tmp_path_factory.mktemp("bundle")
    build = subprocess.run(
        [
            str(tool),
            str(ROOT / "build.spec"),
            "--noconfirm",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
        ],
        capture_output=True,
        text=True,
        timeout=1200,
        cwd=ROOT,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    try:
        [folder] = (work / "dist").glob("sbdesk-*")
        yield folder
    finally:  # do not leave 400 MB in pytest's kept temp folders
        shutil.rmtree(work / "dist", ignore_errors=True)
        shutil.rmtree(work / "build", ignore_errors=True)
