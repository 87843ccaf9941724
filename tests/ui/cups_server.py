"""A throw-away CUPS scheduler with two desk printers, for the printing tests: cupsd on a
socket in a private folder, its printers writing to /dev/null, so the QPrinter, Qt's CUPS
plugin and the print job are real and nothing reaches paper. Skips where cupsd is missing
(.ci/bootstrap installs cups-daemon and cups-client for the tests)."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

PRINTERS = ("Desk_Laser", "Back_Office")  # the second is the system's default
DEFAULT = "Back_Office"

PPD = """*PPD-Adobe: "4.3"
*FormatVersion: "4.3"
*FileVersion: "1.0"
*LanguageVersion: English
*LanguageEncoding: ISOLatin1
*PCFileName: "DESK.PPD"
*Manufacturer: "Test"
*Product: "(Desk)"
*ModelName: "Desk test printer"
*ShortNickName: "Desk test printer"
*NickName: "Desk test printer"
*PSVersion: "(3010.000) 0"
*LanguageLevel: "3"
*ColorDevice: False
*DefaultColorSpace: Gray
*FileSystem: False
*Throughput: "1"
*LandscapeOrientation: Plus90
*TTRasterizer: Type42
*cupsFilter2: "application/pdf application/vnd.cups-pdf 0 -"
*OpenUI *PageSize/Media Size: PickOne
*OrderDependency: 10 AnySetup *PageSize
*DefaultPageSize: A4
*PageSize A4/A4: "<</PageSize[595 842]>>setpagedevice"
*PageSize A5/A5: "<</PageSize[420 595]>>setpagedevice"
*CloseUI: *PageSize
*OpenUI *PageRegion: PickOne
*OrderDependency: 10 AnySetup *PageRegion
*DefaultPageRegion: A4
*PageRegion A4/A4: "<</PageSize[595 842]>>setpagedevice"
*PageRegion A5/A5: "<</PageSize[420 595]>>setpagedevice"
*CloseUI: *PageRegion
*DefaultImageableArea: A4
*ImageableArea A4/A4: "18 18 577 824"
*ImageableArea A5/A5: "18 18 402 577"
*DefaultPaperDimension: A4
*PaperDimension A4/A4: "595 842"
*PaperDimension A5/A5: "420 595"
"""


def _conf(folder: Path) -> None:
    allow = "  Order allow,deny\n  Allow all\n"
    (folder / "cupsd.conf").write_text(
        f"Listen {folder}/cups.sock\nLogLevel warn\nWebInterface No\nBrowsing No\nDefaultAuthType None\n"
        f"<Location />\n{allow}</Location>\n<Location /admin>\n{allow}</Location>\n"
        f"<Policy default>\n  <Limit All>\n  {allow}  </Limit>\n</Policy>\n"
    )
    (folder / "cups-files.conf").write_text(
        "".join(
            f"{key} {folder}/{value}\n"
            for key, value in (
                ("ServerRoot", ""),
                ("RequestRoot", "spool"),
                ("CacheDir", "cache"),
                ("StateDir", "state"),
                ("TempDir", "tmp"),
                ("ErrorLog", "error_log"),
                ("AccessLog", "access_log"),
                ("PageLog", "page_log"),
            )
        )
        + f"FileDevice Yes\nPrintcap {folder}/printcap\n"
    )
    for sub in ("spool", "cache", "state", "tmp"):
        (folder / sub).mkdir()
    (folder / "desk.ppd").write_text(PPD)


def _use(libcups: ctypes.CDLL, server: str | None) -> None:
    """libcups keeps its server per thread, from its first use on: set it for Qt's (this) thread."""
    libcups.cupsSetServer.argtypes = (ctypes.c_char_p,)
    libcups.cupsSetServer(server.encode() if server else None)


@contextmanager
def cups_printers() -> Iterator[Path]:
    cupsd, lpadmin, found = (
        shutil.which("cupsd", path="/usr/sbin:/usr/bin"),
        shutil.which("lpadmin", path="/usr/sbin:/usr/bin"),
        ctypes.util.find_library("cups"),
    )
    if not (cupsd and lpadmin and found):
        pytest.skip("CUPS (cups-daemon, cups-client) is not installed")
    libcups = ctypes.CDLL(found)
    folder = Path(tempfile.mkdtemp(prefix="cups-"))  # short: a socket's path has ~100 bytes
    _conf(folder)
    sock = folder / "cups.sock"
    server = subprocess.Popen(
        [cupsd, "-f", "-c", str(folder / "cupsd.conf"), "-s", str(folder / "cups-files.conf")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        env = {"CUPS_SERVER": str(sock), "PATH": "/usr/sbin:/usr/bin:/bin"}
        deadline = time.monotonic() + 20
        while subprocess.run(
            [shutil.which("lpstat", path=env["PATH"]) or "lpstat", "-r"], env=env, capture_output=True
        ).returncode:
            if server.poll() is not None or time.monotonic() > deadline:
                if os.geteuid() != 0:  # a developer's own account; CI, as root, must have it
                    pytest.skip(f"cupsd did not start as this user (exit {server.poll()})")
                raise RuntimeError(f"cupsd did not start (exit {server.poll()}); see {folder}/error_log")
            time.sleep(0.1)
        for name in PRINTERS:
            subprocess.run(
                [lpadmin, "-p", name, "-E", "-v", "file:///dev/null", "-P", str(folder / "desk.ppd")],
                env=env,
                check=True,
                capture_output=True,
            )
        subprocess.run([lpadmin, "-d", DEFAULT], env=env, check=True, capture_output=True)
        _use(libcups, str(sock))
        yield sock
    finally:
        _use(libcups, None)
        server.send_signal(signal.SIGTERM)
        server.wait(20)
        if server.returncode in (0, -signal.SIGTERM):
            shutil.rmtree(folder, ignore_errors=True)
