"""The .deb (packaging/deb/build.sh) is laid out for UOS with sbdesk on PATH,
lintian finds nothing unexplained, and on this machine it installs, a clerk (not root) starts the
window from its menu entry's Exec line under Xvfb, and removing the package keeps the clerk's data.

It reuses the session's bundle (tests/bundle.py) and packs it with --fast (gzip -1: seconds; the
release package is xz). The installed window's screenshot is kept in build/deb/ for the report."""

from __future__ import annotations

import json
import os
import pwd
import re
import shlex
import shutil
import signal
import sqlite3
import subprocess
import sys
from contextlib import ExitStack
from datetime import date
from importlib.util import find_spec
from pathlib import Path

import pytest

from tests.conftest import make_id
from tests.packaging.tools import need

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "cn.sbdesk.desk"
APP = f"/opt/apps/{APP_ID}"
CLERK = "sbdesk-clerk"  # a desk's ordinary user, made here when missing
APT = ["apt-get", "-y", "-q", "-o", "DPkg::Lock::Timeout=600"]
OWNER = make_id(date(1978, 3, 4), "320505", 15)


@pytest.fixture(scope="module")
def deb(bundle, tmp_path_factory) -> Path:
    need("dpkg-deb", "objdump")
    out = tmp_path_factory.mktemp("deb")
    built = subprocess.run(
        [  # noqa: S607 - the shell
            "bash",
            str(ROOT / "packaging" / "deb" / "build.sh"),
            "--bundle",
            str(bundle),
            "--out",
            str(out),
            "--fast",
        ],
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, "PYTHON": sys.executable},
    )
    assert built.returncode == 0, built.stderr[-2000:]
    return Path(built.stdout.splitlines()[-1])


def listing(deb: Path) -> set[str]:
    out = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True)  # noqa: S607 - dpkg
    return {line.split(None, 5)[5].split(" -> ")[0].removeprefix(".") for line in out.stdout.splitlines()}


def test_the_package_is_laid_out_for_uos_with_sbdesk_on_path_and_lintian_finds_nothing_unexplained(deb):
    need("lintian")
    version = re.search(r"_(.+)_", deb.name).group(1)
    files = listing(deb)
    for path in (
        f"{APP}/files/sbdesk",
        f"{APP}/entries/applications/{APP_ID}.desktop",
        f"{APP}/info",
        f"{APP}/entries/icons/hicolor/16x16/apps/{APP_ID}.png",
        f"{APP}/entries/icons/hicolor/scalable/apps/{APP_ID}.svg",
        "/usr/bin/sbdesk",
        f"/usr/share/applications/{APP_ID}.desktop",
        f"/usr/share/metainfo/{APP_ID}.metainfo.xml",
        f"/usr/share/icons/hicolor/512x512/apps/{APP_ID}.png",
        f"/usr/share/doc/{APP_ID}/copyright",
        f"/usr/share/doc/{APP_ID}/changelog.gz",
        "/usr/share/man/man1/sbdesk.1.gz",
    ):
        assert path in files, path
    outside = [f for f in files if not f.startswith((f"{APP}/", "/usr/")) and f not in ("/", "/opt/", "/opt/apps/")]
    assert outside == []  # nothing in /etc, /var, /home...
    tar = subprocess.run(["dpkg-deb", "--fsys-tarfile", str(deb)], capture_output=True, check=True)  # noqa: S607 - dpkg
    info = json.loads(
        subprocess.run(
            ["tar", "-xO", f".{APP}/info"],  # noqa: S607 - tar
            input=tar.stdout,
            capture_output=True,
            check=True,
        ).stdout
    )
    assert info["appid"] == APP_ID and info["arch"] == ["amd64"] and info["name"]
    assert re.fullmatch(r"\d+\.\d+\.\d+\.\d+", info["version"]) and info["version"].startswith(version)
    asked = {name for name, granted in info["permissions"].items() if granted}
    assert asked == {"clipboard"} and "camera" in info["permissions"]  # paste and copy; no camera, tray...
    # lintian: every tag is fixed or overridden with its reason (packaging/deb/lintian-overrides)
    out = subprocess.run(
        ["lintian", "--profile", "debian", "--info", "--pedantic", str(deb)],  # noqa: S607 - Debian's tool
        capture_output=True,
        text=True,
        timeout=1200,
    )
    tags = [line for line in out.stdout.splitlines() if re.match(r"[EWIPX]: ", line)]
    assert tags == [] and "cn.sbdesk.desk" not in out.stderr, "\n".join(tags[:40]) + out.stderr[-2000:]


def clerk() -> pwd.struct_passwd:
    try:
        return pwd.getpwnam(CLERK)
    except KeyError:
        subprocess.run(["useradd", "--create-home", "--shell", "/bin/bash", CLERK], check=True)  # noqa: S607 - shadow
        return pwd.getpwnam(CLERK)


def as_clerk(user: pwd.struct_passwd, display: str, argv: list[str], **env: str) -> list[str]:
    """``argv`` run as the clerk with a desktop session's bare environment (no PYTHONPATH, no CI)."""
    base = {
        "HOME": user.pw_dir,
        "USER": user.pw_name,
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "DISPLAY": display,
        "LANG": "zh_CN.UTF-8",
    }
    return ["runuser", "-u", user.pw_name, "--", "env", "-i", *[f"{k}={v}" for k, v in {**base, **env}.items()], *argv]


def menu_command() -> list[str]:
    """The installed desktop entry's Exec line, as a launcher runs it (field codes dropped)."""
    text = Path(f"/usr/share/applications/{APP_ID}.desktop").read_text(encoding="utf-8")
    line = re.search(r"^Exec=(.+)$", text, re.M).group(1)
    return [word for word in shlex.split(line) if not re.fullmatch(r"%[a-zA-Z]", word)]


def start_xvfb(stack: ExitStack) -> str:
    read, write = os.pipe()
    server = subprocess.Popen(
        [  # noqa: S607 - X server
            "Xvfb",
            "-displayfd",
            str(write),
            "-screen",
            "0",
            "1366x768x24",
            "-nolisten",
            "tcp",
            "-ac",
        ],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    stack.callback(lambda: (server.terminate(), server.wait(30)))
    with os.fdopen(read) as answer:
        number = answer.readline().strip()  # written once the server accepts connections
    assert number, "Xvfb did not start"
    return f":{number}"


GRAB = """
import sys, time
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
deadline = time.monotonic() + 60
while True:  # until the window is painted: the bare screen is one colour
    image = app.primaryScreen().grabWindow(0).toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    if len(colours) > 40 or time.monotonic() > deadline:
        break
    time.sleep(0.1)
sys.exit(0 if len(colours) > 40 and image.save(sys.argv[1], "PNG") else 1)
"""


def test_installed_it_starts_from_its_menu_entry_as_a_clerk_and_removing_it_keeps_the_data(deb, tmp_path):
    if os.geteuid() != 0:
        pytest.skip("installs a package: runs as root (as CI does)")
    need("apt-get", "runuser", "Xvfb", "xdotool", "xprop")
    user = clerk()
    data = Path(user.pw_dir) / ".local" / "share" / "sbdesk"
    shutil.rmtree(data, ignore_errors=True)  # a clean first start
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    with ExitStack() as stack:
        installed = subprocess.run(
            [*APT, "install", "--no-install-recommends", str(deb)], capture_output=True, text=True, env=env, timeout=900
        )
        stack.callback(lambda: subprocess.run([*APT, "purge", APP_ID], capture_output=True, env=env, timeout=900))
        assert installed.returncode == 0, installed.stdout[-1000:] + installed.stderr[-2000:]
        assert os.path.realpath("/usr/bin/sbdesk") == f"{APP}/files/sbdesk"
        display = start_xvfb(stack)
        command = menu_command()
        assert command == ["sbdesk"]

        smoke = subprocess.run(
            as_clerk(user, display, command, SBDESK_SMOKE="1", CI="true"), capture_output=True, text=True, timeout=300
        )
        assert smoke.returncode == 0 and "shown" in smoke.stdout, smoke.stderr[-2000:]
        assert data.stat().st_uid == user.pw_uid and list((data / "backups").glob("auto-*.db"))
        added = subprocess.run(
            as_clerk(
                user,
                display,
                [
                    "sbdesk",
                    "person",
                    "add",
                    "--name",
                    "张伟",
                    "--id-number",
                    OWNER,
                    "--region",
                    "苏州市",
                    "--lang",
                    "en",
                    "--operator",
                    "clerk",
                ],
            ),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert added.returncode == 0, added.stdout + added.stderr
        # the package carries SQLCipher inside the bundle (no Debian package), as it carries libpq
        version = subprocess.run(
            as_clerk(user, display, ["sbdesk", "--version", "--json"]), capture_output=True, text=True, timeout=120
        )
        assert version.returncode == 0, version.stderr[-2000:]
        assert json.loads(version.stdout)["encryption"] is bool(find_spec("sqlcipher3"))

        # the window as the clerk sees it, signed in at a counter (the first start's question answered)
        (data / "settings.ini").write_text(
            "[General]\nplace=counter\noperator=王芳\noperator_id=0001\n", encoding="utf-8"
        )
        os.chown(data / "settings.ini", user.pw_uid, user.pw_gid)
        window = subprocess.Popen(as_clerk(user, display, command), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        stack.callback(lambda: window.poll() is not None or (window.kill(), window.wait(30)))
        x = {**os.environ, "DISPLAY": display}
        found = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--class", "sbdesk"],  # noqa: S607 - xdotool
            capture_output=True,
            text=True,
            env=x,
            timeout=120,
        )
        assert found.returncode == 0, window.stderr.read1().decode(errors="replace") if window.poll() else found.stderr
        wid = found.stdout.split()[0]
        title = subprocess.run(["xdotool", "getwindowname", wid], capture_output=True, text=True, env=x).stdout  # noqa: S607 - xdotool
        assert "社保卡家庭共济" in title  # the main window, in the clerk's language
        props = subprocess.run(
            ["xprop", "-id", wid, "WM_CLASS", "_NET_WM_ICON"],  # noqa: S607 - xprop
            capture_output=True,
            text=True,
            env=x,
        ).stdout
        assert 'WM_CLASS(STRING) = "sbdesk", "sbdesk"' in props  # the entry's StartupWMClass
        assert "_NET_WM_ICON(CARDINAL) = " in props  # the window shows the packaged icon
        shot = tmp_path / "installed-zh_CN.png"
        grabbed = subprocess.run(
            [sys.executable, "-c", GRAB, str(shot)],
            capture_output=True,
            text=True,
            timeout=120,
            env={**x, "QT_QPA_PLATFORM": "xcb"},
        )
        assert grabbed.returncode == 0, grabbed.stderr[-2000:]
        kept = ROOT / "build" / "deb"
        kept.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, kept / shot.name)
        pid = int(
            subprocess.run(
                ["xdotool", "getwindowpid", wid],  # noqa: S607 - xdotool
                capture_output=True,
                text=True,
                env=x,
                check=True,
            ).stdout
        )
        os.kill(pid, signal.SIGTERM)
        window.wait(60)

        purged = subprocess.run([*APT, "purge", APP_ID], capture_output=True, text=True, env=env, timeout=900)
        assert purged.returncode == 0, purged.stderr[-2000:]
        assert not os.path.lexists("/usr/bin/sbdesk") and not os.path.lexists(APP)
        assert not os.path.lexists(f"/usr/share/applications/{APP_ID}.desktop")
    # the clerk's data folder outlives the package: the database, with what was recorded, and its backups
    with sqlite3.connect(f"file:{data / 'sbdesk.db'}?mode=ro", uri=True) as db:
        assert db.execute("SELECT name FROM people WHERE id_number = ?", (OWNER,)).fetchall() == [("张伟",)]
    assert list((data / "backups").glob("auto-*.db")) and data.stat().st_uid == user.pw_uid
