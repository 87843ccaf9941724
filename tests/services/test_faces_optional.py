"""OpenCV is the optional `faces` extra. Without it the face photo of a young
member is confirmed by eye, and the window and the command line say so in the clerk's words."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sbdesk.services import faces, qinqing

ROOT = Path(__file__).resolve().parents[2]
FACE = ROOT / "tests" / "data" / "grace_hopper.jpg"
BLOCK = "import sys; sys.modules['cv2'] = None; sys.modules['numpy'] = None\n"


def version(*args, block=True, **env):
    code = (BLOCK if block else "") + "from sbdesk.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run(
        [sys.executable, "-c", "import sys\n" + code, "--version", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
    )


def test_without_opencv_the_photo_is_read_and_left_to_the_clerk(desk, without_opencv):
    item, note = qinqing.read_attachment(desk, "face_photo", FACE)
    assert item.mime == "image/jpeg" and note.code == "face.unchecked"
    assert note.values["reason"].code == "face.not_installed"


def test_without_opencv_the_cli_says_the_clerk_checks_by_eye_in_chinese(tmp_path):
    out = version("--data-dir", str(tmp_path / "d"), LANG="zh_CN.UTF-8")
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.splitlines()[-1] == "未成年成员的人脸照片：本机未安装自动人脸检测，由经办人逐张目视核对。"
    out = version("--json", "--data-dir", str(tmp_path / "d"))
    assert json.loads(out.stdout)["face_check"] is False


def test_a_broken_opencv_is_said_plainly_and_logged(desk, monkeypatch, caplog):
    class Broken:
        def __getattr__(self, name):
            raise AttributeError(name)

    monkeypatch.setitem(sys.modules, "cv2", Broken())
    faces._detector.cache_clear()
    try:
        item, note = qinqing.read_attachment(desk, "face_photo", FACE)
    finally:
        faces._detector.cache_clear()
    assert note.values["reason"].code == "face.check_broken" and "cascade" in caplog.text


def test_with_opencv_the_cli_says_photos_are_checked(tmp_path):
    pytest.importorskip("cv2", reason="the automatic face check is the `faces` extra")
    out = version("--json", "--data-dir", str(tmp_path / "d"), block=False)
    assert json.loads(out.stdout)["face_check"] is True
