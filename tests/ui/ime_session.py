"""A desk's session for tests/ui/test_ime_typing.py: an X server (Xvfb), a session bus, and a
real input method (fcitx5 with its pinyin, or ibus with libpinyin), each in a temporary home.

Every wait is on a condition (the X display answering, the bus address dbus prints, a bus
name, a file, the input method's own state) with a timeout; nothing sleeps for a fixed time.
Each process runs in its own process group, ended by that id when the session ends, and ends
too when the test process dies.
"""

from __future__ import annotations

import ctypes
import json
import os
import queue
import random
import select
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
LIBEXEC = Path("/usr/libexec")
_LIBC = ctypes.CDLL(None) if sys.platform.startswith("linux") else None  # the test is for Linux desks
X_TMP = Path("/tmp")  # noqa: S108 - where every X server keeps its lock files and sockets
DEBS = "xvfb dbus-daemon dbus-bin xdotool fcitx5 fcitx5-chinese-addons ibus ibus-libpinyin"


def missing(*programs: str) -> list[str]:
    """The programs (commands on PATH, or absolute paths, * for any folder) that are not here."""

    def here(p: str) -> bool:
        return any(Path("/").glob(p[1:])) if p.startswith("/") else shutil.which(p) is not None

    return [p for p in programs if not here(p)]


def need(*programs: str) -> None:
    """Skip where the input method cannot be installed (not Debian's packages, not root);
    under CI, which installs them (.ci/bootstrap test), their absence is a failure."""
    if not sys.platform.startswith("linux"):
        pytest.skip("no input method to type with here: fcitx5 and ibus are the Linux desks'")
    gone = missing(*programs)
    if gone:
        text = (
            f"no input method to type with here: {', '.join(gone)} missing "
            f"(not installable without root and Debian's packages: apt-get install {DEBS})"
        )
        if os.environ.get("CI"):
            pytest.fail(text)
        pytest.skip(text)


def wait_for(check: Callable[[], Any], timeout: float, what: str) -> Any:
    """``check()``'s first true value, asked every 20 ms; fails naming ``what`` at the timeout."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.02)


def run(argv: list[str], env: dict[str, str], timeout: float = 10) -> subprocess.CompletedProcess:
    return subprocess.run(argv, env=env, capture_output=True, text=True, timeout=timeout, check=False)


def _end_with_parent() -> None:
    """In the child before exec: SIGTERM when the test process dies, even by kill -9, so that
    no X server or input method outlives it (Linux's PR_SET_PDEATHSIG; nothing imported here)."""
    _LIBC.prctl(1, signal.SIGTERM)


class Session:
    """Xvfb and a session bus, in a fresh home under ``tmp``; ``env`` is what every process
    of the session sees (nothing of the machine's own desktop leaks in)."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.procs: list[subprocess.Popen] = []
        home = tmp / "home"
        runtime = tmp / "run"
        for folder in (home / ".config", home / ".local/share", home / ".cache", runtime):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home),
            "LANG": "C.UTF-8",
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local/share"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_RUNTIME_DIR": str(runtime),
            "GSETTINGS_BACKEND": "memory",
        }  # no dconf: ibus and its engine take their defaults

    def start(self, argv: list[str], **kw) -> subprocess.Popen:
        proc = subprocess.Popen(
            argv, env=kw.pop("env", self.env), start_new_session=True, preexec_fn=_end_with_parent, **kw
        )
        self.procs.append(proc)
        return proc

    def stop(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait()
            for pipe in (proc.stdin, proc.stdout, proc.stderr):
                if pipe:
                    pipe.close()
        self.procs.clear()

    def start_x_and_bus(self) -> None:
        for _ in range(5):  # a display another server took at the same moment: Xvfb exits, take another
            number = self._start_xvfb()
            if number:
                break
        else:
            pytest.fail(f"Xvfb did not start: {(self.tmp / 'xvfb.log').read_text()[-2000:]}")
        self.display = number
        self.env["DISPLAY"] = f":{number}"
        with (self.tmp / "dbus.log").open("w") as log:
            bus = self.start(
                ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                stdout=subprocess.PIPE,
                stderr=log,
                text=True,
            )
        assert bus.stdout is not None
        ready, _, _ = select.select([bus.stdout], [], [], 30)  # printed once it listens
        address = bus.stdout.readline().strip() if ready else ""
        assert address, "dbus-daemon did not start"
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address

    def _start_xvfb(self) -> str:
        """The display number of a new Xvfb, once it answers; "" when it exited."""
        unix = Path("/proc/net/unix")
        in_use = unix.read_text(encoding="utf-8", errors="replace") if unix.exists() else ""
        free = [
            n
            for n in range(100, 1000)
            if not (X_TMP / f".X{n}-lock").exists()
            and not (X_TMP / ".X11-unix" / f"X{n}").exists()
            and f"/.X11-unix/X{n}\n" not in in_use
        ]
        number = str(random.choice(free))
        with (self.tmp / "xvfb.log").open("a") as log:
            xvfb = self.start(
                ["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        env = {**self.env, "DISPLAY": f":{number}"}

        def answers() -> bool:  # or has exited, the display taken by another server
            return xvfb.poll() is not None or (
                (X_TMP / ".X11-unix" / f"X{number}").exists()
                and run(["xdotool", "getdisplaygeometry"], env).returncode == 0
            )

        wait_for(answers, 30, f"Xvfb :{number} to answer")
        return number if xvfb.poll() is None else ""

    def has_name(self, name: str) -> bool:
        out = run(
            [
                "dbus-send",
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner",
                f"string:{name}",
            ],
            self.env,
        )
        return "boolean true" in out.stdout

    def ibus_address_file(self) -> bool:
        """The file ibus clients (Qt's ibus module) read to find the bus, for this display."""
        folder = Path(self.env["XDG_CONFIG_HOME"]) / "ibus" / "bus"
        return any(folder.glob(f"*-unix-{self.display}"))

    # --- fcitx5 ------------------------------------------------------------------------------
    def start_fcitx5(self) -> None:
        """fcitx5 with one input method group (English keyboard, then pinyin), active in every
        new input context, with its ibus frontend on: the Debian packages' defaults otherwise."""
        config = Path(self.env["XDG_CONFIG_HOME"]) / "fcitx5"
        config.mkdir(parents=True)
        (config / "profile").write_text(
            "[Groups/0]\nName=Default\nDefault Layout=us\nDefaultIM=pinyin\n\n"
            "[Groups/0/Items/0]\nName=keyboard-us\nLayout=\n\n"
            "[Groups/0/Items/1]\nName=pinyin\nLayout=\n\n"
            "[GroupOrder]\n0=Default\n",
            encoding="utf-8",
        )
        (config / "config").write_text("[Behavior]\nActiveByDefault=True\n", encoding="utf-8")
        self.fcitx_log = self.tmp / "fcitx5.log"
        with self.fcitx_log.open("w") as log:
            self.start(
                [
                    "fcitx5",
                    "--disable=wayland,waylandim,kimpanel,notificationitem,notifications,clipboard,emoji,xim,fcitx4frontend,classicui",
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        wait_for(
            lambda: self.has_name("org.fcitx.Fcitx5") and self.ibus_address_file(),
            30,
            "fcitx5 on the session bus with its ibus frontend's address file",
        )

    def fcitx(self, method: str) -> str:
        out = run(
            [
                "dbus-send",
                "--session",
                "--print-reply=literal",
                "--dest=org.fcitx.Fcitx5",
                "/controller",
                f"org.fcitx.Fcitx.Controller1.{method}",
            ],
            self.env,
        )
        return out.stdout.strip()

    def fcitx_ready(self) -> bool:
        """A client of the ibus frontend has the focus, and its input method is pinyin."""
        focused = [
            line for line in self.fcitx("DebugInfo").splitlines() if "frontend:ibus" in line and "focus:1" in line
        ]
        return bool(focused) and self.fcitx("CurrentInputMethod") == "pinyin"

    # --- ibus --------------------------------------------------------------------------------
    def start_ibus(self) -> None:
        """ibus-daemon with the in-memory config (no dconf) and no panel, libpinyin as its engine."""
        self.ibus_log = self.tmp / "ibus.log"
        with self.ibus_log.open("w") as log:
            self.start(
                [
                    "ibus-daemon",
                    "--panel=disable",
                    "--emoji-extension=disable",
                    f"--config={LIBEXEC / 'ibus-memconf'}",
                    "--verbose",
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        wait_for(
            lambda: self.ibus_address_file() and "unix:" in run(["ibus", "address"], self.env).stdout,
            30,
            "ibus-daemon's bus",
        )
        self.env["IBUS_ADDRESS"] = run(["ibus", "address"], self.env).stdout.strip()

        def engine_set() -> bool:  # the engine starts in its own process; asked again until it answers
            run(["ibus", "engine", "libpinyin"], self.env, timeout=30)
            return run(["ibus", "engine"], self.env).stdout.strip() == "libpinyin"

        wait_for(engine_set, 60, "ibus to take libpinyin as its engine")
        self.ibus_before = self.ibus_focused()  # the ibus tool's own, left behind
        del self.env["IBUS_ADDRESS"]  # the dialog finds the bus as a desk's program does: by the file

    def ibus_focused(self) -> str:
        """The path of the input context ibus has in focus."""
        out = run(
            [
                "dbus-send",
                f"--address={run(['ibus', 'address'], self.env).stdout.strip()}",
                "--print-reply=literal",
                "--dest=org.freedesktop.IBus",
                "/org/freedesktop/IBus",
                "org.freedesktop.DBus.Properties.Get",
                "string:org.freedesktop.IBus",
                "string:CurrentInputContext",
            ],
            self.env,
        )
        return out.stdout.split()[-1] if "InputContext_" in out.stdout else ""

    def ibus_ready(self) -> bool:
        """A new input context (the dialog's) has the focus: ibus then gives it the global engine."""
        return self.ibus_focused() not in ("", self.ibus_before)

    # --- the dialog --------------------------------------------------------------------------
    def start_dialog(self, data_dir: Path, desk_env: dict[str, str]) -> Dialog:
        env = {**self.env, **desk_env, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
        with (self.tmp / "dialog.err").open("w") as errors:
            proc = self.start(
                [sys.executable, "-m", "tests.ui.ime_dialog", str(data_dir)],
                env=env,
                cwd=ROOT,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=errors,
                text=True,
            )
        return Dialog(proc, self.tmp / "dialog.err")


class Dialog:
    """The running tests/ui/ime_dialog.py: its reports, waited for one by one."""

    def __init__(self, proc: subprocess.Popen, errors: Path) -> None:
        self.proc, self.errors = proc, errors
        self.lines: queue.Queue[dict | None] = queue.Queue()
        self.seen: list[dict] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(json.loads(line))
        self.lines.put(None)

    def expect(self, match: Callable[[dict], bool], timeout: float, what: str) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            try:
                report = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}; the dialog said {self.seen}")
            if report is None:
                pytest.fail(f"the dialog ended before {what}: {self.errors.read_text()[-3000:]}")
            self.seen.append(report)
            if match(report):
                return report
