"""What build.spec decides on Windows, checked here on Linux by running the spec
with PyInstaller's classes replaced by recorders and sys.platform said to be win32; the icon and
the version resource it makes; the installer script's promises. Building the .exe and the
installer needs Windows (packaging/windows/README.md)."""

import re
import runpy
import struct
import sys
import tomllib
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WIN = ROOT / "packaging" / "windows"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


class Recorder:
    made: list = []

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        self.pure = self.scripts = self.binaries = self.datas = []
        Recorder.made.append(self)


def run_spec(monkeypatch, tmp_path, platform, **env):
    import PySide6.QtCore  # noqa: F401 - loaded under the real platform
    import PySide6.QtGui  # noqa: F401 - loaded under the real platform
    import PySide6.QtSvg  # noqa: F401 - loaded under the real platform
    from PyInstaller.utils import hooks

    monkeypatch.setattr(hooks, "collect_submodules", lambda name: [f"{name}.cli"])
    monkeypatch.setattr(hooks, "collect_data_files", lambda name: [])
    for key in ("SBDESK_FACES",):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    Recorder.made = []
    kinds = {name: type(name, (Recorder,), {}) for name in ("Analysis", "PYZ", "EXE", "COLLECT")}
    monkeypatch.setattr(sys, "platform", platform)
    exec(  # noqa: S102 - our spec
        compile((ROOT / "build.spec").read_text(encoding="utf-8"), "build.spec", "exec"),
        {"SPECPATH": str(ROOT), "workpath": str(tmp_path), "DISTPATH": str(tmp_path / "dist"), **kinds},
    )
    monkeypatch.setattr(sys, "platform", "linux")
    return {name: [r for r in Recorder.made if type(r).__name__ == name] for name in kinds}


def test_on_windows_a_windowed_program_with_icon_and_version_and_a_console_one(monkeypatch, tmp_path, qapp):
    made = run_spec(monkeypatch, tmp_path, "win32")
    window, cli = made["EXE"]
    assert (window.kwargs["name"], window.kwargs["console"]) == ("sbdesk", False)
    assert (cli.kwargs["name"], cli.kwargs["console"]) == ("sbdesk-cli", True)
    for exe in (window, cli):
        assert Path(exe.kwargs["icon"]).read_bytes()[:4] == b"\0\0\1\0"
        assert f"'ProductVersion', '{VERSION}'" in Path(exe.kwargs["version"]).read_text(encoding="utf-8")
    [collect] = made["COLLECT"]
    assert collect.args[:2] == (window, cli)
    assert ("cn.sbdesk.desk.ico", window.kwargs["icon"], "DATA") in collect.args[3]
    assert {"cv2", "numpy"} <= set(made["Analysis"][0].kwargs["excludes"])


def test_on_linux_one_console_program_as_before_and_opencv_only_when_asked(monkeypatch, tmp_path):
    made = run_spec(monkeypatch, tmp_path, "linux")
    [exe] = made["EXE"]
    assert exe.kwargs == {"exclude_binaries": True, "name": "sbdesk", "console": True}
    assert {"cv2", "numpy"} <= set(made["Analysis"][0].kwargs["excludes"])
    made = run_spec(monkeypatch, tmp_path, "linux", SBDESK_FACES="1")
    analysis = made["Analysis"][0].kwargs
    assert "cv2" in analysis["hiddenimports"] and "cv2" not in analysis["excludes"]


def ico_sizes(data: bytes) -> list[int]:
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        width, _h, _c, _r, _planes, _bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(data)
        sizes.append(width or 256)
    return sizes


@pytest.mark.parametrize("svg", [False, True])
def test_the_icon_has_every_size_windows_asks_for_and_qt_reads_it(tmp_path, qapp, svg):
    from PySide6.QtGui import QImage

    make_icon = runpy.run_path(str(WIN / "make_icon.py"))
    source = None
    if svg:
        source = tmp_path / "icon.svg"
        source.write_text(
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">'
            '<rect width="16" height="16" fill="#c00"/></svg>',
            encoding="utf-8",
        )
    out = make_icon["make_icon"](tmp_path / "app.ico", source)
    assert ico_sizes(out.read_bytes()) == [16, 20, 24, 32, 40, 48, 64, 128, 256]
    image = QImage(str(out))
    assert not image.isNull()
    if svg:
        assert image.pixelColor(image.width() // 2, image.height() // 2).name() == "#cc0000"


def test_the_version_resource_is_the_projects_version(tmp_path, monkeypatch):
    version = VERSION
    info = runpy.run_path(str(WIN / "version_info.py"))
    assert info["numbers"]("1.2.0rc1") == (1, 2, 0, 0) and info["numbers"]("2.10") == (2, 10, 0, 0)
    out = info["write"](tmp_path / "v.txt")
    # PyInstaller's reader of this file imports Windows-only modules it does not need for reading
    monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    from PyInstaller import compat

    monkeypatch.setattr(compat, "win32api", types.ModuleType("win32api"), raising=False)
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    from PyInstaller.utils.win32.versioninfo import load_version_info_from_text_file

    parsed = load_version_info_from_text_file(str(out))
    major, minor, patch, _ = info["numbers"](version)
    assert (parsed.ffi.fileVersionMS, parsed.ffi.fileVersionLS) == ((major << 16) | minor, patch << 16)
    assert version.encode("utf-16-le") in parsed.toRaw()


def test_the_installer_is_per_user_keeps_the_data_and_speaks_chinese_and_english():
    iss = (WIN / "sbdesk.iss").read_text(encoding="utf-8-sig")
    settings = dict(re.findall(r"^(\w+)=(.*)$", iss, re.MULTILINE))
    assert settings["PrivilegesRequired"] == "lowest" and settings["PrivilegesRequiredOverridesAllowed"] == "dialog"
    assert settings["AppId"].startswith("{{") and "{#AppVersion}" in settings["AppVersion"]
    assert 'Name: "chinesesimplified"' in iss and 'Name: "english"' in iss
    assert "{group}" in iss and "sbdesk-cli.exe" in iss
    sections = dict(re.findall(r"^\[(\w+)\]\n(.*?)(?=^\[|\Z)", iss, re.MULTILINE | re.DOTALL))
    assert "UninstallDelete" not in sections  # the clerk's data folder (%LOCALAPPDATA%\sbdesk) stays
    assert all(
        line.startswith(('Type: filesandordirs; Name: "{app}\\', ";"))
        for line in sections["InstallDelete"].strip().splitlines()
    )  # an upgrade cleans the program folder only


def test_only_chinese_and_english_qt_translations_ride_along():
    trim = runpy.run_path(str(ROOT / "packaging" / "bundle_trim.py"))
    datas = [
        (f"{folder}/{name}", "src", "DATA")
        for folder in ("PySide6/Qt/translations", "PySide6/translations")
        for name in ("qtbase_zh_CN.qm", "qtbase_en.qm", "qtbase_de.qm", "qt_ja.qm")
    ] + [("i18n/sbdesk_de.qm", "s", "DATA")]
    assert [d for d, _s, _t in trim["qt_translations"](datas)] == [
        "PySide6/Qt/translations/qtbase_zh_CN.qm",
        "PySide6/Qt/translations/qtbase_en.qm",
        "PySide6/translations/qtbase_zh_CN.qm",
        "PySide6/translations/qtbase_en.qm",
        "i18n/sbdesk_de.qm",
    ]


def test_a_dropped_plugin_takes_only_the_libraries_nothing_else_needs(monkeypatch):
    from PyInstaller.depend import bindepend

    needs = {
        "/s/libqgtk3.so": ["libgtk-3.so.0", "libX11.so.6"],
        "/s/libgtk-3.so.0": ["libpango.so.1", "libX11.so.6"],
        "/s/libqxcb.so": ["libX11.so.6"],
        "/s/libpango.so.1": [],
        "/s/libX11.so.6": [],
        "/s/libpython.so": [],
    }
    monkeypatch.setattr(bindepend, "get_imports", lambda path: [(n, f"/s/{n}") for n in needs[path]])
    binaries = [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/s/libqgtk3.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
    ] + [(name, f"/s/{name}", "BINARY") for name in ("libgtk-3.so.0", "libpango.so.1", "libX11.so.6", "libpython.so")]
    kept = runpy.run_path(str(ROOT / "packaging" / "bundle_trim.py"))["without_plugins"](binaries)
    assert [d for d, _s, _t in kept] == ["PySide6/Qt/plugins/platforms/libqxcb.so", "libX11.so.6", "libpython.so"]
