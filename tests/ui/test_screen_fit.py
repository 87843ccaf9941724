"""The first window, the person dialog, the wizard and the pension dialog fit the screen's free
area on the desks of the branches: 1366×768 with a panel, and 1280×800 at 150 % (853×533
logical pixels). Each case starts a real X server (Xvfb) with a window manager (openbox, its
margin standing for a 40-pixel panel: Qt reads the free area from _NET_WORKAREA) and runs
tests/ui/screen_child.py on the xcb platform, which prints what it measured.

Skipped where Xvfb is missing; .ci/bootstrap installs it (and openbox) for the test run.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHILD = ROOT / "tests" / "ui" / "screen_child.py"
PANEL = 40  # pixels at the bottom kept free, as a desktop's panel does
RC = f"""<?xml version="1.0" encoding="UTF-8"?>
<openbox_config xmlns="http://openbox.org/3.4/rc">
  <margins><top>0</top><bottom>{PANEL}</bottom><left>0</left><right>0</right></margins>
</openbox_config>
"""

pytestmark = pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb (apt install xvfb)")


def tool(name: str) -> str:
    return shutil.which(name) or name


class Display:
    """A private X server on a free display number (-displayfd: never one someone else uses),
    with openbox when it is installed."""

    def __init__(self, size: str, folder: Path) -> None:
        read, write = os.pipe()
        self.server = subprocess.Popen(
            [tool("Xvfb"), "-displayfd", str(write), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as pipe:
            self.name = ":" + pipe.readline().strip()
        self.wm = None
        self.folder = folder
        if shutil.which("openbox"):
            (folder / "rc.xml").write_text(RC, encoding="utf-8")
            try:
                for _ in range(3):  # openbox has exited 1 at start once in a while on a loaded machine
                    self._start_wm()
                    if self._wait_for_workarea():
                        return
                log = (folder / "openbox.log").read_text(encoding="utf-8", errors="replace")[-1500:]
                pytest.fail(f"openbox did not publish _NET_WORKAREA on {self.name} (3 starts): {log}")
            except BaseException:
                self.close()  # no X server left behind by a failed start
                raise

    def _start_wm(self) -> None:
        with (self.folder / "openbox.log").open("a") as log:  # the child keeps its own copy
            self.wm = subprocess.Popen(
                [tool("openbox"), "--config-file", str(self.folder / "rc.xml")],
                env={**os.environ, "DISPLAY": self.name},
                stderr=log,
            )

    def _wait_for_workarea(self) -> bool:
        """openbox is ready once it has published the free area (a condition, not a sleep);
        False when it exited first."""
        for _ in range(600):
            out = subprocess.run(
                [tool("xprop"), "-root", "_NET_WORKAREA"],
                env={**os.environ, "DISPLAY": self.name},
                capture_output=True,
                text=True,
                check=False,
            ).stdout
            if "CARDINAL" in out:
                return True
            if self.wm is not None and self.wm.poll() is not None:
                return False
            time.sleep(0.05)  # polling for openbox's start: no outcome depends on the time
        pytest.fail(f"openbox did not publish _NET_WORKAREA on {self.name} in 30 s")

    def close(self) -> None:
        for process in (self.wm, self.server):
            if process is not None:
                process.terminate()
                process.wait(10)


@pytest.fixture(params=[("1366x768", "1"), ("1280x800", "1.5")], ids=["1366x768", "1280x800@150%"])
def desk(request, tmp_path):
    if shutil.which("openbox") and not shutil.which("xprop"):
        pytest.skip("needs xprop (apt install x11-utils)")
    size, scale = request.param
    display = Display(size, tmp_path)
    yield display, size, float(scale)
    display.close()


def start(
    display: Display,
    scale: float,
    data_dir: Path,
    lang: str,
    *,
    elder: bool = False,
    shots: Path | None = None,
    tag: str = "",
    save: str | None = None,
) -> dict:
    """The child's measures; the data folder's settings are written first unless a test did."""
    data_dir.mkdir(exist_ok=True)
    if not (data_dir / "settings.ini").exists():
        (data_dir / "settings.ini").write_text(
            f"[General]\nplace=counter\noperator=clerk\noperator_id=0001\nelder_mode={str(elder).lower()}\n",
            encoding="utf-8",
        )
    env = {
        **os.environ,
        "DISPLAY": display.name,
        "QT_QPA_PLATFORM": "xcb",
        "QT_SCALE_FACTOR": str(scale),
        "PYTHONPATH": str(ROOT),
    }
    env.pop("WAYLAND_DISPLAY", None)
    command = [sys.executable, str(CHILD), str(data_dir), lang]
    if shots is not None:
        command += ["--shots", str(shots), "--tag", tag]
    if save is not None:
        command += ["--save", save]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return {} if save else json.loads(done.stdout.strip().splitlines()[-1])


def inside(frame: list[int], area: list[int]) -> bool:
    x, y, w, h = frame
    ax, ay, aw, ah = area
    return ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah


def assert_fits(out: dict) -> None:
    area = out["available"]
    for name in ("main", "person", "wizard", "pension"):
        assert inside(out[name]["frame"], area), (name, out[name]["frame"], "outside", area)
        assert out[name]["cut_buttons"] == [], (name, out[name]["cut_buttons"])
    assert out["wizard"]["pages_too_big"] == []


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_first_window_and_dialogs_fit_the_free_area(desk, tmp_path, lang):
    display, size, scale = desk
    out = start(display, scale, tmp_path / "data", lang)
    width, height = (int(n) for n in size.split("x"))
    assert out["screen"] == [0, 0, round(width / scale), round(height / scale)] or scale != 1
    if display.wm is not None:  # the panel's room is not the window's
        assert out["available"][3] < out["screen"][3]
    assert_fits(out)
    print(size, scale, lang, json.dumps(out))


def test_elder_mode_fits_1366x768(tmp_path):
    """长辈模式's larger text: the window still fits; what has no room scrolls instead of being cut."""
    display = Display("1366x768", tmp_path)
    try:
        for lang in ("zh_CN", "en"):
            out = start(display, 1.0, tmp_path / lang, lang, elder=True)
            assert_fits(out)
    finally:
        display.close()


def test_saved_geometry_kept_only_while_it_fits(desk, tmp_path):
    """A geometry saved on a larger screen (1900×1000) is not restored past this one's edge;
    one that fits is restored as it was; one too small to use (1×1) gives the first window."""
    display, _size, scale = desk
    for name, rect in (("big", "10,30,1900,1000"), ("small", "40,60,700,420"), ("tiny", "40,60,1,1")):
        start(display, scale, tmp_path / name, "zh_CN", save=rect)
        out = start(display, scale, tmp_path / name, "zh_CN")
        assert_fits(out)
        if name == "small":
            kept = out["main"]["geometry"]  # 150 %: a logical pixel may round either way
            assert all(abs(a - b) <= 1 for a, b in zip(kept, [40, 60, 700, 420], strict=True)), kept
        if name == "tiny":
            assert out["main"]["geometry"][2] >= 480 and out["main"]["geometry"][3] >= 320, out["main"]
