"""Desktops find sbdesk by its application id cn.sbdesk.desk: a desktop entry
and AppStream metadata their validators accept, an icon at every hicolor size, and a window that
names its desktop file and shows the icon."""

from __future__ import annotations

import configparser
import os
import re
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QImage

from tests.packaging.tools import need

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "cn.sbdesk.desk"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment, method-assign] - keys are case-sensitive
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_is_valid_and_names_program_icon_and_window():
    need("desktop-file-validate")
    out = subprocess.run(
        ["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")],  # noqa: S607 - Debian's tool
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0 and not out.stdout.strip(), out.stdout + out.stderr
    entry = desktop_entry()
    assert (entry["Exec"], entry["Icon"]) == ("sbdesk", APP_ID)
    # Qt on X11 sets WM_CLASS's class to the application name sbdesk/app.py gives
    assert entry["StartupWMClass"] == "sbdesk" and 'app.setApplicationName("sbdesk")' in (
        ROOT / "sbdesk" / "app.py"
    ).read_text(encoding="utf-8")
    zh_title = re.search(
        r"<source>sbdesk — family sharing of the social-security card</source>\s*"
        r"<translation>sbdesk — (.+?)</translation>",
        (ROOT / "i18n" / "sbdesk_zh_CN.ts").read_text(encoding="utf-8"),
    )
    assert zh_title and entry["Name[zh_CN]"] == zh_title.group(1)  # the menu says what the title bar says
    assert "共济" in entry["Keywords[zh_CN]"] and not re.search(r"[A-Za-z]", entry["Keywords[zh_CN]"])


def test_the_metainfo_is_valid_and_tells_this_version_and_its_screenshots():
    need("appstreamcli")
    path = LINUX / f"{APP_ID}.metainfo.xml"
    out = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--pedantic", str(path)],  # noqa: S607 - Debian's tool
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    root = ET.parse(path).getroot()  # noqa: S314 - the repository's own file
    assert root.findtext("id") == APP_ID and root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.find("releases/release").get("version") == VERSION  # the newest release comes first
    langs = {e.get(LANG) for e in root.findall("name") + root.findall("summary")}
    assert langs == {None, "zh_CN"}
    shots = root.findall("screenshots/screenshot/image")
    assert len(shots) == 2
    for image in shots:  # published under the same names; the files are real captures of that size
        file = ROOT / "packaging" / "screenshots" / image.text.rsplit("/", 1)[1]
        picture = QImage(str(file))
        assert image.text.startswith("https://") and not picture.isNull(), file
        assert (picture.width(), picture.height()) == (int(image.get("width")), int(image.get("height")))
    changelog = (ROOT / "packaging" / "deb" / "changelog").read_text(encoding="utf-8")
    assert changelog.startswith(f"{APP_ID} ({VERSION}) ")  # the package's notes tell the same release


def test_the_icon_renders_at_every_hicolor_size(qapp, tmp_path):  # qapp: the QApplication later tests need
    sys.path.insert(0, str(ROOT / "packaging" / "icons"))
    try:
        import render
    finally:
        sys.path.pop(0)
    files = render.render(tmp_path)
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        image = QImage(str(tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
        colours = {image.pixel(x, y) for x in range(size) for y in range(size)}
        assert image.pixelColor(size // 2, size // 2).alpha() == 255 and len(colours) > 4, size  # drawn, not blank
    assert tmp_path / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg" in files


def test_the_window_names_its_desktop_file_and_shows_the_icon(tmp_path):
    """Task bars and docks group the window under cn.sbdesk.desk.desktop and show its icon."""
    probe = (
        "from PySide6.QtGui import QGuiApplication; from sbdesk import cli; "
        f"code = cli.main(['--data-dir', {str(tmp_path / 'data')!r}]); app = QGuiApplication.instance(); "
        "print('desktop:', code, QGuiApplication.desktopFileName(), "
        "not app.windowIcon().pixmap(16, 16).isNull(), not app.windowIcon().pixmap(256, 256).isNull())"
    )
    env = {**os.environ, "SBDESK_SMOKE": "1", "QT_QPA_PLATFORM": "offscreen", "CI": "true"}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
    assert out.stdout.splitlines()[-1] == f"desktop: 0 {APP_ID} True True", out.stderr[-2000:]
